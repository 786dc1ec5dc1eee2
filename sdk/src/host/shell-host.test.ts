import { expect } from '@open-wc/testing';
import { CONTRACT_VERSION } from '@digione/sdk';
import type { ActingAs, DigiOneUser, ShellContext } from '@digione/sdk';
import { createShellHost, type ShellHostServices } from '@digione/sdk/host';

declare module '../context/types.js' {
  interface DigiOneEvents {
    'acme:ping': { readonly n: number };
    'other:ping': { readonly n: number };
    'help:open': { readonly topic: string };
  }
}

const school = { code: '00001', name: 'Koulu', providerId: 'p1', providerName: 'Vantaa' };
const user: DigiOneUser = {
  id: 'u-1',
  givenName: 'Aino',
  familyName: 'Virtanen',
  roles: ['teacher'],
  schools: [school],
  group: '7B',
};
const acting: ActingAs = { kind: 'school', id: '00001', label: 'Koulu', role: 'teacher', school };

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

async function rejectionCode(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

function captureWarnings(): { messages: string[]; restore(): void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

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

  describe('events', () => {
    it('take "shell:badge" as the publishing app’s own count, unseen by other apps', () => {
      const badges: [string, number][] = [];
      const host = createShellHost({
        services: { setBadge: (appId, count) => badges.push([appId, count]) },
      });
      const messages = host.contextFor('messages', { userFields: [] }).context;
      const other = host.contextFor('other', { userFields: [] }).context;
      const overheard: unknown[] = [];
      // No app may listen to it at all (D1-SDK-114); even the shell's own listener hears nothing.
      expect(
        codeOf(() => other.events.subscribe('shell:badge', (payload) => overheard.push(payload))),
      ).to.equal('D1-SDK-114');
      host.events.subscribe('shell:badge', (payload) => overheard.push(payload));
      messages.events.publish('shell:badge', { count: 3 });
      messages.events.publish('shell:badge', { count: 0 });
      expect(badges).to.deep.equal([
        ['messages', 3],
        ['messages', 0],
      ]);
      expect(overheard).to.deep.equal([]);
      for (const count of [-1, 1.5, '2', Number.NaN]) {
        expect(
          codeOf(() => {
            messages.events.publish('shell:badge', { count } as never);
          }),
        ).to.equal('D1-SDK-112');
      }
      expect(badges).to.have.length(2);
    });

    it('refuse "shell:badge" like any shell topic when the shell shows no badges', () => {
      const messages = createShellHost().contextFor('messages', { userFields: [] }).context;
      expect(
        codeOf(() => {
          messages.events.publish('shell:badge', { count: 1 });
        }),
      ).to.equal('D1-SDK-111');
    });

    it('go from one app to another, each listener getting its own copy', () => {
      const host = createShellHost({ registry: [{ id: 'acme', events: { public: ['ping'] } }] });
      const acme = host.contextFor('acme', { userFields: [] }).context;
      const other = host.contextFor('other', { userFields: [] }).context;
      const received: { n: number }[] = [];
      other.events.subscribe('acme:ping', (p) => received.push(p));
      other.events.subscribe('acme:ping', (p) => received.push(p));
      const payload = { n: 1 };
      acme.events.publish('acme:ping', payload);
      expect(received).to.deep.equal([{ n: 1 }, { n: 1 }]);
      expect(received[0]).not.to.equal(payload);
      expect(received[0]).not.to.equal(received[1]);
    });

    it('may be published only under the app’s own namespace or a topic the shell allows', () => {
      const host = createShellHost({ publicTopics: ['help:open'] });
      const acme = host.contextFor('acme', { userFields: [] }).context;
      expect(
        codeOf(() => {
          acme.events.publish('other:ping', { n: 1 });
        }),
      ).to.equal('D1-SDK-111');
      expect(
        codeOf(() => {
          acme.events.publish('shell:navigated', { path: '/' });
        }),
      ).to.equal('D1-SDK-111');
      expect(
        codeOf(() => {
          acme.events.publish('help:open', { topic: 'x' });
        }),
      ).to.equal(undefined);
    });

    it('refuse invalid topics and payloads with coded errors', () => {
      const host = createShellHost();
      const acme = host.contextFor('acme', { userFields: [] }).context;
      const bus = acme.events as unknown as {
        publish(t: string, p: unknown): void;
        subscribe(t: string, l: unknown): void;
      };
      for (const topic of ['ping', 'acme:', ':ping', 'acme:a:b', 'acme: ping', 42]) {
        expect(
          codeOf(() => {
            bus.publish(topic as string, {});
          }),
          String(topic),
        ).to.equal('D1-SDK-110');
        expect(
          codeOf(() => {
            bus.subscribe(topic as string, () => undefined);
          }),
        ).to.equal('D1-SDK-110');
      }
      expect(
        codeOf(() => {
          bus.publish('acme:ping', { f: () => 1 });
        }),
      ).to.equal('D1-SDK-112');
      expect(
        codeOf(() => {
          bus.subscribe('acme:ping', 'nope');
        }),
      ).to.equal('D1-SDK-113');
    });

    it('report a listener that throws for its app, and still reach the others', () => {
      const reported: [string, unknown][] = [];
      const host = createShellHost({
        services: { reportError: (id, e) => reported.push([id, e]) },
        registry: [{ id: 'acme', events: { public: ['ping'] } }],
      });
      const acme = host.contextFor('acme', { userFields: [] }).context;
      const other = host.contextFor('other', { userFields: [] }).context;
      const third = host.contextFor('third', { userFields: [] }).context;
      const boom = new Error('listener failed');
      other.events.subscribe('acme:ping', () => {
        throw boom;
      });
      let reached = false;
      third.events.subscribe('acme:ping', () => (reached = true));
      acme.events.publish('acme:ping', { n: 1 });
      expect(reached).to.equal(true);
      expect(reported).to.deep.equal([['other', boom]]);
    });

    it('the shell publishes under shell: and apps hear it', () => {
      const host = createShellHost();
      const acme = host.contextFor('acme', { userFields: [] }).context;
      const paths: string[] = [];
      acme.events.subscribe('shell:navigated', (p) => paths.push(p.path));
      host.events.publish('shell:navigated', { path: '/acme' });
      expect(paths).to.deep.equal(['/acme']);
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
});

describe('createShellHost, at the trust boundary', () => {
  describe('when an app navigates', () => {
    const OFF_PORTAL = [
      'https://evil.example/login',
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example',
      'javascript:alert(1)',
      // Dot segments that the URL parser folds into a protocol-relative "//evil.example".
      '/..//evil.example',
      '/.//evil.example',
      '/%2e%2e//evil.example',
      `${location.origin}/palaute`,
      'palaute',
      '',
      // A file is left to the browser by the portal's router, so it is no portal path either.
      '/ohjeet/opas.pdf',
    ];

    it('refuses every path that is not a page of the portal, with D1-SDK-125, and goes nowhere', () => {
      const navigations: string[] = [];
      const host = createShellHost({ services: { navigate: (_, path) => navigations.push(path) } });
      const { context } = host.contextFor('acme', { userFields: [] });
      const warnings = captureWarnings();
      for (const path of OFF_PORTAL) {
        let error: unknown;
        try {
          context.navigate(path);
        } catch (thrown) {
          error = thrown;
        }
        expect((error as { code?: string } | undefined)?.code, JSON.stringify(path)).to.equal(
          'D1-SDK-125',
        );
        expect((error as Error).message).to.contain('starts with a single "/"');
      }
      warnings.restore();
      expect(navigations).to.deep.equal([]);
      // Each refusal is logged once, with the app named (the app may swallow the error).
      const logged = warnings.messages.filter((m) => m.startsWith('[D1-SDK-125] App "acme"'));
      expect(logged).to.have.length(OFF_PORTAL.length);
    });

    it('takes a path of the portal, with its query and hash, as the portal reads it', () => {
      const navigations: string[] = [];
      const host = createShellHost({ services: { navigate: (_, path) => navigations.push(path) } });
      const { context } = host.contextFor('acme', { userFields: [] });
      context.navigate('/acme/lessons?week=12#today');
      context.navigate('/palaute');
      context.navigate('/acme/./week/../day');
      expect(navigations).to.deep.equal(['/acme/lessons?week=12#today', '/palaute', '/acme/day']);
    });
  });

  describe('when an app asks a question', () => {
    const question = { heading: 'Poistetaanko?', message: 'Tehtävä poistetaan.' };

    /** A shell whose dialog keeps each question open until the test answers it. */
    function dialogHost() {
      const open: {
        appId: string;
        signal: AbortSignal | undefined;
        answer: (yes: boolean) => void;
      }[] = [];
      const host = createShellHost({
        services: {
          confirm: (appId, _options, signal) =>
            new Promise<boolean>((resolve) => {
              open.push({ appId, signal, answer: resolve });
            }),
        },
      });
      return { host, open };
    }

    it('refuses a second question while the first is open, with D1-SDK-126', async () => {
      const { host, open } = dialogHost();
      const acme = host.contextFor('acme', { userFields: [] });
      const widget = host.contextFor('acme', { userFields: [] });
      const other = host.contextFor('other', { userFields: [] });
      const first = acme.context.confirm(question);
      expect(await rejectionCode(acme.context.confirm(question))).to.equal('D1-SDK-126');
      // The same app's widget is the same app; another app may still ask.
      expect(await rejectionCode(widget.context.confirm(question))).to.equal('D1-SDK-126');
      const others = other.context.confirm(question);
      expect(open.map((q) => q.appId)).to.deep.equal(['acme', 'other']);
      open[0]?.answer(true);
      expect(await first).to.equal(true);
      // Answered: the app may ask again.
      const again = acme.context.confirm(question);
      expect(open.map((q) => q.appId)).to.deep.equal(['acme', 'other', 'acme']);
      open[2]?.answer(false);
      expect(await again).to.equal(false);
      open[1]?.answer(true);
      expect(await others).to.equal(true);
    });

    it('refuses a toast that is not { message } with D1-SDK-123, also null', () => {
      const host = createShellHost({ services: { notify: () => undefined } });
      const { context } = host.contextFor('acme', { userFields: [] });
      for (const bad of [null, 'Tallennettu', {}]) {
        expect(
          codeOf(() => {
            context.notify(bad as unknown as { message: string });
          }),
          JSON.stringify(bad),
        ).to.equal('D1-SDK-123');
      }
    });

    it('refuses a question that is not { heading, message } with D1-SDK-123', async () => {
      const { host, open } = dialogHost();
      const { context } = host.contextFor('acme', { userFields: [] });
      for (const bad of [undefined, 'Poistetaanko?', { heading: 'Poistetaanko?' }]) {
        expect(
          await rejectionCode(context.confirm(bad as unknown as typeof question)),
          JSON.stringify(bad),
        ).to.equal('D1-SDK-123');
      }
      expect(open).to.deep.equal([]);
    });

    it('answers false and withdraws the question when the app is disposed', async () => {
      const { host, open } = dialogHost();
      const handle = host.contextFor('acme', { userFields: [] });
      const answer = handle.context.confirm(question);
      const signal = open[0]?.signal;
      expect(signal?.aborted).to.equal(false);
      handle.dispose();
      // The shell's dialog is told to close the question, and the app hears "no".
      expect(signal?.aborted).to.equal(true);
      expect(await answer).to.equal(false);
      // The app's next mount may ask again.
      const next = host.contextFor('acme', { userFields: [] });
      const again = next.context.confirm(question);
      expect(open).to.have.length(2);
      open[0]?.answer(true);
      open[1]?.answer(true);
      expect(await again).to.equal(true);
      next.dispose();
    });
  });
});

describe('createShellHost: an app’s toasts', () => {
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

describe('createShellHost: the event topics an app may hear', () => {
  /** The code of what `subscribe` throws, or undefined when it subscribed. */
  function subscribeCode(context: ShellContext, topic: string): string | undefined {
    return codeOf(() => context.events.subscribe(topic as 'acme:ping', () => undefined));
  }

  describe('when an app subscribes to its own topics and the shell’s', () => {
    it('hears them', () => {
      const host = createShellHost();
      const acme = host.contextFor('acme', { userFields: [] }).context;
      const heard: unknown[] = [];
      acme.events.subscribe('acme:ping', (p) => heard.push(p));
      acme.events.subscribe('shell:navigated', (p) => heard.push(p));
      acme.events.publish('acme:ping', { n: 1 });
      host.events.publish('shell:navigated', { path: '/acme' });
      expect(heard).to.deep.equal([{ n: 1 }, { path: '/acme' }]);
    });
  });

  describe('when an app subscribes to another vendor’s topic', () => {
    it('is refused with D1-SDK-114, naming the topic and how it can become public', () => {
      const host = createShellHost();
      const acme = host.contextFor('acme', { userFields: [] }).context;
      const other = host.contextFor('other', { userFields: [] }).context;
      const before = host.liveSubscriptions();
      const heard: unknown[] = [];
      let error: unknown;
      try {
        acme.events.subscribe('other:ping', (p) => heard.push(p));
      } catch (e) {
        error = e;
      }
      expect((error as { code?: string }).code).to.equal('D1-SDK-114');
      expect((error as Error).message).to.equal(
        '[D1-SDK-114] App "acme" may subscribe only to its own topics ("acme:<name>"), the shell\'s ("shell:navigated") and topics another app\'s manifest makes public; "other:ping" is none of these. The app "other" can make it public with "events": { "public": ["ping"] } in its manifest.',
      );
      other.events.publish('other:ping', { n: 1 });
      expect(heard).to.deep.equal([]);
      expect(host.liveSubscriptions()).to.equal(before);
    });

    it('is refused a shell topic that the shell does not publish for apps', () => {
      const acme = createShellHost().contextFor('acme', { userFields: [] }).context;
      expect(subscribeCode(acme, 'shell:badge')).to.equal('D1-SDK-114');
      expect(subscribeCode(acme, 'shell:secret')).to.equal('D1-SDK-114');
    });

    it('still gets D1-SDK-110 for a malformed topic, and D1-SDK-113 for a bad listener', () => {
      const acme = createShellHost().contextFor('acme', { userFields: [] }).context;
      expect(subscribeCode(acme, 'other:a:b')).to.equal('D1-SDK-110');
      expect(
        codeOf(() => acme.events.subscribe('acme:ping', 'nope' as unknown as () => void)),
      ).to.equal('D1-SDK-113');
    });
  });

  describe('when another app’s manifest makes a topic public', () => {
    it('hears that topic, and no other of that app', () => {
      const host = createShellHost({ registry: [{ id: 'other', events: { public: ['ping'] } }] });
      const acme = host.contextFor('acme', { userFields: [] }).context;
      const other = host.contextFor('other', { userFields: [] }).context;
      const heard: number[] = [];
      acme.events.subscribe('other:ping', (p) => heard.push(p.n));
      other.events.publish('other:ping', { n: 7 });
      expect(heard).to.deep.equal([7]);
      expect(subscribeCode(acme, 'other:secret')).to.equal('D1-SDK-114');
    });

    it('follows the registry the shell sets once it has loaded', () => {
      const host = createShellHost();
      const acme = host.contextFor('acme', { userFields: [] }).context;
      expect(subscribeCode(acme, 'other:ping')).to.equal('D1-SDK-114');
      host.setRegistry([
        { id: 'other', events: { public: ['ping'] } },
        { id: 'quiet' },
        { id: 'empty', events: {} },
      ]);
      expect(subscribeCode(acme, 'other:ping')).to.equal(undefined);
      host.setRegistry([]);
      expect(subscribeCode(acme, 'other:ping')).to.equal('D1-SDK-114');
    });

    it('refuses a registry whose public topics are not topics', () => {
      expect(
        codeOf(() => createShellHost({ registry: [{ id: 'other', events: { public: ['a b'] } }] })),
      ).to.equal('D1-SDK-110');
      const host = createShellHost();
      expect(
        codeOf(() => {
          host.setRegistry([{ id: 'other', events: { public: ['a:b'] } }]);
        }),
      ).to.equal('D1-SDK-110');
    });
  });

  describe('when the shell opens a topic to every app', () => {
    it('lets every app publish and hear it', () => {
      const host = createShellHost({ publicTopics: ['help:open'] });
      const acme = host.contextFor('acme', { userFields: [] }).context;
      const other = host.contextFor('other', { userFields: [] }).context;
      const heard: string[] = [];
      other.events.subscribe('help:open', (p) => heard.push(p.topic));
      acme.events.publish('help:open', { topic: 'grades' });
      expect(heard).to.deep.equal(['grades']);
    });
  });
});
