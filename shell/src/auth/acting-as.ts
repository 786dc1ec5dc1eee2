import { actingAsChoices } from '@digione/sdk/host';
import type { ActingAs, DigiOneUser } from '@digione/sdk';

/** The contexts a person can act in: the SDK's, so the sandbox and the kit offer the same. */
export { actingAsChoices };

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

/**
 * Forgets every choice remembered on this device: at sign-out (here or in another tab) and when
 * the session ends, so the next person at a shared computer learns nothing of who was there.
 */
export function forgetActingAs(
  storage: Pick<Storage, 'key' | 'length' | 'removeItem'> | undefined,
): void {
  const prefix = actingAsStorageKey('');
  try {
    if (!storage) return;
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
  } catch {
    // Storage refused: nothing was remembered either.
  }
}
