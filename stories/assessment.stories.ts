import type { Meta, StoryObj } from '@storybook/web-components-vite';
import assessment from '../packages/app-assessment/src/index.js';
import manifest from '../packages/app-assessment/manifest.json' with { type: 'json' };
import { createFakeApi, jsonResponse } from '../packages/app-assessment/src/fake-api.js';
import { appStory, storyPerson, type StoryPerson } from './app-story.js';

/** What the stubbed API does in a story. */
type Scenario = 'data' | 'session-expired' | 'unavailable' | 'loading';
/** Who looks at the app, and where they act. */
type Person = 'teacher-lumikorpi' | 'teacher-kivimaki' | 'principal' | 'teacher-no-school';

const API = 'https://api.assessment.example.fi';

const PEOPLE: Record<Person, StoryPerson> = {
  'teacher-lumikorpi': storyPerson('teacher', 0),
  'teacher-kivimaki': storyPerson('teacher', 1),
  principal: storyPerson('principal'),
  'teacher-no-school': storyPerson('teacher', null),
};

/** One fake API per scenario address, so a save in one story stays in that story's data. */
const fakes = new Map<string, ReturnType<typeof createFakeApi>>();

/** The stubbed API: each story's scenario is the first path segment of its API address. */
function answer(url: URL, init: RequestInit | undefined): Promise<Response> {
  const [, scenario = 'data', ...rest] = url.pathname.split('/');
  if (scenario === 'loading') return new Promise<Response>(() => undefined);
  if (scenario === 'session-expired') {
    return Promise.resolve(jsonResponse(401, { error: 'invalid_token' }));
  }
  if (scenario === 'unavailable') {
    return Promise.resolve(jsonResponse(503, { error: 'temporarily_unavailable' }));
  }
  let fake = fakes.get(scenario);
  if (!fake) {
    fake = createFakeApi();
    fakes.set(scenario, fake);
  }
  const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
  return Promise.resolve(
    fake.answer(init?.method ?? 'GET', `/${rest.join('/')}${url.search}`, body),
  );
}

interface Args {
  person: Person;
  scenario: Scenario;
}

const meta: Meta<Args> = {
  title: 'Apps/Assessment',
  ...appStory<Args>({
    tag: 'assessment-story',
    choices: {
      person: ['teacher-lumikorpi', 'teacher-kivimaki', 'principal', 'teacher-no-school'],
      scenario: ['data', 'session-expired', 'unavailable', 'loading'],
    },
    manifest,
    person: ({ person }) => PEOPLE[person],
    api: { origin: API, answer, path: ({ scenario }) => scenario },
    app: () => assessment,
  }),
};
export default meta;

type Story = StoryObj<Args>;

/** Mikko Korhonen at Lumikorven koulu: 7B matematiikka, its pupils and their grades. */
export const Teacher: Story = {};

/** The same teacher acting for Kivimäen yhtenäiskoulu: his physics group there. */
export const TeacherAtAnotherSchool: Story = { args: { person: 'teacher-kivimaki' } };

/** Leena Nieminen, principal of Kivimäen yhtenäiskoulu: the school overview, read only. */
export const Principal: Story = { args: { person: 'principal' } };

/** The API refuses the session (401): a clear message and a retry. */
export const SessionExpired: Story = { args: { scenario: 'session-expired' } };

/** The API is down: a message and a retry. */
export const Unavailable: Story = { args: { scenario: 'unavailable' } };

/** Waiting for the API. */
export const Loading: Story = { args: { scenario: 'loading' } };

/** No school chosen in the portal yet. */
export const NoSchoolChosen: Story = { args: { person: 'teacher-no-school' } };
