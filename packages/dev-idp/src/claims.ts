/**
 * The claims the local identity provider issues about a person, in the ID token and at the
 * userinfo endpoint, for the `profile` scope. Standard OpenID Connect claims plus `digione_*`
 * claims shaped like the MPASSid data model (roles, schools with their education providers, class
 * and grade) and, for guardians, the children from the population register's guardianship data.
 * The shell maps them to `DigiOneUser` of `@digione/sdk`; README.md documents the mapping.
 */
import type { ChildClaim, Door, SchoolClaim, TestRole, TestUser } from './users.js';

/** The claims of the `profile` scope, in the order README.md lists them. */
export const PROFILE_CLAIMS = [
  'name',
  'given_name',
  'family_name',
  'preferred_username',
  'digione_roles',
  'digione_schools',
  'digione_group',
  'digione_grade',
  'digione_children',
] as const;

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
  /** Class or teaching group (MPASSid's group in the role attribute), pupils only. */
  readonly digione_group?: string;
  /** Grade (MPASSid's class level), pupils only. */
  readonly digione_grade?: string;
  /** A guardian's children. */
  readonly digione_children?: readonly ChildClaim[];
}

/** The value of the `acr` claim: which door the person came through. */
export type DoorAcr = Door;

/** The claims of a test user. */
export function claimsOf(user: TestUser): DigiOneClaims {
  return {
    sub: user.sub,
    name: `${user.givenName} ${user.familyName}`,
    given_name: user.givenName,
    family_name: user.familyName,
    preferred_username: user.username,
    digione_roles: user.roles,
    digione_schools: user.schools,
    ...(user.group === undefined ? {} : { digione_group: user.group }),
    ...(user.grade === undefined ? {} : { digione_grade: user.grade }),
    ...(user.children === undefined ? {} : { digione_children: user.children }),
  };
}
