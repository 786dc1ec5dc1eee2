/**
 * The Assessment app's API, on DigiOne's protected-API helper: every request carries an access
 * token for this app's audience (checked, or answered 401, before any route runs); each route then
 * checks who is calling, by the role the token says the person holds at the school asked about
 * (its `digione_affiliations`): a teacher reads and writes only the groups they teach, at a school
 * where they teach; a principal reads the overview of the school they lead only — a teacher at one
 * school who is principal of another sees the other's overview, not the first's. Anything else is
 * 403.
 * Assessments are kept in memory while the server runs.
 *
 *   GET /groups?school=<code>        the caller's groups at that school (teacher)
 *   GET /groups/:id                  the group's pupils and their assessments (its teacher)
 *   PUT /groups/:id/assessments      save assessments (its teacher); 400 with field errors
 *   GET /overview?school=<code>      every group of the school, with averages (its principal)
 */
import {
  ApiError,
  affiliationsOf,
  hasRoleAt,
  manifestAudience,
  startAppApi,
  type ApiRoute,
  type AppApiOptions,
  type RunningProtectedApi,
  type VerifiedToken,
} from '@digione/dev-idp';
import {
  FEEDBACK_MAX_LENGTH,
  NUMERIC_GRADES,
  PASS_FAIL_GRADES,
  type AssessmentUpdate,
  type FieldError,
  type Grade,
  type NumericGrade,
  type GroupDetail,
  type GroupSummary,
  type GroupsResponse,
  type OverviewGroup,
  type OverviewResponse,
  type Scale,
  type SchoolInfo,
  type ValidationErrorResponse,
} from '../src/types.js';
import { GROUPS, SCHOOL_NAMES, initialAssessments, termOn, type Group } from './data.js';

/** What the API is started with. */
export type AssessmentApiOptions = AppApiOptions;

/** The API's audience, from the app's manifest: it accepts tokens for this audience alone. */
export const AUDIENCE = manifestAudience(new URL('../manifest.json', import.meta.url));

/** Whether `value` is a grade of the group's scale. */
function isGradeOf(scale: Scale, value: unknown): value is Grade {
  return scale === 'numeric'
    ? (NUMERIC_GRADES as readonly unknown[]).includes(value)
    : (PASS_FAIL_GRADES as readonly unknown[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a `PUT /groups/:id/assessments` body against the group: every pupil in the group, once;
 * grades of the group's scale (4–10, or S/H) or null; feedback text of at most 500 characters.
 */
export function validateUpdate(
  group: Group,
  body: unknown,
): { ok: true; updates: AssessmentUpdate[] } | { ok: false; errors: FieldError[] } {
  const assessments = isRecord(body) ? body.assessments : undefined;
  if (!Array.isArray(assessments)) {
    return {
      ok: false,
      errors: [
        {
          pupilId: null,
          field: 'assessments',
          code: 'invalid-body',
          message: 'Send { "assessments": [{ "pupilId", "grade", "feedback" }, …] }.',
        },
      ],
    };
  }
  const errors: FieldError[] = [];
  const updates: AssessmentUpdate[] = [];
  const seen = new Set<string>();
  const members = new Set(group.pupils.map((pupil) => pupil.id));
  for (const entry of assessments as unknown[]) {
    const pupilId = isRecord(entry) && typeof entry.pupilId === 'string' ? entry.pupilId : null;
    if (!isRecord(entry) || pupilId === null || !members.has(pupilId)) {
      errors.push({
        pupilId,
        field: 'pupilId',
        code: 'unknown-pupil',
        message: 'Every pupilId must be a pupil of this group.',
      });
      continue;
    }
    if (seen.has(pupilId)) {
      errors.push({
        pupilId,
        field: 'pupilId',
        code: 'duplicate-pupil',
        message: 'Each pupil may appear once.',
      });
      continue;
    }
    seen.add(pupilId);
    const grade = entry.grade ?? null;
    const feedback = entry.feedback ?? '';
    let valid = true;
    if (grade !== null && !isGradeOf(group.scale, grade)) {
      valid = false;
      errors.push({
        pupilId,
        field: 'grade',
        code: 'grade-out-of-range',
        message:
          group.scale === 'numeric'
            ? 'The grade must be a whole number from 4 to 10, or null.'
            : 'The grade must be "S" or "H", or null.',
      });
    }
    if (typeof feedback !== 'string') {
      valid = false;
      errors.push({
        pupilId,
        field: 'feedback',
        code: 'feedback-not-text',
        message: 'The feedback must be text.',
      });
    } else if (feedback.length > FEEDBACK_MAX_LENGTH) {
      valid = false;
      errors.push({
        pupilId,
        field: 'feedback',
        code: 'feedback-too-long',
        message: `The feedback may be at most ${FEEDBACK_MAX_LENGTH} characters long.`,
      });
    }
    if (valid)
      updates.push({ pupilId, grade: grade as Grade | null, feedback: feedback as string });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, updates };
}

/** Starts the Assessment API and resolves when it listens. */
export function startApi(options: AssessmentApiOptions): Promise<RunningProtectedApi> {
  const store = initialAssessments();

  const forbidden = (what: string): ApiError => new ApiError(403, 'forbidden', what);

  /** Refuses (403) unless the calling person holds `role` at the school `code`. */
  function caller(token: VerifiedToken, role: 'teacher' | 'principal', code: string): void {
    if (hasRoleAt(token, role, code)) return;
    if (!affiliationsOf(token).some((a) => a.role === role)) {
      throw forbidden(`only a ${role} may use this route`);
    }
    throw forbidden(`you are not a ${role} at school ${code}`);
  }

  function schoolParam(query: URLSearchParams): string {
    const code = query.get('school');
    if (!code || !/^\d{5}$/.test(code)) {
      throw new ApiError(400, 'invalid_request', 'give the school code: ?school=<five digits>');
    }
    return code;
  }

  function school(code: string): SchoolInfo {
    return { code, name: SCHOOL_NAMES[code] ?? code };
  }

  function assessmentsOf(group: Group): Map<string, { grade: Grade | null; feedback: string }> {
    let byPupil = store.get(group.id);
    if (!byPupil) {
      byPupil = new Map();
      store.set(group.id, byPupil);
    }
    return byPupil;
  }

  function summary(group: Group): GroupSummary {
    const given = assessmentsOf(group);
    return {
      id: group.id,
      name: group.name,
      subject: group.subject,
      scale: group.scale,
      pupilCount: group.pupils.length,
      assessedCount: group.pupils.filter((pupil) => (given.get(pupil.id)?.grade ?? null) !== null)
        .length,
    };
  }

  function detail(group: Group): GroupDetail {
    const given = assessmentsOf(group);
    const collator = new Intl.Collator('fi');
    const pupils = [...group.pupils]
      .sort(
        (a, b) =>
          collator.compare(a.familyName, b.familyName) ||
          collator.compare(a.givenName, b.givenName),
      )
      .map((pupil) => ({
        ...pupil,
        grade: given.get(pupil.id)?.grade ?? null,
        feedback: given.get(pupil.id)?.feedback ?? '',
      }));
    return {
      group: summary(group),
      school: school(group.schoolCode),
      term: termOn(new Date()),
      pupils,
    };
  }

  function overviewOf(group: Group): OverviewGroup {
    const given = assessmentsOf(group);
    const grades = group.pupils
      .map((pupil) => given.get(pupil.id)?.grade ?? null)
      .filter((grade): grade is Grade => grade !== null);
    const keys: readonly (string | number)[] =
      group.scale === 'numeric' ? NUMERIC_GRADES : PASS_FAIL_GRADES;
    const distribution = Object.fromEntries(
      keys.map((key) => [String(key), grades.filter((grade) => grade === key).length]),
    );
    const numbers = grades.filter((grade): grade is NumericGrade => typeof grade === 'number');
    const average =
      numbers.length > 0 ? numbers.reduce((sum, grade) => sum + grade, 0) / numbers.length : null;
    return { ...summary(group), teacherName: group.teacher.name, average, distribution };
  }

  /** The group `id`, which the caller must teach (at one of their schools). */
  function taughtGroup(token: VerifiedToken, id: string): Group {
    const group = GROUPS.find((each) => each.id === id);
    if (!group) throw new ApiError(404, 'not_found', `there is no group ${id}`);
    caller(token, 'teacher', group.schoolCode);
    if (group.teacher.sub !== token.sub) throw forbidden('you do not teach this group');
    return group;
  }

  const routes: ApiRoute[] = [
    {
      method: 'GET',
      path: '/groups',
      handle: ({ token, query }) => {
        const code = schoolParam(query);
        caller(token, 'teacher', code);
        const body: GroupsResponse = {
          school: school(code),
          term: termOn(new Date()),
          groups: GROUPS.filter(
            (group) => group.schoolCode === code && group.teacher.sub === token.sub,
          ).map(summary),
        };
        return { body };
      },
    },
    {
      method: 'GET',
      path: '/groups/:id',
      handle: ({ token, params }) => ({ body: detail(taughtGroup(token, params.id)) }),
    },
    {
      method: 'PUT',
      path: '/groups/:id/assessments',
      handle: ({ token, params, body }) => {
        const group = taughtGroup(token, params.id);
        const result = validateUpdate(group, body);
        if (!result.ok) {
          const answer: ValidationErrorResponse = {
            error: 'validation_failed',
            error_description: 'some assessments were refused; nothing was saved',
            errors: result.errors,
          };
          return { status: 400, body: answer };
        }
        const given = assessmentsOf(group);
        for (const update of result.updates) {
          const feedback = update.feedback.trim();
          if (update.grade === null && feedback === '') given.delete(update.pupilId);
          else given.set(update.pupilId, { grade: update.grade, feedback });
        }
        return { body: detail(group) };
      },
    },
    {
      method: 'GET',
      path: '/overview',
      handle: ({ token, query }) => {
        const code = schoolParam(query);
        caller(token, 'principal', code);
        const body: OverviewResponse = {
          school: school(code),
          term: termOn(new Date()),
          groups: GROUPS.filter((group) => group.schoolCode === code).map(overviewOf),
        };
        return { body };
      },
    },
  ];

  return startAppApi(AUDIENCE, options, routes);
}
