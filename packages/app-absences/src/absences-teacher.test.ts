/**
 * "Poissaolot" for a teacher: today's and the week's absences in their groups at the school chosen
 * in acting-as, acknowledging one, and the view in Swedish and English.
 */
import { expect } from '@open-wc/testing';
import { deepText } from '@digione/sdk/testing';
import { isoWeekOf } from './dates.js';
import {
  API,
  AT_LUMIKORPI,
  DAY,
  MIKKO,
  button,
  cleanUp,
  click,
  focused,
  mount,
  shows,
  text,
  useApi,
  view,
} from './test-fixtures.js';
import { waitFor } from '../../../test/support/unit-wait.js';

afterEach(cleanUp);

describe('Poissaolot (absences)', () => {
  describe('as a teacher', () => {
    it("lists today's absences and the rest of the week in the teacher's groups", async () => {
      const api = useApi();
      const app = await mount({ user: MIKKO, actingAs: AT_LUMIKORPI });
      await shows(app, 'Onni Virtanen, 7B');
      const { week } = isoWeekOf(DAY);
      const call = api.calls[0];
      expect(call.url.pathname).to.equal('/absences');
      expect(call.url.searchParams.get('school')).to.equal('09231');
      expect(call.url.searchParams.get('week')).to.match(
        new RegExp(`^\\d{4}-W${String(week).padStart(2, '0')}$`),
      );
      const teacher = view(app, 'absences-teacher');
      const [todaySection, weekSection] = [...teacher.querySelectorAll('section')];
      expect(deepText(todaySection)).to.include('Onni Virtanen, 7B');
      expect(deepText(todaySection)).to.include('Venla Koskinen, 8A');
      expect(deepText(todaySection)).to.include('Huoltajan viesti: Onnilla on kuumetta.');
      expect(deepText(todaySection)).not.to.include('Helmi Laine');
      expect(deepText(weekSection)).to.include(`Muut poissaolot viikolla ${week}`);
      expect(deepText(weekSection)).to.include('Muu syy: Uimaseuran leiri Kuortaneella');
      expect(text(app)).to.include('Lumikorven koulu · Ryhmäsi: 7B, 8A');
      // Acknowledged ones say so; the others offer the acknowledgement.
      const venla = teacher.querySelector('[data-absence="poissaolo-6"]')!;
      expect(deepText(venla)).to.include('Kuitattu');
      expect(venla.querySelector('d1-button') === null).to.equal(true);
      expect(app.records.titles.at(-1)).to.equal(`Viikko ${week}`);
      await expect(teacher.host).to.be.accessible();
    });

    it('acknowledges an absence and keeps the focus with it', async () => {
      const api = useApi();
      const app = await mount({ user: MIKKO, actingAs: AT_LUMIKORPI });
      await shows(app, 'Onni Virtanen, 7B');
      const teacher = view(app, 'absences-teacher');
      const onni = (): Element => teacher.querySelector('[data-absence="poissaolo-4"]')!;
      const acknowledge = button(onni(), 'Kuittaa');
      expect(deepText(acknowledge)).to.include('Onni Virtanen');
      click(acknowledge);
      await waitFor(() => onni().querySelector('d1-button') === null, 'still not acknowledged');
      const post = api.calls.find((c) => c.method === 'POST');
      expect(post?.url.href).to.equal(`${API}/absences/poissaolo-4/acknowledge`);
      expect(deepText(onni())).to.include('Kuitattu');
      expect(focused() === onni().querySelector('h3'), 'focus on the pupil').to.equal(true);
      expect(deepText(teacher.querySelector('[role="status"]:last-of-type')!)).to.include(
        'Kuitattu: Onni Virtanen',
      );
      await expect(teacher.host).to.be.accessible();
    });

    it('re-renders in Swedish and English', async () => {
      useApi();
      const app = await mount({ user: MIKKO, actingAs: AT_LUMIKORPI, locale: 'sv' });
      await shows(app, 'Frånvarande i dag');
      const { week } = isoWeekOf(DAY);
      await shows(app, `Övrig frånvaro vecka ${week}`);
      expect(app.records.titles.at(-1)).to.equal(`Vecka ${week}`);
      app.host.setLocale('en');
      await shows(app, 'Absent today');
      await shows(app, 'Acknowledge');
      await waitFor(() => app.records.titles.at(-1) === `Week ${week}`, 'the title in English');
    });
  });
});
