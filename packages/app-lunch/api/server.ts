/**
 * The Kouluruoka API for development and tests: `GET /menu?school=<code>&week=<ISO week>` answers
 * one school's lunch menu for one week. Behind DigiOne's access-token checks (`startProtectedApi`
 * of the local identity provider): only a token for the app's own audience gets in, and a person
 * sees only the menus of their own schools — a pupil's, teacher's, principal's or staff member's
 * schools, a guardian's children's schools.
 *
 *   const api = await startApi({ issuer, allowedOrigins: ['http://127.0.0.1:5173'] });
 *   // GET `${api.url}/menu?school=09231&week=2025-W03` with `Authorization: Bearer <token>`
 */
import {
  ApiError,
  manifestAudience,
  startAppApi,
  TEST_SCHOOLS,
  userBySub,
  type ApiRoute,
  type AppApiOptions,
  type RunningProtectedApi,
  type TestUser,
} from '@digione/dev-idp';
import type { WeekMenu } from '../src/types.js';
import { isoWeekOf, mondayOf, weekMenu } from './data.js';

/** What the API is started with. */
export type LunchApiOptions = AppApiOptions;

/** The app's API audience, from its manifest: the API accepts tokens for it alone. */
export const AUDIENCE = manifestAudience(new URL('../manifest.json', import.meta.url));

/** The codes of the schools whose menus `user` may see. */
export function schoolsOf(user: TestUser): Set<string> {
  return new Set([
    ...user.schools.map((school) => school.code),
    ...(user.children ?? []).map((child) => child.school.code),
  ]);
}

const SCHOOL_NAMES = new Map<string, string>(
  Object.values(TEST_SCHOOLS).map((school) => [school.code, school.name]),
);

/** The menu of `school` in `week` (default the current week), for the person with `sub`. */
export function menuFor(sub: string, school: string | null, week: string | null): WeekMenu {
  if (!school) {
    throw new ApiError(400, 'invalid_request', 'the query parameter "school" is required');
  }
  const isoWeek = week ?? isoWeekOf(new Date());
  if (!mondayOf(isoWeek)) {
    throw new ApiError(
      400,
      'invalid_request',
      'the query parameter "week" must be an ISO week like 2025-W03',
    );
  }
  const user = userBySub(sub);
  if (!user || !schoolsOf(user).has(school)) {
    throw new ApiError(403, 'forbidden', 'you may see the menus of your own schools only');
  }
  const name = SCHOOL_NAMES.get(school);
  const menu = name === undefined ? undefined : weekMenu(school, name, isoWeek);
  if (!menu) throw new ApiError(404, 'not_found', 'this school publishes no menu here');
  return menu;
}

const routes: readonly ApiRoute[] = [
  {
    method: 'GET',
    path: '/menu',
    handle: ({ token, query }) => ({
      body: menuFor(token.sub, query.get('school'), query.get('week')),
    }),
  },
];

/** Starts the API and resolves when it listens; `stop()` ends it. */
export function startApi(options: LunchApiOptions): Promise<RunningProtectedApi> {
  return startAppApi(AUDIENCE, options, routes);
}
