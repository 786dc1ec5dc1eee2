import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { School } from '@digione/sdk';
import { appStory, storyPerson, type StoryPerson } from './app-story.js';
import manifest from '../packages/app-timetable/manifest.json' with { type: 'json' };
import {
  PEOPLE,
  classWeek,
  lessonsOn,
  teacherWeek,
  weekSpan,
} from '../packages/app-timetable/api/data.js';
import timetable from '../packages/app-timetable/src/index.js';
import { setClock } from '../packages/app-timetable/src/dates.js';
import type { TimetableWeek } from '../packages/app-timetable/src/types.js';

/** Who looks at the timetable, acting where. */
type Person =
  'pupil' | 'teacher-lumikorpi' | 'teacher-kivimaki' | 'guardian-aino' | 'guardian-eetu';
/** What the stubbed API answers. */
type Scenario = 'week' | 'session-expired' | 'forbidden' | 'empty-week' | 'loading';

const API = 'https://api.timetable.example.fi';

/** Each person with the acting-as choice the portal would offer them. */
const WHO: Record<Person, StoryPerson> = {
  pupil: storyPerson('pupil'),
  'teacher-lumikorpi': storyPerson('teacher', 0),
  'teacher-kivimaki': storyPerson('teacher', 1),
  'guardian-aino': storyPerson('guardian', 0),
  'guardian-eetu': storyPerson('guardian', 1),
};

/** A school the story's people act in. */
function schoolOf(person: Person): School {
  const school = WHO[person].actingAs?.school;
  if (!school) throw new TypeError(`The story person ${person} acts in no school.`);
  return school;
}
const LUMIKORPI = schoolOf('teacher-lumikorpi');
const KIVIMAKI = schoolOf('teacher-kivimaki');
const MERITUULI = schoolOf('guardian-eetu');

// Every story shows Wednesday 25 November 2026 (week 48) as today, so it looks the same any day.
setClock(() => new Date(2026, 10, 25, 9, 30));

const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A week's answer, less the week's own dates. */
type WeekBody = Omit<TimetableWeek, 'week' | 'start' | 'end'>;

/**
 * The stubbed API, from the same register data as the development API. The story's person and
 * scenario are the first two segments of its API address (`/<person>/<scenario>/week`).
 */
function answer(url: URL): Promise<Response> {
  const [, person = '', scenario = ''] = url.pathname.split('/');
  if (scenario === 'loading') return new Promise<Response>(() => undefined);
  if (scenario === 'session-expired') return Promise.resolve(json({ error: 'invalid_token' }, 401));
  const week = url.searchParams.get('week') ?? '';
  const span = weekSpan(week);
  if (!span) return Promise.resolve(json({ error: 'invalid_week' }, 400));
  if (scenario === 'forbidden') return Promise.resolve(json({ error: 'forbidden' }, 403));
  const school = url.searchParams.get('school');
  const child = url.searchParams.get('child');
  /** A class's week, as a guardian sees it for a child in `group` at `at`. */
  const classOf = (name: string, at: School, group: string): WeekBody => ({
    view: 'class',
    person: name,
    group,
    school: { code: at.code, name: at.name },
    lessons: lessonsOn(classWeek(at.code, group), week, `${at.code}-${group}`),
  });
  let body: WeekBody;
  if (person.startsWith('teacher')) {
    const at = school === KIVIMAKI.code ? KIVIMAKI : LUMIKORPI;
    body = {
      view: 'teacher',
      person: 'Mikko Korhonen',
      school: { code: at.code, name: at.name },
      lessons: lessonsOn(teacherWeek(PEOPLE.korhonen, at.code), week, `${at.code}-t`),
    };
  } else if (child === PEOPLE.eetu) {
    body = classOf('Eetu Mäkelä', MERITUULI, '3A');
  } else {
    body = classOf('Aino Mäkelä', LUMIKORPI, '7B');
  }
  return Promise.resolve(
    json({
      ...span,
      ...body,
      lessons: scenario === 'empty-week' ? [] : body.lessons,
    }),
  );
}

interface Args {
  person: Person;
  scenario: Scenario;
}

const meta: Meta<Args> = {
  title: 'Apps/Timetable',
  ...appStory<Args>({
    tag: 'timetable-story',
    choices: {
      person: ['pupil', 'teacher-lumikorpi', 'teacher-kivimaki', 'guardian-aino', 'guardian-eetu'],
      scenario: ['week', 'session-expired', 'forbidden', 'empty-week', 'loading'],
    },
    manifest,
    person: ({ person }) => WHO[person],
    api: { origin: API, answer, path: ({ person, scenario }) => `${person}/${scenario}` },
    app: () => timetable,
  }),
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
