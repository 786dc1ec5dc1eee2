/**
 * What Kouluruoka's unit tests share: the test people of DigiOne's local identity provider, a fake
 * of the lunch API answering with the development API's own menus, mounting the app as the portal
 * does, and reading what it shows.
 */
import { actingAsChoicesFor } from '@digione/sdk/host';
import type { ActingAs, DigiOneUser } from '@digione/sdk';
import {
  deepText,
  fakeApi,
  mountApp,
  testPerson,
  type ApiCall,
  type ApiHandler,
  type FakeApi,
  type MountOptions,
  type MountedApp,
} from '@digione/sdk/testing';
import { isoWeekOf, weekMenu } from '../api/data.js';
import { waitFor } from '../../../test/support/unit-wait.js';
import lunch from './index.js';
import type { WeekMenu } from './types.js';

export { lunch, waitFor };

export const API = 'https://api.lunch.test';
export const AUDIENCE = 'https://api.lunch.example.fi';

export const PUPIL = testPerson('pupil').user;
export const TEACHER = testPerson('teacher').user;
export const PRINCIPAL = testPerson('principal').user;
export const GUARDIAN = testPerson('guardian').user;
const LUMIKORPI = PUPIL.schools;
/**
 * A member of the school's staff: the local identity provider has no staff person, and the app
 * serves staff too (the manifest's roles), so this one is the tests' own.
 */
export const STAFF: DigiOneUser = {
  id: 'staff',
  givenName: 'Pirjo',
  familyName: 'Laaksonen',
  roles: ['staff'],
  schools: LUMIKORPI,
};

/** The schools of the test people, by code. */
const SCHOOLS = new Map(
  [...TEACHER.schools, ...(GUARDIAN.children ?? []).map((c) => c.school)].map((s) => [s.code, s]),
);

/** Where `user` can act as `role`, as the shell offers it: the choice labelled `label`. */
export function choice(user: DigiOneUser, role: ActingAs['role'], label: string): ActingAs {
  const found = actingAsChoicesFor(user, role).find((c) => c.label === label);
  if (!found) throw new Error(`no acting-as "${label}"`);
  return found;
}

/** The week's menu of the school the call asks for, as the development API has it. */
export function menuOf(call: ApiCall): WeekMenu | undefined {
  const school = SCHOOLS.get(call.url.searchParams.get('school') ?? '');
  const week = call.url.searchParams.get('week') ?? '';
  return school ? weekMenu(school.code, school.name, week) : undefined;
}

/** The API as it answers: each school's menu, for the week asked; 403 for any other school. */
export const realMenus: ApiHandler = (call) => {
  const menu = menuOf(call);
  return menu ? { body: menu } : { status: 403, body: { error: 'forbidden' } };
};

/** The API answering with the real menus changed by `change`. */
export const changedMenus =
  (change: (menu: WeekMenu) => WeekMenu): ApiHandler =>
  (call) => {
    const menu = menuOf(call);
    return menu ? { body: change(menu) } : { status: 403, body: { error: 'forbidden' } };
  };

/**
 * The lunch API and the mounted app of each test, put in place before it and taken away after:
 * `api.answer(...)` changes what the API says, `mount(...)` shows the app.
 */
export function lunchTest(): {
  readonly api: () => FakeApi;
  readonly mount: (options: MountOptions) => Promise<MountedApp>;
} {
  let api: FakeApi | undefined;
  let mounted: MountedApp | undefined;
  beforeEach(() => {
    api = fakeApi(API, realMenus);
  });
  afterEach(async () => {
    await mounted?.unmount();
    mounted = undefined;
    api?.restore();
  });
  return {
    api: () => {
      if (!api) throw new Error('The fake lunch API is in place during a test only.');
      return api;
    },
    mount: async (options) => {
      mounted = await mountApp(lunch, {
        appId: 'lunch',
        userFields: ['schools'],
        audience: AUDIENCE,
        apiUrl: API,
        accessToken: () => 'token-for-lunch',
        ...options,
      });
      return mounted;
    },
  };
}

/** The schools the app asked for, in order. */
export const schoolsAsked = (api: FakeApi): (string | null)[] =>
  api.calls.map((c) => c.url.searchParams.get('school'));

export const text = (app: MountedApp): string => deepText(app.container).replace(/\s+/g, ' ');

/** Waits until the app shows `wanted`. */
export async function shows(app: MountedApp, wanted: string): Promise<void> {
  await waitFor(
    () => text(app).includes(wanted),
    () => `the app did not show "${wanted}"; it shows "${text(app)}"`,
  );
}

export const thisWeek = (): string => isoWeekOf(new Date());

export function days(app: MountedApp): HTMLLIElement[] {
  return [...app.container.querySelectorAll<HTMLLIElement>('.lunch-days > li')];
}

/** A day card's heading: the weekday and date (and "today"). */
export function dayHeading(day: HTMLLIElement | undefined): string {
  return day?.querySelector('[slot="heading"]')?.textContent ?? '';
}

export function panel(app: MountedApp): HTMLElement | null {
  return app.container.querySelector('d1-error-panel');
}
