// The timetable app in a test shell: its manifest and the DigiOne contract, then what it shows a
// pupil, a teacher and a guardian for each acting-as choice, against a fake of its API. The shared
// fixtures are in test-fixtures.ts; the real API is tested in test/api.spec.ts.
import { expect } from '@open-wc/testing';
import { validateManifest } from '@digione/sdk/manifest';
import { checkConformance, expectConformance } from '@digione/sdk/testing';
import {
  AINO,
  AUDIENCE,
  EETU,
  GUARDIAN,
  KIVIMAKI,
  KORHONEN_KIVIMAKI,
  KORHONEN_LUMIKORPI,
  LUMIKORPI,
  PUPIL,
  TEACHER,
  TOKEN,
  button,
  days,
  element,
  json,
  root,
  shell,
  shows,
  text,
  timetable,
  atSchool,
  forChild,
  realFetch,
  timetableApi,
  timetableTest,
  waitFor,
  weekBody,
} from './test-fixtures.js';

describe('the timetable app', () => {
  const { api, mount, signals } = timetableTest();

  it('has a manifest the portal accepts', async () => {
    const response = await realFetch('/packages/app-timetable/manifest.json');
    const manifest = (await response.json()) as Record<string, unknown>;
    const result = validateManifest(manifest);
    expect(result.ok ? [] : result.errors).to.deep.equal([]);
    expect(manifest).to.include({ id: 'timetable' });
    expect(manifest.roles).to.deep.equal(['learner', 'teacher', 'guardian']);
    expect(manifest.routes).to.deep.equal(['/lukujarjestys']);
  });

  it('meets the DigiOne contract', async function () {
    // Two mounts, three languages and an axe run.
    this.timeout(15_000);
    expectConformance(
      await checkConformance(timetable, {
        ...shell({ user: PUPIL, actingAs: atSchool(LUMIKORPI, 'learner') }),
        expectText: { fi: 'Matematiikka', sv: 'Matematik', en: 'Mathematics' },
      }),
    );
  });

  describe('for a pupil', () => {
    it("shows her class's week, Monday to Friday, with teachers and rooms", async () => {
      const app = await mount({ user: PUPIL, actingAs: atSchool(LUMIKORPI, 'learner') });
      await shows(app, 'Matematiikka');
      const call = api().lastCall();
      expect(call.authorization).to.equal(`Bearer ${TOKEN}`);
      expect(call.url.pathname).to.equal('/week');
      expect(Object.fromEntries(call.url.searchParams)).to.deep.equal({
        week: '2026-W48',
        school: '09231',
      });
      expect(app.records.tokenRequests).to.include(AUDIENCE);

      expect(root(app).querySelector('h2')?.textContent).to.equal('Lukujärjestys');
      expect(text(app)).to.contain('Aino Mäkelä · luokka 7B · Lumikorven koulu');
      expect(text(app)).to.contain('Viikko 48');
      expect(text(app)).to.contain('23.–27.11.2026');
      const week = days(app);
      expect(week.map((d) => d.heading)).to.deep.equal([
        'Maanantai 23.11.',
        'Tiistai 24.11.',
        'Keskiviikko 25.11. tänään',
        'Torstai 26.11.',
        'Perjantai 27.11.',
      ]);
      expect(week[0]?.lessons).to.deep.equal([
        '8.15–9.00 Äidinkieli ja kirjallisuus Tila A201 Opettaja Riikka Laaksonen',
        '9.10–9.55 Matematiikka Tila A204 Opettaja Mikko Korhonen',
      ]);
      expect(week[4]?.lessons).to.deep.equal([
        '8.15–9.55 Kuvataide Tila Kuvataideluokka B010 Opettaja Elina Vartiainen',
      ]);
      // A day without lessons says so.
      expect(days(app)[3]?.lessons).to.deep.equal([]);
      expect(root(app).querySelector('.day:nth-child(4) .no-lessons')?.textContent).to.equal(
        'Ei oppitunteja',
      );
      expect(app.records.titles.at(-1)).to.equal('Viikko 48');
    });

    it('highlights today, and only today', async () => {
      const app = await mount({ user: PUPIL, actingAs: atSchool(LUMIKORPI, 'learner') });
      await shows(app, 'Matematiikka');
      expect(days(app).map((d) => d.today)).to.deep.equal([false, false, true, false, false]);
      const today = root(app).querySelector('[aria-current="date"]');
      expect(today?.classList.contains('today')).to.equal(true);
      expect(today?.querySelector('h3')?.textContent).to.contain('tänään');
      // Another week has no today.
      button(app, 'Seuraava viikko').click();
      await shows(app, 'Viikko 49');
      await shows(app, 'Matematiikka');
      expect(days(app).some((d) => d.today)).to.equal(false);
    });

    it('follows the language: strings, subjects, dates and times', async () => {
      const app = await mount({ user: PUPIL, actingAs: atSchool(LUMIKORPI, 'learner') });
      await shows(app, 'Matematiikka');
      app.host.setLocale('sv');
      await shows(app, 'Matematik ');
      expect(text(app)).to.contain('Vecka 48');
      expect(text(app)).to.contain('klass 7B');
      expect(days(app)[0]?.heading).to.equal('Måndag 23.11');
      expect(days(app)[0]?.lessons[0]).to.contain('Finska och litteratur Sal A201 Lärare');
      expect(days(app)[2]?.heading).to.contain('i dag');
      await waitFor(() => app.records.titles.at(-1) === 'Vecka 48', 'the title in Swedish');
      app.host.setLocale('en');
      await shows(app, 'Mathematics');
      expect(days(app)[0]?.heading).to.equal('Monday 23/11');
      expect(days(app)[0]?.lessons[1]).to.equal(
        '9:10–9:55 Mathematics Room A204 Teacher Mikko Korhonen',
      );
      await waitFor(() => app.records.titles.at(-1) === 'Week 48', 'the title in English');
      // The language changes nothing the API is asked.
      expect(api().calls).to.have.length(1);
    });
  });

  describe('for a teacher', () => {
    beforeEach(() => {
      api().answer(({ url }) => {
        const school = url.searchParams.get('school');
        const week = url.searchParams.get('week') ?? '';
        const whose = { view: 'teacher' as const, person: 'Mikko Korhonen' };
        if (school === LUMIKORPI.code) {
          return json(
            200,
            weekBody(
              week,
              { ...whose, school: { code: school, name: LUMIKORPI.name } },
              KORHONEN_LUMIKORPI,
            ),
          );
        }
        if (school === KIVIMAKI.code) {
          return json(
            200,
            weekBody(
              week,
              { ...whose, school: { code: school, name: KIVIMAKI.name } },
              KORHONEN_KIVIMAKI,
            ),
          );
        }
        return json(403, { error: 'forbidden' });
      });
    });

    it('shows his lessons with groups in the school he acts in, and refetches when it changes', async () => {
      const app = await mount({ user: TEACHER, actingAs: atSchool(LUMIKORPI, 'teacher') });
      await shows(app, 'Matematiikka');
      expect(api().lastCall().url.searchParams.get('school')).to.equal('09231');
      expect(text(app)).to.contain('Mikko Korhonen · Lumikorven koulu');
      expect(days(app)[0]?.lessons).to.deep.equal([
        '9.10–9.55 Matematiikka Ryhmä 7B Tila A204',
        '11.25–12.10 Matematiikka Ryhmä 9A Tila A204',
      ]);
      expect(text(app)).not.to.contain('Opettaja');

      app.host.setActingAs(atSchool(KIVIMAKI, 'teacher'));
      await shows(app, 'Fysiikka');
      expect(api().calls).to.have.length(2);
      expect(Object.fromEntries(api().lastCall().url.searchParams)).to.deep.equal({
        week: '2026-W48',
        school: '09247',
      });
      expect(text(app)).to.contain('Mikko Korhonen · Kivimäen yhtenäiskoulu');
      expect(days(app)[0]?.lessons).to.deep.equal([
        '13.45–14.30 Fysiikka Ryhmä 8C Tila Fysiikan luokka F12',
      ]);
      expect(days(app)[1]?.lessons).to.deep.equal([
        '12.00–13.35 Kemia Ryhmä 9A Tila Kemian luokka F14',
      ]);
      expect(text(app)).not.to.contain('Matematiikka');
    });

    it('keeps the chosen week when he switches school', async () => {
      const app = await mount({ user: TEACHER, actingAs: atSchool(LUMIKORPI, 'teacher') });
      await shows(app, 'Matematiikka');
      button(app, 'Edellinen viikko').click();
      await waitFor(
        () => api().lastCall().url.searchParams.get('week') === '2026-W47',
        'the previous week asked for',
      );
      app.host.setActingAs(atSchool(KIVIMAKI, 'teacher'));
      await shows(app, 'Fysiikka');
      expect(Object.fromEntries(api().lastCall().url.searchParams)).to.deep.equal({
        week: '2026-W47',
        school: '09247',
      });
      expect(text(app)).to.contain('Viikko 47');
    });
  });

  describe('for a guardian', () => {
    it("shows the chosen child's week, and the other child's when the choice changes", async () => {
      const app = await mount({ user: GUARDIAN, actingAs: forChild(AINO) });
      await shows(app, 'Matematiikka');
      expect(Object.fromEntries(api().lastCall().url.searchParams)).to.deep.equal({
        week: '2026-W48',
        child: AINO.id,
      });
      expect(text(app)).to.contain('Aino Mäkelä · luokka 7B · Lumikorven koulu');

      app.host.setActingAs(forChild(EETU));
      await shows(app, 'Ympäristöoppi');
      expect(api().lastCall().url.searchParams.get('child')).to.equal(EETU.id);
      expect(text(app)).to.contain('Eetu Mäkelä · luokka 3A · Merituulen koulu');
      expect(days(app)[0]?.lessons).to.deep.equal([
        '8.30–9.15 Äidinkieli ja kirjallisuus Tila Luokka B12 Opettaja Johanna Lindqvist',
        '10.30–11.15 Ympäristöoppi Tila Luokka B12 Opettaja Johanna Lindqvist',
      ]);
      expect(text(app)).not.to.contain('Kuvataide');
    });

    it('ignores an answer that arrives after the child was switched', async () => {
      let releaseAino: () => void = () => undefined;
      let ainoRead = false;
      api().answer(({ url }) => {
        if (url.searchParams.get('child') !== AINO.id) return timetableApi({ url });
        return new Promise<Response>((resolve) => {
          releaseAino = () => {
            const response = timetableApi({ url });
            const json = response.json.bind(response);
            // Known once the app has read the late answer: what it does with it follows in promises.
            response.json = () => json().finally(() => (ainoRead = true));
            resolve(response);
          };
        });
      });
      const app = await mount({ user: GUARDIAN, actingAs: forChild(AINO) });
      await waitFor(() => api().calls.length === 1, 'the week asked for');
      app.host.setActingAs(forChild(EETU));
      await shows(app, 'Ympäristöoppi');
      expect(signals()[0]?.aborted).to.equal(true);
      releaseAino();
      await waitFor(() => ainoRead, 'the late answer read');
      await element(app).updateComplete;
      expect(text(app)).to.contain('Eetu Mäkelä');
      expect(text(app)).not.to.contain('Aino Mäkelä');
    });
  });
});
