// Kouluruoka (a React app in the framework-neutral form) against the DigiOne contract, and what it
// shows each role: which school's menu it asks for, the week's days, the diet legend, today, and
// the language switch. Its failures are in lunch-errors.test.ts; the shared fixtures in
// test-fixtures.ts.
import { expect } from '@open-wc/testing';
import { addDays, isoDate, isoWeekOf, weekDays } from '@digione/sdk';
import { checkConformance, deepText, expectConformance } from '@digione/sdk/testing';
import { weekMenu } from '../api/data.js';
import {
  API,
  AUDIENCE,
  GUARDIAN,
  PRINCIPAL,
  PUPIL,
  STAFF,
  TEACHER,
  changedMenus,
  choice,
  dayHeading,
  days,
  lunch,
  lunchTest,
  schoolsAsked,
  shows,
  text,
  thisWeek,
} from './test-fixtures.js';
import type { MenuDay } from './types.js';

describe('Kouluruoka menus', () => {
  it('are dated to the ISO week asked, across year ends, and to no week a year lacks', () => {
    const dates = (week: string): string[] | undefined =>
      weekMenu('09231', 'Lumikorven koulu', week)?.days.map((d) => d.date);
    expect(dates('2025-W03')).to.deep.equal([
      '2025-01-13',
      '2025-01-14',
      '2025-01-15',
      '2025-01-16',
      '2025-01-17',
    ]);
    expect(dates('2025-W01')?.[0]).to.equal('2024-12-30');
    expect(dates('2020-W53')?.[4]).to.equal('2021-01-01');
    expect(weekMenu('09231', 'Lumikorven koulu', '2025-W03')?.week).to.equal('2025-W03');
    expect(dates('2025-W53')).to.equal(undefined);
    expect(dates('2025-3')).to.equal(undefined);
    expect(weekMenu('00000', 'Muu koulu', '2025-W03')).to.equal(undefined);
  });
});

describe('Kouluruoka', () => {
  const { api, mount } = lunchTest();

  describe('when checked by checkConformance', () => {
    it('meets the DigiOne contract (a React root, created in mount and ended in unmount)', async () => {
      const report = await checkConformance(lunch, {
        appId: 'lunch',
        user: PUPIL,
        userFields: ['schools'],
        actingAs: null,
        audience: AUDIENCE,
        apiUrl: API,
        // The legend shows once the menu has loaded: the check sees data, translated.
        expectText: { fi: 'Ruokavaliomerkinnät', sv: 'Kostmärkningar', en: 'Diet markings' },
        mountErrorProbe: { options: { user: null } },
      });
      expectConformance(report);
      expect(report.checks.filter((c) => c.skipped)).to.deep.equal([]);
    });
  });

  describe('for a pupil', () => {
    it("asks for her school's menu of this week with the app's token and shows it", async () => {
      const app = await mount({ user: PUPIL });
      await shows(app, 'Lohikeitto');
      expect(api().calls).to.have.length(1);
      const call = api().lastCall();
      expect(call.url.origin + call.url.pathname).to.equal(`${API}/menu`);
      expect(call.url.searchParams.get('school')).to.equal('09231');
      expect(call.url.searchParams.get('week')).to.equal(thisWeek());
      expect(call.authorization).to.equal('Bearer token-for-lunch');
      expect(app.records.tokenRequests).to.deep.equal([AUDIENCE]);
      expect(app.container.querySelector('h2')?.textContent).to.equal('Ruokalista');
      expect(text(app)).to.include('Lumikorven koulu');
      expect(text(app)).to.include(`Viikko ${isoWeekOf(new Date()).week}`);
    });

    it('shows Monday to Friday, each with main dish, vegetarian option, sides and diet markings', async () => {
      const app = await mount({ user: PUPIL });
      await shows(app, 'Lohikeitto');
      const list = days(app);
      expect(list.map((li) => li.dataset.date)).to.deep.equal(weekDays(isoWeekOf(new Date())));
      expect(dayHeading(list[0])).to.match(/^Maanantai \d/);
      expect(dayHeading(list[3])).to.match(/^Torstai \d/);
      expect(list[3]?.querySelector('.lunch-main')?.textContent).to.include(
        'Hernekeitto ja pannukakku',
      );
      for (const li of list) {
        expect(li.querySelectorAll('dt')).to.have.length(3);
        expect(li.querySelector('.lunch-vegetarian')?.textContent.trim()).to.not.equal('');
        expect(li.querySelectorAll('.lunch-sides > li')).to.have.length(3);
      }
      // Tuesday: salmon soup, lactose- and gluten-free, heard as words.
      const badges = [...(list[1]?.querySelectorAll('.lunch-main d1-badge') ?? [])];
      expect(badges.map((b) => b.textContent)).to.deep.equal(['L', 'G']);
      expect(
        badges.map((b) => b.getAttribute('label') ?? (b as HTMLElement & { label?: string }).label),
      ).to.deep.equal(['laktoositon', 'gluteeniton']);
      await expect(app.container).to.be.accessible();
    });

    it('explains the diet markings in a legend, in fi, sv and en', async () => {
      const app = await mount({ user: PUPIL });
      await shows(app, 'Ruokavaliomerkinnät');
      const legend = (): string[] =>
        [...app.container.querySelectorAll('.lunch-legend dl > div')].map(
          (d) => `${d.querySelector('dt')?.textContent} ${d.querySelector('dd')?.textContent}`,
        );
      expect(legend()).to.deep.equal([
        'L laktoositon',
        'G gluteeniton',
        'M maidoton',
        'VE vegaaninen',
      ]);
      app.host.setLocale('sv');
      await shows(app, 'Kostmärkningar');
      expect(legend()).to.deep.equal(['L laktosfri', 'G glutenfri', 'M mjölkfri', 'VE vegansk']);
      app.host.setLocale('en');
      await shows(app, 'Diet markings');
      expect(legend()).to.deep.equal([
        'L lactose-free',
        'G gluten-free',
        'M milk-free',
        'VE vegan',
      ]);
    });

    it('highlights today, and only today', async () => {
      const today = isoDate(new Date());
      const around = [-2, -1, 0, 1, 2].map((n) => addDays(today, n));
      api().answer(
        changedMenus((menu) => ({
          ...menu,
          days: menu.days.map((day, i) => ({ ...day, date: around[i] ?? day.date })),
        })),
      );
      const app = await mount({ user: PUPIL });
      await shows(app, 'Lohikeitto');
      const current = app.container.querySelectorAll('li[aria-current="date"]');
      expect(current).to.have.length(1);
      expect((current[0] as HTMLElement | undefined)?.dataset.date).to.equal(today);
      const [day] = current as unknown as [HTMLElement];
      expect(day.classList.contains('lunch-today')).to.equal(true);
      expect(deepText(day)).to.include('Tänään');
      expect(text(app).match(/Tänään/g)).to.have.length(1);
      await expect(app.container).to.be.accessible();
    });
  });

  describe('for a teacher', () => {
    it('shows the menu of the school chosen in acting-as, and follows a new choice', async () => {
      const app = await mount({
        user: TEACHER,
        actingAs: choice(TEACHER, 'teacher', 'Kivimäen yhtenäiskoulu'),
      });
      await shows(app, 'Makaronilaatikko');
      expect(schoolsAsked(api())).to.deep.equal(['09247']);
      expect(text(app)).to.include('Kivimäen yhtenäiskoulu');
      expect(text(app)).to.not.include('Lohikeitto');
      app.host.setActingAs(choice(TEACHER, 'teacher', 'Lumikorven koulu'));
      await shows(app, 'Lohikeitto');
      expect(schoolsAsked(api())).to.deep.equal(['09247', '09231']);
      expect(text(app)).to.not.include('Makaronilaatikko');
    });
  });

  describe('for a principal', () => {
    it("shows her school's menu", async () => {
      const app = await mount({
        user: PRINCIPAL,
        actingAs: choice(PRINCIPAL, 'principal', 'Kivimäen yhtenäiskoulu'),
      });
      await shows(app, 'Uunimakkara ja perunamuusi');
      expect(schoolsAsked(api())).to.deep.equal(['09247']);
    });
  });

  describe('for a staff member without an acting-as choice', () => {
    it('shows the menu of their own school', async () => {
      const app = await mount({ user: STAFF });
      await shows(app, 'Jauhelihakastike ja perunat');
      expect(schoolsAsked(api())).to.deep.equal(['09231']);
    });
  });

  describe('for a guardian', () => {
    it("shows the chosen child's school's menu: Aino's, then Eetu's", async () => {
      const app = await mount({
        user: GUARDIAN,
        actingAs: choice(GUARDIAN, 'guardian', 'Aino Mäkelä'),
      });
      await shows(app, 'Pinaattiohukaiset ja puolukkahillo');
      expect(text(app)).to.include('Aino Mäkelä · Lumikorven koulu');
      app.host.setActingAs(choice(GUARDIAN, 'guardian', 'Eetu Mäkelä'));
      await shows(app, 'Kalapuikot ja perunamuusi');
      expect(text(app)).to.include('Eetu Mäkelä · Merituulen koulu');
      expect(text(app)).to.not.include('Pinaattiohukaiset');
      expect(schoolsAsked(api())).to.deep.equal(['09231', '04915']);
      await expect(app.container).to.be.accessible();
    });

    it('asks to choose a child when none is chosen, without calling the API', async () => {
      const app = await mount({ user: GUARDIAN, actingAs: null });
      await shows(app, 'Valitse koulu tai lapsi');
      expect(app.container.querySelector('d1-empty-state')).to.not.equal(null);
      expect(api().calls).to.have.length(0);
      await expect(app.container).to.be.accessible();
    });
  });

  describe('when the language changes', () => {
    it('re-renders headings, dates and dish names in the new language, without fetching again', async () => {
      const app = await mount({ user: PUPIL });
      await shows(app, 'Lohikeitto');
      app.host.setLocale('sv');
      await shows(app, 'Laxsoppa');
      expect(app.container.querySelector('h2')?.textContent).to.equal('Matsedel');
      expect(app.container.querySelector('section')?.lang).to.equal('sv');
      expect(dayHeading(days(app)[0])).to.match(/^Måndag \d/);
      expect(text(app)).to.include('Huvudrätt');
      expect(text(app)).to.include(`Vecka ${isoWeekOf(new Date()).week}`);
      app.host.setLocale('en');
      await shows(app, 'Salmon soup');
      expect(app.container.querySelector('h2')?.textContent).to.equal('Lunch menu');
      expect(dayHeading(days(app)[0])).to.match(/^Monday \d/);
      expect(text(app)).to.include('Vegetarian option');
      app.host.setLocale('fi');
      await shows(app, 'Pääruoka');
      expect(api().calls).to.have.length(1);
    });

    it('shows a dish the kitchen gave no translation for in Finnish, marked as Finnish', async () => {
      api().answer(
        changedMenus((menu) => {
          const [first, ...rest] = menu.days as [MenuDay, ...MenuDay[]];
          return {
            ...menu,
            days: [
              { ...first, main: { name: { fi: 'Kinkkukiusaus' }, diets: ['L', 'G'] } },
              ...rest,
            ],
          };
        }),
      );
      const app = await mount({ user: PUPIL, locale: 'sv' });
      await shows(app, 'Kinkkukiusaus');
      const name = days(app)[0]?.querySelector('.lunch-main span > span');
      expect(name?.textContent).to.equal('Kinkkukiusaus');
      expect(name?.getAttribute('lang')).to.equal('fi');
      expect(days(app)[1]?.textContent).to.include('Laxsoppa');
    });
  });
});
