/**
 * The app's one call to its API, `GET /week`. The answer is checked before the app shows it: a
 * malformed answer is an error, never half a timetable.
 */
import { DigiOneApiError, type ActingAs, type ApiClient } from '@digione/sdk';
import type { Lesson, TimetableWeek } from './types.js';

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

/**
 * Loads one week for whoever the context says is acting (the school or child chosen in the
 * portal), through the SDK's API client (token, one retry with a fresh token on 401, coded errors).
 * Rejects with a `DigiOneApiError` (a malformed week is a `server` error), or an `AbortError` when
 * `signal` aborts.
 */
export async function fetchWeek(
  api: ApiClient,
  week: string,
  actingAs: ActingAs | null,
  signal: AbortSignal,
): Promise<TimetableWeek> {
  const body = await api.get('/week', { query: { week, ...actingAsQuery(actingAs) }, signal });
  const data = readWeek(body);
  if (!data) throw new DigiOneApiError('server', 200, 'The answer is not a timetable week.', body);
  return data;
}
