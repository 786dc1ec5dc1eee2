/**
 * The app's one call to its API, `GET /week`, with the portal's access token for the app's own
 * audience. The answer is checked before the app shows it: a malformed answer is an error, never
 * half a timetable.
 */
import type { ActingAs, ShellContext } from '@digione/sdk';
import type { Lesson, TimetableWeek } from './types.js';

/** Why a week could not be shown, as the person is told it. */
export type FailureKind =
  /** The API refused the token (401), or the portal could not give one: the session is not valid. */
  | 'unauthorized'
  /** The school or child is not the person's (403). */
  | 'forbidden'
  /** Anything else: no connection, a server error, an answer the app cannot read. */
  | 'failed';

/** A failed request: what kind of failure, and technical details for support. */
export class TimetableRequestError extends Error {
  override readonly name = 'TimetableRequestError';
  constructor(
    readonly kind: FailureKind,
    /** E.g. `HTTP 503 temporarily_unavailable`. */
    readonly details: string,
  ) {
    super(`${kind}: ${details}`);
  }
}

/** The query that names whose week to show: the school a teacher acts in, or a guardian's child. */
export function actingAsQuery(actingAs: ActingAs | null): Record<string, string> {
  if (actingAs?.kind === 'school') {
    return { school: actingAs.school?.code ?? actingAs.id.replace(/^school:/, '') };
  }
  if (actingAs?.kind === 'child') {
    return { child: actingAs.child?.id ?? actingAs.id.replace(/^child:/, '') };
  }
  return {};
}

/** The URL of one week, e.g. `https://api…/week?week=2026-W48&school=09231`. */
export function weekUrl(apiUrl: string, week: string, actingAs: ActingAs | null): string {
  const url = new URL(`${apiUrl.replace(/\/+$/, '')}/week`);
  url.searchParams.set('week', week);
  for (const [name, value] of Object.entries(actingAsQuery(actingAs))) {
    url.searchParams.set(name, value);
  }
  return url.href;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const TIME = /^\d{2}:\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isLesson(value: unknown): value is Lesson {
  const l = value as Partial<Record<keyof Lesson, unknown>> | null;
  if (typeof l !== 'object' || l === null) return false;
  const subject = l.subject as Partial<Record<'code' | 'name', unknown>> | null | undefined;
  return (
    isString(l.id) &&
    isString(l.date) &&
    DATE.test(l.date) &&
    isString(l.start) &&
    TIME.test(l.start) &&
    isString(l.end) &&
    TIME.test(l.end) &&
    typeof subject === 'object' &&
    subject !== null &&
    isString(subject.code) &&
    isString(subject.name) &&
    isString(l.room) &&
    (l.teacher === undefined || isString(l.teacher)) &&
    (l.group === undefined || isString(l.group))
  );
}

/** The answer as a week, or null when it is not one. */
export function readWeek(value: unknown): TimetableWeek | null {
  const w = value as Partial<Record<keyof TimetableWeek, unknown>> | null;
  if (typeof w !== 'object' || w === null) return null;
  const school = w.school as Partial<Record<'code' | 'name', unknown>> | null | undefined;
  const ok =
    isString(w.week) &&
    isString(w.start) &&
    DATE.test(w.start) &&
    isString(w.end) &&
    DATE.test(w.end) &&
    (w.view === 'class' || w.view === 'teacher') &&
    isString(w.person) &&
    (w.group === undefined || isString(w.group)) &&
    typeof school === 'object' &&
    school !== null &&
    isString(school.code) &&
    isString(school.name) &&
    Array.isArray(w.lessons) &&
    w.lessons.every(isLesson);
  return ok ? (w as TimetableWeek) : null;
}

async function errorCode(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: unknown } | null;
    return typeof body?.error === 'string' ? ` ${body.error}` : '';
  } catch {
    return '';
  }
}

/**
 * Loads one week for whoever the context says is acting (the school or child chosen in the
 * portal). Rejects with a `TimetableRequestError`, or an `AbortError` when `signal` aborts.
 */
export async function fetchWeek(
  context: ShellContext,
  week: string,
  signal: AbortSignal,
): Promise<TimetableWeek> {
  const apiUrl = context.apiUrl;
  if (!apiUrl) {
    throw new TimetableRequestError(
      'failed',
      'The portal gave no API address (context.apiUrl): the manifest needs api.url.',
    );
  }
  let token: string;
  try {
    token = await context.getAccessToken();
  } catch (error) {
    throw new TimetableRequestError(
      'unauthorized',
      `No access token: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  signal.throwIfAborted();
  let response: Response;
  try {
    response = await fetch(weekUrl(apiUrl, week, context.actingAs.value), {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      signal,
    });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new TimetableRequestError(
      'failed',
      `No connection: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!response.ok) {
    const details = `HTTP ${response.status}${await errorCode(response)}`;
    const kind =
      response.status === 401 ? 'unauthorized' : response.status === 403 ? 'forbidden' : 'failed';
    throw new TimetableRequestError(kind, details);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new TimetableRequestError('failed', 'The answer is not JSON.');
  }
  const data = readWeek(body);
  if (!data) throw new TimetableRequestError('failed', 'The answer is not a timetable week.');
  return data;
}
