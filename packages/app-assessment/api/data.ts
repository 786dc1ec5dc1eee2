/**
 * The example data of the Assessment API: teaching groups of two Vantaa schools of DigiOne's local
 * identity provider (Lumikorven koulu, Kivimäen yhtenäiskoulu), their pupils and the term
 * assessments given so far. Mikko Korhonen (the test teacher) teaches mathematics at Lumikorpi and
 * physics at Kivimäki; Pekka Aaltonen (the test teacher-principal) teaches biology at Kivimäki and
 * leads Lumikorpi; the pupil Aino Mäkelä is in 7B at Lumikorpi. Every other person is invented.
 * Nothing is random: each start of the API begins from the same state.
 */
import { TEST_SCHOOLS, userByUsername } from '@digione/dev-idp';
import type { Grade, Scale, Term } from '../src/types.js';

export interface Pupil {
  readonly id: string;
  readonly givenName: string;
  readonly familyName: string;
}

export interface Teacher {
  /** The teacher's `sub` (for invented teachers, an id no test user has). */
  readonly sub: string;
  readonly name: string;
}

export interface Group {
  readonly id: string;
  readonly schoolCode: string;
  readonly name: string;
  readonly subject: string;
  readonly scale: Scale;
  readonly teacher: Teacher;
  readonly pupils: readonly Pupil[];
}

export interface StoredAssessment {
  readonly grade: Grade | null;
  readonly feedback: string;
}

/** The test users the data refers to, by their username at the identity provider. */
function testUser(username: string): { sub: string; name: string } {
  const user = userByUsername(username);
  if (!user) throw new Error(`The identity provider has no test user "${username}".`);
  return { sub: user.sub, name: `${user.givenName} ${user.familyName}` };
}

const MIKKO: Teacher = testUser('teacher');
const PEKKA: Teacher = testUser('teacher-principal');
const AINO = testUser('pupil');

const RIIKKA: Teacher = { sub: 'teacher:riikka-laine', name: 'Riikka Laine' };
const HANNA: Teacher = { sub: 'teacher:hanna-salminen', name: 'Hanna Salminen' };
const PETRI: Teacher = { sub: 'teacher:petri-vaisanen', name: 'Petri Väisänen' };
const SATU: Teacher = { sub: 'teacher:satu-lehtonen', name: 'Satu Lehtonen' };
const JARI: Teacher = { sub: 'teacher:jari-koskinen', name: 'Jari Koskinen' };

/** A class's pupils, with ids from the class and a running number. */
function roster(prefix: string, names: readonly string[]): Pupil[] {
  return names.map((name, index) => {
    const [givenName = '', familyName = ''] = name.split(' ');
    return { id: `${prefix}-${String(index + 1).padStart(2, '0')}`, givenName, familyName };
  });
}

const LUMIKORPI_7A = roster('p-09231-7a', [
  'Venla Salonen',
  'Niilo Peltonen',
  'Iida Savolainen',
  'Oliver Turunen',
  'Lilja Kinnunen',
  'Veeti Hiltunen',
  'Ella Manninen',
  'Otto Lindqvist',
]);

const LUMIKORPI_7B: Pupil[] = [
  { id: AINO.sub, givenName: 'Aino', familyName: 'Mäkelä' },
  ...roster('p-09231-7b', [
    'Onni Lahtinen',
    'Emma Heinonen',
    'Leo Koskinen',
    'Sofia Järvinen',
    'Eino Hämäläinen',
    'Aada Laaksonen',
    'Väinö Rantanen',
    'Helmi Karjalainen',
    'Amir Rahimi',
  ]),
];

const LUMIKORPI_8A = roster('p-09231-8a', [
  'Juho Nurmi',
  'Pihla Ahonen',
  'Aleksi Räsänen',
  'Enni Tuominen',
  'Joona Mustonen',
  'Nelli Hakala',
  'Rasmus Pesonen',
  'Vilma Koivisto',
  'Topias Heikkilä',
]);

const LUMIKORPI_8B = roster('p-09231-8b', ['Saku Vainio', 'Minea Lehto', 'Daniel Forsman']);

const KIVIMAKI_7A = roster('p-09247-7a', [
  'Alma Hyvönen',
  'Eemil Laitinen',
  'Selma Kokkonen',
  'Luka Jokinen',
  'Matilda Ruotsalainen',
  'Vili Kauppinen',
  'Isla Sirviö',
  'Nooa Partanen',
]);

const KIVIMAKI_8B = roster('p-09247-8b', [
  'Kerttu Huttunen',
  'Lauri Toivonen',
  'Viivi Aaltonen',
  'Valtteri Saarinen',
  'Ronja Hirvonen',
  'Kasper Ojala',
  'Inka Backman',
  'Hugo Pitkänen',
]);

const KIVIMAKI_9A = roster('p-09247-9a', ['Tuukka Lindholm', 'Emilia Kaartinen']);

const KIVIMAKI_9C = roster('p-09247-9c', [
  'Jere Honkanen',
  'Oona Seppälä',
  'Elias Nyström',
  'Roosa Kallio',
  'Santeri Leinonen',
  'Milla Rautio',
  'Arttu Halonen',
  'Jenna Vesterinen',
  'Miro Suominen',
]);

/** Some pupils of a class, by their place in it (1-based). */
function some(pupils: readonly Pupil[], places: readonly number[]): Pupil[] {
  return places.map((place) => {
    const pupil = pupils.at(place - 1);
    if (!pupil) throw new Error(`No pupil at place ${place}.`);
    return pupil;
  });
}

const LUMIKORPI = TEST_SCHOOLS.lumikorpi.code;
const KIVIMAKI = TEST_SCHOOLS.kivimaki.code;

/** Every teaching group, in the order a school lists them. */
export const GROUPS: readonly Group[] = [
  {
    id: 'lumikorpi-7b-ma',
    schoolCode: LUMIKORPI,
    name: '7B matematiikka',
    subject: 'Matematiikka',
    scale: 'numeric',
    teacher: MIKKO,
    pupils: LUMIKORPI_7B,
  },
  {
    id: 'lumikorpi-8a-ma',
    schoolCode: LUMIKORPI,
    name: '8A matematiikka',
    subject: 'Matematiikka',
    scale: 'numeric',
    teacher: MIKKO,
    pupils: LUMIKORPI_8A,
  },
  {
    id: 'lumikorpi-8-ohj',
    schoolCode: LUMIKORPI,
    name: '8. lk valinnainen ohjelmointi',
    subject: 'Ohjelmointi (valinnainen)',
    scale: 'pass-fail',
    teacher: MIKKO,
    pupils: [...some(LUMIKORPI_8A, [1, 3, 6, 7]), ...LUMIKORPI_8B],
  },
  {
    id: 'lumikorpi-7a-ma',
    schoolCode: LUMIKORPI,
    name: '7A matematiikka',
    subject: 'Matematiikka',
    scale: 'numeric',
    teacher: RIIKKA,
    pupils: LUMIKORPI_7A,
  },
  {
    id: 'lumikorpi-7b-ai',
    schoolCode: LUMIKORPI,
    name: '7B äidinkieli ja kirjallisuus',
    subject: 'Äidinkieli ja kirjallisuus',
    scale: 'numeric',
    teacher: HANNA,
    pupils: LUMIKORPI_7B,
  },
  {
    id: 'kivimaki-9c-fy',
    schoolCode: KIVIMAKI,
    name: '9C fysiikka',
    subject: 'Fysiikka',
    scale: 'numeric',
    teacher: MIKKO,
    pupils: KIVIMAKI_9C,
  },
  {
    id: 'kivimaki-9c-ma',
    schoolCode: KIVIMAKI,
    name: '9C matematiikka',
    subject: 'Matematiikka',
    scale: 'numeric',
    teacher: PETRI,
    pupils: KIVIMAKI_9C,
  },
  {
    id: 'kivimaki-8b-en',
    schoolCode: KIVIMAKI,
    name: '8B englanti',
    subject: 'Englanti (A1)',
    scale: 'numeric',
    teacher: SATU,
    pupils: KIVIMAKI_8B,
  },
  {
    id: 'kivimaki-7a-bi',
    schoolCode: KIVIMAKI,
    name: '7A biologia',
    subject: 'Biologia',
    scale: 'numeric',
    teacher: PEKKA,
    pupils: KIVIMAKI_7A,
  },
  {
    id: 'kivimaki-9-me',
    schoolCode: KIVIMAKI,
    name: '9. lk valinnainen media',
    subject: 'Media (valinnainen)',
    scale: 'pass-fail',
    teacher: JARI,
    pupils: [...some(KIVIMAKI_9C, [2, 4, 7, 9]), ...KIVIMAKI_9A],
  },
];

/** The assessments given so far, per group, in the order of the group's pupils (null: none yet). */
const GIVEN: Readonly<Record<string, readonly (readonly [Grade, string] | null)[]>> = {
  'lumikorpi-7b-ma': [
    [9, 'Laskee huolellisesti ja perustelee ratkaisunsa selkeästi. Hienoa työtä!'],
    [7, 'Yhtälöiden ratkaiseminen sujuu; harjoittele vielä sanallisia tehtäviä.'],
    [8, 'Tekee tehtävät ajallaan ja kysyy rohkeasti, kun jokin on epäselvää.'],
    null,
    [10, 'Erinomaista päättelyä, myös haastavissa lisätehtävissä.'],
    [6, 'Läksyjen tekeminen säännöllisesti auttaisi. Murtoluvuissa edistystä.'],
    null,
    [8, ''],
    null,
    null,
  ],
  'lumikorpi-8a-ma': [],
  'lumikorpi-8-ohj': [
    ['S', 'Teki oman pelin Pythonilla; koodi oli selkeästi kommentoitu.'],
    ['S', ''],
    null,
    ['S', 'Ryhmätyö sujui hyvin, silmukat ja ehtolauseet hallussa.'],
    null,
    null,
    null,
  ],
  'lumikorpi-7a-ma': [
    [8, 'Hyvä työskentelyote.'],
    [7, ''],
    [9, 'Tarkka ja sinnikäs.'],
    [6, 'Tunneilla keskittyminen herpaantuu välillä.'],
    [8, ''],
    [7, ''],
    [10, 'Erinomainen matemaattinen ajattelu.'],
    [5, 'Tarvitsee tukea peruslaskutoimituksissa; tukiopetus jatkuu.'],
  ],
  'lumikorpi-7b-ai': [
    [9, 'Kirjoittaa eläväisesti ja lukee monipuolisesti.'],
    [7, ''],
    [8, 'Hyvä esitelmä kotiseudun kirjailijasta.'],
    [7, ''],
  ],
  'kivimaki-9c-fy': [
    [8, 'Mittaukset tehty huolellisesti, raportit selkeitä.'],
    [9, 'Ymmärtää sähköopin käsitteet hyvin.'],
    [7, ''],
    null,
    [6, 'Laboratoriotöiden raportit puuttuivat osin; palauta ne jakson loppuun mennessä.'],
    null,
    [8, ''],
    null,
    null,
  ],
  'kivimaki-9c-ma': [
    [7, ''],
    [9, 'Vahva osaaja, auttaa myös muita.'],
    [8, ''],
    [8, ''],
    [5, 'Poissaolot ovat vaikuttaneet arvosanaan; tukiopetusta tarjolla tiistaisin.'],
    [7, ''],
    [6, ''],
    [9, ''],
    [8, 'Hyvää edistymistä syksyn aikana.'],
  ],
  'kivimaki-8b-en': [
    [9, 'Puhuu rohkeasti ja sujuvasti.'],
    [8, ''],
    [10, 'Excellent work! Erinomainen sanavarasto.'],
    [7, ''],
    [8, ''],
    [6, 'Sanakokeisiin kannattaa valmistautua paremmin.'],
    [9, ''],
    null,
  ],
  'kivimaki-7a-bi': [[8, 'Hieno kasvio.'], [9, ''], null, null, null, null, null, null],
  'kivimaki-9-me': [
    ['S', 'Lyhytelokuva koulun arjesta oli onnistunut.'],
    ['S', ''],
    ['S', ''],
    ['H', 'Lopputyö puuttuu; sovi uusintamahdollisuudesta opettajan kanssa.'],
    ['S', ''],
    ['S', 'Hyvä podcast-jakso.'],
  ],
};

/**
 * The term being assessed on `today`: the autumn term from August, the spring term before it, so
 * the app always shows the current term.
 */
export function termOn(today: Date): Term {
  const month = today.getMonth() + 1;
  return { season: month >= 8 ? 'autumn' : 'spring', year: today.getFullYear() };
}

/** A fresh store of assessments, group id → pupil id → assessment, as at the start of the API. */
export function initialAssessments(): Map<string, Map<string, StoredAssessment>> {
  const store = new Map<string, Map<string, StoredAssessment>>();
  for (const group of GROUPS) {
    const given = GIVEN[group.id] ?? [];
    const byPupil = new Map<string, StoredAssessment>();
    group.pupils.forEach((pupil, index) => {
      const entry = given[index];
      if (entry) byPupil.set(pupil.id, { grade: entry[0], feedback: entry[1] });
    });
    store.set(group.id, byPupil);
  }
  return store;
}

/** The schools of the groups, by code. */
export const SCHOOL_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.values(TEST_SCHOOLS).map((school) => [school.code, school.name]),
);
