/**
 * The timetable app in a test shell: the DigiOne conformance check, then its behaviour for each
 * role and acting-as choice against a fake of its API (fetch stubbed for this file only), week
 * navigation, errors, reflow and accessibility. The real API is tested in `test/api.spec.ts`.
 */
import { expect } from '@open-wc/testing';
import { validateManifest } from '@digione/sdk/manifest';
import { type ActingAs, type Child, type DigiOneUser, type School } from '@digione/sdk';
import {
  checkConformance,
  deepText,
  expectConformance,
  mountApp,
  type MountOptions,
  type MountedApp,
} from '@digione/sdk/testing';
import timetable from './index.js';
import { setClock } from './clock.js';
import { parseIsoWeek, schoolDays } from './iso-week.js';
import type { Lesson, TimetableWeek } from './types.js';
import type { TimetableApp } from './timetable-app.js';
import { waitFor } from '../../../test/support/unit-wait.js';

const API = 'https://api.timetable.example.fi';
const AUDIENCE = 'https://api.timetable.example.fi';
const TOKEN = 'token-for-the-timetable-api';

const LUMIKORPI: School = {
  code: '09231',
  name: 'Lumikorven koulu',
  providerId: '0124610-9',
  providerName: 'Vantaan kaupunki',
};
const KIVIMAKI: School = { ...LUMIKORPI, code: '09247', name: 'Kivimäen yhtenäiskoulu' };
const MERITUULI: School = {
  code: '04915',
  name: 'Merituulen koulu',
  providerId: '0101263-6',
  providerName: 'Espoon kaupunki',
};
const AINO: Child = {
  id: '5f1d2c7a-3b8e-4e0a-9c41-7a2e6b0d9f13',
  givenName: 'Aino',
  familyName: 'Mäkelä',
  school: LUMIKORPI,
  grade: '7',
};
const EETU: Child = {
  id: '7d2f0a6c-91b4-4e58-b6c3-0e8a5d7f2b41',
  givenName: 'Eetu',
  familyName: 'Mäkelä',
  school: MERITUULI,
  grade: '3',
};

const PUPIL: DigiOneUser = {
  id: AINO.id,
  givenName: 'Aino',
  familyName: 'Mäkelä',
  roles: ['learner'],
  schools: [LUMIKORPI],
  group: '7B',
  grade: '7',
};
const TEACHER: DigiOneUser = {
  id: '0c6b9e24-58d1-4a7f-b3e2-1d94f6a8c570',
  givenName: 'Mikko',
  familyName: 'Korhonen',
  roles: ['teacher'],
  schools: [LUMIKORPI, KIVIMAKI],
};
const GUARDIAN: DigiOneUser = {
  id: 'e3b8d5a2-7c19-4f6e-a0d4-58f2c9b1e736',
  givenName: 'Sanna',
  familyName: 'Mäkelä',
  roles: ['guardian'],
  schools: [],
  children: [AINO, EETU],
};

const atSchool = (school: School, role: 'learner' | 'teacher'): ActingAs => ({
  kind: 'school',
  id: `school:${school.code}`,
  label: school.name,
  role,
  school,
});
const forChild = (child: Child): ActingAs => ({
  kind: 'child',
  id: `child:${child.id}`,
  label: `${child.givenName} ${child.familyName}`,
  role: 'guardian',
  child,
  school: child.school,
});

/** day (0 = Monday), start, end, subject code, its Finnish name, room, teacher or group. */
type Row = readonly [number, string, string, string, string, string, string];

const AINO_WEEK: readonly Row[] = [
  [0, '08:15', '09:00', 'AI', 'äidinkieli ja kirjallisuus', 'A201', 'Riikka Laaksonen'],
  [0, '09:10', '09:55', 'MA', 'matematiikka', 'A204', 'Mikko Korhonen'],
  [1, '09:10', '09:55', 'RUB1', 'ruotsi (B1)', 'B107', 'Hanna Björklund'],
  [2, '08:15', '09:00', 'ENA1', 'englanti (A1)', 'B105', 'Tuomas Heino'],
  [2, '12:20', '13:05', 'MU', 'musiikki', 'Musiikkiluokka A010', 'Marjut Honkanen'],
  [4, '08:15', '09:55', 'KU', 'kuvataide', 'Kuvataideluokka B010', 'Elina Vartiainen'],
];
const KORHONEN_LUMIKORPI: readonly Row[] = [
  [0, '09:10', '09:55', 'MA', 'matematiikka', 'A204', '7B'],
  [0, '11:25', '12:10', 'MA', 'matematiikka', 'A204', '9A'],
  [3, '10:10', '10:55', 'MA', 'matematiikka', 'A206', '7A'],
];
const KORHONEN_KIVIMAKI: readonly Row[] = [
  [0, '13:45', '14:30', 'FY', 'fysiikka', 'Fysiikan luokka F12', '8C'],
  [1, '12:00', '13:35', 'KE', 'kemia', 'Kemian luokka F14', '9A'],
];
const EETU_WEEK: readonly Row[] = [
  [0, '08:30', '09:15', 'AI', 'äidinkieli ja kirjallisuus', 'Luokka B12', 'Johanna Lindqvist'],
  [0, '10:30', '11:15', 'YM', 'ympäristöoppi', 'Luokka B12', 'Johanna Lindqvist'],
  [2, '11:45', '12:30', 'MU', 'musiikki', 'Musiikkiluokka', 'Markus Rinne'],
];

function weekBody(
  week: string,
  whose: Pick<TimetableWeek, 'view' | 'person' | 'school'> & { group?: string },
  rows: readonly Row[],
): TimetableWeek {
  const parsed = parseIsoWeek(week);
  if (!parsed) throw new Error(week);
  const days = schoolDays(parsed);
  const lessons: Lesson[] = rows.map(([day, start, end, code, name, room, who], i) => ({
    id: `${whose.school.code}-${week}-${String(i)}`,
    date: days[day] ?? '',
    start,
    end,
    subject: { code, name },
    room,
    ...(whose.view === 'teacher' ? { group: who } : { teacher: who }),
  }));
  return { week, start: days[0] ?? '', end: days[4] ?? '', ...whose, lessons };
}

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A fake of the timetable API: answers as the real one does for the test people. */
function fakeApi(url: URL): Response {
  const week = url.searchParams.get('week') ?? '';
  if (!parseIsoWeek(week)) return json(400, { error: 'invalid_week' });
  const school = url.searchParams.get('school');
  const child = url.searchParams.get('child');
  const lumikorpi = { code: LUMIKORPI.code, name: LUMIKORPI.name };
  if (child === EETU.id) {
    return json(
      200,
      weekBody(
        week,
        {
          view: 'class',
          person: 'Eetu Mäkelä',
          group: '3A',
          school: { code: MERITUULI.code, name: MERITUULI.name },
        },
        EETU_WEEK,
      ),
    );
  }
  if (child === AINO.id || (child === null && (school === null || school === LUMIKORPI.code))) {
    return json(
      200,
      weekBody(
        week,
        { view: 'class', person: 'Aino Mäkelä', group: '7B', school: lumikorpi },
        AINO_WEEK,
      ),
    );
  }
  return json(403, { error: 'forbidden' });
}

interface Call {
  readonly url: URL;
  readonly authorization: string | null;
  readonly signal: AbortSignal | null;
}

let calls: Call[] = [];
let respond: (url: URL) => Response | Promise<Response> = fakeApi;
const realFetch = globalThis.fetch;
let restoreClock: () => void;

beforeEach(() => {
  calls = [];
  respond = fakeApi;
  // Wednesday 25 November 2026, 9.30 in the morning: week 48.
  restoreClock = setClock(() => new Date(2026, 10, 25, 9, 30));
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.origin !== new URL(API).origin) return realFetch(input, init);
    const headers = new Headers(init?.headers);
    calls.push({ url, authorization: headers.get('authorization'), signal: init?.signal ?? null });
    init?.signal?.throwIfAborted();
    return respond(url);
  };
});

afterEach(() => {
  globalThis.fetch = realFetch;
  restoreClock();
});

/** The test shell as the portal mounts the app: its API, its audience, a token. */
function shell(options: MountOptions): MountOptions {
  return {
    appId: 'timetable',
    userFields: [],
    audience: AUDIENCE,
    apiUrl: API,
    accessToken: () => TOKEN,
    ...options,
  };
}

const mounted: MountedApp[] = [];
async function mount(options: MountOptions): Promise<MountedApp> {
  const app = await mountApp(timetable, shell(options));
  mounted.push(app);
  return app;
}
afterEach(async () => {
  for (const app of mounted.splice(0)) await app.unmount();
});

function element(app: MountedApp): TimetableApp {
  const el = app.container.querySelector('timetable-app');
  if (!el) throw new Error('no <timetable-app>');
  return el;
}
const root = (app: MountedApp): ShadowRoot => {
  const shadow = element(app).shadowRoot;
  if (!shadow) throw new Error('no shadow root');
  return shadow;
};
const text = (app: MountedApp): string => deepText(app.container).replace(/\s+/g, ' ');

async function shows(app: MountedApp, wanted: string): Promise<void> {
  try {
    await waitFor(() => text(app).includes(wanted), `the app to show "${wanted}"`);
  } catch {
    throw new Error(`The app never showed "${wanted}"; it shows "${text(app)}".`);
  }
}

function button(app: MountedApp, label: string): HTMLElement {
  const found = [...root(app).querySelectorAll<HTMLElement>('d1-button')].find((b) =>
    b.textContent.includes(label),
  );
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

/** Each day: its heading and its lessons' text. */
function days(app: MountedApp): { heading: string; lessons: string[]; today: boolean }[] {
  return [...root(app).querySelectorAll('.day')].map((day) => ({
    heading: (day.querySelector('h3')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    lessons: [...day.querySelectorAll('li')].map((li) =>
      li.textContent.replace(/\s+/g, ' ').trim(),
    ),
    today: day.getAttribute('aria-current') === 'date',
  }));
}

const lastCall = (): Call => {
  const call = calls.at(-1);
  if (!call) throw new Error('the app made no request');
  return call;
};

describe('the timetable app', () => {
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
      const call = lastCall();
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
      expect(calls).to.have.length(1);
    });
  });

  describe('for a teacher', () => {
    beforeEach(() => {
      respond = (url) => {
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
      };
    });

    it('shows his lessons with groups in the school he acts in, and refetches when it changes', async () => {
      const app = await mount({ user: TEACHER, actingAs: atSchool(LUMIKORPI, 'teacher') });
      await shows(app, 'Matematiikka');
      expect(lastCall().url.searchParams.get('school')).to.equal('09231');
      expect(text(app)).to.contain('Mikko Korhonen · Lumikorven koulu');
      expect(days(app)[0]?.lessons).to.deep.equal([
        '9.10–9.55 Matematiikka Ryhmä 7B Tila A204',
        '11.25–12.10 Matematiikka Ryhmä 9A Tila A204',
      ]);
      expect(text(app)).not.to.contain('Opettaja');

      app.host.setActingAs(atSchool(KIVIMAKI, 'teacher'));
      await shows(app, 'Fysiikka');
      expect(calls).to.have.length(2);
      expect(Object.fromEntries(lastCall().url.searchParams)).to.deep.equal({
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
        () => lastCall().url.searchParams.get('week') === '2026-W47',
        'the previous week asked for',
      );
      app.host.setActingAs(atSchool(KIVIMAKI, 'teacher'));
      await shows(app, 'Fysiikka');
      expect(Object.fromEntries(lastCall().url.searchParams)).to.deep.equal({
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
      expect(Object.fromEntries(lastCall().url.searchParams)).to.deep.equal({
        week: '2026-W48',
        child: AINO.id,
      });
      expect(text(app)).to.contain('Aino Mäkelä · luokka 7B · Lumikorven koulu');

      app.host.setActingAs(forChild(EETU));
      await shows(app, 'Ympäristöoppi');
      expect(lastCall().url.searchParams.get('child')).to.equal(EETU.id);
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
      respond = (url) => {
        if (url.searchParams.get('child') !== AINO.id) return fakeApi(url);
        return new Promise<Response>((resolve) => {
          releaseAino = () => {
            const response = fakeApi(url);
            const json = response.json.bind(response);
            // Known once the app has read the late answer: what it does with it follows in promises.
            response.json = () => json().finally(() => (ainoRead = true));
            resolve(response);
          };
        });
      };
      const app = await mount({ user: GUARDIAN, actingAs: forChild(AINO) });
      await waitFor(() => calls.length === 1, 'the week asked for');
      app.host.setActingAs(forChild(EETU));
      await shows(app, 'Ympäristöoppi');
      expect(calls[0]?.signal?.aborted).to.equal(true);
      releaseAino();
      await waitFor(() => ainoRead, 'the late answer read');
      await element(app).updateComplete;
      expect(text(app)).to.contain('Eetu Mäkelä');
      expect(text(app)).not.to.contain('Aino Mäkelä');
    });
  });

  describe('week navigation', () => {
    it('asks for the previous and next weeks, and comes back to this week', async () => {
      const app = await mount({ user: PUPIL, actingAs: atSchool(LUMIKORPI, 'learner') });
      await shows(app, 'Matematiikka');
      const weeks = (): string[] => calls.map((c) => c.url.searchParams.get('week') ?? '');

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
      expect(calls.every((c) => c.url.searchParams.get('school') === '09231')).to.equal(true);
    });

    it('crosses the year end by ISO weeks', async () => {
      restoreClock();
      restoreClock = setClock(() => new Date(2026, 11, 30, 12, 0));
      const app = await mount({ user: PUPIL, actingAs: atSchool(LUMIKORPI, 'learner') });
      await shows(app, 'Viikko 53');
      button(app, 'Seuraava viikko').click();
      await shows(app, 'Viikko 1');
      expect(lastCall().url.searchParams.get('week')).to.equal('2027-W01');
      expect(text(app)).to.contain('4.–8.1.2027');
    });
  });

  describe('when the API refuses or fails', () => {
    it('tells that the session is not valid (401), in the chosen language, and retries', async () => {
      respond = () => json(401, { error: 'invalid_token' });
      const app = await mount({ user: PUPIL, actingAs: atSchool(LUMIKORPI, 'learner') });
      await shows(app, 'Istuntosi ei kelpaa lukujärjestyspalvelulle');
      const panel = root(app).querySelector('d1-error-panel');
      expect(panel?.getAttribute('details')).to.equal('HTTP 401 invalid_token');
      app.host.setLocale('sv');
      await shows(app, 'Din session godkänns inte av schematjänsten');
      app.host.setLocale('en');
      await shows(app, 'Your session is not accepted by the timetable service');
      app.host.setLocale('fi');
      await shows(app, 'Istuntosi ei kelpaa');

      respond = fakeApi;
      const retry = panel?.shadowRoot?.querySelector<HTMLElement>('[part="retry"]');
      expect(retry, 'the retry button').to.be.instanceOf(HTMLElement);
      retry?.click();
      await shows(app, 'Matematiikka');
      // The first 401 was tried once more with a fresh token; then the person's retry.
      expect(calls).to.have.length(3);
      expect(root(app).querySelector('d1-error-panel')).to.equal(null);
    });

    it('treats a token the portal cannot give as an invalid session', async () => {
      const app = await mount({
        user: PUPIL,
        actingAs: atSchool(LUMIKORPI, 'learner'),
        accessToken: () => Promise.reject(new Error('login_required')),
      });
      await shows(app, 'Istuntosi ei kelpaa lukujärjestyspalvelulle');
      expect(calls).to.have.length(0);
    });

    it('tells that the school or child is not theirs (403), with nothing to retry', async () => {
      respond = () => json(403, { error: 'forbidden' });
      const app = await mount({ user: GUARDIAN, actingAs: forChild(AINO) });
      await shows(app, 'Ei oikeutta tähän lukujärjestykseen');
      const panel = root(app).querySelector('d1-error-panel');
      expect(panel?.hasAttribute('no-retry')).to.equal(true);
      await expect(element(app)).to.be.accessible();
    });

    it('tells that loading failed on a server error or no connection, and retries', async () => {
      respond = () => json(503, { error: 'temporarily_unavailable' });
      const app = await mount({ user: PUPIL, actingAs: atSchool(LUMIKORPI, 'learner') });
      await shows(app, 'Lukujärjestystä ei voitu ladata');
      expect(root(app).querySelector('d1-error-panel')?.getAttribute('details')).to.equal(
        'HTTP 503 temporarily_unavailable',
      );
      await expect(element(app)).to.be.accessible();

      respond = () => Promise.reject(new TypeError('Failed to fetch'));
      root(app)
        .querySelector('d1-error-panel')
        ?.shadowRoot?.querySelector<HTMLElement>('[part="retry"]')
        ?.click();
      await waitFor(() => calls.length === 2, 'the week asked for again');
      await shows(app, 'Lukujärjestystä ei voitu ladata');
      await waitFor(
        () =>
          (root(app).querySelector('d1-error-panel')?.getAttribute('details') ?? '').includes(
            'Failed to fetch',
          ),
        'the details of the network failure',
      );
    });

    it('refuses an answer that is not a timetable week', async () => {
      respond = () => json(200, { week: '2026-W48', lessons: [{ subject: '<b>x</b>' }] });
      const app = await mount({ user: PUPIL, actingAs: atSchool(LUMIKORPI, 'learner') });
      await shows(app, 'Lukujärjestystä ei voitu ladata');
      expect(root(app).querySelector('d1-error-panel')?.getAttribute('details')).to.equal(
        '[D1-SDK-182] The answer is not a timetable week.',
      );
    });
  });

  describe('states', () => {
    it('shows a loading state, accessible, until the week arrives', async () => {
      let release: () => void = () => undefined;
      respond = (url) =>
        new Promise<Response>((resolve) => {
          release = () => {
            resolve(fakeApi(url));
          };
        });
      const app = await mount({ user: PUPIL, actingAs: atSchool(LUMIKORPI, 'learner') });
      await waitFor(() => calls.length === 1, 'the week asked for');
      const busy = root(app).querySelector('[aria-busy="true"]');
      expect(busy?.querySelectorAll('d1-skeleton').length).to.be.greaterThan(0);
      expect(text(app)).to.contain('Ladataan lukujärjestystä…');
      await expect(element(app)).to.be.accessible();
      release();
      await shows(app, 'Matematiikka');
      expect(root(app).querySelector('[aria-busy="true"]')).to.equal(null);
    });

    it('shows an empty week as such, offering this week', async () => {
      respond = (url) =>
        json(
          200,
          weekBody(
            url.searchParams.get('week') ?? '',
            {
              view: 'class',
              person: 'Aino Mäkelä',
              group: '7B',
              school: { code: LUMIKORPI.code, name: LUMIKORPI.name },
            },
            [],
          ),
        );
      const app = await mount({ user: PUPIL, actingAs: atSchool(LUMIKORPI, 'learner') });
      await shows(app, 'Ei oppitunteja tällä viikolla');
      expect(text(app)).not.to.contain('Näytä tämä viikko');
      await expect(element(app)).to.be.accessible();
      button(app, 'Seuraava viikko').click();
      await shows(app, 'Viikko 49');
      await shows(app, 'Näytä tämä viikko');
      const back = root(app).querySelector<HTMLElement>('d1-empty-state d1-button');
      back?.click();
      await shows(app, 'Viikko 48');
      expect(lastCall().url.searchParams.get('week')).to.equal('2026-W48');
    });

    it('passes axe with a week of lessons, for a pupil and a teacher', async () => {
      const pupil = await mount({ user: PUPIL, actingAs: atSchool(LUMIKORPI, 'learner') });
      await shows(pupil, 'Matematiikka');
      await expect(element(pupil)).to.be.accessible();
      await pupil.unmount();
      respond = (url) =>
        json(
          200,
          weekBody(
            url.searchParams.get('week') ?? '',
            {
              view: 'teacher',
              person: 'Mikko Korhonen',
              school: { code: KIVIMAKI.code, name: KIVIMAKI.name },
            },
            KORHONEN_KIVIMAKI,
          ),
        );
      const teacher = await mount({ user: TEACHER, actingAs: atSchool(KIVIMAKI, 'teacher') });
      await shows(teacher, 'Fysiikka');
      await expect(element(teacher)).to.be.accessible();
    });

    it('never renders data as markup', async () => {
      respond = (url) => {
        const body = weekBody(
          url.searchParams.get('week') ?? '',
          {
            view: 'class',
            person: '<img src=x onerror=alert(1)>',
            group: '7B',
            school: { code: LUMIKORPI.code, name: LUMIKORPI.name },
          },
          [[0, '08:15', '09:00', 'X', '<b>valinnainen</b>', '<i>A1</i>', 'Opettaja']],
        );
        return json(200, body);
      };
      const app = await mount({ user: PUPIL, actingAs: atSchool(LUMIKORPI, 'learner') });
      await shows(app, '<b>valinnainen</b>');
      expect(root(app).querySelector('img, b, i')).to.equal(null);
      expect(text(app)).to.contain('<img src=x onerror=alert(1)>');
    });

    it('stops its request when it is unmounted', async () => {
      respond = () => new Promise<Response>(() => undefined);
      const app = await mountApp(
        timetable,
        shell({ user: PUPIL, actingAs: atSchool(LUMIKORPI, 'learner') }),
      );
      await waitFor(() => calls.length === 1, 'the week asked for');
      await app.unmount();
      expect(calls[0]?.signal?.aborted).to.equal(true);
    });
  });

  describe('layout', () => {
    async function widthOf(px: number): Promise<MountedApp> {
      const app = await mount({ user: PUPIL, actingAs: atSchool(LUMIKORPI, 'learner') });
      app.container.style.width = `${String(px)}px`;
      await shows(app, 'Matematiikka');
      return app;
    }

    it('puts the five days side by side where there is room', async () => {
      const app = await widthOf(1200);
      const grid = root(app).querySelector('.days');
      if (!grid) throw new Error('no days');
      expect(getComputedStyle(grid).gridTemplateColumns.split(' ')).to.have.length(5);
    });

    it('reflows to one day under another at 360 px, with nothing wider than the screen', async () => {
      const app = await widthOf(360);
      const el = element(app);
      const grid = root(app).querySelector('.days');
      if (!grid) throw new Error('no days');
      expect(getComputedStyle(grid).gridTemplateColumns.split(' ')).to.have.length(1);
      expect(el.scrollWidth).to.be.at.most(360);
      for (const node of root(app).querySelectorAll<HTMLElement>('.day, .lesson, .week-nav')) {
        const box = node.getBoundingClientRect();
        expect(box.right - el.getBoundingClientRect().left, node.className).to.be.at.most(360.5);
      }
      await expect(el).to.be.accessible();
    });
  });
});
