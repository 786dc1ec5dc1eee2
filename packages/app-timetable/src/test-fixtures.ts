/**
 * What the timetable app's unit tests share: the test people of DigiOne's local identity provider
 * and the acting-as choices the portal offers them, a fake of the timetable API answering as the
 * real one does for them, the app mounted at a fixed moment (Wednesday 25 November 2026, week 48),
 * and reading what it shows. The real API is tested in `test/api.spec.ts`.
 */
import { actingAsChoicesFor } from '@digione/sdk/host';
import {
  parseIsoWeek,
  weekDays,
  type ActingAs,
  type Child,
  type DigiOneUser,
  type School,
} from '@digione/sdk';
import {
  deepText,
  fakeApi,
  mountApp,
  testPerson,
  type FakeApi,
  type MountOptions,
  type MountedApp,
} from '@digione/sdk/testing';
import { waitFor } from '../../../test/support/unit-wait.js';
import { setClock } from './dates.js';
import timetable from './index.js';
import type { TimetableApp } from './timetable-app.js';
import type { Lesson, TimetableWeek } from './types.js';

export { timetable, waitFor };

export const API = 'https://api.timetable.example.fi';
export const AUDIENCE = 'https://api.timetable.example.fi';
export const TOKEN = 'token-for-the-timetable-api';
/** The browser's own fetch, for the page's files (the fake API answers its own origin only). */
export const realFetch = globalThis.fetch;

export const PUPIL = testPerson('pupil').user;
export const TEACHER = testPerson('teacher').user;
export const GUARDIAN = testPerson('guardian').user;

function one<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new TypeError(`The test people have no ${what}.`);
  return value;
}
export const LUMIKORPI: School = one(TEACHER.schools[0], 'Lumikorpi');
export const KIVIMAKI: School = one(TEACHER.schools[1], 'Kivimäki');
export const AINO: Child = one(GUARDIAN.children?.[0], 'Aino');
export const EETU: Child = one(GUARDIAN.children?.[1], 'Eetu');
export const MERITUULI: School = EETU.school;

/** The portal's acting-as choice of `user` in `role` that `pick` finds. */
function choiceOf(
  user: DigiOneUser,
  role: ActingAs['role'],
  pick: (choice: ActingAs) => boolean,
): ActingAs {
  return one(actingAsChoicesFor(user, role).find(pick), `choice of ${user.givenName} as ${role}`);
}

/** The pupil (`learner`) or the teacher acting in `school`, as the portal offers it. */
export const atSchool = (school: School, role: 'learner' | 'teacher'): ActingAs =>
  choiceOf(role === 'learner' ? PUPIL : TEACHER, role, (c) => c.school?.code === school.code);
/** The guardian acting for `child`, as the portal offers it. */
export const forChild = (child: Child): ActingAs =>
  choiceOf(GUARDIAN, 'guardian', (c) => c.child?.id === child.id);

/** day (0 = Monday), start, end, subject code, its Finnish name, room, teacher or group. */
export type Row = readonly [number, string, string, string, string, string, string];

export const AINO_WEEK: readonly Row[] = [
  [0, '08:15', '09:00', 'AI', 'äidinkieli ja kirjallisuus', 'A201', 'Riikka Laaksonen'],
  [0, '09:10', '09:55', 'MA', 'matematiikka', 'A204', 'Mikko Korhonen'],
  [1, '09:10', '09:55', 'RUB1', 'ruotsi (B1)', 'B107', 'Hanna Björklund'],
  [2, '08:15', '09:00', 'ENA1', 'englanti (A1)', 'B105', 'Tuomas Heino'],
  [2, '12:20', '13:05', 'MU', 'musiikki', 'Musiikkiluokka A010', 'Marjut Honkanen'],
  [4, '08:15', '09:55', 'KU', 'kuvataide', 'Kuvataideluokka B010', 'Elina Vartiainen'],
];
export const KORHONEN_LUMIKORPI: readonly Row[] = [
  [0, '09:10', '09:55', 'MA', 'matematiikka', 'A204', '7B'],
  [0, '11:25', '12:10', 'MA', 'matematiikka', 'A204', '9A'],
  [3, '10:10', '10:55', 'MA', 'matematiikka', 'A206', '7A'],
];
export const KORHONEN_KIVIMAKI: readonly Row[] = [
  [0, '13:45', '14:30', 'FY', 'fysiikka', 'Fysiikan luokka F12', '8C'],
  [1, '12:00', '13:35', 'KE', 'kemia', 'Kemian luokka F14', '9A'],
];
export const EETU_WEEK: readonly Row[] = [
  [0, '08:30', '09:15', 'AI', 'äidinkieli ja kirjallisuus', 'Luokka B12', 'Johanna Lindqvist'],
  [0, '10:30', '11:15', 'YM', 'ympäristöoppi', 'Luokka B12', 'Johanna Lindqvist'],
  [2, '11:45', '12:30', 'MU', 'musiikki', 'Musiikkiluokka', 'Markus Rinne'],
];

export function weekBody(
  week: string,
  whose: Pick<TimetableWeek, 'view' | 'person' | 'school'> & { group?: string },
  rows: readonly Row[],
): TimetableWeek {
  const parsed = parseIsoWeek(week);
  if (!parsed) throw new Error(week);
  const days = weekDays(parsed);
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

export const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The timetable API as the real one answers the test people. */
export const timetableApi = ({ url }: { readonly url: URL }): Response => {
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
};

/** The app under test, its fake API, and the abort signals of the app's requests. */
export interface TimetableTest {
  readonly api: () => FakeApi;
  readonly mount: (options: MountOptions) => Promise<MountedApp>;
  /** The abort signal of each request, in order. */
  readonly signals: () => readonly (AbortSignal | null)[];
}

/**
 * Puts the fake API and the fixed clock in place before each test, and mounts the app as the
 * portal does (its API, audience and a token); takes all of it away after.
 */
export function timetableTest(): TimetableTest {
  let api: FakeApi | undefined;
  let restoreClock = (): void => undefined;
  const mounted: MountedApp[] = [];
  beforeEach(() => {
    // Wednesday 25 November 2026, 9.30 in the morning: week 48.
    restoreClock = setClock(() => new Date(2026, 10, 25, 9, 30));
    api = fakeApi(API, timetableApi);
  });
  afterEach(async () => {
    for (const app of mounted.splice(0)) await app.unmount();
    api?.restore();
    restoreClock();
  });
  return {
    api: () => one(api, 'fake API outside a test'),
    mount: async (options) => {
      const app = await mountApp(timetable, shell(options));
      mounted.push(app);
      return app;
    },
    signals: () => one(api, 'fake API outside a test').calls.map((call) => call.signal),
  };
}

/** The test shell as the portal mounts the app: its API, its audience, a token. */
export function shell(options: MountOptions): MountOptions {
  return {
    appId: 'timetable',
    userFields: [],
    audience: AUDIENCE,
    apiUrl: API,
    accessToken: () => TOKEN,
    ...options,
  };
}

export function element(app: MountedApp): TimetableApp {
  const el = app.container.querySelector('timetable-app');
  if (!el) throw new Error('no <timetable-app>');
  return el;
}
export const root = (app: MountedApp): ShadowRoot => {
  const shadow = element(app).shadowRoot;
  if (!shadow) throw new Error('no shadow root');
  return shadow;
};
export const text = (app: MountedApp): string => deepText(app.container).replace(/\s+/g, ' ');

export async function shows(app: MountedApp, wanted: string): Promise<void> {
  try {
    await waitFor(() => text(app).includes(wanted), `the app to show "${wanted}"`);
  } catch {
    throw new Error(`The app never showed "${wanted}"; it shows "${text(app)}".`);
  }
}

export function button(app: MountedApp, label: string): HTMLElement {
  const found = [...root(app).querySelectorAll<HTMLElement>('d1-button')].find((b) =>
    b.textContent.includes(label),
  );
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

/** Each day: its heading and its lessons' text. */
export function days(app: MountedApp): { heading: string; lessons: string[]; today: boolean }[] {
  return [...root(app).querySelectorAll('.day')].map((day) => ({
    heading: (day.querySelector('h3')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    lessons: [...day.querySelectorAll('li')].map((li) =>
      li.textContent.replace(/\s+/g, ' ').trim(),
    ),
    today: day.getAttribute('aria-current') === 'date',
  }));
}
