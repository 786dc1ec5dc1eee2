import { expect } from '@open-wc/testing';
import { createShellHost } from '@digione/sdk/host';
import { captureWarnings, codeOf, rejectionCode } from './fixtures/host-support.js';
import { OFF_PORTAL } from './fixtures/off-portal.js';

describe('createShellHost, at the trust boundary', () => {
  describe('when an app navigates', () => {
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
