/**
 * An iframe app that accepts several portals (a list, or a pattern an operator publishes), framed
 * for real across origins in Chromium: the test page is a portal at http://localhost:<port>, and
 * portal.html frames the app from portals at http://<name>.localhost:<port> (a name under
 * "localhost" is this computer, so each is an origin of its own on the same test server).
 */
import { expect } from '@open-wc/testing';
import type { DigiOneEvents } from '@digione/sdk';
import { looksLikeD1 } from './protocol.js';
import type { FixtureReport } from './fixtures/fixture-events.js';
import {
  APP_ORIGIN,
  NO_HURRY_MS,
  SHELL_ORIGIN,
  addIframe,
  appIframe,
  bridge,
  cleanups,
  command,
  connectedApp,
  expectRefusal,
  fixtureUrl,
  report,
  testContext,
  useIframeHarness,
} from './fixtures/bridge-harness.js';

const PORT = location.port;
const VANTAA = `http://vantaa.localhost:${PORT}`;
const ESPOO = `http://espoo.localhost:${PORT}`;
const ANY_LOCAL_PORTAL = `http://*.localhost:${PORT}`;

/** A portal at `portalOrigin` that frames the fixture app, which connects with `appParams`. */
function portalFrame(portalOrigin: string, appParams: Record<string, string>): HTMLIFrameElement {
  const app = fixtureUrl('iframe-app.html', APP_ORIGIN, {
    report: portalOrigin,
    timeout: String(NO_HURRY_MS),
    ...appParams,
  });
  return addIframe(
    fixtureUrl('portal.html', portalOrigin, { app, appOrigin: APP_ORIGIN, report: SHELL_ORIGIN }),
  );
}

/** Everything a frame posts to this page, as it arrives. */
function postedBy(iframe: HTMLIFrameElement): unknown[] {
  const seen: unknown[] = [];
  const onMessage = (event: MessageEvent) => {
    if (event.source === iframe.contentWindow) seen.push(event.data);
  };
  window.addEventListener('message', onMessage);
  cleanups.push(() => {
    window.removeEventListener('message', onMessage);
  });
  return seen;
}

/** The next event on `topic` that the app published to the portal in `portal`, as it passed it on. */
function relayed<K extends keyof DigiOneEvents>(
  portal: HTMLIFrameElement,
  topic: K,
  matches: (payload: DigiOneEvents[K]) => boolean = () => true,
): Promise<DigiOneEvents[K]> {
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent<FixtureReport | null>) => {
      const data = event.data;
      if (event.source !== portal.contentWindow || data?.fixture !== 'event') return;
      if (data.topic !== topic || !matches(data.payload as DigiOneEvents[K])) return;
      window.removeEventListener('message', onMessage);
      resolve(data.payload as DigiOneEvents[K]);
    };
    window.addEventListener('message', onMessage);
    cleanups.push(() => {
      window.removeEventListener('message', onMessage);
    });
  });
}

describe('connectToShell with several accepted portals', () => {
  useIframeHarness();

  describe('accepted by a list', () => {
    it('connects to the portal that frames it when a string of entries names it', async () => {
      const { harness, hello } = await connectedApp({
        shell: `https://portal.example.fi ${SHELL_ORIGIN} https://*.digione.fi`,
      });
      expect(hello.appId).to.equal('vendor-timetable');
      // Calls reach this portal and their answers come back: the app talks to it.
      expect((await command(harness, 'getAccessToken')).value).to.equal('token-for-vendor-api');
    });

    it('connects when a list of strings names it', async () => {
      const { harness } = await connectedApp({
        shells: JSON.stringify(['https://vantaa.portal.example.fi', SHELL_ORIGIN]),
      });
      expect((await command(harness, 'read', 'locale')).value).to.equal('fi');
    });
  });

  describe('accepted by a pattern', () => {
    it('connects to a portal whose origin matches it, and pins that origin', async () => {
      const portal = portalFrame(VANTAA, { shell: ANY_LOCAL_PORTAL });
      const ready = relayed(portal, 'fixture:ready');
      const connected = await report(portal, 'connected');
      expect(connected.origin).to.equal(VANTAA);
      expect((await ready).appId).to.equal('vendor-timetable');
    });

    it('the same app connects to a second portal on another origin', async () => {
      const portal = portalFrame(ESPOO, { shell: `${ANY_LOCAL_PORTAL} https://portal.example.fi` });
      expect((await report(portal, 'connected')).origin).to.equal(ESPOO);
    });
  });

  describe('refused', () => {
    it('refuses a portal its setting does not accept, and sends it nothing', async () => {
      const harness = testContext();
      const iframe = appIframe({ shell: 'https://portal.example.fi https://*.digione.fi' });
      const seen = postedBy(iframe);
      const connection = bridge(iframe, harness, 1_500);
      const failed = await report(iframe, 'failed');
      expect(failed.code).to.equal('D1-SDK-314');
      expect(failed.message)
        .to.contain(`the portal at ${SHELL_ORIGIN} frames this app`)
        .and.to.contain('"https://*.digione.fi"');
      // A window's messages arrive in the order they were posted: the app's report is the first
      // thing it posted, so no hello (nor anything else of DigiOne's) went before it.
      expect(seen.filter(looksLikeD1)).to.deep.equal([]);
      await expectRefusal(connection.ready, 'D1-SDK-306', 'D1-SDK-314');
      expect(seen.filter(looksLikeD1)).to.deep.equal([]);
      expect(harness.locale.observed).to.equal(false);
    });

    it('"*" in a pattern is exactly one label: a portal two labels down is refused', async () => {
      const portal = portalFrame(`http://a.b.localhost:${PORT}`, { shell: ANY_LOCAL_PORTAL });
      const failed = await report(portal, 'failed');
      expect(failed.code).to.equal('D1-SDK-314');
      expect(failed.message).to.contain(`http://a.b.localhost:${PORT}`);
    });

    it('an entry that is neither an exact origin nor a pattern refuses every portal', async () => {
      for (const shell of [`${SHELL_ORIGIN} https://*`, `${SHELL_ORIGIN} http://*.example.fi`]) {
        const iframe = appIframe({ shell });
        const failed = await report(iframe, 'failed');
        expect(failed.code, shell).to.equal('D1-SDK-301');
        expect(failed.message).to.contain(JSON.stringify(shell.split(' ')[1]));
      }
    });
  });

  describe('pinned', () => {
    it('after the welcome, ignores a message from another origin its setting accepts', async () => {
      // The app accepts this page's origin (listed) and every local portal (the pattern); the
      // portal at Vantaa frames it, so Vantaa's origin is the one it pins.
      const portal = portalFrame(VANTAA, { shell: `${ANY_LOCAL_PORTAL} ${SHELL_ORIGIN}` });
      const contexts: unknown[] = [];
      const onMessage = (event: MessageEvent<FixtureReport | null>) => {
        if (event.source === portal.contentWindow && event.data?.topic === 'fixture:context') {
          contexts.push(event.data.payload);
        }
      };
      window.addEventListener('message', onMessage);
      cleanups.push(() => {
        window.removeEventListener('message', onMessage);
      });
      expect((await report(portal, 'connected')).origin).to.equal(VANTAA);
      const app = portal.contentWindow?.frames[0];
      expect(app).to.not.equal(undefined);

      // From this page, on an accepted origin.
      const fromHere = relayed(portal, 'fixture:warned', (w) => w.message.includes(SHELL_ORIGIN));
      app?.postMessage({ d1: 1, kind: 'context', key: 'locale', value: 'en' }, APP_ORIGIN);
      const warning = (await fromHere).message;
      expect(warning)
        .to.contain('D1-SDK-307')
        .and.to.contain(`"${VANTAA}", which this app connected to`);

      // From a frame at Espoo, which the pattern accepts too.
      const fromEspoo = relayed(portal, 'fixture:warned', (w) => w.message.includes(ESPOO));
      const index = Array.from({ length: window.length }, (_, i) => window[i]).indexOf(
        portal.contentWindow!,
      );
      addIframe(
        fixtureUrl('forger.html', ESPOO, {
          to: 'frame',
          index: String(index),
          inner: '0',
          message: JSON.stringify({ d1: 1, kind: 'context', key: 'locale', value: 'sv' }),
        }),
      );
      expect((await fromEspoo).message).to.contain('D1-SDK-307');
      expect(contexts).to.not.deep.include({ key: 'locale', value: 'en' });
      expect(contexts).to.not.deep.include({ key: 'locale', value: 'sv' });
    });
  });
});
