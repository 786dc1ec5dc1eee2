/**
 * The test people of DigiOne's local identity provider, shaped like the MPASSid data model (pupils,
 * teachers, staff) and like a Suomi.fi identification with guardianship data (guardians). Every
 * name, school and school code is invented; the education providers are the tenant municipalities
 * of the examples (Vantaa, Espoo), with their business ids and municipality codes.
 */

/** The door a person comes through: MPASSid (pupils, teachers, staff) or Suomi.fi (guardians). */
export type Door = 'mpassid' | 'suomifi';

/** Every door, in the order the login page offers them. */
export const DOORS: readonly Door[] = ['mpassid', 'suomifi'];

/** Roles as `DigiOneUser.roles` of `@digione/sdk` names them. */
export type TestRole =
  'learner' | 'teacher' | 'principal' | 'staff' | 'substitute' | 'guardian' | 'admin';

/** A school as the `digione_schools` claim carries it (snake_case, as OIDC claims are). */
export interface SchoolClaim {
  /** The school's official code (oppilaitosnumero, five digits). */
  readonly code: string;
  readonly name: string;
  /** The education provider's business id (Y-tunnus). */
  readonly provider_id: string;
  readonly provider_name: string;
  /** Statistics Finland's municipality code of the education provider. */
  readonly municipality_code: string;
  /** The DigiOne tenant that hosts the education provider's portal. */
  readonly tenant: string;
}

/** The roles a person holds at a school (the others, guardian and admin, belong to the person). */
export type SchoolRole = Exclude<TestRole, 'guardian' | 'admin'>;

/** One role at one school, as one value of MPASSid's role attribute gives it. */
export interface Affiliation {
  readonly role: SchoolRole;
  readonly school: SchoolClaim;
  /** The class or teaching group, pupils only. */
  readonly group?: string;
}

/** A guardian's child, as the `digione_children` claim carries it. */
export interface ChildClaim {
  /** The child's stable id: the same as the child's own `sub` where the child has an account. */
  readonly id: string;
  readonly given_name: string;
  readonly family_name: string;
  readonly school: SchoolClaim;
  /** Grade (vuosiluokka). */
  readonly grade?: string;
}

/** A person who can sign in to the local identity provider. */
export interface TestUser {
  /** What to type in the login form's username field. */
  readonly username: string;
  /** The door the person must use. */
  readonly door: Door;
  /** The `sub` claim: a stable, pseudonymous id. */
  readonly sub: string;
  readonly givenName: string;
  readonly familyName: string;
  /** Every role the person holds: those of `affiliations`, and guardian or admin. */
  readonly roles: readonly TestRole[];
  /** Every school where the person holds a role. */
  readonly schools: readonly SchoolClaim[];
  /** Each role the person holds at a school, with the school. */
  readonly affiliations: readonly Affiliation[];
  /** Class or teaching group (luokka), pupils only. */
  readonly group?: string;
  /** Grade (vuosiluokka), pupils only. */
  readonly grade?: string;
  /** A guardian's children. */
  readonly children?: readonly ChildClaim[];
}

/** The one password of every test user. */
export const TEST_PASSWORD = 'digione';

const VANTAA = {
  provider_id: '0124610-9',
  provider_name: 'Vantaan kaupunki',
  municipality_code: '092',
  tenant: 'vantaa',
} as const;

const ESPOO = {
  provider_id: '0101263-6',
  provider_name: 'Espoon kaupunki',
  municipality_code: '049',
  tenant: 'espoo',
} as const;

/** The schools of the test users (names and codes invented). */
export const TEST_SCHOOLS = {
  lumikorpi: { code: '09231', name: 'Lumikorven koulu', ...VANTAA },
  kivimaki: { code: '09247', name: 'Kivimäen yhtenäiskoulu', ...VANTAA },
  merituuli: { code: '04915', name: 'Merituulen koulu', ...ESPOO },
} as const satisfies Record<string, SchoolClaim>;

const PUPIL_SUB = '5f1d2c7a-3b8e-4e0a-9c41-7a2e6b0d9f13';

/** The test users; the password of each is {@link TEST_PASSWORD}. */
export const TEST_USERS: readonly TestUser[] = [
  {
    username: 'pupil',
    door: 'mpassid',
    sub: PUPIL_SUB,
    givenName: 'Aino',
    familyName: 'Mäkelä',
    roles: ['learner'],
    schools: [TEST_SCHOOLS.lumikorpi],
    affiliations: [{ role: 'learner', school: TEST_SCHOOLS.lumikorpi, group: '7B' }],
    group: '7B',
    grade: '7',
  },
  {
    username: 'teacher',
    door: 'mpassid',
    sub: '0c6b9e24-58d1-4a7f-b3e2-1d94f6a8c570',
    givenName: 'Mikko',
    familyName: 'Korhonen',
    roles: ['teacher'],
    schools: [TEST_SCHOOLS.lumikorpi, TEST_SCHOOLS.kivimaki],
    affiliations: [
      { role: 'teacher', school: TEST_SCHOOLS.lumikorpi },
      { role: 'teacher', school: TEST_SCHOOLS.kivimaki },
    ],
  },
  {
    username: 'principal',
    door: 'mpassid',
    sub: '9a47c1f0-2e6d-4b38-8f05-c3d7a1e4b962',
    givenName: 'Leena',
    familyName: 'Nieminen',
    roles: ['principal'],
    schools: [TEST_SCHOOLS.kivimaki],
    affiliations: [{ role: 'principal', school: TEST_SCHOOLS.kivimaki }],
  },
  {
    username: 'guardian',
    door: 'suomifi',
    sub: 'e3b8d5a2-7c19-4f6e-a0d4-58f2c9b1e736',
    givenName: 'Sanna',
    familyName: 'Mäkelä',
    roles: ['guardian'],
    schools: [],
    affiliations: [],
    children: [
      {
        id: PUPIL_SUB,
        given_name: 'Aino',
        family_name: 'Mäkelä',
        school: TEST_SCHOOLS.lumikorpi,
        grade: '7',
      },
      {
        id: '7d2f0a6c-91b4-4e58-b6c3-0e8a5d7f2b41',
        given_name: 'Eetu',
        family_name: 'Mäkelä',
        school: TEST_SCHOOLS.merituuli,
        grade: '3',
      },
    ],
  },
  {
    username: 'admin',
    door: 'mpassid',
    sub: '2b9e6f13-d0a7-4c85-9e21-f6c4a3b8d057',
    givenName: 'Juha',
    familyName: 'Heikkinen',
    roles: ['admin'],
    schools: [],
    affiliations: [],
  },
  {
    username: 'teacher-principal',
    door: 'mpassid',
    sub: '4e8a1c37-b5f2-4d09-8a6e-2c71d9f0b358',
    givenName: 'Pekka',
    familyName: 'Aaltonen',
    roles: ['teacher', 'principal'],
    schools: [TEST_SCHOOLS.kivimaki, TEST_SCHOOLS.lumikorpi],
    affiliations: [
      { role: 'teacher', school: TEST_SCHOOLS.kivimaki },
      { role: 'principal', school: TEST_SCHOOLS.lumikorpi },
    ],
  },
  {
    username: 'substitute',
    door: 'mpassid',
    sub: 'b16f3d92-0a4c-4e7b-9d58-e3a2c6b0f714',
    givenName: 'Outi',
    familyName: 'Rinne',
    roles: ['substitute'],
    schools: [TEST_SCHOOLS.merituuli],
    affiliations: [{ role: 'substitute', school: TEST_SCHOOLS.merituuli }],
  },
];

/** The test user with this `sub`, if any. */
export function userBySub(sub: string): TestUser | undefined {
  return TEST_USERS.find((user) => user.sub === sub);
}

/** The test user with this username (case and surrounding spaces ignored), if any. */
export function userByUsername(username: string): TestUser | undefined {
  const wanted = username.trim().toLowerCase();
  return TEST_USERS.find((user) => user.username === wanted);
}
