import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { msg, updateWhenLocaleChanges, type LocaleModule } from '@lit/localize';
import { localization } from '@digione/components/localization';
import { createShellHost, type ShellHost } from '@digione/sdk/host';
import {
  AppController,
  ContextController,
  connectAppLocalization,
  type AppLocalization,
  type Locale,
  type ShellContext,
} from '@digione/sdk';
import { waitFor } from '../../../test/support/unit-wait.js';

const MODULES: Partial<Record<Locale, LocaleModule>> = {
  sv: { templates: { 'rcount.hello': 'Hej' } },
  en: { templates: { 'rcount.hello': 'Hello' } },
};
/** Translations that arrive a little later, as a fetched module does. */
const load = (locale: Locale): Promise<LocaleModule> =>
  new Promise((resolve, reject) => {
    const module = MODULES[locale];
    setTimeout(() => {
      if (module) resolve(module);
      else reject(new Error(`no ${locale}`));
    }, 20);
  });
const LOCALIZATION = { locales: ['fi', 'sv', 'en'] as Locale[], load };

/** An app element wired with the one AppController; it counts its renders and keeps their text. */
class OneWiring extends LitElement {
  context?: ShellContext;
  renders: string[] = [];
  readonly app = new AppController(this, { localization: LOCALIZATION });
  override render() {
    return html`<p>${msg('Hei', { id: 'rcount.hello' })} ${this.app.context?.theme.value}</p>`;
  }
  override updated(): void {
    this.renders.push(this.shadowRoot?.textContent.trim() ?? '');
  }
}
customElements.define('rcount-one', OneWiring);

/** The same app wired as apps were before: ContextController, connectAppLocalization, updateWhenLocaleChanges. */
class TwoWirings extends LitElement {
  context?: ShellContext;
  renders: string[] = [];
  readonly ctx = new ContextController(this);
  localization: AppLocalization | undefined;
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }
  override connectedCallback(): void {
    super.connectedCallback();
    if (this.context) this.localization = connectAppLocalization(this.context, LOCALIZATION);
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.localization?.dispose();
  }
  override render() {
    return html`<p>${msg('Hei', { id: 'rcount.hello' })}</p>`;
  }
  override updated(): void {
    this.renders.push(this.shadowRoot?.textContent.trim() ?? '');
  }
}
customElements.define('rcount-two', TwoWirings);

/** A selecting element: renders from the acting-as only. */
class Selecting extends LitElement {
  context?: ShellContext;
  renders = 0;
  readonly app = new AppController(this, { select: (c) => ({ acting: c.actingAs.value?.id }) });
  override render() {
    return html`<p>${this.app.value?.acting ?? '–'}</p>`;
  }
  override updated(): void {
    this.renders++;
  }
}
customElements.define('rcount-select', Selecting);

/** Waits until `el` has rendered text matching `text`, then for any render still pending. */
async function rendered(el: LitElement & { renders: string[] }, text: RegExp): Promise<void> {
  await waitFor(() => el.renders.some((r) => text.test(r)), `a render matching ${text}`);
  await el.updateComplete;
}

/**
 * Another element on the same host, as a witness: once it shows the new language's text, the
 * switch has reached the apps and their strings are in, so an element that did not render by then
 * will not.
 */
const witness = (): Promise<OneWiring> => mount(new OneWiring());

let host: ShellHost;
async function mount<E extends LitElement & { context?: ShellContext }>(el: E): Promise<E> {
  el.context = host.contextFor('rcount', { userFields: [] }).context;
  document.body.append(el);
  await el.updateComplete;
  // Its strings in (the first language's too), and the render that follows them done.
  const own = el as { app?: { localization?: AppLocalization }; localization?: AppLocalization };
  await (own.app?.localization ?? own.localization)?.settled();
  await el.updateComplete;
  return el;
}

beforeEach(() => {
  host = createShellHost({ locale: 'fi' });
});
afterEach(async () => {
  document.body.replaceChildren();
  host.dispose();
  await localization().setLocale('fi');
});

describe('AppController', () => {
  describe('when the person switches language', () => {
    it('renders the app once, with the new strings', async () => {
      const el = await mount(new OneWiring());
      expect(el.shadowRoot?.textContent).to.contain('Hei');
      el.renders = [];
      host.setLocale('sv');
      await rendered(el, /^Hej/);
      expect(el.renders).to.have.length(1);
      expect(el.renders[0]).to.match(/^Hej/);
      el.renders = [];
      host.setLocale('en');
      await rendered(el, /^Hello/);
      expect(el.renders).to.have.length(1);
      expect(el.renders[0]).to.match(/^Hello/);
    });

    it('renders half as often as the earlier wiring, which shows the old strings first', async () => {
      const two = await mount(new TwoWirings());
      const one = await mount(new OneWiring());
      two.renders = [];
      one.renders = [];
      host.setLocale('sv');
      await rendered(one, /^Hej/);
      await rendered(two, /^Hej/);
      expect(one.renders).to.have.length(1);
      expect(two.renders.length).to.be.at.least(2);
      expect(two.renders[0]).to.equal('Hei');
      expect(two.renders.at(-1)).to.equal('Hej');
    });
  });

  describe('when it mounts in a language whose strings are not loaded yet', () => {
    it('renders with them once they are in', async () => {
      host.setLocale('en');
      const el = await mount(new OneWiring());
      await rendered(el, /^Hello/);
      expect(el.renders.at(-1)).to.match(/^Hello/);
      expect(el.app.localization?.fallback.value).to.equal(null);
    });
  });

  describe('when another context value changes', () => {
    it('renders once at once (no wait for strings)', async () => {
      const el = await mount(new OneWiring());
      el.renders = [];
      host.setTheme('dark');
      await el.updateComplete;
      expect(el.renders).to.deep.equal(['Hei dark']);
    });

    it('with select, renders only when what it selects changes', async () => {
      const el = await mount(new Selecting());
      el.renders = 0;
      const seen = await witness();
      host.setTheme('dark');
      host.setLocale('sv');
      await rendered(seen, /^Hej/);
      await el.updateComplete;
      expect(el.renders).to.equal(0);
    });
  });

  describe('when the element disconnects', () => {
    it('ends its subscriptions and its localization', async () => {
      const el = await mount(new OneWiring());
      const { localization: own } = el.app;
      expect(el.app.subscribed).to.equal(true);
      el.remove();
      expect(el.app.subscribed).to.equal(false);
      expect(el.app.localization).to.equal(undefined);
      expect(own).to.not.equal(undefined);
      el.renders = [];
      const seen = await witness();
      host.setLocale('sv');
      await rendered(seen, /^Hej/);
      expect(el.renders).to.deep.equal([]);
    });
  });

  describe('when it finds no context', () => {
    it('warns with D1-SDK-150 and renders without one', async () => {
      const original = console.warn;
      const warned: string[] = [];
      console.warn = (...args: unknown[]) => warned.push(args.map(String).join(' '));
      try {
        const el = new Selecting();
        document.body.append(el);
        await el.updateComplete;
        expect(warned.join('\n')).to.contain('D1-SDK-150');
        expect(el.app.context).to.equal(undefined);
      } finally {
        console.warn = original;
      }
    });
  });
});
