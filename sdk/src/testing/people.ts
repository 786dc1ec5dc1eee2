/**
 * The test people of DigiOne Portal's local identity provider (packages/dev-idp), as the portal
 * sees them: their ID-token claims, mapped to `DigiOneUser` by the portal's own `userFromClaims`,
 * and the acting-as choices the portal offers them (`actingAsChoices`). The conformance kit mounts
 * an app for one of them by default, chosen by the app's manifest, so that what an app meets in
 * its tests is what it meets in the portal. Every name, school and code is invented.
 *
 * The claims are those of the provider, kept in the SDK because the provider is not published;
 * people.test.ts checks that both say the same.
 */
import { actingAsChoices } from '../context/acting-as.js';
import { userFromClaims, type IdTokenClaims, type SignInDoor } from '../context/claims.js';
import type { ActingAs, DigiOneUser, Role } from '../context/types.js';
import type { AppManifest } from '../manifest/types.js';

/** One test person: the username they sign in with, their door, and the portal's user. */
export interface TestPerson {
  /** What they type at the local identity provider (password "digione"). */
  readonly username: string;
  readonly door: SignInDoor;
  readonly user: DigiOneUser;
}

const VANTAA = { provider_id: '0124610-9', provider_name: 'Vantaan kaupunki' };
const ESPOO = { provider_id: '0101263-6', provider_name: 'Espoon kaupunki' };
const LUMIKORPI = { code: '09231', name: 'Lumikorven koulu', ...VANTAA };
const KIVIMAKI = { code: '09247', name: 'Kivimäen yhtenäiskoulu', ...VANTAA };
const MERITUULI = { code: '04915', name: 'Merituulen koulu', ...ESPOO };
const AINO = '5f1d2c7a-3b8e-4e0a-9c41-7a2e6b0d9f13';

/** The ID-token claims of each test person, as the local identity provider issues them. */
export const TEST_PEOPLE_CLAIMS: readonly IdTokenClaims[] = [
  {
    sub: AINO,
    preferred_username: 'pupil',
    acr: 'mpassid',
    given_name: 'Aino',
    family_name: 'Mäkelä',
    digione_roles: ['learner'],
    digione_schools: [LUMIKORPI],
    digione_affiliations: [{ role: 'learner', school: '09231', group: '7B' }],
    digione_group: '7B',
    digione_grade: '7',
  },
  {
    sub: '0c6b9e24-58d1-4a7f-b3e2-1d94f6a8c570',
    preferred_username: 'teacher',
    acr: 'mpassid',
    given_name: 'Mikko',
    family_name: 'Korhonen',
    digione_roles: ['teacher'],
    digione_schools: [LUMIKORPI, KIVIMAKI],
    digione_affiliations: [
      { role: 'teacher', school: '09231' },
      { role: 'teacher', school: '09247' },
    ],
  },
  {
    sub: '9a47c1f0-2e6d-4b38-8f05-c3d7a1e4b962',
    preferred_username: 'principal',
    acr: 'mpassid',
    given_name: 'Leena',
    family_name: 'Nieminen',
    digione_roles: ['principal'],
    digione_schools: [KIVIMAKI],
    digione_affiliations: [{ role: 'principal', school: '09247' }],
  },
  {
    sub: 'e3b8d5a2-7c19-4f6e-a0d4-58f2c9b1e736',
    preferred_username: 'guardian',
    acr: 'suomifi',
    given_name: 'Sanna',
    family_name: 'Mäkelä',
    digione_roles: ['guardian'],
    digione_schools: [],
    digione_affiliations: [],
    digione_children: [
      { id: AINO, given_name: 'Aino', family_name: 'Mäkelä', school: LUMIKORPI, grade: '7' },
      {
        id: '7d2f0a6c-91b4-4e58-b6c3-0e8a5d7f2b41',
        given_name: 'Eetu',
        family_name: 'Mäkelä',
        school: MERITUULI,
        grade: '3',
      },
    ],
  },
  {
    sub: '2b9e6f13-d0a7-4c85-9e21-f6c4a3b8d057',
    preferred_username: 'admin',
    acr: 'mpassid',
    given_name: 'Juha',
    family_name: 'Heikkinen',
    digione_roles: ['admin'],
    digione_schools: [],
    digione_affiliations: [],
  },
  {
    sub: '4e8a1c37-b5f2-4d09-8a6e-2c71d9f0b358',
    preferred_username: 'teacher-principal',
    acr: 'mpassid',
    given_name: 'Pekka',
    family_name: 'Aaltonen',
    digione_roles: ['teacher', 'principal'],
    digione_schools: [KIVIMAKI, LUMIKORPI],
    digione_affiliations: [
      { role: 'teacher', school: '09247' },
      { role: 'principal', school: '09231' },
    ],
  },
  {
    sub: 'b16f3d92-0a4c-4e7b-9d58-e3a2c6b0f714',
    preferred_username: 'substitute',
    acr: 'mpassid',
    given_name: 'Outi',
    family_name: 'Rinne',
    digione_roles: ['substitute'],
    digione_schools: [MERITUULI],
    digione_affiliations: [{ role: 'substitute', school: '04915' }],
  },
];

/** The test people as the portal signs them in. */
export const TEST_PEOPLE: readonly TestPerson[] = Object.freeze(
  TEST_PEOPLE_CLAIMS.map((claims) =>
    Object.freeze({ username: String(claims.preferred_username), ...userFromClaims(claims) }),
  ),
);

/**
 * The test person who signs in as `username` ("pupil", "teacher", "principal", "guardian", "admin",
 * "teacher-principal": a teacher at one school and principal of another, "substitute").
 */
export function testPerson(username: string): TestPerson {
  const person = TEST_PEOPLE.find((p) => p.username === username);
  if (!person) {
    throw new TypeError(
      `testPerson: no test person signs in as ${JSON.stringify(username)}; the test people are ${TEST_PEOPLE.map((p) => p.username).join(', ')}.`,
    );
  }
  return person;
}

/** A person and where they act, as the portal holds them while an app is mounted. */
export interface PersonInPortal {
  readonly user: DigiOneUser;
  readonly actingAs: ActingAs | null;
}

/**
 * Where the person acts when they open the portal: the first choice the portal offers them, or
 * with `role` the first in that role (null when the person has no choice there).
 */
export function actingAsOf(user: DigiOneUser, role?: Role): ActingAs | null {
  const choices = actingAsChoices(user);
  return (role === undefined ? choices : choices.filter((c) => c.role === role)).at(0) ?? null;
}

/**
 * The person the kit mounts an app for unless a test says otherwise: the first test person with a
 * role the manifest declares (in the manifest's order of roles), acting where the portal would
 * start them in that role.
 */
export function defaultPersonFor(manifest: Pick<AppManifest, 'id' | 'roles'>): PersonInPortal {
  for (const role of manifest.roles) {
    const person = TEST_PEOPLE.find((p) => p.user.roles.includes(role));
    if (person) return { user: person.user, actingAs: actingAsOf(person.user, role) };
  }
  throw new TypeError(
    `The app "${manifest.id}" declares the roles ${JSON.stringify(manifest.roles)}, which no test person has; pass { user, actingAs } to mount it.`,
  );
}
