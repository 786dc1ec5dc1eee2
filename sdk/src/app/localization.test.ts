import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { msg, updateWhenLocaleChanges, type LocaleModule } from '@lit/localize';
import { localization } from '@digione/components/localization';
import type { Locale } from '@digione/sdk';
import { createShellHost } from '@digione/sdk/host';
import { connectAppLocalization, type LocaleFallback } from '@digione/sdk';

/** A small app whose strings come from a fake translation module, as lit-localize generates it. */
function defineFakeApp(tag: string, id: string, source: string): new () => LitElement {
  const FakeApp = class extends LitElement {
    constructor() {
      super();
      updateWhenLocaleChanges(this);
    }
    override render() {
      return html`<p>${msg(source, { id })}</p>`;
    }
  };
  customElements.define(tag, FakeApp);
  return FakeApp;
}

const fakeModules: Partial<Record<string, Partial<Record<Locale, LocaleModule>>>> = {
  acme: {
    sv: { templates: { 'acme.hello': 'Hej' } },
    en: { templates: { 'acme.hello': 'Hello' } },
  },
  beta: { en: { templates: { 'beta.hello': 'Hello from beta' } } },
  delta: { sv: { templates: { 'delta.hello': 'Hej från delta' } } },
  echo: { sv: { templates: { 'echo.hello': 'Hej från echo' } } },
};
const AcmeHello = defineFakeApp('acme-hello', 'acme.hello', 'Hei');
const BetaHello = defineFakeApp('beta-hello', 'beta.hello', 'Hei betasta');
const GammaHello = defineFakeApp('gamma-hello', 'gamma.hello', 'Hello from gamma');
const DeltaHello = defineFakeApp('delta-hello', 'delta.hello', 'Hei deltasta');
const EchoHello = defineFakeApp('echo-hello', 'echo.hello', 'Hei echosta');

const load = (appId: string) => (locale: Locale) => {
  const module = fakeModules[appId]?.[locale];
  return module ? Promise.resolve(module) : Promise.reject(new Error(`no ${locale} module`));
};

async function mountFake(FakeApp: new () => LitElement): Promise<LitElement> {
  const el = new FakeApp();
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const text = (el: LitElement) => el.shadowRoot?.textContent.trim();

function captureWarnings(): { messages: string[]; restore(): void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => {
  warnings = captureWarnings();
});
afterEach(async () => {
  warnings.restore();
  await localization().setLocale('fi');
  document.body.replaceChildren();
});

describe('connectAppLocalization', () => {
  describe('when the shell switches locale', () => {
    it('re-renders every mounted app at once, falling back for an app that lacks it', async () => {
      const host = createShellHost({ locale: 'fi' });
      const acmeContext = host.contextFor('acme', { userFields: [] }).context;
      const betaContext = host.contextFor('beta', { userFields: [] }).context;
      const fallbacks: LocaleFallback[] = [];
      const acme = connectAppLocalization(acmeContext, {
        locales: ['fi', 'sv', 'en'],
        load: load('acme'),
      });
      const beta = connectAppLocalization(betaContext, {
        locales: ['fi', 'en'],
        load: load('beta'),
        onFallback: (f) => fallbacks.push(f),
      });
      const acmeEl = await mountFake(AcmeHello);
      const betaEl = await mountFake(BetaHello);
      expect([text(acmeEl), text(betaEl)]).to.deep.equal(['Hei', 'Hei betasta']);

      host.setLocale('sv');
      await Promise.all([acme.settled(), beta.settled()]);
      await Promise.all([acmeEl.updateComplete, betaEl.updateComplete]);
      expect([text(acmeEl), text(betaEl)]).to.deep.equal(['Hej', 'Hei betasta']);
      const expected = { appId: 'beta', requested: 'sv', used: 'fi' };
      expect(fallbacks).to.deep.equal([expected]);
      expect(beta.fallback.value).to.deep.equal(expected);
      expect(acme.fallback.value).to.equal(null);
      expect(warnings.messages.filter((m) => m.includes('[D1-SDK-161]'))).to.have.length(1);
      expect(warnings.messages.join()).to.contain('"beta" has no "sv"');

      host.setLocale('en');
      await Promise.all([acme.settled(), beta.settled()]);
      await Promise.all([acmeEl.updateComplete, betaEl.updateComplete]);
      expect([text(acmeEl), text(betaEl)]).to.deep.equal(['Hello', 'Hello from beta']);
      expect(beta.fallback.value).to.equal(null);
      acme.dispose();
      beta.dispose();
    });

    it('falls back to English for an app that has no Finnish or chosen locale', async () => {
      const host = createShellHost({ locale: 'sv' });
      const context = host.contextFor('gamma', { userFields: [] }).context;
      const gamma = connectAppLocalization(context, {
        locales: ['en'],
        sourceLocale: 'en',
        load: load('gamma'),
      });
      await gamma.settled();
      const el = await mountFake(GammaHello);
      expect(text(el)).to.equal('Hello from gamma');
      expect(gamma.fallback.value).to.deep.equal({ appId: 'gamma', requested: 'sv', used: 'en' });
      gamma.dispose();
    });
  });

  describe('when an app connects after the page switched locale', () => {
    it('loads its strings for that locale too', async () => {
      const host = createShellHost({ locale: 'sv' });
      await localization().setLocale('sv');
      const context = host.contextFor('delta', { userFields: [] }).context;
      const delta = connectAppLocalization(context, { locales: ['fi', 'sv'], load: load('delta') });
      await delta.settled();
      const el = await mountFake(DeltaHello);
      expect(text(el)).to.equal('Hej från delta');
      delta.dispose();
    });
  });

  describe('when an app’s translations fail to load', () => {
    it('shows its source strings, reports the error, and the page still switches', async () => {
      const reported: unknown[] = [];
      const host = createShellHost({
        locale: 'fi',
        services: { reportError: (_, e) => reported.push(e) },
      });
      const context = host.contextFor('echo', { userFields: [] }).context;
      let fail = true;
      const echo = connectAppLocalization(context, {
        locales: ['fi', 'sv'],
        load: (locale) => {
          if (!fail) return load('echo')(locale);
          fail = false;
          return Promise.reject(new Error('network down'));
        },
      });
      const el = await mountFake(EchoHello);
      host.setLocale('sv');
      await echo.settled();
      await el.updateComplete;
      expect(localization().getLocale()).to.equal('sv');
      expect(text(el)).to.equal('Hei echosta');
      expect((reported[0] as Error).message).to.equal('network down');
      expect(warnings.messages.join()).to.contain('[D1-SDK-162]');
      echo.dispose();
    });
  });

  describe('when disposed', () => {
    it('stops following the context and holds no subscription', async () => {
      const host = createShellHost({ locale: 'fi' });
      const handle = host.contextFor('foxtrot', { userFields: [] });
      const app = connectAppLocalization(handle.context, { locales: ['fi'], load: load('x') });
      expect(handle.liveSubscriptions()).to.equal(1);
      app.dispose();
      expect(handle.liveSubscriptions()).to.equal(0);
      host.setLocale('en');
      await app.settled();
      expect(warnings.messages.join()).not.to.contain('[D1-SDK-161]');
    });
  });

  describe('with bad options', () => {
    it('throws coded errors', () => {
      const context = createShellHost().contextFor('golf', { userFields: [] }).context;
      const codeOf = (fn: () => unknown) => {
        try {
          fn();
        } catch (error) {
          return (error as { code?: string }).code;
        }
        return undefined;
      };
      const noop = () => Promise.resolve({ templates: {} });
      expect(
        codeOf(() => connectAppLocalization({} as never, { locales: ['fi'], load: noop })),
      ).to.equal('D1-SDK-160');
      expect(codeOf(() => connectAppLocalization(context, { locales: [], load: noop }))).to.equal(
        'D1-SDK-160',
      );
      expect(
        codeOf(() => connectAppLocalization(context, { locales: ['de' as 'fi'], load: noop })),
      ).to.equal('D1-SDK-160');
      expect(
        codeOf(() => connectAppLocalization(context, { locales: ['sv'], load: noop })),
      ).to.equal('D1-SDK-160');
      expect(codeOf(() => connectAppLocalization(context, { locales: ['fi'] } as never))).to.equal(
        'D1-SDK-160',
      );
    });
  });
});
