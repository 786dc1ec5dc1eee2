import { AuthError } from './auth-error.js';
import { signedOut, unlessAborted } from './provider-request.js';

/** A cached app token is used only while it has at least this long to live. */
const TOKEN_MIN_LIFE_MS = 30_000;

/** A token the provider issued for one audience, and how long it lives (seconds). */
export interface IssuedToken {
  readonly token: string;
  readonly lifetimeSeconds: number;
}

/** What the app tokens need from the auth service. */
export interface AppTokenSource {
  /** The API audiences registered for this portal; no other is asked for. */
  readonly resources: readonly string[];
  readonly now: () => number;
  /** Counts the times the person was forgotten: a token asked at an earlier count is refused. */
  readonly generation: () => number;
  /** Runs `task` in this tab's turn for its refresh token (after every refresh under way). */
  readonly inTurn: <T>(task: () => Promise<T>) => Promise<T>;
  /** Asks the provider for a token for `audience` for the person signed in at `generation`. */
  readonly issue: (audience: string, generation: number) => Promise<IssuedToken>;
}

interface CachedToken {
  readonly token: string;
  readonly expiresAt: number;
}

/** The cache key of an app's token: the app and its audience. */
function cacheKey(appId: string, audience: string): string {
  return JSON.stringify([appId, audience]);
}

/**
 * The apps' access tokens, one per app and API audience: cached until shortly before they
 * expire, asked for once however many requests wait for the same one, each in its turn.
 */
export class AppTokens {
  readonly #source: AppTokenSource;
  /** App tokens by app and audience (see `cacheKey`). */
  readonly #cache = new Map<string, CachedToken>();
  readonly #pending = new Map<string, Promise<string>>();

  constructor(source: AppTokenSource) {
    this.#source = source;
  }

  /**
   * A token for `audience` for the app `appId`; `fresh` skips the cached one. A request still
   * waiting for the provider is rejected as soon as `signal` aborts (sign-out).
   */
  get(appId: string, audience: string, fresh: boolean, signal: AbortSignal): Promise<string> {
    if (!this.#source.resources.includes(audience)) {
      return Promise.reject(
        new AuthError('audience', `The audience "${audience}" is not registered for this portal.`),
      );
    }
    const key = cacheKey(appId, audience);
    if (fresh) this.#cache.delete(key);
    const cached = this.#cached(key);
    if (cached !== undefined) return Promise.resolve(cached);
    let pending = this.#pending.get(key);
    if (!pending) {
      const generation = this.#source.generation();
      const asked: Promise<string> = this.#source
        .inTurn(() => this.#ask(key, audience, generation))
        .finally(() => {
          if (this.#pending.get(key) === asked) this.#pending.delete(key);
        });
      pending = asked;
      this.#pending.set(key, pending);
    }
    return unlessAborted(pending, signal);
  }

  /** Forgets every token and every request under way (the person is forgotten). */
  clear(): void {
    this.#cache.clear();
    this.#pending.clear();
  }

  #cached(key: string): string | undefined {
    const cached = this.#cache.get(key);
    return cached && cached.expiresAt - this.#source.now() > TOKEN_MIN_LIFE_MS
      ? cached.token
      : undefined;
  }

  async #ask(key: string, audience: string, generation: number): Promise<string> {
    if (generation !== this.#source.generation()) throw signedOut();
    // Another request for this app may have got one while this one waited for its turn.
    const cached = this.#cached(key);
    if (cached !== undefined) return cached;
    const issued = await this.#source.issue(audience, generation);
    this.#cache.set(key, {
      token: issued.token,
      expiresAt: this.#source.now() + issued.lifetimeSeconds * 1000,
    });
    return issued.token;
  }
}
