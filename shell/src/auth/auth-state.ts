import type { SignInDoor } from '@digione/sdk/host';
import type { DigiOneUser } from '@digione/sdk';
import type { AuthError } from './auth-error.js';

/** Where the person stands with sign-in, as the shell draws it. */
export type AuthState =
  | { readonly status: 'starting' }
  | { readonly status: 'redirecting' }
  | {
      readonly status: 'signed-out';
      /** `signed-out`: by the person here; `other-tab`: in another tab; `session-ended`: it ran out. */
      readonly reason: 'signed-out' | 'other-tab' | 'session-ended';
    }
  | {
      readonly status: 'signed-in';
      readonly user: DigiOneUser;
      readonly door: SignInDoor;
      /** When the provider's session ends (epoch ms); the shell warns before. */
      readonly sessionEndsAt: number;
    }
  | { readonly status: 'error'; readonly error: AuthError };

/** What the auth service needs from the page; tests give their own. */
export interface AuthEnvironment {
  /** The portal's origin, e.g. `https://portal.digione.fi`. */
  readonly origin: string;
  /** The current URL (path, query and hash are kept across sign-in). */
  readonly currentUrl: () => string;
  /** Replaces the address bar's URL without a reload (after the sign-in callback). */
  readonly replaceUrl: (pathAndQuery: string) => void;
  /** Leaves the page for the provider (sign-in, sign-out). */
  readonly redirect: (url: string) => void;
  readonly fetch: typeof fetch;
  /**
   * Keeps a refresh-token family kept in sessionStorage to one tab (a duplicated tab starts with a
   * copy of it); absent where the browser lacks Web Locks.
   */
  readonly locks: LockManager | undefined;
  /** Tells other tabs of sign-in and sign-out; absent where BroadcastChannel is missing. */
  readonly channel: BroadcastChannel | undefined;
  /** sessionStorage, used only when the configuration asks for it. */
  readonly sessionStorage: Storage | undefined;
  readonly now: () => number;
  /**
   * How long each request to the provider may take, its answer read to the end, before the
   * provider counts as unreachable (milliseconds; default 10 000). Tests set a short one.
   */
  readonly requestTimeoutMs?: number;
  /**
   * Called whenever the person is forgotten in this tab (they signed out here or in another tab,
   * or their session ended): the shell removes what it keeps for them on the device.
   */
  readonly onForget?: () => void;
}
