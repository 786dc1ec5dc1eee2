import type { ToastOptions, ToastVariant } from './toast-stack.js';

const DEFAULT_DURATION = 6000;
/** An app's toast closes within these bounds; warnings and errors stay longest by default. */
const APP_DURATION = { min: 4000, max: 10_000 } as const;

/** How long a toast stays, in milliseconds; 0 until closed (the page's own toasts only). */
export function durationOf(options: ToastOptions, variant: ToastVariant): number {
  if (options.source === 'app') {
    const requested = options.duration ?? 0;
    if (!Number.isFinite(requested) || requested <= 0) {
      return variant === 'warning' || variant === 'danger' ? APP_DURATION.max : DEFAULT_DURATION;
    }
    return Math.min(APP_DURATION.max, Math.max(APP_DURATION.min, requested));
  }
  const requested = options.duration ?? (options.action ? 0 : DEFAULT_DURATION);
  return Number.isFinite(requested) && requested > 0 ? requested : 0;
}

/**
 * A toast's time on screen: it runs, stops while the person reads (pointer or focus on the
 * toasts) and runs on with what was left, and calls `done` once it has all passed. A duration of 0
 * never runs out.
 */
export class Countdown {
  readonly #done: () => void;
  #remaining: number;
  #started = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly duration: number,
    done: () => void,
  ) {
    this.#remaining = duration;
    this.#done = done;
  }

  /** Runs the countdown, unless it is running or never runs out. */
  start(): void {
    if (this.duration === 0 || this.#timer !== undefined) return;
    this.#started = Date.now();
    this.#timer = setTimeout(this.#done, this.#remaining);
  }

  /** Stops the countdown, keeping what is left of it. */
  stop(): void {
    if (this.#timer === undefined) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#remaining = Math.max(0, this.#remaining - (Date.now() - this.#started));
  }
}
