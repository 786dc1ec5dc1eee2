// Viestit against the DigiOne contract, and its inbox: threads newest first, loading and empty
// states, and its failures in each language. The shared fixtures are in test-fixtures.ts.
import { expect } from '@open-wc/testing';
import { checkConformance, deepText, expectConformance } from '@digione/sdk/testing';
import {
  API,
  AUDIENCE,
  AT_LUMIKORPI,
  api,
  mount,
  messages,
  root,
  textOf,
  showing,
  threadItems,
} from './test-fixtures.js';

describe('Viestit (messages app)', () => {
  it('meets the DigiOne contract', async () => {
    expectConformance(
      await checkConformance(messages, {
        appId: 'messages',
        expectText: { fi: 'Viestit', sv: 'Meddelanden', en: 'Messages' },
        userFields: [],
        audience: AUDIENCE,
        apiUrl: API,
        actingAs: AT_LUMIKORPI,
      }),
    );
  });

  describe('the inbox', () => {
    it('lists the threads newest first, with the other party, the time and unread marked in words', async () => {
      const app = await mount();
      await showing(app, 'Ainon poissaolo perjantaina');
      const items = threadItems(app);
      expect(items.map((li) => li.dataset.thread)).to.deep.equal(['t-2', 't-3', 't-1']);
      const [newest, invitation, trip] = items.map((li) => deepText(li).replace(/\s+/g, ' '));
      expect(newest).to.include('Mikko Korhonen').and.include('Aino Mäkelä');
      expect(newest).not.to.include('Lukematon');
      expect(invitation).to.include('Lukematon').and.include('Pekka Järvinen');
      expect(trip).to.include('Lukematon').and.include('Retkitiedote');
      const time = items[0]?.querySelector('time');
      expect(time?.getAttribute('datetime')).to.equal('2026-11-21T08:05:00.000Z');
      expect(time?.textContent.trim()).to.match(/\d/);
      expect(textOf(app)).to.include('Lukemattomia viestiketjuja: 2');
      // Each thread is a link to its own address.
      expect(items[0]?.querySelector('a')?.getAttribute('href')).to.equal('/viestit/t-2');
      // Asked with the app's own token, for its own audience.
      expect(api.calls[0]).to.include({
        method: 'GET',
        path: '/threads',
        authorization: `Bearer token-for:${AUDIENCE}`,
      });
      await expect(root(app).host).to.be.accessible();
    });

    it('shows a loading state first, and an empty state when there are no messages', async () => {
      api.threads.clear();
      const release = api.hold();
      const app = await mount();
      expect(root(app).querySelector('d1-spinner')).not.to.equal(null);
      expect(textOf(app)).not.to.include('Ei viestejä');
      await expect(root(app).host).to.be.accessible();
      release();
      await showing(app, 'Ei viestejä');
      expect(root(app).querySelector('d1-empty-state')).not.to.equal(null);
      await expect(root(app).host).to.be.accessible();
    });

    it('tells in words when the session is not valid for the service (401), and tries again', async () => {
      api.fail.set('/threads', 401);
      const app = await mount();
      await showing(app, 'Istuntosi ei kelpaa viestipalvelulle');
      const panel = root(app).querySelector('d1-error-panel');
      expect(panel?.getAttribute('heading')).to.equal('Istuntosi ei kelpaa viestipalvelulle');
      await expect(root(app).host).to.be.accessible();
      api.fail.delete('/threads');
      panel?.dispatchEvent(new Event('d1-retry', { bubbles: true, composed: true }));
      await showing(app, 'Ainon poissaolo perjantaina');
    });

    it('tells the 401 in Swedish and English too', async () => {
      api.fail.set('/threads', 401);
      const app = await mount({ locale: 'sv' });
      await showing(app, 'Din session godkänns inte av meddelandetjänsten');
      app.host.setLocale('en');
      await showing(app, 'Your session is not valid for the messaging service');
    });

    it('tells when the service cannot be reached, and when it fails', async () => {
      api.fail.set('/threads', 0);
      const app = await mount();
      await showing(app, 'Viestipalveluun ei saada yhteyttä');
      api.fail.set('/threads', 503);
      root(app)
        .querySelector('d1-error-panel')
        ?.dispatchEvent(new Event('d1-retry', { bubbles: true, composed: true }));
      await showing(app, 'Viestipalvelussa tapahtui virhe');
      await expect(root(app).host).to.be.accessible();
    });
  });
});
