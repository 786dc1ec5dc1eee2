import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { actingAsChoicesFor, type ActingAs, type DigiOneUser, type School } from '@digione/sdk';
import { defineAppStory } from './app-story.js';
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

defineAppStory('lunch-story', {
  // A new instance per story: the docs page shows several at once.
  app: () => createLunchApp(),
  api: { origin: API, answer },
  shell: (element, locale) => {
    const person = PEOPLE[(element.getAttribute('person') ?? 'pupil') as Person];
    return {
      options: {
        appId: 'lunch',
        user: person.user,
        actingAs: person.actingAs,
        locale,
        userFields: ['schools'],
        audience: API,
        apiUrl: `${API}/${element.getAttribute('scenario') ?? 'menu'}`,
      },
    };
  },
});

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
