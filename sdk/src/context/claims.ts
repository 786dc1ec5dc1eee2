import { isSchoolRole } from './acting-as.js';
import {
  affiliationsFromMpassid,
  gradeFromMpassid,
  hasMpassidClaims,
  type ClaimsOptions,
} from './mpassid.js';
import {
  ROLES,
  type Affiliation,
  type Child,
  type DigiOneUser,
  type Role,
  type School,
} from './types.js';

/** The door a person came through: MPASSid (pupils, teachers, staff) or Suomi.fi (guardians). */
export type SignInDoor = 'mpassid' | 'suomifi';

/**
 * The ID token claims DigiOne reads: `sub`, `given_name`, `family_name`, `acr` (the door), and the
 * person's roles either as MPASSid's own claims (`urn:mpass.id:role` and the school and education
 * provider claims beside it, see mpassid.ts) or as the `digione_*` claims of DigiOne's local
 * identity provider and identity proxies (roles, schools, roles per school, group, grade, children).
 */
export type IdTokenClaims = Readonly<Record<string, unknown>>;

export type { ClaimsOptions };

/**
 * One `DigiOneUser` from either door. MPASSid gives each role with its school (codes and education
 * providers), class and grade; Suomi.fi with guardianship data gives a guardian's children. Claims
 * that are missing or malformed are left out rather than guessed; an unknown role is dropped.
 *
 * Roles per school come from, in this order: MPASSid's `urn:mpass.id:role`; `digione_affiliations`
 * (`[{ role, school: <code of one of digione_schools>, group? }]`); or, from an older proxy that
 * sends neither, each school role of `digione_roles` at each school of `digione_schools`. Guardian
 * and administrator come from `digione_roles`.
 */
export function userFromClaims(
  claims: IdTokenClaims,
  options: ClaimsOptions = {},
): { user: DigiOneUser; door: SignInDoor } {
  const id = stringClaim(claims.sub);
  if (!id) throw new TypeError('The ID token has no "sub" claim.');
  const listed = arrayClaim(claims.digione_roles).filter(
    (r): r is Role => typeof r === 'string' && (ROLES as readonly string[]).includes(r),
  );
  const mpassid = hasMpassidClaims(claims);
  const affiliations = mpassid
    ? affiliationsFromMpassid(claims, options)
    : digioneAffiliations(claims, listed);
  const roles = unique([
    ...affiliations.map((a) => a.role),
    ...listed.filter((r) => !isSchoolRole(r)),
  ]);
  const schools = affiliations
    .map((a) => a.school)
    .filter((school, i, all) => all.findIndex((s) => s.code === school.code) === i);
  const children = arrayClaim(claims.digione_children).flatMap((c) => {
    const child = toChild(c);
    return child ? [child] : [];
  });
  const group = mpassid
    ? affiliations.find((a) => a.role === 'learner' && a.group)?.group
    : stringClaim(claims.digione_group);
  const grade = mpassid ? gradeFromMpassid(claims) : stringClaim(claims.digione_grade);
  const user: DigiOneUser = {
    id,
    givenName: stringClaim(claims.given_name) ?? '',
    familyName: stringClaim(claims.family_name) ?? '',
    roles,
    schools,
    affiliations,
    ...(group ? { group } : {}),
    ...(grade ? { grade } : {}),
    ...(roles.includes('guardian') ? { children } : {}),
  };
  // `acr` names the door (the local provider's values); MPASSid's claims come through MPASSid.
  const door: SignInDoor = claims.acr === 'suomifi' && !mpassid ? 'suomifi' : 'mpassid';
  return { user, door };
}

/** Roles per school from the `digione_*` claims (see `userFromClaims`). */
function digioneAffiliations(claims: IdTokenClaims, listed: readonly Role[]): Affiliation[] {
  const schools = arrayClaim(claims.digione_schools).flatMap((s) => {
    const school = toSchool(s);
    return school ? [school] : [];
  });
  if (claims.digione_affiliations === undefined) {
    const group = stringClaim(claims.digione_group);
    return listed.filter(isSchoolRole).flatMap((role) =>
      schools.map((school) => ({
        role,
        school,
        ...(group && role === 'learner' ? { group } : {}),
      })),
    );
  }
  return arrayClaim(claims.digione_affiliations).flatMap((value) => {
    const a = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    const role = a.role;
    const school = schools.find((s) => s.code === a.school);
    const group = stringClaim(a.group);
    if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) return [];
    if (!isSchoolRole(role as Role) || !school) return [];
    return [{ role: role as Affiliation['role'], school, ...(group ? { group } : {}) }];
  });
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function toSchool(value: unknown): School | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const s = value as Record<string, unknown>;
  const code = stringClaim(s.code);
  const name = stringClaim(s.name);
  const providerId = stringClaim(s.provider_id);
  const providerName = stringClaim(s.provider_name);
  if (!code || !name || !providerId || !providerName) return undefined;
  return { code, name, providerId, providerName };
}

function toChild(value: unknown): Child | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const c = value as Record<string, unknown>;
  const id = stringClaim(c.id);
  const givenName = stringClaim(c.given_name);
  const familyName = stringClaim(c.family_name);
  const school = toSchool(c.school);
  const grade = stringClaim(c.grade);
  if (!id || !givenName || !familyName || !school) return undefined;
  return { id, givenName, familyName, school, ...(grade ? { grade } : {}) };
}

function stringClaim(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function arrayClaim(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}
