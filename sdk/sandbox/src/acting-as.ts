// Where a signed-in person can act, as the portal offers it: each school of a teacher, principal,
// staff member or pupil, each child of a guardian, and the administrator's role. The made-up person
// of a sandbox without sign-in has its own choices (samples.ts).
import type { ActingAs, DigiOneUser, Role } from '@digione/sdk';

/** Roles in the order the portal prefers them when a person has several. */
const ROLE_ORDER: readonly Role[] = [
  'teacher',
  'principal',
  'staff',
  'substitute',
  'learner',
  'guardian',
  'admin',
];

/** The person's roles, in the portal's order of preference (the first is where they start). */
export function rolesOf(user: DigiOneUser): Role[] {
  return ROLE_ORDER.filter((role) => user.roles.includes(role));
}

/** The contexts the signed-in person can act in with `role`. */
export function actingAsChoices(user: DigiOneUser, role: Role): ActingAs[] {
  if (!user.roles.includes(role)) return [];
  if (role === 'guardian') {
    return (user.children ?? []).map((child) => ({
      kind: 'child',
      id: `child:${child.id}`,
      label: `${child.givenName} ${child.familyName}`,
      role,
      child,
      school: child.school,
    }));
  }
  if (role === 'admin' || user.schools.length === 0) {
    return [{ kind: 'role', id: `role:${role}`, label: role, role }];
  }
  return user.schools.map((school) => ({
    kind: 'school',
    id: `school:${school.code}`,
    label: school.name,
    role,
    school,
  }));
}
