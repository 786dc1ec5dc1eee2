/** The iframe protocol at the trust boundary: messages from other origins and windows, and the shell host's rules for an iframe app's calls. */
import { expect } from '@open-wc/testing';
import { createShellHost } from '@digione/sdk/host';
import type { FixtureCommand } from './fixtures/fixture-events.js';
import { OFF_PORTAL } from '../host/fixtures/off-portal.js';
import { waitFor } from '../../../test/support/unit-wait.js';
import {
  APP_ORIGIN,
  SHELL_ORIGIN,
  addIframe,
  cleanups,
  command,
  connectedApp,
  fixtureUrl,
  newCommandId,
  next,
  ownMessagesHandled,
  testContext,
  useIframeHarness,
  warned,
  warnings,
} from './fixtures/bridge-harness.js';

describe('bridgeIframe and connectToShell at the trust boundary', () => {
  useIframeHarness();

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
        id: newCommandId(),
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
