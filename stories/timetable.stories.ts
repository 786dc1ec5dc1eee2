import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { actingAsChoicesFor, type ActingAs, type DigiOneUser, type School } from '@digione/sdk';
import { defineAppStory } from './app-story.js';
import { isLocale, type Locale } from '@digione/components/localization';
import {
  PEOPLE,
  SCHOOL_CODES,
  classWeek,
  lessonsOn,
  teacherWeek,
} from '../packages/app-timetable/api/data.js';
import timetable from '../packages/app-timetable/src/index.js';
import { setClock } from '../packages/app-timetable/src/clock.js';
import {
  addDays,
  isoDate,
  mondayOf,
  parseIsoWeek,
} from '../packages/app-timetable/src/iso-week.js';
import type { TimetableWeek } from '../packages/app-timetable/src/types.js';

/** Who looks at the timetable, acting where. */
type Person =
  'pupil' | 'teacher-lumikorpi' | 'teacher-kivimaki' | 'guardian-aino' | 'guardian-eetu';
/** What the stubbed API answers. */
type Scenario = 'week' | 'session-expired' | 'forbidden' | 'empty-week' | 'loading';

const API = 'https://api.timetable.example.fi';
const VANTAA = { providerId: '0124610-9', providerName: 'Vantaan kaupunki' };
const LUMIKORPI: School = { code: SCHOOL_CODES.lumikorpi, name: 'Lumikorven koulu', ...VANTAA };
const KIVIMAKI: School = { code: SCHOOL_CODES.kivimaki, name: 'Kivimäen yhtenäiskoulu', ...VANTAA };
const MERITUULI: School = {
  code: SCHOOL_CODES.merituuli,
  name: 'Merituulen koulu',
  providerId: '0101263-6',
  providerName: 'Espoon kaupunki',
};

const PUPIL: DigiOneUser = {
  id: PEOPLE.aino,
  givenName: 'Aino',
  familyName: 'Mäkelä',
  roles: ['learner'],
  schools: [LUMIKORPI],
  group: '7B',
  grade: '7',
};
const TEACHER: DigiOneUser = {
  id: PEOPLE.korhonen,
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
  children: [
    { id: PEOPLE.aino, givenName: 'Aino', familyName: 'Mäkelä', school: LUMIKORPI, grade: '7' },
    { id: PEOPLE.eetu, givenName: 'Eetu', familyName: 'Mäkelä', school: MERITUULI, grade: '3' },
  ],
};

/** Each person with the acting-as choice the portal would offer them. */
const WHO: Record<Person, { user: DigiOneUser; actingAs: ActingAs | null }> = {
  pupil: { user: PUPIL, actingAs: actingAsChoicesFor(PUPIL, 'learner')[0] ?? null },
  'teacher-lumikorpi': {
    user: TEACHER,
    actingAs: actingAsChoicesFor(TEACHER, 'teacher')[0] ?? null,
  },
  'teacher-kivimaki': {
    user: TEACHER,
    actingAs: actingAsChoicesFor(TEACHER, 'teacher')[1] ?? null,
  },
  'guardian-aino': {
    user: GUARDIAN,
    actingAs: actingAsChoicesFor(GUARDIAN, 'guardian')[0] ?? null,
  },
  'guardian-eetu': {
    user: GUARDIAN,
    actingAs: actingAsChoicesFor(GUARDIAN, 'guardian')[1] ?? null,
  },
};

// Every story shows Wednesday 25 November 2026 (week 48) as today, so it looks the same any day.
setClock(() => new Date(2026, 10, 25, 9, 30));

const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/**
 * The stubbed API, from the same register data as the development API. The story's person and
 * scenario are the first two segments of its API address (`/<person>/<scenario>/week`).
 */
function answer(url: URL): Promise<Response> {
  const [, person = '', scenario = ''] = url.pathname.split('/');
  if (scenario === 'loading') return new Promise<Response>(() => undefined);
  if (scenario === 'session-expired') return Promise.resolve(json({ error: 'invalid_token' }, 401));
  const week = parseIsoWeek(url.searchParams.get('week') ?? '');
  if (!week) return Promise.resolve(json({ error: 'invalid_week' }, 400));
  if (scenario === 'forbidden') return Promise.resolve(json({ error: 'forbidden' }, 403));
  const school = url.searchParams.get('school');
  const child = url.searchParams.get('child');
  let body: Omit<TimetableWeek, 'week' | 'start' | 'end'>;
  if (person.startsWith('teacher')) {
    const at = school === KIVIMAKI.code ? KIVIMAKI : LUMIKORPI;
    body = {
      view: 'teacher',
      person: 'Mikko Korhonen',
      school: { code: at.code, name: at.name },
      lessons: lessonsOn(teacherWeek(PEOPLE.korhonen, at.code), week, `${at.code}-t`),
    };
  } else if (child === PEOPLE.eetu) {
    body = {
      view: 'class',
      person: 'Eetu Mäkelä',
      group: '3A',
      school: { code: MERITUULI.code, name: MERITUULI.name },
      lessons: lessonsOn(classWeek(MERITUULI.code, '3A'), week, `${MERITUULI.code}-3A`),
    };
  } else {
    body = {
      view: 'class',
      person: 'Aino Mäkelä',
      group: '7B',
      school: { code: LUMIKORPI.code, name: LUMIKORPI.name },
      lessons: lessonsOn(classWeek(LUMIKORPI.code, '7B'), week, `${LUMIKORPI.code}-7B`),
    };
  }
  const monday = mondayOf(week);
  return Promise.resolve(
    json({
      week: url.searchParams.get('week'),
      start: isoDate(monday),
      end: isoDate(addDays(monday, 4)),
      ...body,
      lessons: scenario === 'empty-week' ? [] : body.lessons,
    }),
  );
}

defineAppStory('timetable-story', {
  app: () => timetable,
  api: { origin: API, answer },
  shell: (element, locale) => {
    const person = (element.getAttribute('person') ?? 'pupil') as Person;
    const scenario = (element.getAttribute('scenario') ?? 'week') as Scenario;
    const { user, actingAs } = WHO[person];
    return {
      options: {
        appId: 'timetable',
        user,
        actingAs,
        locale,
        userFields: [],
        audience: API,
        apiUrl: `${API}/${person}/${scenario}`,
      },
    };
  },
});

interface Args {
  person: Person;
  scenario: Scenario;
}

const meta: Meta<Args> = {
  title: 'Apps/Timetable',
  args: { person: 'pupil', scenario: 'week' },
  argTypes: {
    person: { control: 'select', options: Object.keys(WHO) },
    scenario: {
      control: 'select',
      options: ['week', 'session-expired', 'forbidden', 'empty-week', 'loading'],
    },
  },
  parameters: { layout: 'padded' },
  render: (args, context) => {
    const locale: unknown = context.globals.locale;
    const lang: Locale = isLocale(locale) ? locale : 'fi';
    // A new element (and shell) for each person, scenario and language.
    return html`${keyed(
      `${args.person} ${args.scenario} ${lang}`,
      html`<timetable-story
        person=${args.person}
        scenario=${args.scenario}
        locale=${lang}
      ></timetable-story>`,
    )}`;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Pupil: Story = {};
export const TeacherAtLumikorpi: Story = { args: { person: 'teacher-lumikorpi' } };
export const TeacherAtKivimaki: Story = { args: { person: 'teacher-kivimaki' } };
export const GuardianForAino: Story = { args: { person: 'guardian-aino' } };
export const GuardianForEetu: Story = { args: { person: 'guardian-eetu' } };
export const EmptyWeek: Story = { args: { scenario: 'empty-week' } };
export const Loading: Story = { args: { scenario: 'loading' } };
export const SessionExpired: Story = { args: { scenario: 'session-expired' } };
export const Forbidden: Story = { args: { person: 'guardian-eetu', scenario: 'forbidden' } };
