/**
 * What the Assessment app's unit tests share: the API in the browser (`fake-api.ts`) put in
 * place with the SDK testing kit's `fakeApi`; the test people (the local identity provider's
 * Mikko Korhonen and Leena Nieminen, as the kit has them); mounting the app; and finding and using
 * what it shows as a person does. Never part of the app's bundle.
 */
import { actingAsChoicesFor } from '@digione/sdk/host';
import type { ActingAs } from '@digione/sdk';
import {
  actingAsOf,
  deepText,
  fakeApi,
  mountApp,
  testPerson,
  type ApiAnswer,
  type ApiCall,
  type FakeApi,
  type MountOptions,
  type MountedApp,
} from '@digione/sdk/testing';
import type { D1Select, D1TextField } from '@digione/components';
import assessment from './index.js';
import { waitFor } from '../../../test/support/unit-wait.js';
import { KIVIMAKI, createFakeApi } from './fake-api.js';

// ---------------------------------------------------------------------------------------------
// The test people, the fake API in place, and mounting

export const API = 'https://api.assessment.example.fi';

/** Mikko Korhonen, teacher at Lumikorven koulu and Kivimäen yhtenäiskoulu. */
export const TEACHER = testPerson('teacher').user;
/** Leena Nieminen, principal of Kivimäen yhtenäiskoulu. */
export const PRINCIPAL = testPerson('principal').user;

/** Mikko acting in Lumikorven koulu, as the portal starts him. */
export const TEACHER_AT_LUMIKORPI = actingAsOf(TEACHER, 'teacher');
/** Mikko acting in Kivimäen yhtenäiskoulu, his other school. */
export const TEACHER_AT_KIVIMAKI: ActingAs | undefined = actingAsChoicesFor(
  TEACHER,
  'teacher',
).find((choice) => choice.school?.code === KIVIMAKI.code);

export const BASE: MountOptions = {
  appId: 'assessment',
  audience: API,
  apiUrl: API,
  userFields: [],
  accessToken: () => 'token-for-assessment',
};

export const TEACHER_OPTIONS: MountOptions = {
  ...BASE,
  user: TEACHER,
  actingAs: TEACHER_AT_LUMIKORPI,
};

export const PRINCIPAL_OPTIONS: MountOptions = {
  ...BASE,
  user: PRINCIPAL,
  actingAs: actingAsOf(PRINCIPAL, 'principal'),
};

/** Answers a call before the fixture API does, or leaves it to it (undefined). */
export type Override = (call: ApiCall) => ApiAnswer | Promise<ApiAnswer>;

let api: FakeApi | undefined;
let mounted: MountedApp | undefined;

/** Puts the fixture API in place for the test, `override` answering first. */
export function useApi(override?: Override): FakeApi {
  const fixture = createFakeApi();
  api = fakeApi(
    API,
    async (call) => (await override?.(call)) ?? fixture.answer(call.method, call.path, call.body),
  );
  return api;
}

/** Mounts the app with the fixture API (`override` answering first). */
export async function mount(options: MountOptions, override?: Override) {
  const { calls } = useApi(override);
  mounted = await mountApp(assessment, options);
  return { app: mounted, calls };
}

/** Unmounts the test's app and takes its fake API away: each test file's `afterEach`. */
export async function cleanUp(): Promise<void> {
  await mounted?.unmount();
  mounted = undefined;
  api?.restore();
  api = undefined;
}

// ---------------------------------------------------------------------------------------------
// Finding and using what the app shows

/** The shadow root of the app's element. */
/** `value`, which the test needs to be there. */
function found<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`no ${what}`);
  return value;
}

export function appRoot(app: MountedApp): ShadowRoot {
  const root = app.container.querySelector('assessment-app')?.shadowRoot;
  if (!root) throw new Error('the app element is not rendered');
  return root;
}

/** The shadow root of the view the app shows (teacher or principal), once it is there. */
export async function viewRoot(app: MountedApp, tag: string): Promise<ShadowRoot> {
  await waitFor(() => appRoot(app).querySelector(tag)?.shadowRoot, `no <${tag}>`);
  return found(appRoot(app).querySelector(tag)?.shadowRoot, `<${tag}>`);
}

export const teacherView = (app: MountedApp) => viewRoot(app, 'assessment-teacher-view');
export const principalView = (app: MountedApp) => viewRoot(app, 'assessment-principal-view');

/** Waits until the view shows `text` (open shadow roots included). */
export async function untilText(root: ShadowRoot, text: string): Promise<void> {
  await waitFor(
    () => deepText(root).includes(text),
    () => `expected "${text}", saw: ${deepText(root).replace(/\s+/g, ' ').slice(0, 400)}`,
  );
}

/** The pupil's fieldset: its legend is the pupil's name. */
export function pupilFields(root: ShadowRoot, name: string): HTMLFieldSetElement {
  const fieldset = [...root.querySelectorAll('fieldset')].find((each) =>
    each.querySelector('legend')?.textContent.includes(name),
  );
  if (!fieldset) throw new Error(`no fields for ${name}`);
  return fieldset;
}

/** Chooses a grade as a person does: in the native select inside `<d1-select>`. */
export async function chooseGrade(root: ShadowRoot, pupil: string, grade: string): Promise<void> {
  const select = found(pupilFields(root, pupil).querySelector<D1Select>('d1-select'), 'grade');
  const native = found(select.shadowRoot?.querySelector('select'), 'native select');
  native.value = grade;
  native.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  native.dispatchEvent(new Event('change', { bubbles: true }));
  await select.updateComplete;
}

/** Types feedback as a person does: in the native text area inside `<d1-text-field>`. */
export async function typeFeedback(root: ShadowRoot, pupil: string, text: string): Promise<void> {
  const field = found(
    pupilFields(root, pupil).querySelector<D1TextField>('d1-text-field'),
    'feedback',
  );
  const native = found(field.shadowRoot?.querySelector('textarea'), 'native text area');
  native.value = text;
  native.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await field.updateComplete;
}

/** The options the group select lists, by label. */
export function groupOptions(root: ShadowRoot): string[] {
  const select = root.querySelector<D1Select>('d1-select[name="group"]');
  return [...(select?.shadowRoot?.querySelectorAll('option') ?? [])].map((o) => o.label);
}

/** The d1-button whose text is `label`. */
export function button(root: ShadowRoot, label: string): HTMLElement {
  const found = [...root.querySelectorAll<HTMLElement>('d1-button')].find((each) =>
    each.textContent.includes(label),
  );
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}
