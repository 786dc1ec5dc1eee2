import type { ActingAs, Child, DigiOneUser, Role, School } from '@digione/sdk';

/** Sample schools a sandbox person belongs to (made-up codes, real-looking shapes). */
const HIEKKAHARJU: School = {
  code: '00901',
  name: 'Hiekkaharjun koulu',
  providerId: 'vantaa',
  providerName: 'Vantaa',
};
const KILONPUISTO: School = {
  code: '00902',
  name: 'Kilonpuiston koulu',
  providerId: 'espoo',
  providerName: 'Espoo',
};
export const SAMPLE_SCHOOLS: readonly School[] = [HIEKKAHARJU, KILONPUISTO];

/** Sample children of a guardian. */
export const SAMPLE_CHILDREN: readonly Child[] = [
  {
    id: 'child-1',
    givenName: 'Eino',
    familyName: 'Virtanen',
    school: HIEKKAHARJU,
    grade: '3',
  },
  {
    id: 'child-2',
    givenName: 'Ella',
    familyName: 'Virtanen',
    school: KILONPUISTO,
    grade: '7',
  },
];

/** The sandbox person in a role: the same person, with what that role brings. */
export function sampleUser(role: Role): DigiOneUser {
  return {
    id: 'sandbox-user-1',
    givenName: 'Aino',
    familyName: 'Virtanen',
    roles: [role],
    schools: role === 'guardian' || role === 'admin' ? [] : SAMPLE_SCHOOLS,
    ...(role === 'learner' ? { group: '7B', grade: '7' } : {}),
    ...(role === 'guardian' ? { children: SAMPLE_CHILDREN } : {}),
  };
}

/** Where the person can act in a role: a school, a child (guardian), or the role itself. */
export function actingAsOptions(role: Role): ActingAs[] {
  if (role === 'guardian') {
    return SAMPLE_CHILDREN.map((child) => ({
      kind: 'child',
      id: child.id,
      label: `${child.givenName} ${child.familyName}`,
      role,
      child,
      school: child.school,
    }));
  }
  if (role === 'admin' || role === 'learner') {
    return [{ kind: 'role', id: role, label: role, role }];
  }
  return SAMPLE_SCHOOLS.map((school) => ({
    kind: 'school',
    id: school.code,
    label: school.name,
    role,
    school,
  }));
}
