import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { actingAsChoicesFor, type ActingAs, type DigiOneUser, type School } from '@digione/sdk';
import { isLocale, type Locale } from '@digione/components/localization';
import assessment from '../packages/app-assessment/src/index.js';
import { createFakeApi, jsonResponse } from '../packages/app-assessment/src/fixtures.js';
import { defineAppStory } from './app-story.js';

/** What the stubbed API does in a story. */
type Scenario = 'data' | 'session-expired' | 'unavailable' | 'loading';
/** Who looks at the app, and where they act. */
type Person = 'teacher-lumikorpi' | 'teacher-kivimaki' | 'principal' | 'teacher-no-school';

const API = 'https://api.assessment.example.fi';
const VANTAA = { providerId: '0124610-9', providerName: 'Vantaan kaupunki' };
const LUMIKORPI: School = { code: '09231', name: 'Lumikorven koulu', ...VANTAA };
const KIVIMAKI: School = { code: '09247', name: 'Kivimäen yhtenäiskoulu', ...VANTAA };

const TEACHER: DigiOneUser = {
  id: 'teacher',
  givenName: 'Mikko',
  familyName: 'Korhonen',
  roles: ['teacher'],
  schools: [LUMIKORPI, KIVIMAKI],
};
const PRINCIPAL: DigiOneUser = {
  id: 'principal',
  givenName: 'Leena',
  familyName: 'Nieminen',
  roles: ['principal'],
  schools: [KIVIMAKI],
};

const PEOPLE: Record<Person, { user: DigiOneUser; actingAs: ActingAs | null }> = {
  'teacher-lumikorpi': {
    user: TEACHER,
    actingAs: actingAsChoicesFor(TEACHER, 'teacher')[0] ?? null,
  },
  'teacher-kivimaki': {
    user: TEACHER,
    actingAs: actingAsChoicesFor(TEACHER, 'teacher')[1] ?? null,
  },
  principal: { user: PRINCIPAL, actingAs: actingAsChoicesFor(PRINCIPAL, 'principal')[0] ?? null },
  'teacher-no-school': { user: TEACHER, actingAs: null },
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

defineAppStory('assessment-story', {
  app: () => assessment,
  api: { origin: API, answer },
  shell: (element, locale) => {
    const person = PEOPLE[(element.getAttribute('person') ?? 'teacher-lumikorpi') as Person];
    return {
      options: {
        appId: 'assessment',
        user: person.user,
        actingAs: person.actingAs,
        locale,
        userFields: [],
        audience: API,
        apiUrl: `${API}/${element.getAttribute('scenario') ?? 'data'}`,
      },
    };
  },
});

interface Args {
  person: Person;
  scenario: Scenario;
}

const meta: Meta<Args> = {
  title: 'Apps/Assessment',
  args: { person: 'teacher-lumikorpi', scenario: 'data' },
  argTypes: {
    person: { control: 'select', options: Object.keys(PEOPLE) },
    scenario: { control: 'select', options: ['data', 'session-expired', 'unavailable', 'loading'] },
  },
  parameters: { layout: 'padded' },
  render: (args, context) => {
    const locale: unknown = context.globals.locale;
    const lang: Locale = isLocale(locale) ? locale : 'fi';
    // A new element for every change of args or language: the app mounts afresh in that state.
    return html`${keyed(
      `${args.person}:${args.scenario}:${lang}`,
      html`<assessment-story
        person=${args.person}
        scenario=${args.scenario}
        locale=${lang}
      ></assessment-story>`,
    )}`;
  },
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
