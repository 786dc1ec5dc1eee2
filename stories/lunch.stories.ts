import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { actingAsChoicesFor, type ActingAs, type DigiOneUser, type School } from '@digione/sdk';
import { createTestShell, type TestShell } from '@digione/sdk/testing';
import { isLocale, type Locale } from '@digione/components/localization';
import { weekMenu } from '../packages/app-lunch/api/data.js';
import { createLunchApp } from '../packages/app-lunch/src/index.js';
import { parseIsoWeek } from '../packages/app-lunch/src/week.js';

/** What the stubbed API answers in a story. */
type Scenario = 'menu' | 'session-expired' | 'empty-week' | 'loading';
/** Who looks at the menu. */
type Person = 'pupil' | 'teacher' | 'guardian-eetu' | 'guardian-none';

const API = 'https://api.lunch.example.fi';
const VANTAA = { providerId: '0124610-9', providerName: 'Vantaan kaupunki' };
const LUMIKORPI: School = { code: '09231', name: 'Lumikorven koulu', ...VANTAA };
const KIVIMAKI: School = { code: '09247', name: 'Kivimäen yhtenäiskoulu', ...VANTAA };
const MERITUULI: School = {
  code: '04915',
  name: 'Merituulen koulu',
  providerId: '0101263-6',
  providerName: 'Espoon kaupunki',
};
const SCHOOLS = [LUMIKORPI, KIVIMAKI, MERITUULI];

const PUPIL: DigiOneUser = {
  id: 'pupil',
  givenName: 'Aino',
  familyName: 'Mäkelä',
  roles: ['learner'],
  schools: [LUMIKORPI],
};
const TEACHER: DigiOneUser = {
  id: 'teacher',
  givenName: 'Mikko',
  familyName: 'Korhonen',
  roles: ['teacher'],
  schools: [LUMIKORPI, KIVIMAKI],
};
const GUARDIAN: DigiOneUser = {
  id: 'guardian',
  givenName: 'Sanna',
  familyName: 'Mäkelä',
  roles: ['guardian'],
  schools: [],
  children: [
    { id: 'aino', givenName: 'Aino', familyName: 'Mäkelä', school: LUMIKORPI, grade: '7' },
    { id: 'eetu', givenName: 'Eetu', familyName: 'Mäkelä', school: MERITUULI, grade: '3' },
  ],
};

const PEOPLE: Record<Person, { user: DigiOneUser; actingAs: ActingAs | null }> = {
  pupil: { user: PUPIL, actingAs: null },
  teacher: { user: TEACHER, actingAs: actingAsChoicesFor(TEACHER, 'teacher')[1] ?? null },
  'guardian-eetu': {
    user: GUARDIAN,
    actingAs: actingAsChoicesFor(GUARDIAN, 'guardian')[1] ?? null,
  },
  'guardian-none': { user: GUARDIAN, actingAs: null },
};

const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The stubbed API: each story's scenario is the first path segment of its API address. */
function answer(url: URL): Promise<Response> {
  const scenario = url.pathname.split('/')[1] as Scenario;
  if (scenario === 'loading') return new Promise<Response>(() => undefined);
  if (scenario === 'session-expired') return Promise.resolve(json({ error: 'invalid_token' }, 401));
  const school = SCHOOLS.find((s) => s.code === url.searchParams.get('school'));
  const week = parseIsoWeek(url.searchParams.get('week') ?? '');
  const menu = school && week ? weekMenu(school.code, school.name, week) : undefined;
  if (!menu) return Promise.resolve(json({ error: 'forbidden' }, 403));
  return Promise.resolve(json(scenario === 'empty-week' ? { ...menu, days: [] } : menu));
}

/** fetch, answering this story book's lunch API while a story shows the app; others pass on. */
let realFetch: typeof fetch | undefined;
let showing = 0;
function stubApi(): () => void {
  if (showing++ === 0) {
    const passOn = globalThis.fetch.bind(globalThis);
    realFetch = globalThis.fetch;
    globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      return url.origin === API ? answer(url) : passOn(input, init);
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
 * Shows Kouluruoka in a test shell while it is in the page: mounted when connected, unmounted (and
 * the stub removed) when the story goes.
 */
class LunchStory extends HTMLElement {
  #shell: TestShell | undefined;
  #unstub: (() => void) | undefined;

  connectedCallback(): void {
    const person = PEOPLE[(this.getAttribute('person') ?? 'pupil') as Person];
    const locale: unknown = this.getAttribute('locale');
    this.#unstub = stubApi();
    const shell = createTestShell({
      appId: 'lunch',
      user: person.user,
      actingAs: person.actingAs,
      locale: isLocale(locale) ? locale : 'fi',
      userFields: ['schools'],
      audience: API,
      apiUrl: `${API}/${this.getAttribute('scenario') ?? 'menu'}`,
    });
    this.#shell = shell;
    this.append(shell.container);
    void shell.mount(createLunchApp());
  }

  disconnectedCallback(): void {
    void this.#shell?.dispose();
    this.#shell = undefined;
    this.#unstub?.();
    this.#unstub = undefined;
  }
}
if (!customElements.get('lunch-story')) customElements.define('lunch-story', LunchStory);

interface Args {
  person: Person;
  scenario: Scenario;
}

const meta: Meta<Args> = {
  title: 'Apps/Lunch',
  args: { person: 'pupil', scenario: 'menu' },
  argTypes: {
    person: { control: 'select', options: Object.keys(PEOPLE) },
    scenario: { control: 'select', options: ['menu', 'session-expired', 'empty-week', 'loading'] },
  },
  parameters: { layout: 'padded' },
  render: (args, context) => {
    const locale: unknown = context.globals.locale;
    const lang: Locale = isLocale(locale) ? locale : 'fi';
    return html`<lunch-story
      person=${args.person}
      scenario=${args.scenario}
      locale=${lang}
    ></lunch-story>`;
  },
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
