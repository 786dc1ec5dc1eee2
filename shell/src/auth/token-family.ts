/**
 * The one lock shared between tabs, held by the tab that uses a refresh-token family kept in
 * sessionStorage, for as long as it keeps it. Tabs do not otherwise share refresh tokens: each
 * signs in for its own family (kept in memory, or in its own sessionStorage). But a duplicated
 * tab starts with a copy of its original's sessionStorage, refresh token included; were both to
 * use it, the second would spend a token the first had already rotated, and the provider would
 * take that for theft and revoke the whole sign-in. Taking turns would not help (the other tab's
 * rotated token is out of sight), so a tab that finds its family held elsewhere signs in afresh.
 */
const FAMILY_LOCK = 'digione.auth.family';
/** Where a tab keeps the id of its refresh-token family, beside the user in sessionStorage. */
const FAMILY_KEY = 'digione.auth.family';
/** How long a tab waits for its family's lock: a reloading page lets go of it within this. */
const FAMILY_WAIT_MS = 2_000;

/** What a tab's refresh-token family needs from the page. */
export interface FamilyEnvironment {
  /** Absent where the browser lacks Web Locks: then a family is never held elsewhere. */
  readonly locks: LockManager | undefined;
  readonly sessionStorage: Storage | undefined;
}

/**
 * This tab's refresh-token family: its id, kept beside the user in sessionStorage when the user is
 * kept there (`keptInSession`), and the lock that keeps it to this tab (see `FAMILY_LOCK`). A user
 * kept in memory never leaves its page: its family needs neither name nor lock.
 */
export class TokenFamily {
  readonly #env: FamilyEnvironment;
  readonly #keptInSession: boolean;
  /** Lets go of the family's lock. */
  #release: () => void = () => undefined;

  constructor(env: FamilyEnvironment, keptInSession: boolean) {
    this.#env = env;
    this.#keptInSession = keptInSession;
  }

  /** The id of the kept user's family (kept beside it in sessionStorage), or a new one. */
  kept(): string {
    let family: string | null = null;
    try {
      family = this.#env.sessionStorage?.getItem(FAMILY_KEY) ?? null;
    } catch {
      // Storage refused: the family is this page's own.
    }
    return family ?? this.create();
  }

  /** A new family, kept beside the user when the user is kept in sessionStorage. */
  create(): string {
    if (!this.#keptInSession) return '';
    const family = crypto.randomUUID();
    try {
      this.#env.sessionStorage?.setItem(FAMILY_KEY, family);
    } catch {
      // Storage refused: the user is not kept either.
    }
    return family;
  }

  /** Forgets the kept family's id. */
  remove(): void {
    try {
      this.#env.sessionStorage?.removeItem(FAMILY_KEY);
    } catch {
      // Storage refused: nothing was kept.
    }
  }

  /**
   * Holds the lock of `family` while this tab uses it (letting go of any held before). Resolves
   * false when another open tab holds it.
   */
  claim(family: string): Promise<boolean> {
    const locks = this.#env.locks;
    this.#release();
    if (!locks || !this.#keptInSession) return Promise.resolve(true);
    const held = new Promise<void>((release) => {
      this.#release = release;
    });
    return new Promise<boolean>((resolve) => {
      locks
        .request(
          `${FAMILY_LOCK}.${family}`,
          { signal: AbortSignal.timeout(FAMILY_WAIT_MS) },
          () => {
            resolve(true);
            return held;
          },
        )
        .catch(() => {
          resolve(false);
        });
    });
  }

  /** Lets go of the family's lock (the person is forgotten, or the page goes). */
  release(): void {
    this.#release();
  }
}
