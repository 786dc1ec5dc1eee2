import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { actingAsChoicesFor, type ActingAs, type DigiOneUser, type School } from '@digione/sdk';
import { createTestShell, type TestShell } from '@digione/sdk/testing';
import { isLocale, type Locale } from '@digione/components/localization';
import assessment from '../packages/app-assessment/src/index.js';
import { createFakeApi, jsonResponse } from '../packages/app-assessment/src/fixtures.js';

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

/** fetch, answering the Assessment API while a story shows the app; other calls pass on. */
let realFetch: typeof fetch | undefined;
let showing = 0;
function stubApi(): () => void {
  if (showing++ === 0) {
    const passOn = globalThis.fetch.bind(globalThis);
    realFetch = globalThis.fetch;
    globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      return url.origin === API ? answer(url, init) : passOn(input, init);
    };
  }
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    if (--showing === 0 && realFetch) globalThis.fetch = realFetch;
  };
}

/**
 * Shows Arviointi in a test shell while it is in the page: mounted when connected, unmounted (and
 * the stub removed) when the story goes.
 */
class AssessmentStory extends HTMLElement {
  #shell: TestShell | undefined;
  #unstub: (() => void) | undefined;

  connectedCallback(): void {
    const person = PEOPLE[(this.getAttribute('person') ?? 'teacher-lumikorpi') as Person];
    const locale: unknown = this.getAttribute('locale');
    this.#unstub = stubApi();
    const shell = createTestShell({
      appId: 'assessment',
      user: person.user,
      actingAs: person.actingAs,
      locale: isLocale(locale) ? locale : 'fi',
      userFields: [],
      audience: API,
      apiUrl: `${API}/${this.getAttribute('scenario') ?? 'data'}`,
    });
    this.#shell = shell;
    this.append(shell.container);
    void shell.mount(assessment);
  }

  disconnectedCallback(): void {
    void this.#shell?.dispose();
    this.#shell = undefined;
    this.#unstub?.();
    this.#unstub = undefined;
  }
}
if (!customElements.get('assessment-story')) {
  customElements.define('assessment-story', AssessmentStory);
}

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
