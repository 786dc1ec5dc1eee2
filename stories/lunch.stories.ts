import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { appStory, storyPerson, type StoryPerson } from './app-story.js';
import manifest from '../packages/app-lunch/manifest.json' with { type: 'json' };
import { weekMenu } from '../packages/app-lunch/api/data.js';
import { createLunchApp } from '../packages/app-lunch/src/index.js';

/** What the stubbed API answers in a story. */
type Scenario = 'menu' | 'session-expired' | 'empty-week' | 'loading';
/** Who looks at the menu. */
type Person = 'pupil' | 'teacher' | 'guardian-eetu' | 'guardian-none';

const API = 'https://api.lunch.example.fi';
/** The schools of the test people, whose menus the stub knows. */
const SCHOOLS = [storyPerson('teacher', 0), storyPerson('teacher', 1), storyPerson('guardian', 1)]
  .map((p) => p.actingAs?.school)
  .filter((school) => school !== undefined);

const PEOPLE: Record<Person, StoryPerson> = {
  pupil: storyPerson('pupil'),
  teacher: storyPerson('teacher', 1),
  'guardian-eetu': storyPerson('guardian', 1),
  'guardian-none': storyPerson('guardian', null),
};

const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The stubbed API: each story's scenario is the first path segment of its API address. */
function answer(url: URL): Promise<Response> {
  const scenario = url.pathname.split('/')[1] as Scenario;
  if (scenario === 'loading') return new Promise<Response>(() => undefined);
  if (scenario === 'session-expired') return Promise.resolve(json({ error: 'invalid_token' }, 401));
  const school = SCHOOLS.find((s) => s.code === url.searchParams.get('school'));
  const week = url.searchParams.get('week');
  const menu = school && week ? weekMenu(school.code, school.name, week) : undefined;
  if (!menu) return Promise.resolve(json({ error: 'forbidden' }, 403));
  return Promise.resolve(json(scenario === 'empty-week' ? { ...menu, days: [] } : menu));
}

interface Args {
  person: Person;
  scenario: Scenario;
}

const meta: Meta<Args> = {
  title: 'Apps/Lunch',
  ...appStory<Args>({
    tag: 'lunch-story',
    choices: {
      person: ['pupil', 'teacher', 'guardian-eetu', 'guardian-none'],
      scenario: ['menu', 'session-expired', 'empty-week', 'loading'],
    },
    manifest,
    person: ({ person }) => PEOPLE[person],
    api: { origin: API, answer, path: ({ scenario }) => scenario },
    // A new instance per story: the docs page shows several at once.
    app: () => createLunchApp(),
  }),
};
export default meta;
type Story = StoryObj<Args>;

/** Aino, a pupil of Lumikorven koulu: her school's menu this week. */
export const Pupil: Story = {};
/** Mikko teaches in two schools and acts in Kivimäen yhtenäiskoulu. */
export const TeacherActingInAnotherSchool: Story = { args: { person: 'teacher' } };
/** Sanna follows her son Eetu, at Merituulen koulu in Espoo: another city, another menu. */
export const GuardianForEetu: Story = { args: { person: 'guardian-eetu' } };
/** A guardian who has not chosen a child yet. */
export const GuardianWithoutChoice: Story = { args: { person: 'guardian-none' } };
export const SessionExpired: Story = { args: { scenario: 'session-expired' } };
export const EmptyWeek: Story = { args: { scenario: 'empty-week' } };
export const Loading: Story = { args: { scenario: 'loading' } };
