/**
 * What the unit tests of "Poissaolot" share: the test people (the local identity provider's, as
 * the SDK's testing kit has them), the absences a fake API answers with, a working fake of the API
 * on the kit's `fakeApi`, mounting the app, and finding and using what it shows as a person does.
 */
import { actingAsChoicesFor } from '@digione/sdk/host';
import type { ActingAs, DigiOneUser } from '@digione/sdk';
import {
  actingAsOf,
  deepText,
  fakeApi,
  mountApp,
  testPerson,
  type ApiHandler,
  type FakeApi,
  type MountOptions,
  type MountedApp,
} from '@digione/sdk/testing';
import absences from './index.js';
import { addDays, today } from './dates.js';
import type { GuardianAbsence, TeacherAbsence } from './types.js';
import { waitFor } from '../../../test/support/unit-wait.js';

export const API = 'https://api.absences.example.fi';
export const AUDIENCE = 'https://api.absences.example.fi';

/** Sanna Mäkelä, guardian of Aino (Lumikorven koulu) and Eetu (Merituulen koulu). */
export const SANNA = testPerson('guardian').user;
/** Mikko Korhonen, teacher at Lumikorven koulu and Kivimäen yhtenäiskoulu. */
export const MIKKO = testPerson('teacher').user;

function childOf(user: DigiOneUser, givenName: string) {
  const child = user.children?.find((c) => c.givenName === givenName);
  if (!child) throw new Error(`${user.givenName} has no child ${givenName}`);
  return child;
}
export const AINO = childOf(SANNA, 'Aino');
export const EETU = childOf(SANNA, 'Eetu');

function choice(user: DigiOneUser, role: 'guardian' | 'teacher', id: string): ActingAs {
  const found = actingAsChoicesFor(user, role).find((c) => c.id === id);
  if (!found) throw new Error(`no acting-as choice ${id}`);
  return found;
}
/** Sanna acting for Aino, as the portal starts her. */
export const AS_AINO = actingAsOf(SANNA, 'guardian');
export const AS_EETU = choice(SANNA, 'guardian', `child:${EETU.id}`);
/** Mikko acting in Lumikorven koulu, as the portal starts him. */
export const AT_LUMIKORPI = actingAsOf(MIKKO, 'teacher');

export const DAY = today();

export const AINO_ABSENCES: GuardianAbsence[] = [
  {
    id: 'poissaolo-2',
    childId: AINO.id,
    start: addDays(DAY, 10),
    end: addDays(DAY, 11),
    reason: 'other',
    reasonText: 'Perheen matka Ouluun',
    reportedAt: '2025-11-14T18:41:00.000Z',
    acknowledged: false,
    cancellable: true,
  },
  {
    id: 'poissaolo-1',
    childId: AINO.id,
    start: addDays(DAY, -20),
    end: addDays(DAY, -19),
    reason: 'illness',
    message: 'Ainolla on flunssa.',
    reportedAt: '2025-10-27T05:12:00.000Z',
    acknowledged: true,
    cancellable: false,
  },
];

export const WEEK_ABSENCES: TeacherAbsence[] = [
  {
    id: 'poissaolo-4',
    pupil: { id: 'oppilas-onni', name: 'Onni Virtanen', group: '7B' },
    start: DAY,
    end: DAY,
    reason: 'illness',
    message: 'Onnilla on kuumetta.',
    reportedAt: '2025-11-20T05:03:00.000Z',
    acknowledged: false,
  },
  {
    id: 'poissaolo-6',
    pupil: { id: 'oppilas-venla', name: 'Venla Koskinen', group: '8A' },
    start: DAY,
    end: addDays(DAY, 1),
    reason: 'illness',
    reportedAt: '2025-11-17T05:40:00.000Z',
    acknowledged: true,
  },
  {
    id: 'poissaolo-5',
    pupil: { id: 'oppilas-helmi', name: 'Helmi Laine', group: '7B' },
    start: addDays(DAY, 2),
    end: addDays(DAY, 3),
    reason: 'other',
    reasonText: 'Uimaseuran leiri Kuortaneella',
    reportedAt: '2025-11-13T16:30:00.000Z',
    acknowledged: false,
  },
];

/** A working API: a guardian's list, a teacher's week, reports, cancels, acknowledgements. */
export function workingApi(): ApiHandler {
  const reported: GuardianAbsence[] = [];
  const teacher = WEEK_ABSENCES.map((a) => ({ ...a }));
  return (call) => {
    const path = call.url.pathname;
    if (call.method === 'GET' && path === '/absences' && call.url.searchParams.has('child')) {
      const child = call.url.searchParams.get('child');
      const own = child === AINO.id ? [...reported, ...AINO_ABSENCES] : [];
      return { status: 200, body: { term: { from: DAY, to: DAY }, absences: own } };
    }
    if (call.method === 'GET' && path === '/absences') {
      const { from, to } = { from: addDays(DAY, -3), to: addDays(DAY, 3) };
      return {
        status: 200,
        body: {
          week: call.url.searchParams.get('week'),
          from,
          to,
          groups: ['7B', '8A'],
          absences: teacher,
        },
      };
    }
    if (call.method === 'POST' && path === '/absences') {
      const body = call.body as Partial<Record<string, string>>;
      const created: GuardianAbsence = {
        id: `poissaolo-${String(10 + reported.length)}`,
        childId: body.child ?? '',
        start: body.start ?? '',
        end: body.end ?? '',
        reason: body.reason === 'other' ? 'other' : 'illness',
        reportedAt: new Date().toISOString(),
        acknowledged: false,
        cancellable: true,
      };
      reported.unshift(created);
      return { status: 201, body: created };
    }
    if (call.method === 'DELETE') return new Response(null, { status: 204 });
    const acknowledge = /^\/absences\/([^/]+)\/acknowledge$/.exec(path);
    if (call.method === 'POST' && acknowledge) {
      const absence = teacher.find((a) => a.id === acknowledge[1]);
      if (!absence) return { status: 404, body: { error: 'not_found' } };
      absence.acknowledged = true;
      return { status: 200, body: absence };
    }
    return { status: 404, body: { error: 'not_found' } };
  };
}

// ---------------------------------------------------------------------------------------------
// Mounting and finding things

let mounted: MountedApp | undefined;
let api: FakeApi | undefined;

/** Puts a fake of the app's API in place for the test: a working one unless `handler` says otherwise. */
export function useApi(handler: ApiHandler = workingApi()): FakeApi {
  api = fakeApi(API, handler);
  return api;
}

/** Unmounts the test's app and takes its fake API away: each test file's `afterEach`. */
export async function cleanUp(): Promise<void> {
  await mounted?.unmount();
  mounted = undefined;
  api?.restore();
  api = undefined;
}

export const baseOptions: MountOptions = {
  appId: 'absences',
  userFields: [],
  audience: AUDIENCE,
  apiUrl: API,
};

export async function mount(options: MountOptions): Promise<MountedApp> {
  mounted = await mountApp(absences, { ...baseOptions, ...options });
  return mounted;
}

export function appRoot(app: MountedApp): ShadowRoot {
  const element = app.container.querySelector('absences-app');
  if (!element?.shadowRoot) throw new Error('the app is not rendered');
  return element.shadowRoot;
}

export function view(app: MountedApp, tag: 'absences-guardian' | 'absences-teacher'): ShadowRoot {
  const element = appRoot(app).querySelector(tag);
  if (!element?.shadowRoot) throw new Error(`<${tag}> is not rendered`);
  return element.shadowRoot;
}

export const text = (app: MountedApp): string => deepText(app.container).replace(/\s+/g, ' ');

export async function shows(app: MountedApp, wanted: string): Promise<void> {
  await waitFor(() => text(app).includes(wanted), `the app never showed "${wanted}"`);
}

export function field(
  root: ShadowRoot,
  name: string,
): HTMLElement & { value: string; error: string } {
  const element = root.querySelector<HTMLElement & { value: string; error: string }>(
    `[name="${name}"]`,
  );
  if (!element) throw new Error(`no field ${name}`);
  return element;
}

/** Types or chooses a value the way a person does: in the native control, with its input event. */
export async function fill(root: ShadowRoot, name: string, value: string): Promise<void> {
  const element = field(root, name);
  const control = element.shadowRoot?.querySelector<
    HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement
  >('input, textarea, select');
  if (!control) throw new Error(`field ${name} has no control`);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

export function button(root: ShadowRoot | Element, label: string): HTMLElement {
  const found = [...root.querySelectorAll<HTMLElement>('d1-button')].find((b) =>
    deepText(b).replace(/\s+/g, ' ').trim().startsWith(label),
  );
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

/** Clicks a d1-button as a pointer would: on the native button in its shadow root. */
export function click(element: HTMLElement): void {
  const native = element.shadowRoot?.querySelector('button');
  if (!native) throw new Error('the d1-button has no native button');
  native.click();
}

export function submit(root: ShadowRoot): void {
  click(button(root, 'Lähetä ilmoitus'));
}

/** The element focused inside the shadow roots, from `root` (the document) down. */
export function focused(root: DocumentOrShadowRoot = document): Element | null {
  let active: Element | null = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
