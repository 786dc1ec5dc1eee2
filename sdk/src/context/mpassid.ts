/**
 * MPASSid's own claims, read as MPASSid gives them, so that an education provider can connect
 * MPASSid to the portal without an identity proxy that rewrites claims. MPASSid's OpenID Connect
 * service names its claims as its SAML attributes (the data model, kept by the Finnish National
 * Agency for Education: https://wiki.eduuni.fi/pages/viewpage.action?pageId=281776372, version 1.3;
 * role codes from 1.4: https://wiki.eduuni.fi/pages/viewpage.action?pageId=232828858; the fields
 * of a role value as https://github.com/mainio/omniauth-mpassid documents them):
 *
 * - `urn:mpass.id:role` (multi-valued): one value a role, fields separated by `;`: the education
 *   provider's OID (Organisation Service, `1.2.246.562.10.…`; a municipality's name in data model
 *   1.0), the school code (oppilaitosnumero, five digits), the class or group (may be empty), the
 *   role's name (`Oppilas`, `Opettaja`, `Rehtori`… in Finnish, Swedish or English), and from data
 *   model 1.4 the role's code (1 learner, 2 teacher, 3 administrative staff, 4 school secretary,
 *   5 substitute teacher, 6 principal), the school's OID and the office's OID.
 *   E.g. `1.2.246.562.10.12345678907;09231;7B;Oppilas;1;1.2.246.562.10.98765432109;`.
 * - `urn:mpass.id:schoolInfo` (multi-valued): `<school code>;<name>` (and `<school OID>;<name>`).
 * - `urn:mpass.id:educationProviderInfo` (multi-valued): `<education provider OID>;<name>`.
 * - `urn:mpass.id:classLevel`: the pupil's grade (vuosiluokka), 0–10.
 *
 * docs/decisions/0004-roles-per-school.md records the mapping and why.
 */
import type { Affiliation, School, SchoolRole } from './types.js';

/** The names of MPASSid's claims the portal reads. */
export const MPASSID_CLAIMS = Object.freeze({
  role: 'urn:mpass.id:role',
  schoolInfo: 'urn:mpass.id:schoolInfo',
  educationProviderInfo: 'urn:mpass.id:educationProviderInfo',
  classLevel: 'urn:mpass.id:classLevel',
});

/** MPASSid's role codes (data model 1.4). */
const ROLE_CODES: Readonly<Record<string, SchoolRole>> = {
  '1': 'learner',
  '2': 'teacher',
  '3': 'staff',
  '4': 'staff',
  '5': 'substitute',
  '6': 'principal',
};

/** MPASSid's role names, in Finnish, Swedish and English (lower case), for values without a code. */
const ROLE_NAMES: Readonly<Record<string, SchoolRole>> = {
  oppilas: 'learner',
  opiskelija: 'learner',
  oppija: 'learner',
  elev: 'learner',
  studerande: 'learner',
  inlärare: 'learner',
  pupil: 'learner',
  student: 'learner',
  learner: 'learner',
  opettaja: 'teacher',
  lärare: 'teacher',
  teacher: 'teacher',
  rehtori: 'principal',
  rektor: 'principal',
  principal: 'principal',
  hallintohenkilö: 'staff',
  henkilökunta: 'staff',
  koulusihteeri: 'staff',
  skolsekreterare: 'staff',
  'school secretary': 'staff',
  personal: 'staff',
  staff: 'staff',
  sijaisopettaja: 'substitute',
  lärarvikarie: 'substitute',
  'substitute teacher': 'substitute',
  substitute: 'substitute',
};

/** Options of `userFromClaims` (and of reading MPASSid's claims). */
export interface ClaimsOptions {
  /**
   * The portal's id of an education provider by the OID MPASSid gives (e.g. its business id, as
   * `/config.json` names providers); a provider not listed keeps its OID.
   */
  readonly providerIds?: Readonly<Record<string, string>>;
}

/** Whether the claims are MPASSid's own (they carry its role attribute). */
export function hasMpassidClaims(claims: Readonly<Record<string, unknown>>): boolean {
  return claims[MPASSID_CLAIMS.role] !== undefined;
}

/** A multi-valued claim's strings: a JSON array, or one string (as some services send one value). */
export function claimValues(value: unknown): string[] {
  const list: readonly unknown[] = Array.isArray(value) ? value : [value];
  return list.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
}

/** `<id>;<name>` values by id. */
function namesById(value: unknown): Map<string, string> {
  const names = new Map<string, string>();
  for (const entry of claimValues(value)) {
    const [id, name] = entry.split(';').map((part) => part.trim());
    if (id && name && !names.has(id)) names.set(id, name);
  }
  return names;
}

/** The role of one value's name and code fields, or undefined for a role DigiOne does not know. */
function roleOf(name: string | undefined, code: string | undefined): SchoolRole | undefined {
  return (
    (code ? ROLE_CODES[code.trim()] : undefined) ??
    (name ? ROLE_NAMES[name.trim().toLowerCase()] : undefined)
  );
}

/**
 * The person's roles at schools, from MPASSid's claims. A value without a school code or with a
 * role DigiOne does not know is left out; a school without a name in `urn:mpass.id:schoolInfo`
 * is named by its code, a provider without one by its id.
 */
export function affiliationsFromMpassid(
  claims: Readonly<Record<string, unknown>>,
  options: ClaimsOptions = {},
): Affiliation[] {
  const schoolNames = namesById(claims[MPASSID_CLAIMS.schoolInfo]);
  const providerNames = namesById(claims[MPASSID_CLAIMS.educationProviderInfo]);
  const affiliations: Affiliation[] = [];
  for (const value of claimValues(claims[MPASSID_CLAIMS.role])) {
    const [provider, code, group, name, roleCode] = value.split(';').map((part) => part.trim());
    const role = roleOf(name, roleCode);
    if (!provider || !code || !role) continue;
    const school: School = {
      code,
      name: schoolNames.get(code) ?? code,
      providerId: options.providerIds?.[provider] ?? provider,
      providerName: providerNames.get(provider) ?? provider,
    };
    const duplicate = affiliations.some((a) => a.role === role && a.school.code === code);
    if (!duplicate) affiliations.push({ role, school, ...(group ? { group } : {}) });
  }
  return affiliations;
}

/** The pupil's grade from `urn:mpass.id:classLevel`, if given. */
export function gradeFromMpassid(claims: Readonly<Record<string, unknown>>): string | undefined {
  return claimValues(claims[MPASSID_CLAIMS.classLevel])[0]?.trim();
}
