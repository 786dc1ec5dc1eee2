/**
 * The Assessment app for a principal: the school's overview as tables, numbers in the person's
 * language, and a refusal explained.
 */
import { expect } from '@open-wc/testing';
import { deepText } from '@digione/sdk/testing';
import { localization } from '@digione/components/localization';
import { PRINCIPAL_OPTIONS, cleanUp, mount, principalView, untilText } from './test-fixtures.js';

afterEach(async () => {
  await cleanUp();
  await localization().setLocale('fi');
});

describe('the Assessment app', () => {
  describe('as a principal', () => {
    it('shows the school overview as tables, with no edit controls', async () => {
      const { app, calls } = await mount(PRINCIPAL_OPTIONS);
      const root = await principalView(app);
      await untilText(root, '9C matematiikka');
      expect(
        calls.map((call) => `${call.method} ${call.url.pathname}${call.url.search}`),
      ).to.deep.equal(['GET /overview?school=09247']);
      const tables = [...root.querySelectorAll('table')];
      expect(tables.map((table) => table.caption?.textContent.trim())).to.deep.equal([
        'Arviointien eteneminen ryhmittäin',
        'Arvosanajakauma (arvosanat 4–10, oppilaita)',
        'Suoritusmerkinnät (oppilaita)',
      ]);
      const row = [...tables[0].querySelectorAll('tbody tr')].map((tr) =>
        [...tr.children].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim()),
      );
      expect(row[0]).to.deep.equal(['9C matematiikka', 'Petri Väisänen', '4', '3', '7,7']);
      expect(row[1]).to.deep.equal(['8B englanti', 'Satu Lehtonen', '8', '7', '8,1']);
      expect(row[2][4]).to.include('ei keskiarvoa');
      const distribution = [...tables[1].querySelectorAll('tbody tr:first-child td')].map((td) =>
        td.textContent.trim(),
      );
      expect(distribution).to.deep.equal(['0', '0', '1', '0', '1', '1', '0']);
      expect(deepText(root)).to.include('Ryhmien oppilaista on arvioitu 13/15.');
      expect(
        root.querySelectorAll('form, d1-select, d1-text-field, d1-button, input, textarea, select'),
      ).to.have.length(0);
      await expect(app.container).to.be.accessible();
    });

    it('writes numbers in the person’s language', async () => {
      const { app } = await mount({ ...PRINCIPAL_OPTIONS, locale: 'en' });
      const root = await principalView(app);
      await untilText(root, 'Assessment progress by group');
      expect(deepText(root)).to.include('7.7');
    });

    it('explains a refusal (403) without offering a retry', async () => {
      const { app } = await mount(PRINCIPAL_OPTIONS, () => ({
        status: 403,
        body: { error: 'forbidden' },
      }));
      const root = await principalView(app);
      await untilText(root, 'Ei käyttöoikeutta');
      expect(root.querySelector('d1-error-panel')!.hasAttribute('no-retry')).to.equal(true);
    });
  });
});
