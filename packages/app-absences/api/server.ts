/**
 * The absence notices API (Poissaolot): guardians report their children's absences and cancel
 * coming ones; teachers see the absences of the pupils of their own groups and acknowledge them.
 * Every request carries an access token for this API's audience (checked by `startAppApi`
 * before any route runs); the routes then check who the person is and what they may see.
 *
 *   GET    /absences?child=<id>                     a guardian: the child's absences this term
 *   POST   /absences                                a guardian: report an absence (400 with field errors)
 *   DELETE /absences/:id                            a guardian: cancel one they reported, before it starts
 *   GET    /absences?school=<code>&week=<YYYY-Www>  a teacher: the week's absences in their groups
 *   POST   /absences/:id/acknowledge                a teacher: mark an absence acknowledged
 */
import {
  ApiError,
  hasRoleAt,
  manifestAudience,
  startAppApi,
  userBySub,
  type ApiRoute,
  type AppApiOptions,
  type RunningProtectedApi,
  type TestUser,
  type VerifiedToken,
} from '@digione/dev-idp';
import { endOfISOWeek, format, isValid, parse, startOfISOWeek } from 'date-fns';
import {
  reportProblems,
  type AbsenceDetails,
  type AbsenceReason,
  type GuardianAbsence,
  type GuardianAbsenceList,
  type ReportRefusal,
  type TeacherAbsence,
  type TeacherAbsenceList,
  type IsoDate,
} from '../src/types.js';
import { pupilById, PUPILS, seedAbsences, TEACHER_GROUPS, type StoredAbsence } from './data.js';

/** What the API is started with. */
export type AbsencesApiOptions = AppApiOptions;

/** The API's audience, from the app's manifest: it accepts tokens for this audience alone. */
export const AUDIENCE = manifestAudience(new URL('../manifest.json', import.meta.url));

const DAY = 'yyyy-MM-dd';
const WEEK = "RRRR-'W'II";

/** Today, where the API runs (the school's day). */
function localToday(): IsoDate {
  return format(new Date(), DAY);
}

/** The Monday and Sunday of an ISO week written `YYYY-Www`, or undefined when it is no such week. */
function weekRange(week: string): { from: IsoDate; to: IsoDate } | undefined {
  if (!/^\d{4}-W\d{2}$/.test(week)) return undefined;
  const monday = parse(week, WEEK, new Date());
  // Week 53 exists only in some years: another week would come back as another text.
  if (!isValid(monday) || format(monday, WEEK) !== week) return undefined;
  return { from: format(startOfISOWeek(monday), DAY), to: format(endOfISOWeek(monday), DAY) };
}

/**
 * The school term `day` falls in: the autumn term from August to December, the spring term from
 * January to July (the summer holiday counts with the spring, whose absences are still shown).
 */
function termOf(day: IsoDate): { from: IsoDate; to: IsoDate } {
  const year = day.slice(0, 4);
  return Number(day.slice(5, 7)) >= 8
    ? { from: `${year}-08-01`, to: `${year}-12-31` }
    : { from: `${year}-01-01`, to: `${year}-07-31` };
}

/** Whether the days `from`…`to` and `start`…`end` share at least one day (ISO dates sort as text). */
function overlaps(from: IsoDate, to: IsoDate, start: IsoDate, end: IsoDate): boolean {
  return start <= to && end >= from;
}

function forbidden(description: string): ApiError {
  return new ApiError(403, 'forbidden', description);
}

function notFound(): ApiError {
  return new ApiError(404, 'not_found', 'no such absence');
}

function person(sub: string): TestUser {
  const user = userBySub(sub);
  if (!user) throw forbidden('the person is not known to this service');
  return user;
}

/** The guardian behind the token, who must be a guardian of `childId`. */
function guardianOf(sub: string, childId: string): TestUser {
  const user = person(sub);
  if (!user.roles.includes('guardian') || !user.children?.some((c) => c.id === childId)) {
    throw forbidden('only a guardian of the child may do this');
  }
  return user;
}

/**
 * The groups the teacher behind the token teaches at `school`; 403 unless the token says the
 * person is a teacher at that school (a role elsewhere does not count).
 */
function teacherGroups(token: VerifiedToken, school: string): readonly string[] {
  if (!hasRoleAt(token, 'teacher', school)) {
    throw forbidden('only a teacher of the school may do this');
  }
  return TEACHER_GROUPS[token.sub]?.[school] ?? [];
}

function optionalText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text === '' ? undefined : text;
}

/** Starts the API; `stop()` ends it. Each instance keeps its own absences, in memory. */
export async function startApi(options: AbsencesApiOptions): Promise<RunningProtectedApi> {
  const absences = new Map<string, StoredAbsence>(
    seedAbsences(localToday()).map((absence) => [absence.id, absence]),
  );
  let nextId = absences.size + 1;

  /** What the guardian and the teacher both see of an absence. */
  const detailsOf = (absence: StoredAbsence): AbsenceDetails => ({
    id: absence.id,
    start: absence.start,
    end: absence.end,
    reason: absence.reason,
    ...(absence.reasonText ? { reasonText: absence.reasonText } : {}),
    ...(absence.message ? { message: absence.message } : {}),
    reportedAt: absence.reportedAt,
    acknowledged: absence.acknowledgedBy !== undefined,
  });

  const forGuardian = (absence: StoredAbsence, sub: string, day: IsoDate): GuardianAbsence => ({
    ...detailsOf(absence),
    childId: absence.pupilId,
    cancellable: absence.reportedBy === sub && absence.start > day,
  });

  const forTeacher = (absence: StoredAbsence): TeacherAbsence => {
    const pupil = pupilById(absence.pupilId);
    return {
      ...detailsOf(absence),
      pupil: {
        id: absence.pupilId,
        name: pupil ? `${pupil.givenName} ${pupil.familyName}` : '',
        group: pupil?.group ?? '',
      },
    };
  };

  const byStart = (a: StoredAbsence, b: StoredAbsence): number =>
    a.start === b.start ? a.reportedAt.localeCompare(b.reportedAt) : a.start.localeCompare(b.start);

  const routes: ApiRoute[] = [
    {
      method: 'GET',
      path: '/absences',
      handle({ token, query }) {
        const day = localToday();
        const child = query.get('child');
        const school = query.get('school');
        if (child) {
          guardianOf(token.sub, child);
          const term = termOf(day);
          const body: GuardianAbsenceList = {
            term: { from: term.from, to: term.to },
            absences: [...absences.values()]
              .filter((a) => a.pupilId === child && overlaps(term.from, term.to, a.start, a.end))
              .sort((a, b) => byStart(b, a))
              .map((a) => forGuardian(a, token.sub, day)),
          };
          return { body };
        }
        if (school) {
          const groups = teacherGroups(token, school);
          const week = query.get('week') ?? format(new Date(), WEEK);
          const range = weekRange(week);
          if (!range) {
            throw new ApiError(400, 'invalid_request', 'week must be an ISO week, e.g. 2025-W47');
          }
          const pupils = new Set(
            PUPILS.filter((p) => p.school === school && groups.includes(p.group)).map((p) => p.id),
          );
          const body: TeacherAbsenceList = {
            week,
            from: range.from,
            to: range.to,
            groups,
            absences: [...absences.values()]
              .filter(
                (a) => pupils.has(a.pupilId) && overlaps(range.from, range.to, a.start, a.end),
              )
              .sort(byStart)
              .map(forTeacher),
          };
          return { body };
        }
        throw new ApiError(400, 'invalid_request', 'give child=<id> or school=<code>');
      },
    },
    {
      method: 'POST',
      path: '/absences',
      handle({ token, body }) {
        if (typeof body !== 'object' || body === null || Array.isArray(body)) {
          throw new ApiError(400, 'invalid_request', 'the body must be a JSON object');
        }
        const report = body as Record<string, unknown>;
        const child = report.child;
        if (typeof child !== 'string' || child === '') {
          throw new ApiError(400, 'invalid_request', 'child is required');
        }
        guardianOf(token.sub, child);
        const day = localToday();
        const problems = reportProblems(report, day);
        if (Object.keys(problems).length > 0) {
          const refusal: ReportRefusal = {
            error: 'invalid_request',
            error_description: 'the report has invalid fields',
            fields: problems,
          };
          return { status: 400, body: refusal };
        }
        const reason = report.reason as AbsenceReason;
        const reasonText = reason === 'other' ? optionalText(report.reasonText) : undefined;
        const message = optionalText(report.message);
        const absence: StoredAbsence = {
          id: `poissaolo-${nextId++}`,
          pupilId: child,
          start: report.start as IsoDate,
          end: report.end as IsoDate,
          reason,
          ...(reasonText ? { reasonText } : {}),
          ...(message ? { message } : {}),
          reportedBy: token.sub,
          reportedAt: new Date().toISOString(),
        };
        absences.set(absence.id, absence);
        return { status: 201, body: forGuardian(absence, token.sub, day) };
      },
    },
    {
      method: 'DELETE',
      path: '/absences/:id',
      handle({ token, params }) {
        const absence = params.id ? absences.get(params.id) : undefined;
        const user = person(token.sub);
        // Another family's absence is not even said to exist.
        if (!absence || !user.children?.some((c) => c.id === absence.pupilId)) throw notFound();
        guardianOf(token.sub, absence.pupilId);
        if (absence.reportedBy !== token.sub) {
          throw forbidden('only the guardian who reported the absence may cancel it');
        }
        if (absence.start <= localToday()) {
          throw new ApiError(
            409,
            'not_cancellable',
            'an absence that has begun cannot be cancelled',
          );
        }
        absences.delete(absence.id);
        return { status: 204 };
      },
    },
    {
      method: 'POST',
      path: '/absences/:id/acknowledge',
      handle({ token, params }) {
        const absence = params.id ? absences.get(params.id) : undefined;
        if (!absence) throw notFound();
        const pupil = pupilById(absence.pupilId);
        if (!pupil) throw notFound();
        const groups = teacherGroups(token, pupil.school);
        if (!groups.includes(pupil.group)) {
          throw forbidden('only a teacher of the pupil’s group may acknowledge the absence');
        }
        if (absence.acknowledgedBy === undefined) {
          absence.acknowledgedBy = token.sub;
          absence.acknowledgedAt = new Date().toISOString();
        }
        return { body: forTeacher(absence) };
      },
    },
  ];

  return startAppApi(AUDIENCE, options, routes);
}
