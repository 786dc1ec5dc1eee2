/**
 * Who the sandbox lets an app meet, and where they act: the local identity provider's test people
 * as the conformance kit holds them (mapped to users by the portal's own `userFromClaims`), acting
 * where the portal's `actingAsChoices` lets them, and only in the roles the app's manifest
 * declares, as the portal shows an app only to people acting in one of its roles.
 */
import { ROLES, type ActingAs, type DigiOneUser, type Role } from '@digione/sdk';
import { actingAsChoices, rolesOf } from '@digione/sdk/host';
import { TEST_PEOPLE, type TestPerson } from '@digione/sdk/testing';

/** The local identity provider's test people, as the portal sees them once signed in. */
export const SANDBOX_PEOPLE: readonly TestPerson[] = TEST_PEOPLE;

/** `roles` in DigiOne's order of preference, each once. */
function inOrder(roles: Iterable<Role>): Role[] {
  return rolesOf({
    id: '',
    givenName: '',
    familyName: '',
    roles: [...new Set(roles)],
    schools: [],
  });
}

/**
 * The roles a person can act in in the portal: those of the choices its user menu offers, or, for
 * a person offered none (a guardian without children), their roles.
 */
export function actingRoles(user: DigiOneUser): Role[] {
  const choices = actingAsChoices(user);
  return choices.length > 0 ? inOrder(choices.map((c) => c.role)) : rolesOf(user);
}

/** Where `user` can act in `role`: the portal's choices of that role (none for nobody). */
export function choicesIn(user: DigiOneUser | undefined, role: Role): ActingAs[] {
  return user ? actingAsChoices(user).filter((choice) => choice.role === role) : [];
}

/**
 * The roles the manifest declares, in its order, as far as they can be read; undefined when it
 * declares none that DigiOne knows (the manifest's errors then say why, and the sandbox offers
 * every role).
 */
export function declaredRoles(manifest: unknown): readonly Role[] | undefined {
  const roles = (manifest as { roles?: unknown } | null | undefined)?.roles;
  if (!Array.isArray(roles)) return undefined;
  const known = roles.filter((r): r is Role => (ROLES as readonly unknown[]).includes(r));
  return known.length > 0 ? [...new Set(known)] : undefined;
}

/** Which roles the sandbox offers, and why it leaves others out. */
export interface RoleOffer {
  /**
   * The roles to switch between, in the manifest's order: the first is where the sandbox starts,
   * as the conformance kit does (`defaultPersonFor`).
   */
  readonly roles: readonly Role[];
  /** Roles the person (or some test person) has that the manifest does not declare. */
  readonly undeclared: readonly Role[];
  /** Roles the manifest declares that no test person has (only without a provider). */
  readonly nobody: readonly Role[];
}

/**
 * The roles to offer for a manifest: the signed-in person's (with a provider), or the test people's
 * (without), limited to those the manifest declares.
 */
export function offerRoles(manifest: unknown, signedIn: DigiOneUser | undefined): RoleOffer {
  const available = signedIn
    ? actingRoles(signedIn)
    : inOrder(SANDBOX_PEOPLE.flatMap((p) => actingRoles(p.user)));
  const named = declaredRoles(manifest);
  const declared = named ?? ROLES;
  return {
    roles: declared.filter((role) => available.includes(role)),
    undeclared: available.filter((role) => !declared.includes(role)),
    // Said only of roles the manifest names: a manifest without valid roles has its errors listed.
    nobody: signedIn || !named ? [] : inOrder(declared.filter((role) => !available.includes(role))),
  };
}

/** The test person who acts in `role` (the first, should several). */
export function personIn(role: Role): TestPerson | undefined {
  return SANDBOX_PEOPLE.find((person) => actingRoles(person.user).includes(role));
}

/** Who the app sees in `role`: the person signed in at a provider as they are, or the test person. */
export function personActing(
  signedIn: DigiOneUser | undefined,
  role: Role,
): DigiOneUser | undefined {
  return signedIn ?? personIn(role)?.user;
}

/** The roles the role switch shows: those offered, or, for a person in none of them, their own. */
export function rolesShown(offer: RoleOffer): readonly Role[] {
  return offer.roles.length > 0 ? offer.roles : offer.undeclared;
}
