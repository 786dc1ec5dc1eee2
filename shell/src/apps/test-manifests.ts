/**
 * Manifests and people for the shell's unit tests: valid apps for different roles, and the users
 * who meet them.
 */
import type { ActingAs, AppManifest, DigiOneUser, Role } from '@digione/sdk';

/** A valid module app manifest with routes `/<id>`, for `roles`. */
export function testApp(
  id: string,
  roles: readonly Role[],
  overrides: Partial<AppManifest> = {},
): AppManifest {
  const name = { fi: `Sovellus ${id}`, sv: `App ${id}`, en: `App ${id}` };
  return {
    id,
    name,
    description: { fi: 'Testi.', sv: 'Test.' },
    icon: 'apps',
    vendor: { name: 'Esimerkki Oy' },
    entry: `/apps/${id}/index.js`,
    isolation: 'module',
    routes: [`/${id}`],
    nav: [{ path: `/${id}`, label: name }],
    roles,
    context: { user: ['givenName'] },
    api: { audience: `urn:digione:api:${id}` },
    contract: '^1.0.0',
    locales: ['fi', 'sv', 'en'],
    ...overrides,
  };
}

const school = {
  code: '09231',
  name: 'Lumikorven koulu',
  providerId: '0124610-9',
  providerName: 'Vantaan kaupunki',
};
const otherSchool = {
  code: '04915',
  name: 'Merituulen koulu',
  providerId: '0101263-6',
  providerName: 'Espoon kaupunki',
};

export const PUPIL: DigiOneUser = {
  id: 'pupil',
  givenName: 'Aino',
  familyName: 'Mäkelä',
  roles: ['learner'],
  schools: [school],
};

/** A teacher in two schools who is also a guardian. */
export const TEACHER_AND_GUARDIAN: DigiOneUser = {
  id: 'teacher',
  givenName: 'Mikko',
  familyName: 'Korhonen',
  roles: ['teacher', 'guardian'],
  schools: [school, otherSchool],
  children: [{ id: 'child', givenName: 'Eetu', familyName: 'Korhonen', school: otherSchool }],
};

export const AS_TEACHER: ActingAs = {
  kind: 'school',
  id: 'school:09231',
  label: school.name,
  role: 'teacher',
  school,
};

export const AS_GUARDIAN: ActingAs = {
  kind: 'child',
  id: 'child:child',
  label: 'Eetu Korhonen',
  role: 'guardian',
  school: otherSchool,
};
