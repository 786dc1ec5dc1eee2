/**
 * Which apps a person may use: an app is for the roles its manifest lists. A person acting in a
 * context (a teacher in one school, a guardian for one child, the administrator) sees the apps of
 * that context's role; without a context, the apps of any of their roles. Only these apps are
 * registered with single-spa, so nobody downloads the code of an app their role does not allow.
 */
import type { ActingAs, AppManifest, DigiOneUser, Role } from '@digione/sdk';

/** The roles the person acts in now: the acting-as role, else all of their roles. */
export function activeRoles(user: DigiOneUser, actingAs: ActingAs | null): readonly Role[] {
  if (actingAs && user.roles.includes(actingAs.role)) return [actingAs.role];
  return user.roles;
}

/** Whether the person may use `app` in the context they act in now. */
export function mayUse(app: AppManifest, user: DigiOneUser, actingAs: ActingAs | null): boolean {
  const roles = activeRoles(user, actingAs);
  return app.roles.some((role) => roles.includes(role));
}

/** The apps the person may use now, in registry order. */
export function allowedApps(
  apps: readonly AppManifest[],
  user: DigiOneUser,
  actingAs: ActingAs | null,
): AppManifest[] {
  return apps.filter((app) => mayUse(app, user, actingAs));
}
