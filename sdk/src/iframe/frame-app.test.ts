/**
 * frameApp, end to end in Chromium with a REAL cross-origin iframe, mounted through the
 * conformance kit's shell as the portal mounts it: this test page is the portal at
 * http://localhost:<port>; the app is fixtures/iframe-app.html served from http://127.0.0.1:<port>.
 */
import { expect } from '@open-wc/testing';
import { frameApp, FRAME_SANDBOX, type FrameAppOptions } from './frame-app.js';
import { createTestShell, type TestShell } from '../testing/mount.js';
import type { FixtureCommand, FixtureOp, FixtureReply } from './fixtures/fixture-events.js';
import type { ShellContext } from '../context/types.js';
import { waitFor } from '../../../test/support/unit-wait.js';

const APP_ORIGIN = `http://127.0.0.1:${location.port}`;
/** Long enough that only a hang reaches it; the tests of failures set short limits. */
const NO_HURRY_MS = 60_000;

function fixtureUrl(params: Record<string, string> = {}): string {
  const path = new URL('./fixtures/iframe-app.html', import.meta.url).pathname;
  const url = new URL(path, APP_ORIGIN);
  const all = { shell: location.origin, report: location.origin, timeout: '60000', ...params };
  for (const [key, value] of Object.entries(all)) url.searchParams.set(key, value);
  return url.href;
}

const NAMES = { fi: 'Testisovellus', sv: 'Testappen', en: 'Test app' } as const;

function fixtureApp(overrides: Partial<FrameAppOptions> = {}) {
  return frameApp({
    appId: 'fixture',
    url: fixtureUrl(),
    origin: APP_ORIGIN,
    title: (locale) => NAMES[locale],
    className: 'd1-test-frame',
    handshakeTimeoutMs: NO_HURRY_MS,
    ...overrides,
  });
}

let shell: TestShell;
beforeEach(() => {
  shell = createTestShell({ appId: 'fixture', audience: 'https://api.fixture.example' });
});
afterEach(async () => {
  await shell.dispose();
});

/** Mounts the framed fixture and waits until it listens for commands (it says so last). */
async function mounted(lifecycles: ReturnType<typeof fixtureApp>) {
  let ready = false;
  const stop = shell.host.events.subscribe('fixture:ready', () => {
    ready = true;
  });
  try {
    const app = await shell.mount(lifecycles);
    await waitFor(() => ready, 'the fixture app ready for commands');
    return app;
  } finally {
    stop();
  }
}

let commandId = 0;
/** Runs a command in the framed fixture app, over the bridge, and resolves with its reply. */
function command(context: ShellContext, op: FixtureOp, arg?: unknown): Promise<FixtureReply> {
  const id = ++commandId;
  return new Promise((resolve) => {
    const stop = context.events.subscribe('fixture:reply', (reply) => {
      if (reply.id !== id) return;
      stop();
      resolve(reply);
    });
    const message: FixtureCommand = arg === undefined ? { id, op } : { id, op, arg };
    context.events.publish('fixture:command', message);
  });
}

describe('frameApp', () => {
  before(async function () {
    // The fixture's first load compiles its module graph on the test server: once, here.
    this.timeout(20_000);
    const warm = createTestShell({ appId: 'fixture' });
    const app = await warm.mount(fixtureApp());
    await app.unmount();
    await warm.dispose();
  });

  it('frames the app in a sandboxed iframe on its own origin, named in the person’s language', async () => {
    const lifecycles = fixtureApp();
    const app = await shell.mount(lifecycles);
    const frame = lifecycles.frameIn(app.container);
    expect(frame).to.be.instanceOf(HTMLIFrameElement);
    expect(app.container.querySelectorAll('iframe')).to.have.length(1);
    expect(frame?.getAttribute('sandbox')).to.equal(FRAME_SANDBOX);
    expect(frame?.getAttribute('referrerpolicy')).to.equal('strict-origin');
    expect(frame?.className).to.equal('d1-test-frame');
    expect(new URL(frame?.src ?? '').origin).to.equal(APP_ORIGIN);
    // Cross-origin for real: the portal cannot reach into the app's document.
    expect(frame?.contentDocument).to.equal(null);
    expect(frame?.title).to.equal('Testisovellus');
    app.host.setLocale('sv');
    expect(frame?.title).to.equal('Testappen');
    await expect(app.container).to.be.accessible();
  });

  it('bridges the context: the app reads it and calls the portal through it', async () => {
    const app = await mounted(fixtureApp());
    expect((await command(app.context, 'read', 'locale')).value).to.equal('fi');
    app.host.setLocale('en');
    // The change is posted before the command, and a window's messages arrive in order.
    expect((await command(app.context, 'read', 'locale')).value).to.equal('en');
    expect((await command(app.context, 'getAccessToken')).value).to.equal(
      'test-token:https://api.fixture.example',
    );
    expect(shell.records.tokenRequests).to.deep.equal(['https://api.fixture.example']);
  });

  it('sizes the frame to the page’s height, and again when the page grows', async () => {
    const lifecycles = fixtureApp();
    const app = await mounted(lifecycles);
    const frame = lifecycles.frameIn(app.container);
    const height = (): number => frame?.getBoundingClientRect().height ?? 0;
    await waitFor(() => frame?.style.blockSize.endsWith('px'), 'a first height from the app');
    const first = height();
    expect(first).to.be.greaterThan(0);
    expect(frame?.style.blockSize).to.equal(`${String(first)}px`);
    await command(app.context, 'grow', 900);
    await waitFor(
      () => height() >= first + 900,
      () => `a frame 900 px taller than ${String(first)} px; it is ${String(height())} px`,
    );
  });

  it('ends the bridge and removes the frame on unmount', async () => {
    const lifecycles = fixtureApp();
    const app = await shell.mount(lifecycles);
    const frame = lifecycles.frameIn(app.container);
    await app.unmount();
    expect(frame?.isConnected).to.equal(false);
    expect(lifecycles.frameIn(app.container)).to.equal(undefined);
    expect(app.container.querySelector('iframe')).to.equal(null);
    expect(app.liveSubscriptions()).to.deep.equal({});
  });

  it('rejects a mount whose app does not connect in time, and leaves nothing behind', async () => {
    // The page loads, but calls for a portal on another origin: its hello never reaches this one.
    const lifecycles = fixtureApp({
      url: fixtureUrl({ shell: 'https://portal.elsewhere.example' }),
      handshakeTimeoutMs: 300,
      loadTimeoutMs: NO_HURRY_MS,
    });
    const failure = await shell.mount(lifecycles).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).to.have.property('code', 'D1-SDK-306');
    expect(shell.container.querySelector('iframe')).to.equal(null);
  });

  it('rejects a mount whose page does not load in time', async () => {
    const lifecycles = fixtureApp({ loadTimeoutMs: 1 });
    const failure = await shell.mount(lifecycles).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).to.have.property('code', 'D1-SDK-313');
    expect(shell.container.querySelector('iframe')).to.equal(null);
  });

  it('refuses an app on the portal’s own origin, or whose page is not on its origin', async () => {
    const own = fixtureApp({ origin: location.origin, url: `${location.origin}/app.html` });
    const error = await own.bootstrap().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.have.property('code', 'D1-SDK-305');
    expect(String(error)).to.contain("the portal's own origin");
    const elsewhere = fixtureApp({ url: 'https://cdn.vendor.example/app.html' });
    const refused = await shell.mount(elsewhere).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refused).to.have.property('code', 'D1-SDK-305');
    expect(String(refused)).to.contain('is not on its origin');
    expect(shell.container.querySelector('iframe')).to.equal(null);
  });
});
