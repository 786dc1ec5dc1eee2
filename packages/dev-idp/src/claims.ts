/**
 * The claims the local identity provider issues about a person, in the ID token and at the
 * userinfo endpoint, for the `profile` scope, in one of two shapes (`ClaimShape`):
 *
 * - `digione` (the default): standard OpenID Connect claims plus `digione_*` claims shaped like the
 *   MPASSid data model (roles, schools with their education providers, each role at its school,
 *   class and grade) and, for guardians, the children from the population register's
 *   guardianship data — what an identity proxy in front of the portal issues;
 * - `mpassid`: MPASSid's own claim names and values (`urn:mpass.id:role`,
 *   `urn:mpass.id:schoolInfo`, `urn:mpass.id:educationProviderInfo`, `urn:mpass.id:classLevel`) for
 *   the people who come through the MPASSid door, as MPASSid's OpenID Connect service gives them.
 *   Guardians come through Suomi.fi, whose guardianship data keeps the `digione_*` shape, and the
 *   platform administrator's role (no MPASSid role) stays in `digione_roles`.
 *
 * The shell maps both to `DigiOneUser` of `@digione/sdk`; README.md documents the mapping. Access
 * tokens for an app's API carry `digione_affiliations` in either shape (see `accessTokenClaims`).
 */
import type { Affiliation, ChildClaim, Door, SchoolClaim, TestRole, TestUser } from './users.js';

/** Which claims the provider issues about a person: DigiOne's own, or MPASSid's. */
export type ClaimShape = 'digione' | 'mpassid';

export const CLAIM_SHAPES: readonly ClaimShape[] = ['digione', 'mpassid'];

/** The claims of the `profile` scope, in the order README.md lists them. */
export const PROFILE_CLAIMS = [
  'name',
  'given_name',
  'family_name',
  'preferred_username',
  'digione_roles',
  'digione_schools',
  'digione_affiliations',
  'digione_group',
  'digione_grade',
  'digione_children',
  'urn:mpass.id:role',
  'urn:mpass.id:schoolInfo',
  'urn:mpass.id:educationProviderInfo',
  'urn:mpass.id:classLevel',
] as const;

/** One role at one school, as the `digione_affiliations` claim carries it. */
export interface AffiliationClaim {
  readonly role: Affiliation['role'];
  /** The school's code: one of the person's `digione_schools`. */
  readonly school: string;
  readonly group?: string;
}

/** What the ID token and userinfo carry about a person (`acr` comes with the ID token only). */
export interface DigiOneClaims {
  /** Stable, pseudonymous id. */
  readonly sub: string;
  readonly name: string;
  readonly given_name: string;
  readonly family_name: string;
  /** The username typed at the local provider (production providers may not send one). */
  readonly preferred_username: string;
  /** Roles, from MPASSid's role attribute, or `guardian` for the Suomi.fi door. */
  readonly digione_roles: readonly TestRole[];
  /** Schools, from MPASSid's school and education provider attributes; empty for guardians. */
  readonly digione_schools: readonly SchoolClaim[];
  /** Each role at its school (one value of MPASSid's role attribute each). */
  readonly digione_affiliations: readonly AffiliationClaim[];
  /** Class or teaching group (MPASSid's group in the role attribute), pupils only. */
  readonly digione_group?: string;
  /** Grade (MPASSid's class level), pupils only. */
  readonly digione_grade?: string;
  /** A guardian's children. */
  readonly digione_children?: readonly ChildClaim[];
}

/** MPASSid's claims about a person who comes through the MPASSid door. */
export interface MpassidClaims {
  readonly sub: string;
  readonly name: string;
  readonly given_name: string;
  readonly family_name: string;
  readonly preferred_username: string;
  /** `<provider OID>;<school code>;<group>;<role name>;<role code>;<school OID>;<office OID>`. */
  readonly 'urn:mpass.id:role': readonly string[];
  /** `<school code>;<name>`. */
  readonly 'urn:mpass.id:schoolInfo': readonly string[];
  /** `<provider OID>;<name>`. */
  readonly 'urn:mpass.id:educationProviderInfo': readonly string[];
  readonly 'urn:mpass.id:classLevel'?: string;
  /** The platform administrator's role, which MPASSid does not know. */
  readonly digione_roles?: readonly TestRole[];
}

/** The value of the `acr` claim: which door the person came through. */
export type DoorAcr = Door;

/** The standard OpenID Connect claims of a test user, the same in either shape. */
function standardClaims(user: TestUser) {
  return {
    sub: user.sub,
    name: `${user.givenName} ${user.familyName}`,
    given_name: user.givenName,
    family_name: user.familyName,
    preferred_username: user.username,
  };
}

/** The claims of a test user, in DigiOne's shape. */
export function claimsOf(user: TestUser): DigiOneClaims {
  return {
    ...standardClaims(user),
    digione_roles: user.roles,
    digione_schools: user.schools,
    digione_affiliations: affiliationClaims(user),
    ...(user.group === undefined ? {} : { digione_group: user.group }),
    ...(user.grade === undefined ? {} : { digione_grade: user.grade }),
    ...(user.children === undefined ? {} : { digione_children: user.children }),
  };
}

/**
 * The education providers' OIDs in the Organisation Service, as MPASSid names providers (invented,
 * in the node class MPASSid keeps for test organisations).
 */
export const PROVIDER_OIDS: Readonly<Record<string, string>> = {
  '0124610-9': '1.2.246.562.99.00000000092',
  '0101263-6': '1.2.246.562.99.00000000049',
};

/** MPASSid's name (Finnish) and code of each school role (data model 1.4). */
const MPASSID_ROLES: Readonly<Record<Affiliation['role'], readonly [string, string]>> = {
  learner: ['Oppilas', '1'],
  teacher: ['Opettaja', '2'],
  staff: ['Hallintohenkilö', '3'],
  substitute: ['Sijaisopettaja', '5'],
  principal: ['Rehtori', '6'],
};

function providerOid(school: SchoolClaim): string {
  return PROVIDER_OIDS[school.provider_id] ?? school.provider_id;
}

/** The claims of a test user as MPASSid gives them (for the Suomi.fi door, DigiOne's shape). */
export function mpassidClaimsOf(user: TestUser): MpassidClaims | DigiOneClaims {
  if (user.door !== 'mpassid') return claimsOf(user);
  const schools = user.schools;
  const personRoles = user.roles.filter((role) => role === 'admin' || role === 'guardian');
  return {
    ...standardClaims(user),
    'urn:mpass.id:role': user.affiliations.map(({ role, school, group }) => {
      const [roleName, roleCode] = MPASSID_ROLES[role];
      return `${providerOid(school)};${school.code};${group ?? ''};${roleName};${roleCode};;`;
    }),
    'urn:mpass.id:schoolInfo': schools.map((school) => `${school.code};${school.name}`),
    'urn:mpass.id:educationProviderInfo': [
      ...new Set(schools.map((school) => `${providerOid(school)};${school.provider_name}`)),
    ],
    ...(user.grade === undefined ? {} : { 'urn:mpass.id:classLevel': user.grade }),
    ...(personRoles.length > 0 ? { digione_roles: personRoles } : {}),
  };
}

/** The claims of a test user in `shape`. */
export function claimsIn(shape: ClaimShape, user: TestUser): MpassidClaims | DigiOneClaims {
  return shape === 'mpassid' ? mpassidClaimsOf(user) : claimsOf(user);
}

/** The `digione_affiliations` claim of a test user. */
export function affiliationClaims(user: TestUser): AffiliationClaim[] {
  return user.affiliations.map(({ role, school, group }) => ({
    role,
    school: school.code,
    ...(group === undefined ? {} : { group }),
  }));
}

/**
 * What an app's access token says about the person beside `sub`: each role at its school
 * (`digione_affiliations`), in both claim shapes, so that an API checks the role at the school a
 * request asks about (see `rolesAt` of roles.ts).
 */
export function accessTokenClaims(user: TestUser): { digione_affiliations: AffiliationClaim[] } {
  return { digione_affiliations: affiliationClaims(user) };
}
