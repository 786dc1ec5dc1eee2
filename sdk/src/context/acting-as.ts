import type { ActingAs, DigiOneUser, Role } from './types.js';

/** Roles in the order DigiOne prefers them when a person has several (the first is where they start). */
const ROLE_ORDER: readonly Role[] = [
  'teacher',
  'principal',
  'staff',
  'substitute',
  'learner',
  'guardian',
  'admin',
];

/** The person's roles, in DigiOne's order of preference. */
export function rolesOf(user: DigiOneUser): Role[] {
  return ROLE_ORDER.filter((role) => user.roles.includes(role));
}

/**
 * Where a person can act in one of their roles: each child of a guardian, each school of a
 * teacher, principal, staff member or pupil, and the role itself where it has neither (the
 * platform administrator). Empty for a role the person does not have.
 */
export function actingAsChoicesFor(user: DigiOneUser, role: Role): ActingAs[] {
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
    return [{ kind: 'role', id: `role:${role}`, label: 'DigiOne', role }];
  }
  return user.schools.map((school) => ({
    kind: 'school',
    id: `school:${school.code}`,
    label: school.name,
    role,
    school,
  }));
}

/**
 * Every context the portal offers a person to act in, in its order: each school of their first
 * school role (teacher, principal, pupil…), each child of a guardian, and the platform
 * administrator's role. A person with one school and no children has one choice; a teacher in two
 * schools or a guardian of two children chooses. The portal's user menu and the sandbox both offer
 * exactly these.
 */
export function actingAsChoices(user: DigiOneUser): ActingAs[] {
  const roles = rolesOf(user);
  const schoolRole = roles.find((role) => role !== 'guardian' && role !== 'admin');
  return [schoolRole, 'guardian' as const, 'admin' as const].flatMap((role) =>
    role === undefined ? [] : actingAsChoicesFor(user, role),
  );
}
