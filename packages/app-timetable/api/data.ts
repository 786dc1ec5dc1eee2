/**
 * The timetable API's data, as a school's register keeps it: the weekly lesson patterns of classes
 * and teachers, by school code (oppilaitosnumero) and by the person's MPASSid id — those of the
 * test people and schools of DigiOne's local identity provider. Every teacher, room and group is
 * invented. The same pattern repeats every week; the dates come from the week asked for, so any
 * week — this one included — has its lessons. Plain data and date-fns, no Node: Storybook's stories
 * and the app's unit tests use it too.
 */
import { addDays, format, isValid, parse } from 'date-fns';
import type { Lesson } from '../src/types.js';

/** Subjects by their curriculum code, with the Finnish names the API answers with. */
export const SUBJECTS = {
  AI: 'äidinkieli ja kirjallisuus',
  MA: 'matematiikka',
  RUB1: 'ruotsi (B1)',
  ENA1: 'englanti (A1)',
  HI: 'historia',
  YH: 'yhteiskuntaoppi',
  BI: 'biologia',
  GE: 'maantieto',
  FY: 'fysiikka',
  KE: 'kemia',
  TE: 'terveystieto',
  YM: 'ympäristöoppi',
  LI: 'liikunta',
  KU: 'kuvataide',
  KS: 'käsityö',
  MU: 'musiikki',
  KO: 'kotitalous',
  UE: 'uskonto (ev.lut.)',
  ET: 'elämänkatsomustieto',
  OP: 'oppilaanohjaus',
  LO: 'luokanohjaus',
} as const;

export type SubjectCode = keyof typeof SUBJECTS;

/** 1 = Monday … 5 = Friday. */
type Weekday = 1 | 2 | 3 | 4 | 5;

/** One lesson of the weekly pattern. */
export interface Slot {
  readonly day: Weekday;
  readonly start: string;
  readonly end: string;
  readonly subject: SubjectCode;
  readonly room: string;
  /** In a class's week. */
  readonly teacher?: string;
  /** In a teacher's week. */
  readonly group?: string;
}

type Period = readonly [start: string, end: string];

/** Lumikorven koulu (grades 7–9): 45-minute lessons, lunch 10.55–11.25. */
const LUMIKORPI: Readonly<Record<1 | 2 | 3 | 4 | 5 | 6 | 7, Period>> = {
  1: ['08:15', '09:00'],
  2: ['09:10', '09:55'],
  3: ['10:10', '10:55'],
  4: ['11:25', '12:10'],
  5: ['12:20', '13:05'],
  6: ['13:15', '14:00'],
  7: ['14:10', '14:55'],
};

/** Kivimäen yhtenäiskoulu (grades 1–9): its own bell times, lunch 11.25–12.00. */
const KIVIMAKI: Readonly<Record<1 | 2 | 3 | 4 | 5 | 6 | 7 | 8, Period>> = {
  1: ['08:00', '08:45'],
  2: ['08:50', '09:35'],
  3: ['09:50', '10:35'],
  4: ['10:40', '11:25'],
  5: ['12:00', '12:45'],
  6: ['12:50', '13:35'],
  7: ['13:45', '14:30'],
  8: ['14:35', '15:20'],
};

/** Merituulen koulu (grades 1–6): a primary school's shorter day, lunch 11.15–11.45. */
const MERITUULI: Readonly<Record<1 | 2 | 3 | 4 | 5, Period>> = {
  1: ['08:30', '09:15'],
  2: ['09:15', '10:00'],
  3: ['10:30', '11:15'],
  4: ['11:45', '12:30'],
  5: ['12:45', '13:30'],
};

/**
 * Lessons by the bell times of one school: `L(day, first, last, lesson)` is a lesson from the
 * `first` to the `last` period (a double lesson when they differ).
 */
function bellTimes(periods: Readonly<Partial<Record<number, Period>>>) {
  return (
    day: Weekday,
    first: number,
    last: number,
    lesson: Omit<Slot, 'day' | 'start' | 'end'>,
  ): Slot => {
    const from = periods[first];
    const to = periods[last];
    if (!from || !to) throw new Error(`no period ${String(first)}–${String(last)}`);
    return { day, start: from[0], end: to[1], ...lesson };
  };
}

const L = bellTimes(LUMIKORPI);
const K = bellTimes(KIVIMAKI);
const M = bellTimes(MERITUULI);

/** The teacher of DigiOne's test users: Mikko Korhonen, in two schools. */
const KORHONEN = 'Mikko Korhonen';

/** Lumikorven koulu's teachers of class 7B. */
const T = {
  ai: { teacher: 'Riikka Laaksonen', room: 'A201' },
  ma: { teacher: KORHONEN, room: 'A204' },
  ru: { teacher: 'Hanna Björklund', room: 'B107' },
  en: { teacher: 'Tuomas Heino', room: 'B105' },
  hi: { teacher: 'Satu Rantanen', room: 'A203' },
  bige: { teacher: 'Päivi Lehtola', room: 'C110' },
  fyke: { teacher: 'Janne Kettunen', room: 'C112' },
  li: { teacher: 'Jari Salo', room: 'Liikuntasali' },
  ku: { teacher: 'Elina Vartiainen', room: 'Kuvataideluokka B010' },
  ks: { teacher: 'Antti Salmela', room: 'Käsityöluokka C015' },
  mu: { teacher: 'Marjut Honkanen', room: 'Musiikkiluokka A010' },
  ko: { teacher: 'Leila Mustonen', room: 'Kotitalousluokka C020' },
  ue: { teacher: 'Kaisa Aalto', room: 'A202' },
  op: { teacher: 'Minna Kallio', room: 'A105' },
} as const;

/** Class 7B of Lumikorven koulu (Aino Mäkelä's class). */
const LUMIKORPI_7B: readonly Slot[] = [
  L(1, 1, 1, { subject: 'AI', ...T.ai }),
  L(1, 2, 2, { subject: 'MA', ...T.ma }),
  L(1, 3, 3, { subject: 'ENA1', ...T.en }),
  L(1, 4, 4, { subject: 'BI', ...T.bige }),
  L(1, 5, 6, { subject: 'LI', ...T.li }),
  L(2, 1, 1, { subject: 'MA', ...T.ma }),
  L(2, 2, 2, { subject: 'RUB1', ...T.ru }),
  L(2, 3, 3, { subject: 'HI', ...T.hi }),
  L(2, 4, 4, { subject: 'AI', ...T.ai }),
  L(2, 5, 6, { subject: 'KS', ...T.ks }),
  L(3, 1, 1, { subject: 'ENA1', ...T.en }),
  L(3, 2, 2, { subject: 'AI', ...T.ai }),
  L(3, 3, 3, { subject: 'GE', ...T.bige }),
  L(3, 4, 4, { subject: 'MA', ...T.ma }),
  L(3, 5, 5, { subject: 'MU', ...T.mu }),
  L(3, 6, 6, { subject: 'UE', ...T.ue }),
  L(4, 1, 1, { subject: 'FY', ...T.fyke }),
  L(4, 2, 2, { subject: 'MA', ...T.ma }),
  L(4, 3, 3, { subject: 'AI', ...T.ai }),
  L(4, 4, 5, { subject: 'KO', ...T.ko }),
  L(4, 6, 6, { subject: 'ENA1', ...T.en }),
  L(4, 7, 7, { subject: 'OP', ...T.op }),
  L(5, 1, 2, { subject: 'KU', ...T.ku }),
  L(5, 3, 3, { subject: 'RUB1', ...T.ru }),
  L(5, 4, 4, { subject: 'KE', ...T.fyke }),
  L(5, 5, 5, { subject: 'TE', ...T.bige }),
  L(5, 6, 6, { subject: 'LO', teacher: KORHONEN, room: 'A204' }),
];

/** Merituulen koulu's teachers of class 3A: mostly the class teacher. */
const LINDQVIST = { teacher: 'Johanna Lindqvist', room: 'Luokka B12' };

/** Class 3A of Merituulen koulu (Eetu Mäkelä's class). */
const MERITUULI_3A: readonly Slot[] = [
  M(1, 1, 1, { subject: 'AI', ...LINDQVIST }),
  M(1, 2, 2, { subject: 'MA', ...LINDQVIST }),
  M(1, 3, 3, { subject: 'YM', ...LINDQVIST }),
  M(1, 4, 4, { subject: 'LI', teacher: LINDQVIST.teacher, room: 'Liikuntasali' }),
  M(2, 1, 1, { subject: 'MA', ...LINDQVIST }),
  M(2, 2, 2, { subject: 'AI', ...LINDQVIST }),
  M(2, 3, 3, { subject: 'ENA1', teacher: 'Laura Hiltunen', room: 'Luokka B21' }),
  M(2, 4, 5, { subject: 'KS', teacher: 'Seija Väisänen', room: 'Käsityöluokka' }),
  M(3, 2, 2, { subject: 'AI', ...LINDQVIST }),
  M(3, 3, 3, { subject: 'MA', ...LINDQVIST }),
  M(3, 4, 4, { subject: 'MU', teacher: 'Markus Rinne', room: 'Musiikkiluokka' }),
  M(3, 5, 5, { subject: 'ET', teacher: 'Tapio Koski', room: 'Luokka B14' }),
  M(4, 1, 1, { subject: 'AI', ...LINDQVIST }),
  M(4, 2, 2, { subject: 'YM', ...LINDQVIST }),
  M(4, 3, 3, { subject: 'ENA1', teacher: 'Laura Hiltunen', room: 'Luokka B21' }),
  M(4, 4, 5, { subject: 'KU', ...LINDQVIST }),
  M(5, 1, 1, { subject: 'MA', ...LINDQVIST }),
  M(5, 2, 2, { subject: 'AI', ...LINDQVIST }),
  M(5, 3, 3, { subject: 'LI', teacher: LINDQVIST.teacher, room: 'Liikuntasali' }),
  M(5, 4, 4, { subject: 'YM', ...LINDQVIST }),
];

/** Mikko Korhonen at Lumikorven koulu: mathematics for 7A, 7B, 8B and 9A, and 7B's class tutor. */
const KORHONEN_LUMIKORPI: readonly Slot[] = [
  L(1, 1, 1, { subject: 'MA', group: '8B', room: 'A204' }),
  L(1, 2, 2, { subject: 'MA', group: '7B', room: 'A204' }),
  L(1, 4, 4, { subject: 'MA', group: '9A', room: 'A204' }),
  L(2, 1, 1, { subject: 'MA', group: '7B', room: 'A204' }),
  L(2, 3, 3, { subject: 'MA', group: '7A', room: 'A206' }),
  L(3, 2, 2, { subject: 'MA', group: '9A', room: 'A204' }),
  L(3, 4, 4, { subject: 'MA', group: '7B', room: 'A204' }),
  L(3, 5, 5, { subject: 'MA', group: '8B', room: 'A204' }),
  L(4, 2, 2, { subject: 'MA', group: '7B', room: 'A204' }),
  L(4, 3, 3, { subject: 'MA', group: '7A', room: 'A206' }),
  L(5, 1, 1, { subject: 'MA', group: '9A', room: 'A204' }),
  L(5, 3, 3, { subject: 'MA', group: '8B', room: 'A204' }),
  L(5, 6, 6, { subject: 'LO', group: '7B', room: 'A204' }),
];

/**
 * Mikko Korhonen at Kivimäen yhtenäiskoulu: physics and chemistry on the afternoons he is not at
 * Lumikorpi (none on Wednesday or Friday).
 */
const KORHONEN_KIVIMAKI: readonly Slot[] = [
  K(1, 7, 7, { subject: 'FY', group: '8C', room: 'Fysiikan luokka F12' }),
  K(1, 8, 8, { subject: 'FY', group: '9B', room: 'Fysiikan luokka F12' }),
  K(2, 5, 6, { subject: 'KE', group: '9A', room: 'Kemian luokka F14' }),
  K(2, 7, 7, { subject: 'FY', group: '8C', room: 'Fysiikan luokka F12' }),
  K(4, 5, 5, { subject: 'KE', group: '8C', room: 'Kemian luokka F14' }),
  K(4, 6, 6, { subject: 'FY', group: '9B', room: 'Fysiikan luokka F12' }),
  K(4, 7, 7, { subject: 'KE', group: '9A', room: 'Kemian luokka F14' }),
];

/** The schools of the register, by their official codes. */
export const SCHOOL_CODES = { lumikorpi: '09231', kivimaki: '09247', merituuli: '04915' } as const;

/** The MPASSid ids (`sub`) of the register's people. */
export const PEOPLE = {
  /** Mikko Korhonen, teacher at Lumikorpi and Kivimäki. */
  korhonen: '0c6b9e24-58d1-4a7f-b3e2-1d94f6a8c570',
  /** Aino Mäkelä, 7B at Lumikorpi. */
  aino: '5f1d2c7a-3b8e-4e0a-9c41-7a2e6b0d9f13',
  /** Eetu Mäkelä, 3A at Merituuli. */
  eetu: '7d2f0a6c-91b4-4e58-b6c3-0e8a5d7f2b41',
} as const;

/** Class weeks by school code and class. */
const CLASS_WEEKS: ReadonlyMap<string, readonly Slot[]> = new Map([
  [`${SCHOOL_CODES.lumikorpi}/7B`, LUMIKORPI_7B],
  [`${SCHOOL_CODES.merituuli}/3A`, MERITUULI_3A],
]);

/** Teachers' own weeks by their `sub` and school code. */
const TEACHER_WEEKS: ReadonlyMap<string, readonly Slot[]> = new Map([
  [`${PEOPLE.korhonen}/${SCHOOL_CODES.lumikorpi}`, KORHONEN_LUMIKORPI],
  [`${PEOPLE.korhonen}/${SCHOOL_CODES.kivimaki}`, KORHONEN_KIVIMAKI],
]);

/**
 * The classes of pupils, by their id (a guardian's child has the same id). The identity provider
 * tells a child's school and grade, not the class: the school's own register (this API) knows it.
 */
const CLASSES: ReadonlyMap<string, string> = new Map([
  [PEOPLE.aino, '7B'],
  [PEOPLE.eetu, '3A'],
]);

/** The weekly pattern of a class, empty when the school has no timetable for it. */
export function classWeek(schoolCode: string, group: string): readonly Slot[] {
  return CLASS_WEEKS.get(`${schoolCode}/${group}`) ?? [];
}

/** A teacher's own weekly pattern in one school, empty when they teach nothing there. */
export function teacherWeek(sub: string, schoolCode: string): readonly Slot[] {
  return TEACHER_WEEKS.get(`${sub}/${schoolCode}`) ?? [];
}

/** The class of a pupil (or a guardian's child), if the school has told it. */
export function classOf(pupilId: string): string | undefined {
  return CLASSES.get(pupilId);
}

/** An ISO week as the API names it, `2026-W48` (date-fns' ISO week-numbering year and week). */
const ISO_WEEK = "RRRR-'W'II";
const calendarDay = (date: Date): string => format(date, 'yyyy-MM-dd');

/** The ISO week `date` falls in where the server is, `2026-W48`. */
export function isoWeekOf(date: Date): string {
  return format(date, ISO_WEEK);
}

/** The Monday of the ISO week `week` (`2026-W48`); undefined when it is malformed or no such week. */
function mondayOf(week: string): Date | undefined {
  const monday = parse(week, ISO_WEEK, new Date());
  // A week the year does not have (2025-W53) parses into the next year's: not the week asked.
  return isValid(monday) && format(monday, ISO_WEEK) === week ? monday : undefined;
}

/** A school week as the API answers it: its name, its Monday and its Friday. */
export interface WeekSpan {
  readonly week: string;
  readonly start: string;
  readonly end: string;
}

/** The school week `week` (`2026-W48`), or undefined when it is malformed or the year lacks it. */
export function weekSpan(week: string): WeekSpan | undefined {
  const monday = mondayOf(week);
  return monday
    ? { week, start: calendarDay(monday), end: calendarDay(addDays(monday, 4)) }
    : undefined;
}

/** The pattern's lessons on the dates of the week `week` (`2026-W48`), in order of date and time. */
export function lessonsOn(slots: readonly Slot[], week: string, idPrefix: string): Lesson[] {
  const monday = mondayOf(week);
  if (!monday) throw new RangeError(`lessonsOn: not an ISO week (2026-W48): ${week}`);
  return [...slots]
    .sort((a, b) => a.day - b.day || a.start.localeCompare(b.start))
    .map((slot, index) => ({
      id: `${idPrefix}-${week}-${String(index + 1)}`,
      date: calendarDay(addDays(monday, slot.day - 1)),
      start: slot.start,
      end: slot.end,
      subject: { code: slot.subject, name: SUBJECTS[slot.subject] },
      room: slot.room,
      ...(slot.teacher ? { teacher: slot.teacher } : {}),
      ...(slot.group ? { group: slot.group } : {}),
    }));
}
