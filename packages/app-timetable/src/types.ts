/**
 * What the timetable API answers to `GET /week`: one school week of lessons, for a class (a pupil,
 * or a guardian's child) or for a teacher in one school. Shared by the app and the API.
 */

/** A class's week (a pupil's, or a guardian's child's) or a teacher's own lessons. */
export type TimetableView = 'class' | 'teacher';

/** A subject by its curriculum code (`MA`, `AI`, `RUB1`…) and its Finnish name. */
export interface TimetableSubject {
  readonly code: string;
  readonly name: string;
}

export interface Lesson {
  /** Stable across requests for the same week. */
  readonly id: string;
  /** The calendar date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Local school time, `HH:MM`. */
  readonly start: string;
  readonly end: string;
  readonly subject: TimetableSubject;
  readonly room: string;
  /** Who teaches it (in a class's week). */
  readonly teacher?: string;
  /** The teaching group (in a teacher's week). */
  readonly group?: string;
}

export interface TimetableWeek {
  /** The ISO week, `2026-W48`. */
  readonly week: string;
  /** Monday and Friday of the week, `YYYY-MM-DD`. */
  readonly start: string;
  readonly end: string;
  readonly view: TimetableView;
  /** Whose week it is: the pupil's or the teacher's name. */
  readonly person: string;
  /** The class, in a class's week (e.g. `7B`). */
  readonly group?: string;
  readonly school: { readonly code: string; readonly name: string };
  /** In order of date and start time. */
  readonly lessons: readonly Lesson[];
}
