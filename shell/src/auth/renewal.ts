/** Tokens are renewed this long before they expire (or a third of their life, if shorter). */
const RENEW_AHEAD_MS = 60_000;
/** While the provider cannot be reached, renewal is retried after a random wait of up to this… */
const RETRY_BASE_MS = 2_000;
/** …doubled after each failure, up to this. */
const RETRY_CAP_MS = 60_000;

/** How long from `now` to renew tokens that expire at `expiresAt` (epoch ms). */
export function renewalDelay(expiresAt: number, now: number): number {
  const life = expiresAt - now;
  return Math.max(0, life - Math.min(RENEW_AHEAD_MS, life / 3));
}

/**
 * How long to wait before renewal's `attempt`th retry (from 0) while the provider cannot be
 * reached: exponential backoff with full jitter, so that the tabs of a whole school do not all
 * come back to the provider at the same moment.
 */
export function renewalRetryDelay(attempt: number, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** attempt));
}

/**
 * When the auth service renews its tokens: shortly before they expire, and while the provider
 * cannot be reached, again after a growing random wait (at the latest when the tokens run out).
 */
export class RenewalTimer {
  readonly #renew: () => void;
  readonly #now: () => number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Renewal's failures in a row while the provider cannot be reached. */
  #retries = 0;

  constructor(renew: () => void, now: () => number) {
    this.#renew = renew;
    this.#now = now;
  }

  /** Renews ahead of the expiry (epoch ms) of tokens just received: the retries start over. */
  ahead(expiresAt: number): void {
    this.stop();
    this.#retries = 0;
    this.#timer = setTimeout(this.#renew, renewalDelay(expiresAt, this.#now()));
  }

  /** Tries again after the next wait of the backoff, at the latest at `expiresAt` (epoch ms). */
  retry(expiresAt: number): void {
    const wait = Math.min(renewalRetryDelay(this.#retries++), Math.max(0, expiresAt - this.#now()));
    this.stop();
    this.#timer = setTimeout(this.#renew, wait);
  }

  /** No renewal is due (one runs now, the person is forgotten, or the page goes). */
  stop(): void {
    clearTimeout(this.#timer);
  }

  /** Stops, and the retries start over. */
  reset(): void {
    this.stop();
    this.#retries = 0;
  }
}
