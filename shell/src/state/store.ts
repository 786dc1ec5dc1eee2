import { BehaviorSubject, distinctUntilChanged, map, type Observable } from 'rxjs';
import { reducePortal, type PortalAction, type PortalState } from './state.js';

/**
 * Holds the portal's state and hands each change to those who follow it. An action dispatched
 * while followers are still hearing of the previous one waits its turn, so every follower hears
 * every state in order.
 */
export class PortalStore {
  readonly #state: BehaviorSubject<PortalState>;
  readonly #queue: PortalAction[] = [];
  #dispatching = false;
  #ended = false;

  constructor(initial: PortalState) {
    this.#state = new BehaviorSubject(initial);
  }

  /** The state now, and each new one. */
  get state(): Observable<PortalState> {
    return this.#state.asObservable();
  }

  get current(): PortalState {
    return this.#state.value;
  }

  /** A part of the state, now and whenever it changes (by `equal`, default identity). */
  select<T>(part: (state: PortalState) => T, equal?: (a: T, b: T) => boolean): Observable<T> {
    return this.#state.pipe(map(part), distinctUntilChanged(equal));
  }

  dispatch(action: PortalAction): void {
    if (this.#ended) return;
    this.#queue.push(action);
    if (this.#dispatching) return;
    this.#dispatching = true;
    try {
      for (let next = this.#queue.shift(); next; next = this.#queue.shift()) {
        const state = reducePortal(this.#state.value, next);
        if (state !== this.#state.value) this.#state.next(state);
      }
    } finally {
      this.#dispatching = false;
      this.#queue.length = 0;
    }
  }

  /** Ends the store: followers complete; later actions change nothing. */
  complete(): void {
    this.#ended = true;
    this.#state.complete();
  }
}
