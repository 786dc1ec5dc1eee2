/**
 * The JSON the Assessment API speaks, shared by the app (browser) and its API (Node): types and
 * the constants of the grading scale, nothing that needs either environment.
 */

/** How a group is assessed: numbers 4–10 (the basic education scale) or passed / failed. */
export type Scale = 'numeric' | 'pass-fail';

/** The numeric grades of the Finnish basic education scale (4 hylätty … 10 erinomainen). */
export const NUMERIC_GRADES = [4, 5, 6, 7, 8, 9, 10] as const;
export type NumericGrade = (typeof NUMERIC_GRADES)[number];

/** Verbal grades: S suoritettu (passed), H hylätty (failed). */
export const PASS_FAIL_GRADES = ['S', 'H'] as const;
export type PassFailGrade = (typeof PASS_FAIL_GRADES)[number];

export type Grade = NumericGrade | PassFailGrade;

/** The longest verbal feedback the API accepts, in characters (UTF-16 code units, as `maxlength`). */
export const FEEDBACK_MAX_LENGTH = 500;

/** The term being assessed: the autumn or spring term of a school year. */
export interface Term {
  readonly season: 'autumn' | 'spring';
  /** The calendar year of the term. */
  readonly year: number;
}

export interface SchoolInfo {
  readonly code: string;
  readonly name: string;
}

/** A teaching group (a course) as listed. */
export interface GroupSummary {
  readonly id: string;
  /** E.g. "7B matematiikka". */
  readonly name: string;
  readonly subject: string;
  readonly scale: Scale;
  readonly pupilCount: number;
  /** Pupils with a grade for the term. */
  readonly assessedCount: number;
}

/** `GET /groups?school=<code>`: the caller's own groups at that school. */
export interface GroupsResponse {
  readonly school: SchoolInfo;
  readonly term: Term;
  readonly groups: readonly GroupSummary[];
}

/** A pupil of a group with their current term assessment. */
export interface PupilAssessment {
  readonly id: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly grade: Grade | null;
  readonly feedback: string;
}

/** `GET /groups/:id` and the answer of `PUT /groups/:id/assessments`. */
export interface GroupDetail {
  readonly group: GroupSummary;
  readonly school: SchoolInfo;
  readonly term: Term;
  readonly pupils: readonly PupilAssessment[];
}

/** One pupil's assessment in `PUT /groups/:id/assessments`; pupils left out stay as they are. */
export interface AssessmentUpdate {
  readonly pupilId: string;
  /** null clears the grade. */
  readonly grade: Grade | null;
  readonly feedback: string;
}

export interface AssessmentsUpdateRequest {
  readonly assessments: readonly AssessmentUpdate[];
}

/** Why a field was refused. */
export type FieldErrorCode =
  | 'grade-out-of-range'
  | 'feedback-too-long'
  | 'feedback-not-text'
  | 'unknown-pupil'
  | 'duplicate-pupil'
  | 'invalid-body';

/** A refused field of `PUT /groups/:id/assessments`. */
export interface FieldError {
  /** The pupil whose field it is; null for the body as a whole. */
  readonly pupilId: string | null;
  readonly field: 'grade' | 'feedback' | 'pupilId' | 'assessments';
  readonly code: FieldErrorCode;
  /** For developers, in English; the app shows its own localized text for `code`. */
  readonly message: string;
}

/** The 400 answer of `PUT /groups/:id/assessments`. */
export interface ValidationErrorResponse {
  readonly error: 'validation_failed';
  readonly error_description: string;
  readonly errors: readonly FieldError[];
}

/** A group in the principal's overview. */
export interface OverviewGroup extends GroupSummary {
  readonly teacherName: string;
  /** The mean of the numeric grades given, or null (none given, or a pass/fail group). */
  readonly average: number | null;
  /** How many pupils have each grade: "4"…"10" for numeric groups, "S" and "H" for pass/fail. */
  readonly distribution: Readonly<Partial<Record<string, number>>>;
}

/** `GET /overview?school=<code>`: every group of the principal's school. */
export interface OverviewResponse {
  readonly school: SchoolInfo;
  readonly term: Term;
  readonly groups: readonly OverviewGroup[];
}
