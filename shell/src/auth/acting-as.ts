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

/**
 * The contexts a person can act in: each school of a teacher, principal or pupil, each child of a
 * guardian, and the platform administrator's role. A person with one school and no children has
 * one choice; a teacher in two schools or a guardian of two children chooses.
 */
export function actingAsChoices(user: DigiOneUser): ActingAs[] {
  const choices: ActingAs[] = [];
  const schoolRole = ROLE_ORDER.find(
    (role) => role !== 'guardian' && role !== 'admin' && user.roles.includes(role),
  );
  if (schoolRole) {
    for (const school of user.schools) {
      choices.push({
        kind: 'school',
        id: `school:${school.code}`,
        label: school.name,
        role: schoolRole,
        school,
      });
    }
  }
  if (user.roles.includes('guardian')) {
    for (const child of user.children ?? []) {
      choices.push({
        kind: 'child',
        id: `child:${child.id}`,
        label: `${child.givenName} ${child.familyName}`,
        role: 'guardian',
        child,
        school: child.school,
      });
    }
  }
  if (user.roles.includes('admin')) {
    choices.push({ kind: 'role', id: 'role:admin', label: 'DigiOne', role: 'admin' });
  }
  return choices;
}

/** Where the choice is remembered: per person, on this device; only the choice's id is kept. */
export function actingAsStorageKey(userId: string): string {
  return `digione.acting-as.${userId}`;
}

/**
 * The context to act in after sign-in or a reload: the one chosen before, if it is still offered,
 * else the first.
 */
export function restoreActingAs(
  user: DigiOneUser,
  storage: Pick<Storage, 'getItem'> | undefined,
): ActingAs | null {
  const choices = actingAsChoices(user);
  let saved: string | null = null;
  try {
    saved = storage?.getItem(actingAsStorageKey(user.id)) ?? null;
  } catch {
    // Storage refused (privacy mode): start from the first choice.
  }
  return choices.find((c) => c.id === saved) ?? choices.at(0) ?? null;
}

/** Remembers the choice for the next visit. */
export function rememberActingAs(
  userId: string,
  choice: ActingAs,
  storage: Pick<Storage, 'setItem'> | undefined,
): void {
  try {
    storage?.setItem(actingAsStorageKey(userId), choice.id);
  } catch {
    // Not remembered where storage is refused; the choice still holds on this page.
  }
}
