/**
 * The example data of the absence notices API: the pupils of the test schools, the groups each
 * teacher teaches, and the absences already reported when the API starts. Names of pupils, other
 * guardians and groups are invented; the test users (Aino and Eetu Mäkelä, their guardian Sanna
 * Mäkelä, the teacher Mikko Korhonen) are those of the local identity provider. Dates are counted
 * from the day the API starts, so this week always has absences to show.
 */
import { TEST_SCHOOLS, TEST_USERS } from '@digione/dev-idp';
import { format, parseISO, startOfISOWeek } from 'date-fns';
import { shiftDay, type AbsenceReason, type IsoDate } from '../src/types.js';

export interface Pupil {
  readonly id: string;
  readonly givenName: string;
  readonly familyName: string;
  /** Class (luokka), e.g. "7B". */
  readonly group: string;
  /** The school's code (oppilaitosnumero). */
  readonly school: string;
}

/** An absence as the API keeps it. */
export interface StoredAbsence {
  readonly id: string;
  readonly pupilId: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly reason: AbsenceReason;
  readonly reasonText?: string;
  readonly message?: string;
  /** The `sub` of the guardian who reported it. */
  readonly reportedBy: string;
  readonly reportedAt: string;
  /** The `sub` of the teacher who acknowledged it. */
  acknowledgedBy?: string;
  acknowledgedAt?: string;
}

function testUser(username: string) {
  const user = TEST_USERS.find((u) => u.username === username);
  if (!user) throw new Error(`The identity provider has no test user "${username}".`);
  return user;
}

const guardian = testUser('guardian');
const teacher = testUser('teacher');
const pupil = testUser('pupil');
const eetu = guardian.children?.find((child) => child.given_name === 'Eetu');
if (!eetu) throw new Error('The test guardian has no child Eetu.');

const LUMIKORPI = TEST_SCHOOLS.lumikorpi.code;
const KIVIMAKI = TEST_SCHOOLS.kivimaki.code;
const MERITUULI = TEST_SCHOOLS.merituuli.code;

/** The `sub` of the test guardian, Sanna Mäkelä. */
export const GUARDIAN_SUB = guardian.sub;
/** The `sub` of the test teacher, Mikko Korhonen. */
export const TEACHER_SUB = teacher.sub;
/** Aino Mäkelä, 7B, Lumikorven koulu (the test pupil, and the guardian's first child). */
export const AINO_ID = pupil.sub;
/** Eetu Mäkelä, 3A, Merituulen koulu (the guardian's second child). */
export const EETU_ID = eetu.id;

export const PUPILS: readonly Pupil[] = [
  { id: AINO_ID, givenName: 'Aino', familyName: 'Mäkelä', group: '7B', school: LUMIKORPI },
  {
    id: 'oppilas-onni-virtanen',
    givenName: 'Onni',
    familyName: 'Virtanen',
    group: '7B',
    school: LUMIKORPI,
  },
  {
    id: 'oppilas-helmi-laine',
    givenName: 'Helmi',
    familyName: 'Laine',
    group: '7B',
    school: LUMIKORPI,
  },
  {
    id: 'oppilas-leo-heikkila',
    givenName: 'Leo',
    familyName: 'Heikkilä',
    group: '7B',
    school: LUMIKORPI,
  },
  {
    id: 'oppilas-venla-koskinen',
    givenName: 'Venla',
    familyName: 'Koskinen',
    group: '8A',
    school: LUMIKORPI,
  },
  {
    id: 'oppilas-elias-jarvinen',
    givenName: 'Elias',
    familyName: 'Järvinen',
    group: '8A',
    school: LUMIKORPI,
  },
  {
    id: 'oppilas-emil-lehtonen',
    givenName: 'Emil',
    familyName: 'Lehtonen',
    group: '7A',
    school: LUMIKORPI,
  },
  {
    id: 'oppilas-aada-saarinen',
    givenName: 'Aada',
    familyName: 'Saarinen',
    group: '9C',
    school: KIVIMAKI,
  },
  {
    id: 'oppilas-niilo-hamalainen',
    givenName: 'Niilo',
    familyName: 'Hämäläinen',
    group: '9C',
    school: KIVIMAKI,
  },
  { id: 'oppilas-iida-salo', givenName: 'Iida', familyName: 'Salo', group: '9D', school: KIVIMAKI },
  { id: EETU_ID, givenName: 'Eetu', familyName: 'Mäkelä', group: '3A', school: MERITUULI },
  {
    id: 'oppilas-siiri-rantanen',
    givenName: 'Siiri',
    familyName: 'Rantanen',
    group: '3A',
    school: MERITUULI,
  },
];

/** The groups each teacher teaches, by teacher `sub` and school code. */
export const TEACHER_GROUPS: Readonly<
  Partial<Record<string, Readonly<Partial<Record<string, readonly string[]>>>>>
> = {
  [TEACHER_SUB]: { [LUMIKORPI]: ['7B', '8A'], [KIVIMAKI]: ['9C'] },
};

export function pupilById(id: string): Pupil | undefined {
  return PUPILS.find((p) => p.id === id);
}

/** A moment of `day` at `time` (local), as an ISO timestamp. */
function at(day: IsoDate, time: string): string {
  return new Date(`${day}T${time}:00`).toISOString();
}

/**
 * The absences reported before the API started, counted from `today`. An absence "today" falls on
 * Friday when today is a weekend day, so the week's list is never empty.
 */
export function seedAbsences(today: IsoDate): StoredAbsence[] {
  const monday = format(startOfISOWeek(parseISO(today)), 'yyyy-MM-dd');
  const friday = shiftDay(monday, 4);
  const schoolDay = today > friday ? friday : today;
  const otherGuardian = (family: string) => `huoltaja-${family}`;
  return [
    {
      id: 'poissaolo-1',
      pupilId: AINO_ID,
      start: shiftDay(monday, -14),
      end: shiftDay(monday, -13),
      reason: 'illness',
      message: 'Ainolla on flunssa. Hän tekee matematiikan kotitehtävät, kun jaksaa.',
      reportedBy: GUARDIAN_SUB,
      reportedAt: at(shiftDay(monday, -14), '07:12'),
      acknowledgedBy: TEACHER_SUB,
      acknowledgedAt: at(shiftDay(monday, -14), '08:05'),
    },
    {
      id: 'poissaolo-2',
      pupilId: AINO_ID,
      start: shiftDay(today, 10),
      end: shiftDay(today, 11),
      reason: 'other',
      reasonText: 'Perheen matka isovanhempien luo Ouluun',
      message: 'Aino lukee matkan aikana äidinkielen kirjaa ja tekee sovitut tehtävät.',
      reportedBy: GUARDIAN_SUB,
      reportedAt: at(shiftDay(monday, -3), '20:41'),
    },
    {
      id: 'poissaolo-3',
      pupilId: EETU_ID,
      start: shiftDay(monday, -5),
      end: shiftDay(monday, -5),
      reason: 'illness',
      reportedBy: GUARDIAN_SUB,
      reportedAt: at(shiftDay(monday, -5), '06:55'),
      acknowledgedBy: 'opettaja-merituuli-3a',
      acknowledgedAt: at(shiftDay(monday, -5), '08:20'),
    },
    {
      id: 'poissaolo-4',
      pupilId: 'oppilas-onni-virtanen',
      start: schoolDay,
      end: schoolDay,
      reason: 'illness',
      message: 'Onnilla on kuumetta. Toivottavasti hän pääsee huomenna kouluun.',
      reportedBy: otherGuardian('virtanen'),
      reportedAt: at(schoolDay, '07:03'),
    },
    {
      id: 'poissaolo-5',
      pupilId: 'oppilas-helmi-laine',
      start: shiftDay(monday, 3),
      end: friday,
      reason: 'other',
      reasonText: 'Uimaseuran leiri Kuortaneella',
      message: 'Helmi tekee leirin aikana jäävät tehtävät ensi viikolla.',
      reportedBy: otherGuardian('laine'),
      reportedAt: at(shiftDay(monday, -4), '18:30'),
    },
    {
      id: 'poissaolo-6',
      pupilId: 'oppilas-venla-koskinen',
      start: monday,
      end: shiftDay(monday, 1),
      reason: 'illness',
      reportedBy: otherGuardian('koskinen'),
      reportedAt: at(monday, '07:40'),
      acknowledgedBy: TEACHER_SUB,
      acknowledgedAt: at(monday, '09:15'),
    },
    {
      id: 'poissaolo-7',
      pupilId: 'oppilas-emil-lehtonen',
      start: schoolDay,
      end: schoolDay,
      reason: 'illness',
      reportedBy: otherGuardian('lehtonen'),
      reportedAt: at(schoolDay, '06:48'),
    },
    {
      id: 'poissaolo-8',
      pupilId: 'oppilas-aada-saarinen',
      start: schoolDay,
      end: schoolDay,
      reason: 'illness',
      message: 'Aadalla on vatsatauti.',
      reportedBy: otherGuardian('saarinen'),
      reportedAt: at(schoolDay, '07:21'),
    },
    {
      id: 'poissaolo-9',
      pupilId: 'oppilas-niilo-hamalainen',
      start: friday,
      end: friday,
      reason: 'other',
      reasonText: 'Isoäidin 80-vuotisjuhlat Kuopiossa',
      reportedBy: otherGuardian('hamalainen'),
      reportedAt: at(shiftDay(monday, -2), '12:10'),
    },
    {
      id: 'poissaolo-10',
      pupilId: 'oppilas-iida-salo',
      start: schoolDay,
      end: schoolDay,
      reason: 'illness',
      reportedBy: otherGuardian('salo'),
      reportedAt: at(schoolDay, '07:55'),
    },
  ];
}
