/**
 * An app's API reads the person's roles per school from the access token it verified: the
 * `digione_affiliations` claim (each role with its school's code) the local identity provider puts
 * in every app's token. A person who is principal at one school and teacher at another is a
 * principal only at the first: an API checks the role at the school a request asks about.
 */
import type { AffiliationClaim } from './claims.js';
import type { SchoolRole } from './users.js';
import type { VerifiedToken } from './verifier.js';

const SCHOOL_ROLES: readonly SchoolRole[] = [
  'learner',
  'teacher',
  'principal',
  'staff',
  'substitute',
];

/** Each role the token's person holds, with its school's code; malformed entries are left out. */
export function affiliationsOf(token: VerifiedToken): AffiliationClaim[] {
  const claim = token.payload.digione_affiliations;
  if (!Array.isArray(claim)) return [];
  return claim.flatMap((entry: unknown) => {
    const { role, school, group } = (entry ?? {}) as Record<string, unknown>;
    if (typeof school !== 'string' || !SCHOOL_ROLES.includes(role as SchoolRole)) return [];
    return [{ role: role as SchoolRole, school, ...(typeof group === 'string' ? { group } : {}) }];
  });
}

/** Whether the token's person holds `role` at the school with `code`. */
export function hasRoleAt(token: VerifiedToken, role: SchoolRole, code: string): boolean {
  return affiliationsOf(token).some((a) => a.role === role && a.school === code);
}

/** The codes of the schools where the token's person holds `role`, in the claim's order. */
export function schoolsWhere(token: VerifiedToken, role: SchoolRole): string[] {
  return affiliationsOf(token)
    .filter((a) => a.role === role)
    .map((a) => a.school);
}
