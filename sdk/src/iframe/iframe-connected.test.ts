/** An iframe app, once connected through bridgeIframe and connectToShell: what it is given, its calls and events. */
import { expect } from '@open-wc/testing';
import { CONTRACT_VERSION, type ActingAs } from '@digione/sdk';
import { parseAppMessage } from './protocol.js';
import { waitFor } from '../../../test/support/unit-wait.js';
import {
  APP_ORIGIN,
  SHELL_ORIGIN,
  appIframe,
  bridge,
  command,
  connectedApp,
  firstHello,
  heights,
  next,
  testContext,
  useIframeHarness,
} from './fixtures/bridge-harness.js';

describe('bridgeIframe and connectToShell, once connected', () => {
  useIframeHarness();

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
});
