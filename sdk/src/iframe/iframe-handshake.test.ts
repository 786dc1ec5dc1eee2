/** The iframe protocol's handshake, its time limits and its end: bridgeIframe and connectToShell. */
import { expect } from '@open-wc/testing';
import { CONTRACT_VERSION } from '@digione/sdk';
import { bridgeIframe } from '@digione/sdk/host';
import { D1IframeError } from '@digione/sdk/iframe';
import {
  APP_ORIGIN,
  NO_HURRY_MS,
  SHELL_ORIGIN,
  addIframe,
  appIframe,
  bridge,
  command,
  connectedApp,
  fixtureUrl,
  next,
  ownMessagesHandled,
  expectRefusal,
  report,
  silentIframe,
  testContext,
  useIframeHarness,
  warnings,
} from './fixtures/bridge-harness.js';

describe('bridgeIframe and connectToShell: the handshake and its end', () => {
  useIframeHarness();

  describe('when the contract versions do not match', () => {
    it('refuses the app with a coded error on both sides', async () => {
      const harness = testContext();
      const iframe = appIframe({ contract: '^2.0.0' });
      const failed = report(iframe, 'failed');
      const connection = bridge(iframe, harness);
      await expectRefusal(connection.ready, 'D1-SDK-304', CONTRACT_VERSION, '^2.0.0');
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
      warnings.length = 0;
      window.postMessage({ d1: 1, kind: 'hello', session: 's', contract: '^1.0.0' }, '*');
      await ownMessagesHandled();
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('when the handshake does not happen', () => {
    it('the shell rejects `ready` after its timeout when the app never says hello', async () => {
      const harness = testContext();
      const iframe = silentIframe();
      await expectRefusal(
        bridge(iframe, harness, 300).ready,
        'D1-SDK-306',
        APP_ORIGIN,
        'connectToShell',
      );
    });

    it("with a load budget, the handshake is bounded from the page's load on", async () => {
      const harness = testContext();
      const iframe = silentIframe();
      // The page has a minute to load; once it has, it has 300 ms to say hello, and says none.
      const ready = bridge(iframe, harness, 300, 60_000).ready;
      await expectRefusal(ready, 'D1-SDK-306', 'after its page loaded');
    });

    it('with a load budget, a page that does not load in it fails with its own code', async () => {
      const harness = testContext();
      const iframe = addIframe(`${APP_ORIGIN}/__digione-test/never-loads`);
      const ready = bridge(iframe, harness, 60_000, 300).ready;
      await expectRefusal(ready, 'D1-SDK-313', APP_ORIGIN, 'did not load within 300 ms');
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

    it('the app refuses at once when it names another shell origin than its parent', async () => {
      const harness = testContext();
      const iframe = addIframe(
        fixtureUrl('iframe-app.html', APP_ORIGIN, {
          shell: 'http://localhost:1',
          report: SHELL_ORIGIN,
          timeout: String(NO_HURRY_MS),
        }),
      );
      const failed = report(iframe, 'failed');
      const connection = bridge(iframe, harness, 500);
      const refusal = await failed;
      expect(refusal.code).to.equal('D1-SDK-314');
      expect(refusal.message).to.contain(SHELL_ORIGIN).and.to.contain('"http://localhost:1"');
      await expectRefusal(connection.ready, 'D1-SDK-306');
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
});
