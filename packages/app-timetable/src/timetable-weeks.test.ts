// The timetable app's week navigation: previous, next and this week, across the year end by ISO
// weeks. The shared fixtures are in test-fixtures.ts.
import { expect } from '@open-wc/testing';
import { setClock } from './dates.js';
import { LUMIKORPI, PUPIL, button, shows, text, atSchool, timetableTest } from './test-fixtures.js';

describe('the timetable app', () => {
  const { api, mount } = timetableTest();

  describe('week navigation', () => {
    it('asks for the previous and next weeks, and comes back to this week', async () => {
      const app = await mount({ user: PUPIL, actingAs: atSchool(LUMIKORPI, 'learner') });
      await shows(app, 'Matematiikka');
      const weeks = (): string[] => api().calls.map((c) => c.url.searchParams.get('week') ?? '');

      button(app, 'Seuraava viikko').click();
      await shows(app, 'Viikko 49');
      await shows(app, 'Maanantai 30.11.');
      expect(text(app)).to.contain('30.11.–4.12.2026');
      expect(app.records.titles.at(-1)).to.equal('Viikko 49');

      button(app, 'Edellinen viikko').click();
      await shows(app, 'Viikko 48');
      button(app, 'Edellinen viikko').click();
      await shows(app, 'Viikko 47');
      await shows(app, 'Maanantai 16.11.');
      expect(app.records.titles.at(-1)).to.equal('Viikko 47');

      button(app, 'Tämä viikko').click();
      await shows(app, 'Viikko 48');
      await shows(app, 'Maanantai 23.11.');
      expect(weeks()).to.deep.equal(['2026-W48', '2026-W49', '2026-W48', '2026-W47', '2026-W48']);
      // Every request still names the school.
      expect(api().calls.every((c) => c.url.searchParams.get('school') === '09231')).to.equal(true);
    });

    it('crosses the year end by ISO weeks', async () => {
      // Wednesday 30 December 2026: week 53.
      setClock(() => new Date(2026, 11, 30, 12, 0));
      const app = await mount({ user: PUPIL, actingAs: atSchool(LUMIKORPI, 'learner') });
      await shows(app, 'Viikko 53');
      button(app, 'Seuraava viikko').click();
      await shows(app, 'Viikko 1');
      expect(api().lastCall().url.searchParams.get('week')).to.equal('2027-W01');
      expect(text(app)).to.contain('4.–8.1.2027');
    });
  });
});
