import { expect, fixture, html } from '@open-wc/testing';
import { localization } from '@digione/components/localization';
import { defineMicroApp, type Locale, type ShellContext } from '@digione/sdk';
import { actingAsChoices, userFromClaims } from '@digione/sdk/host';
import { deepText } from '@digione/sdk/testing';
import { MINIMAL_MANIFEST } from '../manifest/examples.js';
// The local identity provider's own data modules (its entry is Node only).
import { TEST_USERS } from '../../../packages/dev-idp/src/users.js';
import { claimsOf } from '../../../packages/dev-idp/src/claims.js';
import { SANDBOX_PEOPLE } from '../../sandbox/src/people.js';
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

/** The fixture app's manifest: the minimal example, for a teacher, asking for the given name. */
const MANIFEST = {
  ...MINIMAL_MANIFEST,
  id: 'fixture',
  routes: ['/fixture'],
  roles: ['teacher'],
  context: { user: ['givenName'] },
  api: { audience: 'https://api.fixture.example.fi' },
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
    expect(el.querySelector('h2')!.textContent).to.equal('Hei, Mikko');
    expect(el.shadowRoot!.querySelector('d1-alert')).to.equal(null);
    const context = panel(el, 'context');
    expect(context).to.contain('"givenName": "Mikko"');
    expect(context).not.to.contain('familyName');
    expect(panel(el, 'timings')).to.match(/bootstrap\s+[\d.]+\s+ms/);
  });

  it('re-renders the app and its own strings when the locale is switched', async () => {
    const el = await sandbox(MANIFEST);
    await el.setLocale('sv');
    await el.updateComplete;
    expect(el.querySelector('h2')!.textContent).to.equal('Hej, Mikko');
    expect(deepText(el.shadowRoot!.querySelector('h1')!)).to.equal('DigiOne-sandlåda');
    await el.setLocale('en');
    await el.updateComplete;
    expect(el.querySelector('h2')!.textContent).to.equal('Hello, Mikko');
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
    expect(el.querySelector('h2')!.textContent).to.equal('Hei, Mikko');
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
    // No role DigiOne knows: every role is offered, the first test person's first.
    expect(el.querySelector('h2')!.textContent).to.equal('Hei, Aino');
    expect(select(el, 'role').options).to.have.length(6);
    expect(el.shadowRoot!.querySelector('.roles-note')).to.equal(null);
  });
});

/** The sandbox's switch of this name. */
const select = (
  el: D1Sandbox,
  name: string,
): HTMLElement & { options: { value: string; label: string }[]; value: string } =>
  el.shadowRoot!.querySelector(`d1-select.${name}`)!;

/** Chooses `value` in the sandbox's switch of this name, as a person would (its change event). */
async function choose(el: D1Sandbox, name: string, value: string): Promise<void> {
  const control = select(el, name);
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe("d1-sandbox's people", () => {
  it("are the local identity provider's test people, as the portal maps their claims", () => {
    expect(SANDBOX_PEOPLE.map((p) => p.user)).to.deep.equal(
      TEST_USERS.map((u) => userFromClaims({ ...claimsOf(u), acr: u.door }).user),
    );
    expect(SANDBOX_PEOPLE.map((p) => `${p.username} ${p.door}`)).to.deep.equal(
      TEST_USERS.map((u) => `${u.username} ${u.door}`),
    );
  });

  it('offers only the roles the manifest declares, each with the portal’s acting-as choices', async () => {
    const el = await sandbox({
      ...MANIFEST,
      roles: ['learner', 'guardian'],
      context: { user: ['givenName'], actingAs: true },
    });
    expect(select(el, 'role').options.map((o) => o.value)).to.deep.equal(['learner', 'guardian']);
    expect(select(el, 'role').options[0].label).to.equal('Oppilas (Aino Mäkelä)');
    // A pupil acts in their school, as in the portal: kind "school", id "school:<code>".
    const pupil = SANDBOX_PEOPLE.find((p) => p.username === 'pupil')!.user;
    expect(select(el, 'acting-as').options).to.deep.equal(
      actingAsChoices(pupil).map((c) => ({ value: c.id, label: c.label })),
    );
    expect(el.querySelector('h2')!.textContent).to.equal('Hei, Aino');
    const context = panel(el, 'context');
    expect(context).to.contain('"id": "school:09231"').and.to.contain('"kind": "school"');

    await choose(el, 'role', 'guardian');
    expect(select(el, 'acting-as').options.map((o) => `${o.value} ${o.label}`)).to.deep.equal([
      'child:5f1d2c7a-3b8e-4e0a-9c41-7a2e6b0d9f13 Aino Mäkelä',
      'child:7d2f0a6c-91b4-4e58-b6c3-0e8a5d7f2b41 Eetu Mäkelä',
    ]);
    await choose(el, 'acting-as', 'child:7d2f0a6c-91b4-4e58-b6c3-0e8a5d7f2b41');
    expect(panel(el, 'context')).to.contain('"label": "Eetu Mäkelä"');
    expect(panel(el, 'context')).to.contain('"givenName": "Sanna"');
  });

  it('says why the other roles are missing, in the page’s language', async () => {
    const el = await sandbox({ ...MANIFEST, roles: ['teacher', 'staff'] });
    const note = () => deepText(el.shadowRoot!.querySelector('.roles-note')!);
    expect(note()).to.contain(
      'ei ilmoita rooleja Rehtori, Sijainen, Oppilas, Huoltaja ja Ylläpitäjä',
    );
    expect(note()).to.contain('kukaan ei toimi rooleissa Henkilökunta');
    await el.setLocale('sv');
    await el.updateComplete;
    expect(note()).to.contain('Rektor, Vikarie, Elev, Vårdnadshavare och Administratör');
    await el.setLocale('en');
    await el.updateComplete;
    expect(note()).to.contain(
      'does not declare the roles Principal, Substitute, Learner, Guardian, and Administrator',
    );
    await expect(el).to.be.accessible();
  });

  it('gives no acting-as to an app whose manifest does not ask for it, as the portal does', async () => {
    const el = await sandbox(MANIFEST);
    expect(panel(el, 'context')).to.contain('"actingAs": null');
    expect(select(el, 'acting-as').options.map((o) => o.value)).to.deep.equal([
      'school:09231',
      'school:09247',
    ]);
  });
});
