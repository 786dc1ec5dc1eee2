import { ROLES, type Child, type DigiOneUser, type Role, type School } from './types.js';

/** The door a person came through: MPASSid (pupils, teachers, staff) or Suomi.fi (guardians). */
export type SignInDoor = 'mpassid' | 'suomifi';

/**
 * The ID token claims DigiOne reads: `sub`, `given_name`, `family_name`, `acr` (the door) and the
 * `digione_*` claims (roles, schools, group, grade, children) that DigiOne's identity services issue.
 */
export type IdTokenClaims = Readonly<Record<string, unknown>>;

/**
 * One `DigiOneUser` from either door. MPASSid gives roles, schools (codes and education
 * providers), class and grade; Suomi.fi with guardianship data gives a guardian's children. Claims
 * that are missing or malformed are left out rather than guessed; an unknown role is dropped.
 */
export function userFromClaims(claims: IdTokenClaims): { user: DigiOneUser; door: SignInDoor } {
  const id = stringClaim(claims.sub);
  if (!id) throw new TypeError('The ID token has no "sub" claim.');
  const roles = arrayClaim(claims.digione_roles).filter(
    (r): r is Role => typeof r === 'string' && (ROLES as readonly string[]).includes(r),
  );
  const schools = arrayClaim(claims.digione_schools).flatMap((s) => {
    const school = toSchool(s);
    return school ? [school] : [];
  });
  const children = arrayClaim(claims.digione_children).flatMap((c) => {
    const child = toChild(c);
    return child ? [child] : [];
  });
  const group = stringClaim(claims.digione_group);
  const grade = stringClaim(claims.digione_grade);
  const user: DigiOneUser = {
    id,
    givenName: stringClaim(claims.given_name) ?? '',
    familyName: stringClaim(claims.family_name) ?? '',
    roles,
    schools,
    ...(group ? { group } : {}),
    ...(grade ? { grade } : {}),
    ...(roles.includes('guardian') ? { children } : {}),
  };
  // `acr` names the door (the local provider's values; a production mapping sets the same).
  const door: SignInDoor = claims.acr === 'suomifi' ? 'suomifi' : 'mpassid';
  return { user, door };
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
