import { expect, fixture, html } from '@open-wc/testing';
import { localization } from '@digione/components/localization';
import { defineMicroApp, type Locale, type ShellContext } from '@digione/sdk';
import { deepText } from '@digione/sdk/testing';
// The sandbox page lives outside sdk/src (it is served by `digione-sandbox`, not published code).
import '../../sandbox/src/sandbox.js';
import type { D1Sandbox } from '../../sandbox/src/sandbox.js';
import { waitFor } from '../../../test/support/unit-wait.js';

declare module '@digione/sdk' {
  interface DigiOneEvents {
    'fixture:saved': { readonly ok: boolean };
  }
}

const GREETING: Record<Locale, string> = { fi: 'Hei', sv: 'Hej', en: 'Hello' };

/** A framework-neutral fixture app: a greeting in the context's locale and a button that notifies. */
function fixtureApp() {
  let stop: (() => void) | undefined;
  return defineMicroApp({
    mount(container, context: ShellContext) {
      const heading = document.createElement('h2');
      const button = document.createElement('button');
      button.textContent = 'Notify';
      button.addEventListener('click', () => {
        context.notify({ message: 'Saved from the fixture', variant: 'success' });
        context.events.publish('fixture:saved', { ok: true });
        context.setDirty(true);
        context.setTitle('Fixture title');
        context.navigate('/fixture/done');
        void context.getAccessToken().then((token) => {
          button.dataset.token = token;
        });
      });
      container.append(heading, button);
      const subscription = context.locale.subscribe((locale) => {
        heading.textContent = `${GREETING[locale]}, ${context.user.value.givenName ?? '?'}`;
      });
      stop = () => {
        subscription.unsubscribe();
      };
    },
    unmount() {
      stop?.();
    },
  });
}

const MANIFEST = {
  id: 'fixture',
  name: { fi: 'Kokeilu', sv: 'Försök', en: 'Fixture' },
  description: { fi: 'Testisovellus.', sv: 'Testapp.' },
  icon: 'home',
  vendor: { name: 'Esimerkki Oy' },
  entry: 'https://cdn.example.fi/fixture/app.js',
  isolation: 'module',
  routes: ['/fixture'],
  nav: [],
  roles: ['teacher'],
  context: { user: ['givenName'] },
  api: { audience: 'https://api.fixture.example.fi' },
  contract: '^1.0.0',
  locales: ['fi', 'sv', 'en'],
};

async function sandbox(manifest: unknown): Promise<D1Sandbox> {
  const el = await fixture<D1Sandbox>(
    html`<d1-sandbox .manifest=${manifest} .app=${fixtureApp()}></d1-sandbox>`,
  );
  await waitFor(() => el.querySelector('h2'), 'the app did not mount');
  return el;
}

const panel = (el: D1Sandbox, name: string): string =>
  deepText(el.shadowRoot!.querySelector(`section.${name}`)!);

afterEach(async () => {
  await localization().setLocale('fi');
  document.documentElement.lang = 'fi';
  delete document.documentElement.dataset.d1Theme;
  delete document.documentElement.dataset.d1Tenant;
});

describe('d1-sandbox with a valid manifest', () => {
  it('mounts the app with only the user fields the manifest asks for', async () => {
    const el = await sandbox(MANIFEST);
    expect(el.querySelector('h2')!.textContent).to.equal('Hei, Aino');
    expect(el.shadowRoot!.querySelector('d1-alert')).to.equal(null);
    const context = panel(el, 'context');
    expect(context).to.contain('"givenName": "Aino"');
    expect(context).not.to.contain('familyName');
    expect(panel(el, 'timings')).to.match(/bootstrap\s+[\d.]+\s+ms/);
  });

  it('re-renders the app and its own strings when the locale is switched', async () => {
    const el = await sandbox(MANIFEST);
    await el.setLocale('sv');
    await el.updateComplete;
    expect(el.querySelector('h2')!.textContent).to.equal('Hej, Aino');
    expect(deepText(el.shadowRoot!.querySelector('h1')!)).to.equal('DigiOne-sandlåda');
    await el.setLocale('en');
    await el.updateComplete;
    expect(el.querySelector('h2')!.textContent).to.equal('Hello, Aino');
    expect(panel(el, 'toasts')).to.contain('Nothing yet.');
  });

  it('records notify, events, navigation, title, dirty and token requests in its panels', async () => {
    const el = await sandbox(MANIFEST);
    el.querySelector('button')!.click();
    await el.updateComplete;
    expect(el.shell!.records.notifications).to.have.length(1);
    expect(panel(el, 'toasts')).to.contain('Saved from the fixture');
    expect(panel(el, 'events')).to.contain('fixture:saved');
    const shell = panel(el, 'shell');
    expect(shell).to.contain('Fixture title').and.to.contain('/fixture/done');
    expect(shell).to.contain('kyllä');
    await waitFor(() => el.querySelector('button')!.dataset.token, 'no token');
    expect(el.querySelector('button')!.dataset.token).to.equal(
      'sandbox-token-for:https://api.fixture.example.fi',
    );
  });

  it('unmounts and mounts the app again, timing each lifecycle', async () => {
    const el = await sandbox(MANIFEST);
    await el.unmount();
    await el.updateComplete;
    expect(el.querySelector('h2')).to.equal(null);
    await el.remount();
    await el.updateComplete;
    expect(el.querySelector('h2')!.textContent).to.equal('Hei, Aino');
    expect(el.timings.map((t) => t.phase)).to.deep.equal([
      'bootstrap',
      'mount',
      'unmount',
      'mount',
    ]);
  });

  it('is accessible', async () => {
    const el = await sandbox(MANIFEST);
    await expect(el).to.be.accessible();
  });
});

describe('d1-sandbox with an invalid manifest', () => {
  it('lists the errors by path and still mounts the app', async () => {
    const el = await sandbox({ ...MANIFEST, name: { fi: 'Kokeilu' }, roles: ['wizard'] });
    const alert = el.shadowRoot!.querySelector('d1-alert');
    expect(alert).not.to.equal(null);
    const text = deepText(alert!);
    expect(text).to.contain('name.sv');
    expect(text).to.contain('roles[0]');
    expect(el.querySelector('h2')!.textContent).to.equal('Hei, Aino');
  });
});
