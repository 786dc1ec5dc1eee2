import {
  SCHOOL_ROLES,
  type ActingAs,
  type Affiliation,
  type DigiOneUser,
  type Role,
  type SchoolRole,
} from './types.js';

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

/** Whether `role` is one a person holds at a school (not guardian or administrator). */
export function isSchoolRole(role: Role): role is SchoolRole {
  return (SCHOOL_ROLES as readonly Role[]).includes(role);
}

/** The person's roles, in DigiOne's order of preference. */
export function rolesOf(user: DigiOneUser): Role[] {
  return ROLE_ORDER.filter((role) => user.roles.includes(role));
}

/**
 * The roles the person holds at each school: `user.affiliations`, or for a user without them (one
 * written by hand) each of their school roles at each of their schools.
 */
export function affiliationsOf(user: DigiOneUser): readonly Affiliation[] {
  if (user.affiliations) return user.affiliations;
  return user.roles
    .filter(isSchoolRole)
    .flatMap((role) => user.schools.map((school) => ({ role, school })));
}

/**
 * Where a person can act in one of their roles: each child of a guardian, each school where they
 * hold a school role (teacher, principal, staff member, pupil…), and the role itself where it has
 * neither (the platform administrator). Empty for a role the person does not have.
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
  const affiliations = affiliationsOf(user);
  const held = isSchoolRole(role) ? affiliations.filter((a) => a.role === role) : [];
  if (held.length === 0) {
    return [{ kind: 'role', id: `role:${role}`, label: 'DigiOne', role }];
  }
  return held.map(({ school }) => {
    const here = new Set(
      affiliations.filter((a) => a.school.code === school.code).map((a) => a.role),
    );
    const id = here.size > 1 ? `school:${school.code}:${role}` : `school:${school.code}`;
    return { kind: 'school', id, label: school.name, role, school };
  });
}

/**
 * Every context the portal offers a person to act in, in its order: each (school, role) pair the
 * person holds — a teacher at one school who is principal of another gets "Teacher, school A" and
 * "Principal, school B" — by DigiOne's order of roles; each child of a guardian; and the platform
 * administrator's role (and any school role held at no school, as the role itself). A person with
 * one role at one school and no children has one choice. The portal's user menu and the sandbox
 * both offer exactly these; an app acting in a choice serves the person in its `role`.
 */
export function actingAsChoices(user: DigiOneUser): ActingAs[] {
  return rolesOf(user).flatMap((role) => actingAsChoicesFor(user, role));
}
