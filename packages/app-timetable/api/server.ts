/**
 * The timetable app's API, for development and tests: `GET /week`, protected by access tokens of
 * DigiOne's local identity provider for the app's own audience (the manifest's `api.audience`).
 *
 *   GET /week?week=2026-W48                   the caller's own week: a pupil's class, or a teacher's
 *                                             lessons in their first school
 *   GET /week?week=2026-W48&school=09231      a teacher's lessons in that school (a pupil may name
 *                                             their own school)
 *   GET /week?week=2026-W48&child=<id>        a guardian's child's class week
 *
 * `week` defaults to the current ISO week. 400 for a malformed week or query, 403 for a school or
 * child that is not the caller's (and for roles without a timetable), 401 before any of this for a
 * missing or wrong token.
 */
import {
  ApiError,
  manifestAudience,
  schoolsWhere,
  startAppApi,
  userBySub,
  type ApiRequest,
  type ApiResponse,
  type ApiRoute,
  type AppApiOptions,
  type RunningProtectedApi,
  type SchoolClaim,
  type SchoolRole,
  type TestUser,
  type VerifiedToken,
} from '@digione/dev-idp';
import {
  classOf,
  classWeek,
  isoWeekOf,
  lessonsOn,
  teacherWeek,
  weekSpan,
  type Slot,
} from './data.js';
import type { TimetableWeek } from '../src/types.js';

/** The audience the API accepts tokens for, from the app's manifest. */
export const AUDIENCE = manifestAudience(new URL('../manifest.json', import.meta.url));

export interface TimetableApiOptions extends AppApiOptions {
  /** The moment "the current week" is taken from (default: the server's clock). */
  readonly now?: () => Date;
}

function refuse(description: string): never {
  throw new ApiError(403, 'forbidden', description);
}

/** Whose week it is, and its weekly pattern. */
interface Whose {
  readonly view: TimetableWeek['view'];
  readonly person: string;
  readonly group?: string;
  readonly school: SchoolClaim;
  /** The prefix of the lessons' ids. */
  readonly key: string;
  readonly slots: readonly Slot[];
}

/**
 * Whose week the caller asks for, and may see; refuses (403) anything else. A teacher's and a
 * pupil's schools are those where the token says they hold that role (a principal of one school
 * who teaches at another has a teacher's week only at the other).
 */
function resolve(
  user: TestUser,
  token: VerifiedToken,
  school: string | null,
  child: string | null,
): Whose {
  const where = (role: SchoolRole): SchoolClaim[] =>
    schoolsWhere(token, role).flatMap((code) => user.schools.filter((s) => s.code === code));
  if (child !== null) {
    const own = user.roles.includes('guardian')
      ? user.children?.find((c) => c.id === child)
      : undefined;
    if (!own) refuse('the child is not one of yours');
    const group = classOf(own.id);
    return {
      view: 'class',
      person: `${own.given_name} ${own.family_name}`,
      ...(group ? { group } : {}),
      school: own.school,
      key: `${own.school.code}-${group ?? 'none'}`,
      slots: group ? classWeek(own.school.code, group) : [],
    };
  }
  const teaches = where('teacher');
  if (teaches.length > 0) {
    const at = school === null ? teaches.at(0) : teaches.find((s) => s.code === school);
    if (!at) refuse('you do not teach in that school');
    return {
      view: 'teacher',
      person: `${user.givenName} ${user.familyName}`,
      school: at,
      key: `${at.code}-t${user.sub.slice(0, 8)}`,
      slots: teacherWeek(user.sub, at.code),
    };
  }
  const learns = where('learner');
  if (learns.length > 0) {
    const own = learns.at(0);
    if (!own || (school !== null && school !== own.code)) refuse('that is not your school');
    // The register's class, or the one the identity provider tells.
    const group = classOf(user.sub) ?? user.group;
    return {
      view: 'class',
      person: `${user.givenName} ${user.familyName}`,
      ...(group ? { group } : {}),
      school: own,
      key: `${own.code}-${group ?? 'none'}`,
      slots: group ? classWeek(own.code, group) : [],
    };
  }
  if (user.roles.includes('guardian') && school === null) {
    // A guardian who names no child sees their first child's week.
    const first = user.children?.[0];
    if (first) return resolve(user, token, null, first.id);
  }
  return refuse('your role has no timetable here');
}

/** The `GET /week` route. */
export function weekRoute(now: () => Date = () => new Date()): ApiRoute {
  return {
    method: 'GET',
    path: '/week',
    handle({ token, query }: ApiRequest): ApiResponse {
      const week = query.get('week') ?? isoWeekOf(now());
      const span = weekSpan(week);
      if (!span) {
        throw new ApiError(
          400,
          'invalid_week',
          'week must be an ISO week of the form 2026-W48 that exists in its year',
        );
      }
      const school = query.get('school');
      const child = query.get('child');
      if (school !== null && child !== null) {
        throw new ApiError(400, 'invalid_request', 'name a school or a child, not both');
      }
      if (school === '' || child === '') {
        throw new ApiError(400, 'invalid_request', 'school and child cannot be empty');
      }
      const user = userBySub(token.sub);
      if (!user) refuse('the signed-in person is not known to the school register');
      const whose = resolve(user, token, school, child);
      const body: TimetableWeek = {
        ...span,
        view: whose.view,
        person: whose.person,
        ...(whose.group ? { group: whose.group } : {}),
        school: { code: whose.school.code, name: whose.school.name },
        lessons: lessonsOn(whose.slots, week, whose.key),
      };
      return { body };
    },
  };
}

/** Starts the timetable API; resolves when it listens. `stop()` ends it. */
export function startApi(options: TimetableApiOptions): Promise<RunningProtectedApi> {
  return startAppApi(AUDIENCE, options, [weekRoute(options.now)]);
}
