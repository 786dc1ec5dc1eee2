import { expect } from '@open-wc/testing';
import { CONTRACT_VERSION } from '@digione/sdk';
import type { DigiOneUser, ShellContext } from '@digione/sdk';
import { createShellHost, type ShellHostServices } from '@digione/sdk/host';
import { acting, captureWarnings, codeOf, rejectionCode, user } from './fixtures/host-support.js';

describe('createShellHost', () => {
  describe('when an app asks for some user fields', () => {
    it('sees only those fields, also after the user changes', () => {
      const host = createShellHost({ user });
      const handle = host.contextFor('acme', { userFields: ['givenName', 'roles'] });
      const context = handle.context;
      const seen: Partial<DigiOneUser>[] = [];
      context.user.subscribe((u) => seen.push(u));
      expect(context.user.value).to.deep.equal({ givenName: 'Aino', roles: ['teacher'] });

      host.setUser({ ...user, id: 'u-2', givenName: 'Eino', familyName: 'Laine', grade: '8' });
      host.setUser(null);
      host.setUser({ ...user, children: [] });
      expect(seen.map((u) => Object.keys(u).sort())).to.deep.equal([
        ['givenName', 'roles'],
        ['givenName', 'roles'],
        [],
        ['givenName', 'roles'],
      ]);
      expect(seen[1].givenName).to.equal('Eino');
      for (const u of seen) {
        expect(u).not.to.have.any.keys('id', 'familyName', 'schools', 'group', 'grade', 'children');
      }
      handle.dispose();
    });

    it('gets a frozen copy it cannot use to change the shell or another app', () => {
      const host = createShellHost({ user });
      const a = host.contextFor('acme', { userFields: ['roles'] }).context;
      const b = host.contextFor('other', { userFields: ['roles'] }).context;
      expect(() => (a.user.value.roles as string[]).push('admin')).to.throw(TypeError);
      expect(b.user.value.roles).to.deep.equal(['teacher']);
      expect(host.state.user.value?.roles).to.deep.equal(['teacher']);
    });

    it('emits only real changes of what it sees', () => {
      const host = createShellHost({ user });
      const { context } = host.contextFor('acme', { userFields: ['givenName'] });
      let emissions = 0;
      context.user.subscribe(() => emissions++);
      host.setUser({ ...user, group: '8A' }); // a field the app does not see
      host.setUser({ ...user }); // equal data, a new object
      expect(emissions).to.equal(1);
      host.setUser({ ...user, givenName: 'Eino' });
      expect(emissions).to.equal(2);
    });

    it('refuses unknown user fields with a coded error', () => {
      const host = createShellHost();
      expect(codeOf(() => host.contextFor('acme', { userFields: ['password' as 'id'] }))).to.equal(
        'D1-SDK-103',
      );
      expect(codeOf(() => host.contextFor('has space', { userFields: [] }))).to.equal('D1-SDK-102');
      expect(codeOf(() => host.contextFor('shell', { userFields: [] }))).to.equal('D1-SDK-102');
    });
  });

  describe('context values', () => {
    it('tell their current value and emit each change', () => {
      const host = createShellHost({ locale: 'fi', theme: 'light' });
      const { context } = host.contextFor('acme', { userFields: [] });
      const locales: string[] = [];
      context.locale.subscribe((l) => locales.push(l));
      host.setLocale('sv');
      host.setLocale('sv');
      host.setTheme('dark');
      host.setTenant({ id: 'vantaa', name: 'Vantaan kaupunki' });
      expect(locales).to.deep.equal(['fi', 'sv']);
      expect(context.locale.value).to.equal('sv');
      expect(context.theme.value).to.equal('dark');
      expect(context.tenant.value).to.deep.equal({ id: 'vantaa', name: 'Vantaan kaupunki' });
    });

    it('tell an app its own API URL, and refuse one that is not a URL', () => {
      const host = createShellHost();
      const withApi = host.contextFor('acme', {
        userFields: [],
        audience: 'https://api.acme.example.fi',
        apiUrl: 'https://api.acme.example.fi/v2',
      }).context;
      expect(withApi.apiUrl).to.equal('https://api.acme.example.fi/v2');
      expect(host.contextFor('other', { userFields: [] }).context.apiUrl).to.equal(undefined);
      expect(codeOf(() => host.contextFor('bad', { userFields: [], apiUrl: 'api.acme' }))).to.equal(
        'D1-SDK-103',
      );
    });

    it('give acting-as only to an app that asks for it', () => {
      const host = createShellHost({ actingAs: acting });
      const asks = host.contextFor('acme', { userFields: [], actingAs: true }).context;
      const doesNot = host.contextFor('other', { userFields: [] }).context;
      expect(asks.actingAs.value).to.deep.equal(acting);
      expect(doesNot.actingAs.value).to.equal(null);
      host.setActingAs({ ...acting, id: '00002', label: 'Toinen koulu' });
      expect(asks.actingAs.value?.id).to.equal('00002');
      expect(doesNot.actingAs.value).to.equal(null);
      expect(asks.isSupported('acting-as')).to.equal(true);
      expect(doesNot.isSupported('acting-as')).to.equal(false);
    });

    it('refuses a locale or theme the portal does not have', () => {
      const host = createShellHost();
      expect(
        codeOf(() => {
          host.setLocale('de' as 'fi');
        }),
      ).to.equal('D1-SDK-101');
      expect(
        codeOf(() => {
          host.setTheme('pink' as 'light');
        }),
      ).to.equal('D1-SDK-101');
      expect(
        codeOf(() => createShellHost({ tenant: {} as { id: string; name: string } })),
      ).to.equal('D1-SDK-101');
    });
  });

  describe('services', () => {
    it('are called with the app id, and the token with its own audience', async () => {
      const calls: unknown[][] = [];
      const services: ShellHostServices = {
        getAccessToken: (appId, audience) => Promise.resolve(`token:${appId}:${audience}`),
        navigate: (...args) => calls.push(['navigate', ...args]),
        // The signal that withdraws the toast when the app goes is tested on its own below.
        notify: (appId, notification) => calls.push(['notify', appId, notification]),
        confirm: (appId, options) => (
          calls.push(['confirm', appId, options]),
          Promise.resolve(true)
        ),
        setDirty: (...args) => calls.push(['setDirty', ...args]),
        setTitle: (...args) => calls.push(['setTitle', ...args]),
        reportError: (...args) => calls.push(['reportError', ...args]),
      };
      const host = createShellHost({ services });
      const { context } = host.contextFor('acme', { userFields: [], audience: 'api://acme' });
      expect(await context.getAccessToken()).to.equal('token:acme:api://acme');
      context.navigate('/acme/lessons');
      context.notify({ message: 'Tallennettu' });
      expect(await context.confirm({ heading: 'Poista?', message: 'Varmasti?' })).to.equal(true);
      context.setDirty(true);
      context.setTitle('Lukujärjestys');
      const error = new Error('boom');
      context.reportError(error);
      expect(calls).to.deep.equal([
        ['navigate', 'acme', '/acme/lessons'],
        ['notify', 'acme', { message: 'Tallennettu' }],
        ['confirm', 'acme', { heading: 'Poista?', message: 'Varmasti?' }],
        ['setDirty', 'acme', true],
        ['setTitle', 'acme', 'Lukujärjestys'],
        ['reportError', 'acme', error],
      ]);
      for (const capability of [
        'navigate',
        'notify',
        'confirm',
        'dirty-guard',
        'title',
        'events',
        'access-token',
      ] as const) {
        expect(context.isSupported(capability), capability).to.equal(true);
      }
      expect(context.isSupported('iframe')).to.equal(false);
      expect(context.version).to.equal(CONTRACT_VERSION);
    });

    it('that the shell lacks are unsupported and fail with a coded error', async () => {
      const host = createShellHost({ capabilities: ['widgets'] });
      const { context } = host.contextFor('acme', { userFields: [], audience: 'api://acme' });
      expect(context.isSupported('navigate')).to.equal(false);
      expect(context.isSupported('widgets')).to.equal(true);
      expect(context.isSupported('nonsense' as 'navigate')).to.equal(false);
      expect(
        codeOf(() => {
          context.navigate('/x');
        }),
      ).to.equal('D1-SDK-120');
      expect(
        codeOf(() => {
          context.setTitle('x');
        }),
      ).to.equal('D1-SDK-120');
      expect(await rejectionCode(context.confirm({ heading: 'h', message: 'm' }))).to.equal(
        'D1-SDK-120',
      );
      expect(await rejectionCode(context.getAccessToken())).to.equal('D1-SDK-120');
    });

    it('give no token to an app that declares no audience', async () => {
      const host = createShellHost({
        services: { getAccessToken: () => Promise.resolve('shell-token') },
      });
      const { context } = host.contextFor('acme', { userFields: [] });
      expect(context.isSupported('access-token')).to.equal(false);
      expect(await rejectionCode(context.getAccessToken())).to.equal('D1-SDK-121');
    });

    it('refuse wrongly typed arguments with a coded error', () => {
      const host = createShellHost({
        services: { navigate: () => undefined, setDirty: () => undefined },
      });
      const { context } = host.contextFor('acme', { userFields: [] });
      expect(
        codeOf(() => {
          context.navigate(42 as unknown as string);
        }),
      ).to.equal('D1-SDK-123');
      expect(
        codeOf(() => {
          context.setDirty('yes' as unknown as boolean);
        }),
      ).to.equal('D1-SDK-123');
    });
  });

  describe('when an app is disposed', () => {
    /** "other:ping" is public (the manifest of "other" says so), for acme to hear. */
    const registry = [{ id: 'other', events: { public: ['ping'] } }];
    function appThatSubscribesToEverything(context: ShellContext, ended: string[]): void {
      for (const key of ['user', 'actingAs', 'locale', 'theme', 'tenant'] as const) {
        (context[key] as { subscribe(o: object): unknown }).subscribe({
          complete: () => ended.push(key),
        });
      }
      context.events.subscribe('other:ping', () => undefined);
      context.events.subscribe('shell:navigated', () => undefined);
    }

    it('ends every subscription the app made: none left live on the host', () => {
      const host = createShellHost({ user, actingAs: acting, registry });
      const baseline = host.liveSubscriptions();
      const handle = host.contextFor('acme', { userFields: ['givenName'], actingAs: true });
      const ended: string[] = [];
      appThatSubscribesToEverything(handle.context, ended);
      expect(handle.liveSubscriptions()).to.equal(7);
      // The app context's 5 feeds from the host's state, and the app's 2 event listeners.
      expect(host.liveSubscriptions()).to.equal(baseline + 5 + 2);

      handle.dispose();
      expect(handle.liveSubscriptions()).to.equal(0);
      expect(host.liveSubscriptions()).to.equal(baseline);
      expect(ended.sort()).to.deep.equal(['actingAs', 'locale', 'tenant', 'theme', 'user']);
      handle.dispose(); // twice is harmless
      expect(host.liveSubscriptions()).to.equal(baseline);
    });

    it('leaves nothing behind after 50 apps come and go', () => {
      const host = createShellHost({ user, registry });
      const baseline = host.liveSubscriptions();
      for (let i = 0; i < 50; i++) {
        const handle = host.contextFor('acme', { userFields: ['givenName'] });
        appThatSubscribesToEverything(handle.context, []);
        handle.dispose();
      }
      expect(host.liveSubscriptions()).to.equal(baseline);
    });

    it('no longer delivers, and ignores late calls with a coded warning', () => {
      const navigations: string[] = [];
      const host = createShellHost({
        services: { navigate: (_, p) => navigations.push(p) },
        registry,
      });
      const handle = host.contextFor('acme', { userFields: [] });
      const heard: number[] = [];
      handle.context.events.subscribe('other:ping', (p) => heard.push(p.n));
      const other = host.contextFor('other', { userFields: [] }).context;
      handle.dispose();
      other.events.publish('other:ping', { n: 1 });
      expect(heard).to.deep.equal([]);

      const warnings = captureWarnings();
      try {
        handle.context.navigate('/late');
        let completed = false;
        handle.context.locale.subscribe({ complete: () => (completed = true) });
        expect(completed).to.equal(true);
      } finally {
        warnings.restore();
      }
      expect(navigations).to.deep.equal([]);
      expect(warnings.messages.join('\n')).to.contain('[D1-SDK-122]');
      expect(handle.liveSubscriptions()).to.equal(0);
    });

    it('host.dispose() ends every app context', () => {
      const host = createShellHost({ registry });
      const a = host.contextFor('acme', { userFields: [] });
      const b = host.contextFor('other', { userFields: [] });
      appThatSubscribesToEverything(a.context, []);
      appThatSubscribesToEverything(b.context, []);
      host.dispose();
      expect(a.disposed && b.disposed).to.equal(true);
      expect(host.liveSubscriptions()).to.equal(0);
      expect(codeOf(() => host.contextFor('acme', { userFields: [] }))).to.equal('D1-SDK-104');
    });
  });

  describe('an app’s toasts', () => {
    it('are withdrawn when the app goes: nothing of it outlasts its unmount', () => {
      const shown: { appId: string; message: string; signal: AbortSignal | undefined }[] = [];
      const host = createShellHost({
        services: {
          notify: (appId, notification, signal) => {
            shown.push({ appId, message: notification.message, signal });
          },
        },
      });
      const handle = host.contextFor('acme', { userFields: [] });
      handle.context.notify({ message: 'Tallennettu' });
      expect(shown.map((t) => [t.appId, t.message])).to.deep.equal([['acme', 'Tallennettu']]);
      expect(shown[0]?.signal?.aborted).to.equal(false);
      handle.dispose();
      expect(shown[0]?.signal?.aborted).to.equal(true);
      host.dispose();
    });
  });
});
