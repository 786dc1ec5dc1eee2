// Kouluruoka when its API refuses or fails, or the portal gives it no API: each failure told in
// the person's language, with a retry where one can help. The shared fixtures are in
// test-fixtures.ts.
import { expect } from '@open-wc/testing';
import type { Locale } from '@digione/sdk';
import { mountApp, type ApiHandler } from '@digione/sdk/testing';
import {
  AUDIENCE,
  PUPIL,
  changedMenus,
  lunch,
  lunchTest,
  panel,
  realMenus,
  shows,
  waitFor,
} from './test-fixtures.js';

describe('Kouluruoka', () => {
  const { api, mount } = lunchTest();

  describe('when the API refuses or fails', () => {
    const locales: readonly Locale[] = ['sv', 'en'];

    it('shows a localized session error on 401, and loads the menu when retried', async () => {
      api().answer(() => ({ status: 401, body: { error: 'invalid_token' } }));
      const app = await mount({ user: PUPIL });
      await shows(app, 'Istuntosi ei kelpaa ruokalistapalvelulle');
      expect(panel(app)?.dataset.kind).to.equal('session');
      await expect(app.container).to.be.accessible();
      const expected: Record<string, string> = {
        sv: 'Din session godkänns inte av matsedelstjänsten',
        en: 'Your session is not valid for the lunch menu service',
      };
      for (const locale of locales) {
        app.host.setLocale(locale);
        await shows(app, expected[locale] ?? '');
      }
      app.host.setLocale('fi');
      await shows(app, 'Istuntosi ei kelpaa');
      api().answer(realMenus);
      const retry = panel(app)?.shadowRoot?.querySelector<HTMLElement>('[part="retry"]');
      expect(retry, 'the retry button').to.not.equal(null);
      retry?.click();
      await shows(app, 'Lohikeitto');
      expect(panel(app)).to.equal(null);
      // The 401 was tried once more with a fresh token; then the person's retry.
      expect(api().calls).to.have.length(3);
    });

    it('shows the session error when the shell gives no token', async () => {
      const app = await mount({
        user: PUPIL,
        accessToken: () => Promise.reject(new Error('login_required')),
      });
      await shows(app, 'Istuntosi ei kelpaa ruokalistapalvelulle');
      expect(api().calls).to.have.length(0);
    });

    it('says the menu is not for this person on 403, with no retry', async () => {
      api().answer(() => ({ status: 403, body: { error: 'forbidden' } }));
      const app = await mount({ user: PUPIL });
      await shows(app, 'Tämän koulun ruokalista ei näy sinulle');
      expect(panel(app)?.dataset.kind).to.equal('forbidden');
      await waitFor(() => panel(app)?.shadowRoot?.querySelector('.announced'), 'the announcement');
      expect(panel(app)?.shadowRoot?.querySelector('[part="retry"]')).to.equal(null);
      await expect(app.container).to.be.accessible();
    });

    for (const [what, failing] of [
      ['a server error', () => ({ status: 500, body: { error: 'server_error' } })],
      ['a network failure', () => 'network-error'],
      ['an answer of the wrong shape', () => ({ body: { school: 'Lumikorpi', days: 'soon' } })],
    ] as const satisfies readonly (readonly [string, ApiHandler])[]) {
      it(`offers to try again after ${what}`, async () => {
        api().answer(failing);
        const app = await mount({ user: PUPIL });
        await shows(app, 'Ruokalistaa ei voitu ladata');
        expect(panel(app)?.dataset.kind).to.equal('unavailable');
        app.host.setLocale('en');
        await shows(app, 'The lunch menu could not be loaded');
        api().answer(realMenus);
        panel(app)?.dispatchEvent(new Event('d1-retry', { bubbles: true, composed: true }));
        await shows(app, 'Salmon soup');
      });
    }

    it('says the service is not set up when the portal gives no API address', async () => {
      const app = await mountApp(lunch, {
        appId: 'lunch',
        user: PUPIL,
        userFields: ['schools'],
        audience: AUDIENCE,
      });
      try {
        await shows(app, 'Ruokalistapalvelua ei ole määritetty');
        expect(panel(app)?.dataset.kind).to.equal('not-configured');
        expect(api().calls).to.have.length(0);
        await expect(app.container).to.be.accessible();
      } finally {
        await app.unmount();
      }
    });

    it('shows an empty state for a week without school lunch', async () => {
      api().answer(changedMenus((menu) => ({ ...menu, days: [] })));
      const app = await mount({ user: PUPIL });
      await shows(app, 'Tällä viikolla ei ole kouluruokailua');
      expect(app.container.querySelector('d1-empty-state')).to.not.equal(null);
      await expect(app.container).to.be.accessible();
    });

    it('shows that it is loading while the API answers', async () => {
      const release = api().hold();
      const app = await mount({ user: PUPIL });
      await waitFor(() => app.container.querySelector('d1-spinner'), 'no spinner');
      expect(
        app.container.querySelector('d1-spinner')?.getAttribute('label') ??
          (app.container.querySelector('d1-spinner') as HTMLElement & { label?: string }).label,
      ).to.equal('Ladataan ruokalistaa…');
      await expect(app.container).to.be.accessible();
      await waitFor(() => api().calls.length === 1, 'the request held');
      release();
      await shows(app, 'Lohikeitto');
      expect(app.container.querySelector('d1-spinner')).to.equal(null);
    });
  });
});
