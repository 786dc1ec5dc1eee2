/**
 * The iframe bridge, end to end in Chromium with a REAL cross-origin iframe: this test page is the
 * shell at http://localhost:<port>; the app is fixtures/iframe-app.html served from
 * http://127.0.0.1:<port>, a different origin, so the browser enforces the boundary for real.
 */
import { expect } from '@open-wc/testing';
import { BehaviorSubject } from 'rxjs';
import { CONTRACT_VERSION } from '@digione/sdk';
import { createShellHost } from '@digione/sdk/host';
import type {
  ActingAs,
  Capability,
  ConfirmOptions,
  DigiOneEvents,
  DigiOneUser,
  Locale,
  Notification,
  ShellContext,
  TenantInfo,
  Theme,
} from '@digione/sdk';
import { bridgeIframe, type IframeBridge } from '@digione/sdk/host';
import { D1IframeError } from '@digione/sdk/iframe';
import { parseAppMessage } from './protocol.js';
import type {
  FixtureCommand,
  FixtureOp,
  FixtureReply,
  FixtureReport,
} from './fixtures/fixture-events.js';
import { waitFor } from '../../../test/support/unit-wait.js';

const SHELL_ORIGIN = location.origin; // http://localhost:<port>
const APP_ORIGIN = `http://127.0.0.1:${location.port}`;

/**
 * The time limit of a handshake that is meant to succeed, on both sides (the app's connectToShell
 * and the shell's bridge): far more than any busy moment of the machine, so that only a hang
 * reaches it, and then mocha's limit on the test finds it first. The tests of the time limits
 * themselves set short ones.
 */
const NO_HURRY_MS = 60_000;

/** A minimal in-page ShellContext: BehaviorSubjects for the values, a recording for the calls. */
function testContext() {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const calls: [string, unknown][] = [];
  const state = { confirmAnswer: true, token: 'token-for-vendor-api' };
  const user = new BehaviorSubject<Partial<DigiOneUser>>({
    id: 'u-1',
    givenName: 'Aino',
    familyName: 'Virtanen',
    roles: ['teacher'],
  });
  const actingAs = new BehaviorSubject<ActingAs | null>(null);
  const locale = new BehaviorSubject<Locale>('fi');
  const theme = new BehaviorSubject<Theme>('light');
  const tenant = new BehaviorSubject<TenantInfo>({ id: 'vantaa', name: 'Vantaan kaupunki' });
  const context: ShellContext = {
    appId: 'vendor-timetable',
    apiUrl: 'https://api.timetable.example.fi/v1',
    user,
    actingAs,
    locale,
    theme,
    tenant,
    getAccessToken: () => Promise.resolve(state.token),
    navigate: (path: string) => void calls.push(['navigate', path]),
    notify: (notification: Notification) => void calls.push(['notify', notification]),
    confirm: (options: ConfirmOptions) => {
      calls.push(['confirm', options]);
      return Promise.resolve(state.confirmAnswer);
    },
    setDirty: (dirty: boolean) => void calls.push(['setDirty', dirty]),
    setTitle: (title: string) => void calls.push(['setTitle', title]),
    reportError: (error: unknown) => void calls.push(['reportError', error]),
    events: {
      publish(topic, payload) {
        for (const listener of [...(listeners.get(topic) ?? [])]) listener(payload);
      },
      subscribe(topic, listener) {
        const set = listeners.get(topic) ?? new Set();
        listeners.set(topic, set);
        const entry = listener as (payload: unknown) => void;
        set.add(entry);
        return () => void set.delete(entry);
      },
    },
    version: CONTRACT_VERSION,
    isSupported: (capability: Capability) => capability !== 'widgets',
  };
  const listenerCount = (topic: string) => listeners.get(topic)?.size ?? 0;
  return { context, calls, state, user, actingAs, locale, theme, tenant, listenerCount };
}

type Harness = ReturnType<typeof testContext>;

const cleanups: (() => void)[] = [];
let warnings: string[] = [];
let originalWarn: typeof console.warn;

beforeEach(() => {
  warnings = [];
  originalWarn = console.warn;
  console.warn = (...data: unknown[]) => void warnings.push(data.map(String).join(' '));
});

afterEach(() => {
  console.warn = originalWarn;
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function fixtureUrl(page: string, origin: string, params: Record<string, string>): string {
  const url = new URL(`./fixtures/${page}`, import.meta.url);
  const target = new URL(url.pathname, origin);
  for (const [key, value] of Object.entries(params)) target.searchParams.set(key, value);
  return target.href;
}

function addIframe(src: string): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  // allow-same-origin keeps the app on its own origin (127.0.0.1), which is what lets the bridge
  // check it exactly; it is safe because that origin differs from the shell's (localhost).
  iframe.setAttribute('sandbox', 'allow-scripts allow-same-origin');
  iframe.title = 'Vendor app';
  iframe.src = src;
  document.body.append(iframe);
  cleanups.push(() => {
    iframe.remove();
  });
  return iframe;
}

function appIframe(params: Record<string, string> = {}): HTMLIFrameElement {
  return addIframe(
    fixtureUrl('iframe-app.html', APP_ORIGIN, {
      shell: SHELL_ORIGIN,
      report: SHELL_ORIGIN,
      timeout: String(NO_HURRY_MS),
      ...params,
    }),
  );
}

/** The page heights the app reported to its bridges, newest last. */
const heights: number[] = [];

function bridge(
  iframe: HTMLIFrameElement,
  harness: Harness,
  handshakeTimeoutMs = NO_HURRY_MS,
  loadTimeoutMs?: number,
): IframeBridge {
  const result = bridgeIframe(iframe, harness.context, {
    appOrigin: APP_ORIGIN,
    handshakeTimeoutMs,
    ...(loadTimeoutMs === undefined ? {} : { loadTimeoutMs }),
    onResize: (height) => heights.push(height),
  });
  cleanups.push(() => {
    result.dispose();
  });
  return result;
}

/** The next payload on a topic of the shell's bus that matches. */
function next<K extends keyof DigiOneEvents>(
  harness: Harness,
  topic: K,
  matches: (payload: DigiOneEvents[K]) => boolean = () => true,
): Promise<DigiOneEvents[K]> {
  return new Promise((resolve) => {
    const stop = harness.context.events.subscribe(topic, (payload) => {
      if (!matches(payload)) return;
      stop();
      resolve(payload);
    });
  });
}

/** A message the fixture posts past the bridge. */
function report(iframe: HTMLIFrameElement, kind: FixtureReport['fixture']): Promise<FixtureReport> {
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent<FixtureReport | null>) => {
      if (event.source !== iframe.contentWindow || event.data?.fixture !== kind) return;
      window.removeEventListener('message', onMessage);
      resolve(event.data);
    };
    window.addEventListener('message', onMessage);
    cleanups.push(() => {
      window.removeEventListener('message', onMessage);
    });
  });
}

/** The app's first hello as it reaches this page: the app is running and calling for its shell. */
function firstHello(iframe: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== iframe.contentWindow) return;
      if (parseAppMessage(event.data)?.kind !== 'hello') return;
      window.removeEventListener('message', onMessage);
      resolve();
    };
    window.addEventListener('message', onMessage);
    cleanups.push(() => {
      window.removeEventListener('message', onMessage);
    });
  });
}

let markers = 0;
/**
 * Resolves once a message this page posts to itself now has arrived. A window's messages arrive in
 * the order they were posted, so every message this page posted before has been handled by then:
 * a test can assert what an ignored one did not do, without waiting for a set time.
 */
function ownMessagesHandled(): Promise<void> {
  const marker = `digione-test-marker-${++markers}`;
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window || event.data !== marker) return;
      window.removeEventListener('message', onMessage);
      resolve();
    };
    window.addEventListener('message', onMessage);
    window.postMessage(marker, SHELL_ORIGIN);
  });
}

/** Resolves once the bridge has logged a warning that contains all of `parts`. */
function warned(...parts: string[]): Promise<void> {
  return waitFor(
    () => warnings.some((w) => parts.every((part) => w.includes(part))),
    `a warning with ${parts.map((part) => JSON.stringify(part)).join(' and ')}`,
  );
}

let commandId = 0;
async function command(harness: Harness, op: FixtureOp, arg?: unknown): Promise<FixtureReply> {
  const id = ++commandId;
  const reply = next(harness, 'fixture:reply', (r) => r.id === id);
  const message: FixtureCommand = arg === undefined ? { id, op } : { id, op, arg };
  harness.context.events.publish('fixture:command', message);
  return reply;
}

/** An app in its iframe, bridged and connected. */
async function connectedApp(params: Record<string, string> = {}, harness = testContext()) {
  const contexts: { key: string; value: unknown }[] = [];
  harness.context.events.subscribe('fixture:context', (payload) => void contexts.push(payload));
  const ready = next(harness, 'fixture:ready');
  const iframe = appIframe(params);
  const connection = bridge(iframe, harness);
  await connection.ready;
  const hello = await ready;
  return { harness, iframe, connection, hello, contexts };
}

describe('bridgeIframe and connectToShell', () => {
  before(async function () {
    // The first load of the fixture app compiles its module graph on the test server; do it once
    // here, so that no test's timing depends on a cold server.
    this.timeout(20_000);
    // With no shell to answer in 1 ms, the app reports its failure: its code has loaded and run.
    const iframe = appIframe({ timeout: '1' });
    await report(iframe, 'failed');
    iframe.remove();
  });

  describe('when the app connects', () => {
    it('completes the handshake and gives the app the shell version, its app id and API URL', async () => {
      const { hello, iframe } = await connectedApp();
      expect(hello).to.deep.equal({
        appId: 'vendor-timetable',
        version: CONTRACT_VERSION,
        apiUrl: 'https://api.timetable.example.fi/v1',
      });
      // The app really is on another origin: the shell cannot reach into its document.
      expect(iframe.contentDocument).to.equal(null);
      expect(new URL(iframe.src).origin).to.equal(APP_ORIGIN);
      expect(APP_ORIGIN).not.to.equal(SHELL_ORIGIN);
    });

    it('connects even when the shell bridges the iframe after the app has loaded', async () => {
      const harness = testContext();
      const ready = next(harness, 'fixture:ready');
      const iframe = appIframe();
      const calling = firstHello(iframe);
      await new Promise((resolve) => {
        iframe.addEventListener('load', resolve, { once: true });
      });
      // The app has said hello with no bridge to hear it; it must say it again.
      await calling;
      await bridge(iframe, harness).ready;
      expect((await ready).appId).to.equal('vendor-timetable');
    });

    it('sizes the frame to the app page: its height now, and again when it grows', async () => {
      heights.length = 0;
      const { harness } = await connectedApp();
      await waitFor(() => heights.length > 0, 'a first height');
      const first = heights.at(-1) ?? 0;
      expect(first).to.be.greaterThan(0);
      await command(harness, 'grow', 600);
      await waitFor(() => (heights.at(-1) ?? 0) >= first + 600, 'the grown height');
      // A height out of range is no DigiOne message at all.
      expect(parseAppMessage({ d1: 1, kind: 'size', height: -1 })).to.equal(undefined);
      expect(parseAppMessage({ d1: 1, kind: 'size', height: 1.5 })).to.equal(undefined);
      expect(parseAppMessage({ d1: 1, kind: 'size', height: 320 })).to.deep.equal({
        d1: 1,
        kind: 'size',
        height: 320,
      });
    });

    it('tells the app which capabilities the shell supports', async () => {
      const { harness } = await connectedApp();
      expect((await command(harness, 'isSupported', 'confirm')).value).to.equal(true);
      expect((await command(harness, 'isSupported', 'widgets')).value).to.equal(false);
    });
  });

  describe('the context values', () => {
    it('arrive with their current values on connect', async () => {
      const { harness, contexts } = await connectedApp();
      expect(contexts).to.deep.include({ key: 'locale', value: 'fi' });
      expect(contexts).to.deep.include({ key: 'theme', value: 'light' });
      expect(contexts).to.deep.include({ key: 'actingAs', value: null });
      expect(contexts).to.deep.include({ key: 'tenant', value: harness.tenant.value });
      expect(contexts).to.deep.include({ key: 'user', value: harness.user.value });
    });

    it('follow every change, and `.value` tells the latest', async () => {
      const { harness } = await connectedApp();
      const sv = next(harness, 'fixture:context', (c) => c.key === 'locale' && c.value === 'sv');
      harness.locale.next('sv');
      await sv;
      const acting: ActingAs = { kind: 'role', id: 'teacher', label: 'Opettaja', role: 'teacher' };
      const actingSeen = next(
        harness,
        'fixture:context',
        (c) => c.key === 'actingAs' && c.value !== null,
      );
      harness.actingAs.next(acting);
      expect((await actingSeen).value).to.deep.equal(acting);
      harness.theme.next('dark');
      await next(harness, 'fixture:context', (c) => c.key === 'theme' && c.value === 'dark');
      expect((await command(harness, 'read', 'locale')).value).to.equal('sv');
      expect((await command(harness, 'read', 'theme')).value).to.equal('dark');
    });
  });

  describe('the calls', () => {
    it('getAccessToken round-trips the token for the app', async () => {
      const { harness } = await connectedApp();
      harness.state.token = 'token-42';
      expect(await command(harness, 'getAccessToken')).to.deep.include({
        ok: true,
        value: 'token-42',
      });
    });

    it('a failing getAccessToken rejects in the app with the shell error code', async () => {
      const { harness } = await connectedApp();
      harness.context.getAccessToken = () =>
        Promise.reject(Object.assign(new Error('Sign-in expired.'), { code: 'D1-AUTH-007' }));
      const reply = await command(harness, 'getAccessToken');
      expect(reply).to.deep.include({ ok: false, code: 'D1-AUTH-007' });
      expect(reply.message).to.contain('Sign-in expired.');
    });

    it('confirm resolves true when confirmed and false when cancelled', async () => {
      const { harness } = await connectedApp();
      const options = { heading: 'Poista?', message: 'Tehtävä poistetaan.', danger: true };
      harness.state.confirmAnswer = true;
      expect((await command(harness, 'confirm', options)).value).to.equal(true);
      harness.state.confirmAnswer = false;
      expect((await command(harness, 'confirm', options)).value).to.equal(false);
      expect(harness.calls.filter(([name]) => name === 'confirm')).to.deep.equal([
        ['confirm', options],
        ['confirm', options],
      ]);
    });

    it('navigate, notify, setDirty, setTitle and reportError reach the shell', async () => {
      const { harness } = await connectedApp();
      await command(harness, 'navigate', '/lukujarjestys/viikko');
      await command(harness, 'notify', { message: 'Tallennettu', variant: 'success', extra: 'x' });
      await command(harness, 'setDirty', true);
      await command(harness, 'setTitle', 'Lukujärjestys');
      await command(harness, 'reportError', 'Could not load lessons');
      await waitFor(
        () => harness.calls.some(([name]) => name === 'reportError'),
        'the reported error reaches the shell',
      );
      const [, error] = harness.calls.find(([name]) => name === 'reportError') ?? [];
      expect(harness.calls.filter(([name]) => name !== 'reportError')).to.deep.equal([
        ['navigate', '/lukujarjestys/viikko'],
        ['notify', { message: 'Tallennettu', variant: 'success' }],
        ['setDirty', true],
        ['setTitle', 'Lukujärjestys'],
      ]);
      expect(error).to.be.instanceOf(Error);
      expect((error as Error).name).to.equal('TypeError');
      expect((error as Error).message).to.equal('Could not load lessons');
    });

    it('a call with invalid arguments is refused with a code, not executed', async () => {
      const { harness } = await connectedApp();
      const warned = next(harness, 'fixture:warned', (w) => w.message.includes('D1-SDK-311'));
      await command(harness, 'setDirty', 'yes');
      expect((await warned).message).to.contain('setDirty: expected a boolean');
      expect(harness.calls).to.deep.equal([]);
    });
  });

  describe('the events', () => {
    it('go from the app to the shell bus', async () => {
      const { harness } = await connectedApp();
      const ping = next(harness, 'fixture:ping');
      await command(harness, 'publish', { topic: 'fixture:ping', payload: { n: 7 } });
      expect(await ping).to.deep.equal({ n: 7 });
    });

    it('go from the shell bus to the app, until the app unsubscribes', async () => {
      const { harness } = await connectedApp();
      await command(harness, 'subscribe', 'fixture:ping');
      expect(harness.listenerCount('fixture:ping')).to.equal(1);
      const received = next(harness, 'fixture:received');
      harness.context.events.publish('fixture:ping', { n: 1 });
      expect(await received).to.deep.equal({ topic: 'fixture:ping', payload: { n: 1 } });
      await command(harness, 'unsubscribe', 'fixture:ping');
      await waitFor(
        () => harness.listenerCount('fixture:ping') === 0,
        "the app's subscription ends on the shell bus",
      );
      expect(harness.listenerCount('fixture:ping')).to.equal(0);
    });
  });

  describe('when a message comes from another origin or window', () => {
    it('ignores a message the shell page posts to itself, and logs its origin', async () => {
      const { harness } = await connectedApp();
      window.postMessage(
        { d1: 1, kind: 'call', id: 'x', method: 'navigate', args: ['/evil'] },
        '*',
      );
      await ownMessagesHandled();
      expect(harness.calls).to.deep.equal([]);
      const warning = warnings.find((w) => w.includes('D1-SDK-307'));
      expect(warning).to.contain(`"${SHELL_ORIGIN}"`).and.to.contain('from another origin');
    });

    it('ignores a second iframe on the app origin that is not the app', async () => {
      const { harness } = await connectedApp();
      const forged = { d1: 1, kind: 'call', id: 'y', method: 'navigate', args: ['/evil'] };
      addIframe(
        fixtureUrl('forger.html', APP_ORIGIN, { to: 'parent', message: JSON.stringify(forged) }),
      );
      // The bridge answers a message as it arrives: by its warning, the forgery was refused whole.
      await warned('D1-SDK-307', 'from a window other than the app iframe');
      expect(harness.calls).to.deep.equal([]);
      expect(warnings.find((w) => w.includes('D1-SDK-307'))).to.contain(
        'from a window other than the app iframe',
      );
    });

    it('ignores the app iframe once it has navigated to another origin', async () => {
      const { harness, iframe } = await connectedApp();
      const forged = { d1: 1, kind: 'call', id: 'n', method: 'navigate', args: ['/evil'] };
      // Same window (the iframe's contentWindow), different origin: only the origin check stops it.
      iframe.src = fixtureUrl('forger.html', SHELL_ORIGIN, {
        to: 'parent',
        message: JSON.stringify(forged),
      });
      // The bridge answers a message as it arrives: by its warning, the forgery was refused whole.
      await warned('D1-SDK-307', 'from another origin');
      expect(harness.calls).to.deep.equal([]);
      const warning = warnings.find((w) => w.includes('D1-SDK-307'));
      expect(warning).to.contain(`"${SHELL_ORIGIN}"`).and.to.contain('from another origin');
    });

    it('the app ignores a sibling frame on the shell origin that forges a context change', async () => {
      const { harness, iframe } = await connectedApp();
      const warned = next(harness, 'fixture:warned', (w) => w.message.includes('D1-SDK-307'));
      const forged = { d1: 1, kind: 'context', key: 'locale', value: 'en' };
      const index = Array.from({ length: window.length }, (_, i) => window[i]).indexOf(
        iframe.contentWindow!,
      );
      addIframe(
        fixtureUrl('forger.html', SHELL_ORIGIN, {
          to: 'frame',
          index: String(index),
          message: JSON.stringify(forged),
        }),
      );
      expect((await warned).message).to.contain('not from the parent window');
      expect((await command(harness, 'read', 'locale')).value).to.equal('fi');
    });

    it('ignores and logs a malformed message from the app, without throwing', async () => {
      const { harness } = await connectedApp();
      await command(harness, 'raw-post', {
        d1: 1,
        kind: 'call',
        id: 'z',
        method: 'eval',
        args: [],
      });
      await command(harness, 'raw-post', 'not an envelope');
      await waitFor(
        () => warnings.filter((w) => w.includes('D1-SDK-308')).length >= 2,
        'a warning for each malformed message',
      );
      const malformed = warnings.filter((w) => w.includes('D1-SDK-308'));
      expect(malformed).to.have.length(2);
      expect(malformed[0]).to.contain(APP_ORIGIN).and.to.contain('"call"');
      expect(malformed[1]).to.contain('a string');
      expect(harness.calls).to.deep.equal([]);
      // The bridge still works afterwards.
      expect((await command(harness, 'getAccessToken')).value).to.equal('token-for-vendor-api');
    });
  });

  describe('when the contract versions do not match', () => {
    it('refuses the app with a coded error on both sides', async () => {
      const harness = testContext();
      const iframe = appIframe({ contract: '^2.0.0' });
      const failed = report(iframe, 'failed');
      const connection = bridge(iframe, harness);
      const error = await connection.ready.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).to.be.instanceOf(D1IframeError);
      expect((error as D1IframeError).code).to.equal('D1-SDK-304');
      expect((error as Error).message)
        .to.contain(CONTRACT_VERSION)
        .and.to.contain('^2.0.0');
      const app = await failed;
      expect(app.code).to.equal('D1-SDK-304');
      expect(app.message).to.contain('refused').and.to.contain('^2.0.0');
      expect(harness.locale.observed).to.equal(false);
    });
  });

  describe('when the shell disposes the bridge', () => {
    it('stops every subscription and listener, and the app calls fail with a code', async () => {
      const { harness, iframe, connection } = await connectedApp();
      await command(harness, 'subscribe', 'fixture:ping');
      await command(harness, 'call-after-close');
      const after = report(iframe, 'after-close');
      expect(harness.locale.observed).to.equal(true);
      connection.dispose();
      for (const subject of [
        harness.user,
        harness.actingAs,
        harness.locale,
        harness.theme,
        harness.tenant,
      ]) {
        expect(subject.observed).to.equal(false);
      }
      expect(harness.listenerCount('fixture:ping')).to.equal(0);
      expect(harness.listenerCount('fixture:command')).to.equal(0);
      const closed = await after;
      expect(closed.code).to.equal('D1-SDK-309');
      warnings = [];
      window.postMessage({ d1: 1, kind: 'hello', session: 's', contract: '^1.0.0' }, '*');
      await ownMessagesHandled();
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('when the handshake does not happen', () => {
    it('the shell rejects `ready` after its timeout when the app never says hello', async () => {
      const harness = testContext();
      const iframe = addIframe(fixtureUrl('forger.html', APP_ORIGIN, { to: 'frame', index: '99' }));
      const error = await bridge(iframe, harness, 300).ready.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect((error as D1IframeError).code).to.equal('D1-SDK-306');
      expect((error as Error).message)
        .to.contain(APP_ORIGIN)
        .and.to.contain('connectToShell');
    });

    it("with a load budget, the handshake is bounded from the page's load on", async () => {
      const harness = testContext();
      const iframe = addIframe(fixtureUrl('forger.html', APP_ORIGIN, { to: 'frame', index: '99' }));
      // The page has a minute to load; once it has, it has 300 ms to say hello, and says none.
      const error = await bridge(iframe, harness, 300, 60_000).ready.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect((error as D1IframeError).code).to.equal('D1-SDK-306');
      expect((error as Error).message).to.contain('after its page loaded');
    });

    it('with a load budget, a page that does not load in it fails with its own code', async () => {
      const harness = testContext();
      const iframe = addIframe(`${APP_ORIGIN}/__digione-test/never-loads`);
      const error = await bridge(iframe, harness, 60_000, 300).ready.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect((error as D1IframeError).code).to.equal('D1-SDK-313');
      expect((error as Error).message)
        .to.contain(APP_ORIGIN)
        .and.to.contain('did not load within 300 ms');
    });

    it('with a load budget, an app whose page loads and says hello is connected', async () => {
      const harness = testContext();
      const ready = next(harness, 'fixture:ready');
      const connection = bridge(appIframe(), harness, 60_000, 60_000);
      await connection.ready;
      expect((await ready).appId).to.equal('vendor-timetable');
    });

    it('the app rejects after its timeout, saying what to check, when no shell answers', async () => {
      const iframe = appIframe({ timeout: '300' });
      const app = await report(iframe, 'failed');
      expect(app.code).to.equal('D1-SDK-303');
      expect(app.message).to.contain(`"${SHELL_ORIGIN}"`).and.to.contain('shellOrigin');
    });

    it('the app times out when it names the wrong shell origin; the browser drops its hellos', async () => {
      const harness = testContext();
      const iframe = addIframe(
        fixtureUrl('iframe-app.html', APP_ORIGIN, {
          shell: 'http://localhost:1',
          report: SHELL_ORIGIN,
          timeout: '300',
        }),
      );
      const failed = report(iframe, 'failed');
      const connection = bridge(iframe, harness, 500);
      expect((await failed).code).to.equal('D1-SDK-303');
      const error = await connection.ready.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect((error as D1IframeError).code).to.equal('D1-SDK-306');
    });
  });

  describe('when given an origin that is not exact', () => {
    for (const appOrigin of ['*', 'null', 'http://127.0.0.1:8000/', 'http://127.0.0.1:8000/app']) {
      it(`bridgeIframe throws for appOrigin ${JSON.stringify(appOrigin)}`, () => {
        const iframe = document.createElement('iframe');
        expect(() => bridgeIframe(iframe, testContext().context, { appOrigin }))
          .to.throw(D1IframeError)
          .with.property('code', 'D1-SDK-305');
      });
    }

    it('connectToShell rejects a shellOrigin of "*"', async () => {
      const iframe = appIframe({ shell: '*' });
      expect((await report(iframe, 'failed')).code).to.equal('D1-SDK-301');
    });
  });
  describe("with the shell host's rules for the calls", () => {
    /**
     * A harness whose navigate and confirm are the shell host's, as in the portal: the host checks
     * them, the recorded services are the shell's side. Each question stays open until answered.
     */
    function hostRules() {
      const harness = testContext();
      const navigations: string[] = [];
      const questions: { signal: AbortSignal | undefined; answer: (yes: boolean) => void }[] = [];
      let asked: () => void = () => undefined;
      const host = createShellHost({
        services: {
          navigate: (_appId, path) => void navigations.push(path),
          confirm: (_appId, _options, signal) =>
            new Promise<boolean>((resolve) => {
              questions.push({ signal, answer: resolve });
              asked();
            }),
        },
      });
      const handle = host.contextFor(harness.context.appId, { userFields: [] });
      cleanups.push(() => {
        host.dispose();
      });
      harness.context.navigate = (path) => {
        handle.context.navigate(path);
      };
      harness.context.confirm = (options) => handle.context.confirm(options);
      /** Resolves when the shell is asked the next question. */
      const nextQuestion = () => new Promise<void>((resolve) => (asked = resolve));
      return { harness, handle, navigations, questions, nextQuestion };
    }

    const OFF_PORTAL = [
      'https://evil.example/login',
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example',
      'javascript:alert(1)',
      '/..//evil.example',
    ];

    it('navigate off the portal fails in the app with D1-SDK-125, and the portal goes nowhere', async () => {
      const { harness, navigations } = hostRules();
      await connectedApp({}, harness);
      const warned: string[] = [];
      harness.context.events.subscribe('fixture:warned', (w) => void warned.push(w.message));
      for (const path of OFF_PORTAL) {
        const reply = await command(harness, 'navigate', path);
        expect(reply, JSON.stringify(path)).to.deep.include({ ok: false, code: 'D1-SDK-125' });
      }
      // Each refusal is logged once, with the app named (the warning goes before the reply).
      expect(
        warned.filter((m) => m.includes('[D1-SDK-125] App "vendor-timetable"')),
      ).to.have.length(OFF_PORTAL.length);
      expect((await command(harness, 'navigate', '/lukujarjestys?viikko=2')).ok).to.equal(true);
      await waitFor(() => navigations.length > 0, 'the portal path reaches the shell');
      expect(navigations).to.deep.equal(['/lukujarjestys?viikko=2']);
    });

    it('a navigate call past the SDK is refused by the shell side with D1-SDK-125', async () => {
      const { harness, handle, navigations } = hostRules();
      const refused = new Promise<unknown>((resolve) => {
        harness.context.navigate = (path) => {
          try {
            handle.context.navigate(path);
            resolve(undefined);
          } catch (error) {
            resolve(error);
            throw error;
          }
        };
      });
      await connectedApp({}, harness);
      // What a hostile app posts itself, without the SDK's own check.
      const forged = {
        d1: 1,
        kind: 'call',
        id: 'forged',
        method: 'navigate',
        args: ['//evil.example'],
      };
      await command(harness, 'raw-post', forged);
      const error = await refused;
      expect((error as { code?: string } | undefined)?.code).to.equal('D1-SDK-125');
      expect(navigations).to.deep.equal([]);
    });

    it('confirm: a second question while the first is open fails with D1-SDK-126', async () => {
      const { harness, questions, nextQuestion } = hostRules();
      await connectedApp({}, harness);
      const question = { heading: 'Poistetaanko?', message: 'Tehtävä poistetaan.' };
      const asked = nextQuestion();
      const first = command(harness, 'confirm', question);
      await asked;
      expect(await command(harness, 'confirm', question)).to.deep.include({
        ok: false,
        code: 'D1-SDK-126',
      });
      questions[0]?.answer(true);
      expect((await first).value).to.equal(true);
      expect(questions).to.have.length(1);
    });

    it('when the shell ends the app, its open question is withdrawn', async () => {
      const { harness, handle, questions, nextQuestion } = hostRules();
      const { iframe, connection } = await connectedApp({}, harness);
      const asked = nextQuestion();
      // Asked, and never answered: no reply is awaited.
      const ask: FixtureCommand = {
        id: ++commandId,
        op: 'confirm',
        arg: { heading: 'Jatketaanko?', message: 'Kysymys jää auki.' },
      };
      harness.context.events.publish('fixture:command', ask);
      await asked;
      expect(questions[0]?.signal?.aborted).to.equal(false);
      // The portal's unmount: the bridge ends with the frame, and the app's context with it.
      connection.dispose();
      iframe.remove();
      handle.dispose();
      // The shell's dialog is told to close the question.
      expect(questions[0]?.signal?.aborted).to.equal(true);
    });
  });
});
