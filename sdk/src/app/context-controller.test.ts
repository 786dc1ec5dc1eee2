import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import type { ShellContext } from '@digione/sdk';
import { createShellHost } from '@digione/sdk/host';
import { ContextController } from '@digione/sdk';

class AcmeWatchAll extends LitElement {
  context?: ShellContext;
  readonly ctx = new ContextController(this);
  renders = 0;
  override render() {
    this.renders++;
    return html`<p>${this.ctx.context?.theme.value}</p>`;
  }
}
customElements.define('acme-watch-all', AcmeWatchAll);

class AcmeWatchLocale extends LitElement {
  context?: ShellContext;
  readonly ctx = new ContextController(this, { select: (c) => c.locale.value });
  renders = 0;
  override render() {
    this.renders++;
    return html`<p>${this.ctx.value}</p>`;
  }
}
customElements.define('acme-watch-locale', AcmeWatchLocale);

function setUp() {
  const host = createShellHost({ user: null });
  const handle = host.contextFor('acme', { userFields: ['givenName'] });
  return { host, handle };
}

async function connect<T extends LitElement & { context?: ShellContext }>(
  Element: new () => T,
  context: ShellContext,
): Promise<T> {
  const el = new Element();
  el.context = context;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('ContextController', () => {
  describe('without select', () => {
    it('re-renders on any context change', async () => {
      const { host, handle } = setUp();
      const el = await connect(AcmeWatchAll, handle.context);
      expect(el.renders).to.equal(1);
      host.setTheme('dark');
      await el.updateComplete;
      expect(el.renders).to.equal(2);
      expect(el.shadowRoot?.textContent).to.contain('dark');
      host.setUser({ id: 'u', givenName: 'Aino', familyName: 'V', roles: [], schools: [] });
      await el.updateComplete;
      expect(el.renders).to.equal(3);
    });
  });

  describe('with select', () => {
    it('re-renders only when the selected value changes', async () => {
      const { host, handle } = setUp();
      const el = await connect(AcmeWatchLocale, handle.context);
      host.setTheme('dark');
      host.setTenant({ id: 'espoo', name: 'Espoon kaupunki' });
      await el.updateComplete;
      expect(el.renders).to.equal(1);
      host.setLocale('en');
      await el.updateComplete;
      expect(el.renders).to.equal(2);
      expect(el.shadowRoot?.textContent).to.contain('en');
    });
  });

  describe('when the element disconnects', () => {
    it('holds no live subscription, and resubscribes when connected again', async () => {
      const { host, handle } = setUp();
      const el = await connect(AcmeWatchAll, handle.context);
      expect(el.ctx.subscribed).to.equal(true);
      expect(handle.liveSubscriptions()).to.equal(5);
      el.remove();
      expect(el.ctx.subscribed).to.equal(false);
      expect(handle.liveSubscriptions()).to.equal(0);
      host.setTheme('dark');
      await el.updateComplete;
      expect(el.renders).to.equal(1);
      document.body.append(el);
      expect(handle.liveSubscriptions()).to.equal(5);
    });
  });

  describe('when the context is on an ancestor', () => {
    it('finds it across shadow roots', async () => {
      const { handle } = setUp();
      const app = document.createElement('div') as HTMLDivElement & { context?: ShellContext };
      app.context = handle.context;
      const root = app.attachShadow({ mode: 'open' });
      const child = new AcmeWatchLocale();
      root.append(child);
      document.body.append(app);
      await child.updateComplete;
      expect(child.ctx.context).to.equal(handle.context);
      expect(child.shadowRoot?.textContent).to.contain('fi');
    });
  });

  describe('when there is no context', () => {
    it('warns with a code and renders without one', async () => {
      const original = console.warn;
      const warnings: string[] = [];
      console.warn = (m: string) => warnings.push(m);
      try {
        const el = new AcmeWatchAll();
        document.body.append(el);
        await el.updateComplete;
        expect(el.ctx.context).to.equal(undefined);
      } finally {
        console.warn = original;
      }
      expect(warnings.join()).to.contain('[D1-SDK-150]');
    });
  });
});
