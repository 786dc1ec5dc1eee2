import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { appStory, storyPerson, type StoryPerson } from './app-story.js';
import absences from '../packages/app-absences/src/index.js';
import manifest from '../packages/app-absences/manifest.json' with { type: 'json' };
import { addDays, isoWeek, mondayOf, today } from '../packages/app-absences/src/dates.js';
import type { GuardianAbsence, TeacherAbsence } from '../packages/app-absences/src/types.js';

/**
 * Poissaolot (absence notices) in a test shell. In the portal the app runs in a frame of its own;
 * here its element is mounted directly, with the same lifecycles, and its API is a stub that
 * answers only while a story shows the app.
 */

/** What the stubbed API does in a story. */
type Scenario = 'working' | 'session-expired' | 'no-absences' | 'loading';
type Person = 'guardian-aino' | 'teacher-lumikorpi' | 'guardian-none';

const API = 'https://api.absences.example.fi';

const PEOPLE: Record<Person, StoryPerson> = {
  'guardian-aino': storyPerson('guardian', 0),
  'teacher-lumikorpi': storyPerson('teacher', 0),
  'guardian-none': storyPerson('guardian', null),
};
/** Aino Mäkelä's id, as her guardian's acting-as choice carries it. */
const AINO = PEOPLE['guardian-aino'].actingAs?.child?.id ?? '';

const DAY = today();
const MONDAY = mondayOf(DAY);

/** Aino's absences this term, as the API tells her guardian. */
function ainoAbsences(): GuardianAbsence[] {
  return [
    {
      id: 'poissaolo-2',
      childId: AINO,
      start: addDays(DAY, 10),
      end: addDays(DAY, 11),
      reason: 'other',
      reasonText: 'Perheen matka isovanhempien luo Ouluun',
      message: 'Aino lukee matkan aikana äidinkielen kirjaa ja tekee sovitut tehtävät.',
      reportedAt: `${addDays(MONDAY, -3)}T18:41:00.000Z`,
      acknowledged: false,
      cancellable: true,
    },
    {
      id: 'poissaolo-1',
      childId: AINO,
      start: addDays(MONDAY, -14),
      end: addDays(MONDAY, -13),
      reason: 'illness',
      message: 'Ainolla on flunssa. Hän tekee matematiikan kotitehtävät, kun jaksaa.',
      reportedAt: `${addDays(MONDAY, -14)}T05:12:00.000Z`,
      acknowledged: true,
      cancellable: false,
    },
  ];
}

/** The week's absences in Mikko's groups 7B and 8A at Lumikorven koulu. */
function weekAbsences(): TeacherAbsence[] {
  return [
    {
      id: 'poissaolo-4',
      pupil: { id: 'onni', name: 'Onni Virtanen', group: '7B' },
      start: DAY,
      end: DAY,
      reason: 'illness',
      message: 'Onnilla on kuumetta. Toivottavasti hän pääsee huomenna kouluun.',
      reportedAt: `${DAY}T05:03:00.000Z`,
      acknowledged: false,
    },
    {
      id: 'poissaolo-6',
      pupil: { id: 'venla', name: 'Venla Koskinen', group: '8A' },
      start: MONDAY,
      end: addDays(MONDAY, 1),
      reason: 'illness',
      reportedAt: `${MONDAY}T05:40:00.000Z`,
      acknowledged: true,
    },
    {
      id: 'poissaolo-5',
      pupil: { id: 'helmi', name: 'Helmi Laine', group: '7B' },
      start: addDays(MONDAY, 3),
      end: addDays(MONDAY, 4),
      reason: 'other',
      reasonText: 'Uimaseuran leiri Kuortaneella',
      message: 'Helmi tekee leirin aikana jäävät tehtävät ensi viikolla.',
      reportedAt: `${addDays(MONDAY, -4)}T16:30:00.000Z`,
      acknowledged: false,
    },
  ];
}

const json = (body: unknown, status = 200): Response =>
  new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

/** A small API for one story: its scenario, and what the person reports and acknowledges. */
function storyApi(
  scenario: Scenario,
): (method: string, url: URL, body: unknown) => Promise<Response> {
  let guardian = scenario === 'no-absences' ? [] : ainoAbsences();
  const teacher = scenario === 'no-absences' ? [] : weekAbsences();
  let next = 20;
  return (method, url, body) => {
    if (scenario === 'loading') return new Promise<Response>(() => undefined);
    if (scenario === 'session-expired')
      return Promise.resolve(json({ error: 'invalid_token' }, 401));
    const path = url.pathname.replace(/^\/[^/]+/, '');
    if (method === 'GET' && url.searchParams.has('child')) {
      const own = url.searchParams.get('child') === AINO ? guardian : [];
      return Promise.resolve(json({ term: { from: DAY, to: DAY }, absences: own }));
    }
    if (method === 'GET') {
      return Promise.resolve(
        json({
          week: url.searchParams.get('week') ?? isoWeek(DAY),
          from: MONDAY,
          to: addDays(MONDAY, 6),
          groups: ['7B', '8A'],
          absences: teacher,
        }),
      );
    }
    if (method === 'POST' && path === '/absences') {
      const report = body as Partial<Record<string, string>>;
      const created: GuardianAbsence = {
        id: `poissaolo-${String(next++)}`,
        childId: report.child ?? '',
        start: report.start ?? DAY,
        end: report.end ?? DAY,
        reason: report.reason === 'other' ? 'other' : 'illness',
        ...(report.reasonText ? { reasonText: report.reasonText } : {}),
        ...(report.message ? { message: report.message } : {}),
        reportedAt: new Date().toISOString(),
        acknowledged: false,
        cancellable: (report.start ?? DAY) > DAY,
      };
      guardian = [created, ...guardian];
      return Promise.resolve(json(created, 201));
    }
    if (method === 'DELETE') {
      guardian = guardian.filter((a) => !path.endsWith(`/${a.id}`));
      return Promise.resolve(json(null, 204));
    }
    const absence = teacher.find((a) => path === `/absences/${a.id}/acknowledge`);
    if (method === 'POST' && absence) {
      const acknowledged = { ...absence, acknowledged: true };
      teacher.splice(teacher.indexOf(absence), 1, acknowledged);
      return Promise.resolve(json(acknowledged));
    }
    return Promise.resolve(json({ error: 'not_found' }, 404));
  };
}

/** Each story's API answers under its own path of the API's origin. */
const apis = new Map<string, ReturnType<typeof storyApi>>();
let stories = 0;

function answer(url: URL, init: RequestInit | undefined): Promise<Response> {
  const api = apis.get(url.pathname.split('/')[1] ?? '');
  if (!api) return Promise.resolve(json({ error: 'not_found' }, 404));
  const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
  return api(init?.method ?? 'GET', url, body);
}

interface Args {
  person: Person;
  scenario: Scenario;
}

const meta: Meta<Args> = {
  title: 'Apps/Absences',
  ...appStory<Args>({
    tag: 'absences-story',
    choices: {
      person: ['guardian-aino', 'teacher-lumikorpi', 'guardian-none'],
      scenario: ['working', 'session-expired', 'no-absences', 'loading'],
    },
    manifest,
    person: ({ person }) => PEOPLE[person],
    // Each story's own API, under a path of its own.
    api: { origin: API, answer, path: () => `story-${String(++stories)}` },
    started: ({ scenario }, apiUrl) => {
      const key = apiUrl.slice(API.length + 1);
      apis.set(key, storyApi(scenario));
      return () => apis.delete(key);
    },
    app: () => absences,
  }),
};
export default meta;
type Story = StoryObj<Args>;

/** Sanna Mäkelä reports an absence for Aino and sees Aino's absences this term. */
export const Guardian: Story = {};
/** Mikko Korhonen, acting in Lumikorven koulu: his groups' absences today and this week. */
export const Teacher: Story = { args: { person: 'teacher-lumikorpi' } };
/** A guardian who has not chosen a child yet. */
export const NothingChosen: Story = { args: { person: 'guardian-none' } };
/** No absences reported this term. */
export const NoAbsences: Story = { args: { scenario: 'no-absences' } };
/** The teacher's session is not accepted by the API (401). */
export const SessionNotAccepted: Story = {
  args: { person: 'teacher-lumikorpi', scenario: 'session-expired' },
};
export const Loading: Story = { args: { scenario: 'loading' } };
