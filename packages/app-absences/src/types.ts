/**
 * What the absence notices app and its API say to each other: the shapes of the JSON they exchange
 * and the rules a guardian's report must meet. The API and the form check a report with the same
 * function, so the form never lets through what the API would refuse, and the field errors the API
 * answers are the ones the form knows how to say. Shared by the app (browser) and its API (Node):
 * its days are date-fns', which both can run.
 */
import { addDays, format, isMatch, parseISO } from 'date-fns';

/** A calendar day, `YYYY-MM-DD`: a day of the school's calendar, never an instant. */
export type IsoDate = string;

/** Whether `value` is a real calendar day written `YYYY-MM-DD` (not 2025-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
  return (
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isMatch(value, 'yyyy-MM-dd')
  );
}

/** The day `days` after (or, negative, before) `day`. */
export function shiftDay(day: IsoDate, days: number): IsoDate {
  return format(addDays(parseISO(day), days), 'yyyy-MM-dd');
}

/** Why the pupil is away: illness, or another reason told in a few words. */
export type AbsenceReason = 'illness' | 'other';

export const REASONS: readonly AbsenceReason[] = ['illness', 'other'];

/** The longest message to the teacher, in characters. */
export const MAX_MESSAGE_LENGTH = 500;
/** The longest explanation of another reason, in characters. */
export const MAX_REASON_TEXT_LENGTH = 200;
/** How many days back an absence can still be reported. */
export const MAX_DAYS_BACK = 14;
/** How many days ahead an absence can be reported. */
export const MAX_DAYS_AHEAD = 90;

/** What the guardian and the teacher both see of an absence. */
export interface AbsenceDetails {
  readonly id: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly reason: AbsenceReason;
  /** The guardian's words for another reason. */
  readonly reasonText?: string;
  /** The guardian's message to the teacher. */
  readonly message?: string;
  /** When it was reported (an ISO timestamp). */
  readonly reportedAt: string;
  /** The teacher has acknowledged it. */
  readonly acknowledged: boolean;
}

/** An absence as the guardian sees it. */
export interface GuardianAbsence extends AbsenceDetails {
  readonly childId: string;
  /** It starts after today and was reported by this guardian: it can still be cancelled. */
  readonly cancellable: boolean;
}

/** What `GET /absences?child=<id>` answers: the child's absences of the current term. */
export interface GuardianAbsenceList {
  readonly term: { readonly from: IsoDate; readonly to: IsoDate };
  readonly absences: readonly GuardianAbsence[];
}

/** An absence as a teacher sees it: whose it is, and whether it has been acknowledged. */
export interface TeacherAbsence extends AbsenceDetails {
  readonly pupil: { readonly id: string; readonly name: string; readonly group: string };
}

/** What `GET /absences?school=<code>&week=<YYYY-Www>` answers. */
export interface TeacherAbsenceList {
  readonly week: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** The teacher's own groups at the school, e.g. ["7B", "8A"]. */
  readonly groups: readonly string[];
  readonly absences: readonly TeacherAbsence[];
}

/** What a guardian sends with `POST /absences`. */
export interface AbsenceReport {
  readonly child: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly reason: AbsenceReason;
  readonly reasonText?: string;
  readonly message?: string;
}

/** The fields of a report that can be wrong. */
export type ReportField = 'start' | 'end' | 'reason' | 'reasonText' | 'message';

/** What is wrong with a field. */
export type FieldProblem =
  'required' | 'invalid' | 'too-early' | 'too-late' | 'before-start' | 'too-long';

export type FieldProblems = Partial<Record<ReportField, FieldProblem>>;

/** The body of a 400 answer to `POST /absences`. */
export interface ReportRefusal {
  readonly error: 'invalid_request';
  readonly error_description: string;
  readonly fields: FieldProblems;
}

/**
 * What is wrong with a report, field by field, on `today`: dates are real days, the first no more
 * than {@link MAX_DAYS_BACK} days back, the last not before the first and no more than
 * {@link MAX_DAYS_AHEAD} days ahead; the reason is one of {@link REASONS}, another reason is told in
 * at most {@link MAX_REASON_TEXT_LENGTH} characters, and the message has at most
 * {@link MAX_MESSAGE_LENGTH}. Empty when the report is fine.
 */
export function reportProblems(
  report: {
    readonly start?: unknown;
    readonly end?: unknown;
    readonly reason?: unknown;
    readonly reasonText?: unknown;
    readonly message?: unknown;
  },
  today: IsoDate,
): FieldProblems {
  const problems: FieldProblems = {};
  const { start, end, reason, reasonText, message } = report;
  const earliest = shiftDay(today, -MAX_DAYS_BACK);
  const latest = shiftDay(today, MAX_DAYS_AHEAD);

  if (start === undefined || start === null || start === '') problems.start = 'required';
  else if (!isIsoDate(start)) problems.start = 'invalid';
  else if (start < earliest) problems.start = 'too-early';
  else if (start > latest) problems.start = 'too-late';

  if (end === undefined || end === null || end === '') problems.end = 'required';
  else if (!isIsoDate(end)) problems.end = 'invalid';
  else if (isIsoDate(start) && end < start) problems.end = 'before-start';
  else if (end > latest) problems.end = 'too-late';

  if (reason === undefined || reason === null || reason === '') problems.reason = 'required';
  else if (!REASONS.includes(reason as AbsenceReason)) problems.reason = 'invalid';

  if (reason === 'other') {
    if (typeof reasonText !== 'string' || reasonText.trim() === '') {
      problems.reasonText = 'required';
    } else if (reasonText.length > MAX_REASON_TEXT_LENGTH) problems.reasonText = 'too-long';
  } else if (reasonText !== undefined && typeof reasonText !== 'string') {
    problems.reasonText = 'invalid';
  }

  if (message !== undefined && message !== null) {
    if (typeof message !== 'string') problems.message = 'invalid';
    else if (message.length > MAX_MESSAGE_LENGTH) problems.message = 'too-long';
  }
  return problems;
}
