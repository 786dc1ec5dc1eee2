/**
 * The people, pupils, teaching groups and first messages of the Messages API. The signed-in people
 * are the identity provider's test users (Sanna Mäkelä, Mikko Korhonen, Leena Nieminen); every
 * other guardian, teacher and staff member is invented and exists only here. Nothing is random:
 * the first messages are dated relative to the day the API starts, so the inbox always looks like
 * this week's.
 */
import { TEST_SCHOOLS, userByUsername } from '@digione/dev-idp';
import type { PersonKind } from '../src/types.js';

function subOf(username: string): string {
  const user = userByUsername(username);
  if (!user) throw new Error(`the identity provider has no test user "${username}"`);
  return user.sub;
}

/** The test users who use Messages. */
export const SANNA = subOf('guardian');
export const MIKKO = subOf('teacher');
export const LEENA = subOf('principal');
/** Aino Mäkelä's own id (she is the pupil test user); Eetu is a child only in Sanna's claims. */
export const AINO = subOf('pupil');
export const EETU = '7d2f0a6c-91b4-4e58-b6c3-0e8a5d7f2b41';

export const LUMIKORPI = TEST_SCHOOLS.lumikorpi.code;
export const KIVIMAKI = TEST_SCHOOLS.kivimaki.code;
export const MERITUULI = TEST_SCHOOLS.merituuli.code;

/** The schools of the data, by code. */
export const SCHOOLS: ReadonlyMap<string, string> = new Map(
  Object.values(TEST_SCHOOLS).map((school) => [school.code, school.name]),
);

/** A person who can send and receive messages. */
export interface Person {
  readonly id: string;
  readonly name: string;
  readonly kind: PersonKind;
  /** Schools a teacher, principal or staff member works at (codes); empty for guardians. */
  readonly schools: readonly string[];
  /** What a staff member or principal does, e.g. "koulusihteeri". */
  readonly title?: string;
}

export interface Pupil {
  readonly id: string;
  readonly name: string;
  readonly school: string;
  readonly group: string;
  readonly guardians: readonly string[];
}

/** A teacher teaches a group a subject (or is its class teacher or supervisor). */
export interface Teaching {
  readonly teacher: string;
  readonly school: string;
  readonly group: string;
  readonly subject: string;
}

const person = (
  id: string,
  name: string,
  kind: PersonKind,
  schools: readonly string[] = [],
  title?: string,
): Person => ({ id, name, kind, schools, ...(title ? { title } : {}) });

/** A pupil of `school`'s `group`, and their guardians. */
const pupil = (
  id: string,
  name: string,
  school: string,
  group: string,
  ...guardians: string[]
): Pupil => ({ id, name, school, group, guardians });

export const PEOPLE: readonly Person[] = [
  // The test users.
  person(SANNA, 'Sanna Mäkelä', 'guardian'),
  person(MIKKO, 'Mikko Korhonen', 'teacher', [LUMIKORPI, KIVIMAKI]),
  person(LEENA, 'Leena Nieminen', 'principal', [KIVIMAKI], 'rehtori'),
  // Lumikorven koulu.
  person('p-anna-lehtinen', 'Anna Lehtinen', 'teacher', [LUMIKORPI]),
  person('p-jukka-toivonen', 'Jukka Toivonen', 'teacher', [LUMIKORPI]),
  person('p-katja-salo', 'Katja Salo', 'staff', [LUMIKORPI], 'kouluterveydenhoitaja'),
  person('p-pekka-jarvinen', 'Pekka Järvinen', 'principal', [LUMIKORPI], 'rehtori'),
  // Merituulen koulu.
  person('p-riikka-laine', 'Riikka Laine', 'teacher', [MERITUULI]),
  person('p-elina-forsman', 'Elina Forsman', 'teacher', [MERITUULI]),
  // Kivimäen yhtenäiskoulu.
  person('p-timo-hiltunen', 'Timo Hiltunen', 'teacher', [KIVIMAKI]),
  person('p-paula-hamalainen', 'Paula Hämäläinen', 'teacher', [KIVIMAKI]),
  person('p-maarit-koskinen', 'Maarit Koskinen', 'staff', [KIVIMAKI], 'koulusihteeri'),
  person('p-sari-vaisanen', 'Sari Väisänen', 'staff', [KIVIMAKI], 'kouluterveydenhoitaja'),
  // Other guardians.
  person('p-jari-lahtinen', 'Jari Lahtinen', 'guardian'),
  person('p-minna-heikkila', 'Minna Heikkilä', 'guardian'),
  person('p-tiina-nurmi', 'Tiina Nurmi', 'guardian'),
  person('p-antti-nurmi', 'Antti Nurmi', 'guardian'),
  person('p-johanna-virtanen', 'Johanna Virtanen', 'guardian'),
  person('p-petri-salonen', 'Petri Salonen', 'guardian'),
  person('p-mari-karjalainen', 'Mari Karjalainen', 'guardian'),
  person('p-hanna-rantanen', 'Hanna Rantanen', 'guardian'),
  person('p-laura-mattila', 'Laura Mattila', 'guardian'),
];

export const PUPILS: readonly Pupil[] = [
  pupil(AINO, 'Aino Mäkelä', LUMIKORPI, '7B', SANNA),
  pupil('pupil-ella-lahtinen', 'Ella Lahtinen', LUMIKORPI, '7B', 'p-jari-lahtinen'),
  pupil('pupil-oskari-heikkila', 'Oskari Heikkilä', LUMIKORPI, '7B', 'p-minna-heikkila'),
  pupil('pupil-venla-nurmi', 'Venla Nurmi', LUMIKORPI, '7B', 'p-tiina-nurmi', 'p-antti-nurmi'),
  pupil(EETU, 'Eetu Mäkelä', MERITUULI, '3A', SANNA),
  pupil('pupil-lenni-virtanen', 'Lenni Virtanen', MERITUULI, '3A', 'p-johanna-virtanen'),
  pupil('pupil-veeti-salonen', 'Veeti Salonen', KIVIMAKI, '8A', 'p-petri-salonen'),
  pupil('pupil-iida-karjalainen', 'Iida Karjalainen', KIVIMAKI, '8A', 'p-mari-karjalainen'),
  pupil('pupil-sofia-rantanen', 'Sofia Rantanen', KIVIMAKI, '9C', 'p-hanna-rantanen'),
  pupil('pupil-niilo-mattila', 'Niilo Mattila', KIVIMAKI, '5B', 'p-laura-mattila'),
];

export const TEACHING: readonly Teaching[] = [
  { teacher: MIKKO, school: LUMIKORPI, group: '7B', subject: 'luokanohjaaja' },
  { teacher: MIKKO, school: LUMIKORPI, group: '7B', subject: 'matematiikka' },
  { teacher: MIKKO, school: KIVIMAKI, group: '8A', subject: 'matematiikka' },
  { teacher: MIKKO, school: KIVIMAKI, group: '9C', subject: 'matematiikka' },
  { teacher: 'p-anna-lehtinen', school: LUMIKORPI, group: '7B', subject: 'englanti' },
  { teacher: 'p-jukka-toivonen', school: LUMIKORPI, group: '7B', subject: 'liikunta' },
  { teacher: 'p-riikka-laine', school: MERITUULI, group: '3A', subject: 'luokanopettaja' },
  { teacher: 'p-elina-forsman', school: MERITUULI, group: '3A', subject: 'englanti' },
  { teacher: 'p-timo-hiltunen', school: KIVIMAKI, group: '8A', subject: 'historia' },
  { teacher: 'p-timo-hiltunen', school: KIVIMAKI, group: '9C', subject: 'historia' },
  { teacher: 'p-paula-hamalainen', school: KIVIMAKI, group: '5B', subject: 'luokanopettaja' },
];

/** One message of a seed thread: who wrote it, when, and who has not read it yet. */
export interface SeedMessage {
  readonly from: string;
  /** Whole days before the day the API starts, and the time of day (local time). */
  readonly daysAgo: number;
  readonly time: string;
  readonly body: string;
  /** Those of the message's readers who have not read it. */
  readonly unreadBy?: readonly string[];
}

export interface SeedThread {
  readonly subject: string;
  readonly author: string;
  readonly recipients: readonly string[];
  readonly school: string;
  /** The pupil the thread concerns, when one does. */
  readonly child?: string;
  readonly messages: readonly SeedMessage[];
}

const GUARDIANS_7B = [
  SANNA,
  'p-jari-lahtinen',
  'p-minna-heikkila',
  'p-tiina-nurmi',
  'p-antti-nurmi',
];
const GUARDIANS_3A = [SANNA, 'p-johanna-virtanen'];
const STAFF_KIVIMAKI = [
  MIKKO,
  'p-timo-hiltunen',
  'p-paula-hamalainen',
  'p-maarit-koskinen',
  'p-sari-vaisanen',
];

/** The messages the API starts with; the sent ones join them while it runs. */
export const SEED_THREADS: readonly SeedThread[] = [
  {
    subject: 'Retkitiedote: 7B:n luontoretki Nuuksioon torstaina',
    author: MIKKO,
    recipients: GUARDIANS_7B,
    school: LUMIKORPI,
    messages: [
      {
        from: MIKKO,
        daysAgo: 4,
        time: '15:12',
        body: [
          'Hyvät 7B:n huoltajat,',
          '',
          'lähdemme torstaina luontoretkelle Nuuksion kansallispuistoon osana biologian ja maantiedon opintoja. Bussi lähtee koulun pihasta klo 8.15, ja palaamme noin klo 14.30.',
          '',
          'Mukaan tarvitaan:',
          '– säänmukainen vaatetus ja hyvät kengät',
          '– juomapullo',
          '– retkieväät (koulu tarjoaa lämpimän keiton)',
          '',
          'Ilmoittakaa erityisruokavaliot ja allergiat minulle maanantaihin mennessä vastaamalla tähän viestiin.',
          '',
          'Ystävällisin terveisin',
          'Mikko Korhonen',
          'luokanohjaaja, 7B',
        ].join('\n'),
      },
      {
        from: 'p-jari-lahtinen',
        daysAgo: 3,
        time: '20:41',
        body: 'Hei!\n\nEllalla on pähkinäallergia, joten eväät tulevat kotoa. Adrenaliinikynä on hänen repussaan.\n\nTerveisin\nJari Lahtinen',
        unreadBy: [MIKKO],
      },
    ],
  },
  {
    subject: 'Kutsu 7. luokkien vanhempainiltaan',
    author: 'p-pekka-jarvinen',
    recipients: GUARDIANS_7B,
    school: LUMIKORPI,
    messages: [
      {
        from: 'p-pekka-jarvinen',
        daysAgo: 1,
        time: '12:30',
        body: [
          'Hyvät 7. luokkien huoltajat,',
          '',
          'tervetuloa vanhempainiltaan tiistaina klo 18.00 koulun auditorioon. Illan aiheina ovat yläkouluun siirtyminen, arviointi ja kodin ja koulun yhteistyö sekä oppilashuollon palvelut. Kouluterveydenhoitaja Katja Salo ja opinto-ohjaaja ovat paikalla.',
          '',
          'Illan lopuksi voitte tavata luokanohjaajan oman luokan tilassa.',
          '',
          'Tervetuloa!',
          'Pekka Järvinen',
          'rehtori, Lumikorven koulu',
        ].join('\n'),
        unreadBy: [SANNA, 'p-minna-heikkila', 'p-antti-nurmi'],
      },
    ],
  },
  {
    subject: 'Ainon poissaolo perjantaina',
    author: SANNA,
    recipients: [MIKKO],
    school: LUMIKORPI,
    child: AINO,
    messages: [
      {
        from: SANNA,
        daysAgo: 2,
        time: '07:42',
        body: 'Hei,\n\nAino on perjantaina koko päivän poissa koulusta hammaslääkärikäynnin vuoksi. Hän tekee matematiikan kotitehtävät etukäteen.\n\nTerveisin\nSanna Mäkelä',
      },
      {
        from: MIKKO,
        daysAgo: 2,
        time: '10:05',
        body: 'Kiitos tiedosta! Merkitsen poissaolon selvitetyksi. Aino voi palauttaa tehtävät maanantaina.\n\nTerveisin\nMikko Korhonen',
      },
    ],
  },
  {
    subject: 'Viikon läksyt ja kirjastokäynti',
    author: 'p-riikka-laine',
    recipients: GUARDIANS_3A,
    school: MERITUULI,
    messages: [
      {
        from: 'p-riikka-laine',
        daysAgo: 1,
        time: '14:05',
        body: [
          'Hei 3A:n kodit!',
          '',
          'Tämän viikon läksyt:',
          '– Matematiikka: kirjan sivut 42–43',
          '– Äidinkieli: lue tarina ”Metsän salaisuus” ja vastaa kysymyksiin vihkoon',
          '– Englanti: harjoittele luvut 1–20',
          '',
          'Keskiviikkona käymme lähikirjastossa. Muistattehan laittaa lainatut kirjat reppuun.',
          '',
          'Aurinkoisin terveisin',
          'Riikka Laine',
          'luokanopettaja, 3A',
        ].join('\n'),
        unreadBy: [SANNA],
      },
    ],
  },
  {
    subject: 'Ainon laaja terveystarkastus',
    author: 'p-katja-salo',
    recipients: [SANNA],
    school: LUMIKORPI,
    child: AINO,
    messages: [
      {
        from: 'p-katja-salo',
        daysAgo: 6,
        time: '09:30',
        body: [
          'Hei,',
          '',
          'Ainon 7. luokan laaja terveystarkastus on keskiviikkona klo 10.15 terveydenhoitajan vastaanotolla (A-siiven 2. kerros). Laajaan terveystarkastukseen kutsutaan myös huoltaja, joten toivon, että pääsette mukaan. Jos aika ei sovi, vastatkaa tähän viestiin, niin sovitaan uusi.',
          '',
          'Ystävällisin terveisin',
          'Katja Salo',
          'kouluterveydenhoitaja, Lumikorven koulu',
        ].join('\n'),
      },
      {
        from: SANNA,
        daysAgo: 5,
        time: '18:20',
        body: 'Hei, pääsen mukaan. Kiitos!\n\nSanna Mäkelä',
      },
      {
        from: 'p-katja-salo',
        daysAgo: 1,
        time: '08:55',
        body: 'Hienoa, nähdään keskiviikkona! Ottakaa mukaan Ainon rokotuskortti, jos se on tallessa.\n\nKatja',
        unreadBy: [SANNA],
      },
    ],
  },
  {
    subject: 'Veetin matematiikan koe',
    author: 'p-petri-salonen',
    recipients: [MIKKO],
    school: KIVIMAKI,
    child: 'pupil-veeti-salonen',
    messages: [
      {
        from: 'p-petri-salonen',
        daysAgo: 2,
        time: '19:48',
        body: 'Hei,\n\nVeeti oli sairaana viime viikon torstaina, jolloin 8A:lla oli matematiikan koe. Voisiko hän tehdä kokeen uusintana? Hän ehtisi esimerkiksi tiistaina koulun jälkeen.\n\nTerveisin\nPetri Salonen',
        unreadBy: [MIKKO],
      },
    ],
  },
  {
    subject: 'Opettajainkokous keskiviikkona klo 14.15',
    author: LEENA,
    recipients: STAFF_KIVIMAKI,
    school: KIVIMAKI,
    messages: [
      {
        from: LEENA,
        daysAgo: 3,
        time: '16:00',
        body: [
          'Hei kaikki,',
          '',
          'opettajainkokous pidetään keskiviikkona klo 14.15 opettajainhuoneessa.',
          '',
          'Esityslista:',
          '1. Arviointiviikon aikataulu',
          '2. Vanhempainiltojen järjestelyt',
          '3. Tukiopetuksen resurssit',
          '4. Muut asiat',
          '',
          'Lisätkää asioita esityslistaan vastaamalla tähän viestiin tiistaihin mennessä.',
          '',
          'Leena Nieminen',
          'rehtori, Kivimäen yhtenäiskoulu',
        ].join('\n'),
        unreadBy: [MIKKO, 'p-paula-hamalainen'],
      },
    ],
  },
  {
    subject: 'Sofian tukiopetus',
    author: 'p-hanna-rantanen',
    recipients: [MIKKO],
    school: KIVIMAKI,
    child: 'pupil-sofia-rantanen',
    messages: [
      {
        from: 'p-hanna-rantanen',
        daysAgo: 5,
        time: '17:15',
        body: 'Hei,\n\nSofia kokee yhtälöt vaikeiksi. Olisiko matematiikan tukiopetusta tarjolla tällä jaksolla?\n\nYstävällisin terveisin\nHanna Rantanen',
      },
      {
        from: MIKKO,
        daysAgo: 4,
        time: '11:20',
        body: 'Hei,\n\nkiitos yhteydenotosta. Tukiopetusta on tiistaisin klo 14.15–15.00 luokassa B204. Sofia on lämpimästi tervetullut, ilmoittautumista ei tarvita.\n\nTerveisin\nMikko Korhonen',
      },
    ],
  },
  {
    subject: 'Sijaisjärjestelyt ensi viikolla',
    author: 'p-timo-hiltunen',
    recipients: [LEENA],
    school: KIVIMAKI,
    messages: [
      {
        from: 'p-timo-hiltunen',
        daysAgo: 1,
        time: '08:10',
        body: 'Hei Leena,\n\nolen koulutuksessa ensi viikon maanantaina ja tiistaina. Historian tunnit 8A:lle ja 9C:lle on suunniteltu, ja tehtävät ovat opettajainhuoneen sijaiskansiossa. Voisitko varmistaa sijaisen koulusihteerin kautta?\n\nKiitos!\nTimo',
        unreadBy: [LEENA],
      },
    ],
  },
  {
    subject: 'Koulukuvauksen aikataulu',
    author: 'p-maarit-koskinen',
    recipients: [LEENA],
    school: KIVIMAKI,
    messages: [
      {
        from: 'p-maarit-koskinen',
        daysAgo: 4,
        time: '13:37',
        body: 'Hei,\n\nkuvaamo vahvisti koulukuvauksen ensi kuun alkuun. Aikatauluehdotus on kansliassa: luokkakuvat otetaan aamupäivisin ja yksilökuvat iltapäivisin. Tiedotan huoltajille, kun olet hyväksynyt aikataulun.\n\nMaarit',
      },
    ],
  },
  {
    subject: 'Koulukuljetus Niilolle',
    author: 'p-laura-mattila',
    recipients: [LEENA],
    school: KIVIMAKI,
    child: 'pupil-niilo-mattila',
    messages: [
      {
        from: 'p-laura-mattila',
        daysAgo: 2,
        time: '21:03',
        body: 'Hei,\n\nmuutamme kuun lopussa Kivistöön, ja Niilon koulumatka pitenee yli viiteen kilometriin. Miten koulukuljetusta haetaan, ja voiko Niilo jatkaa Kivimäen koulussa muuton jälkeen?\n\nTerveisin\nLaura Mattila',
        unreadBy: [LEENA],
      },
    ],
  },
];
