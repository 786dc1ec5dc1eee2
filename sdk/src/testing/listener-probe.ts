interface Registration {
  readonly target: 'window' | 'document';
  readonly type: string;
  readonly listener: EventListenerOrEventListenerObject;
  readonly capture: boolean;
  readonly phase: string;
  /** Ends the probe's own bookkeeping for the registration (a `once` listener's watcher). */
  forget?: () => void;
}

function captureOf(options: boolean | AddEventListenerOptions | EventListenerOptions | undefined) {
  return typeof options === 'boolean' ? options : !!options?.capture;
}

/**
 * Counts the listeners added to window and document (and not removed) while it is started, by
 * wrapping `EventTarget.prototype.addEventListener` / `removeEventListener`. `stop()` restores them.
 */
export class ListenerProbe {
  readonly #live: Registration[] = [];
  #phase = '';
  #restore: (() => void) | undefined;

  /** Marks listeners added from now on as added in `phase`. */
  set phase(phase: string) {
    this.#phase = phase;
  }

  start(): void {
    if (this.#restore) return;
    const proto = EventTarget.prototype;
    const add = Object.getOwnPropertyDescriptor(proto, 'addEventListener');
    const remove = Object.getOwnPropertyDescriptor(proto, 'removeEventListener');
    type Add = (this: EventTarget, ...args: Parameters<EventTarget['addEventListener']>) => void;
    type Remove = (
      this: EventTarget,
      ...args: Parameters<EventTarget['removeEventListener']>
    ) => void;
    const originalAdd = add?.value as Add;
    const originalRemove = remove?.value as Remove;
    const live = this.#live;
    const targetOf = (target: unknown): Registration['target'] | undefined =>
      target === window ? 'window' : target === document ? 'document' : undefined;
    const find = (
      target: Registration['target'],
      type: string,
      listener: EventListenerOrEventListenerObject,
      capture: boolean,
    ): number =>
      live.findIndex(
        (r) =>
          r.target === target &&
          r.type === type &&
          r.listener === listener &&
          r.capture === capture,
      );
    const drop = (registration: Registration | undefined): void => {
      const at = registration ? live.indexOf(registration) : -1;
      if (at < 0) return;
      live.splice(at, 1);
      registration?.forget?.();
    };
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const probe = this;
    proto.addEventListener = function (
      this: EventTarget,
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | AddEventListenerOptions,
    ): void {
      originalAdd.call(this, type, listener, options);
      const target = targetOf(this);
      if (!target || !listener) return;
      const capture = captureOf(options);
      const signal = typeof options === 'object' ? options.signal : undefined;
      if (signal?.aborted || find(target, type, listener, capture) >= 0) return;
      const registration: Registration = { target, type, listener, capture, phase: probe.#phase };
      live.push(registration);
      signal?.addEventListener('abort', () => {
        drop(registration);
      });
      if (typeof options === 'object' && options.once) {
        // A `once` listener is gone after it fires: watch for that with a listener of our own.
        const eventTarget = target === 'window' ? window : document;
        const fired = (): void => {
          drop(registration);
        };
        originalAdd.call(eventTarget, type, fired, { once: true, capture });
        registration.forget = () => {
          originalRemove.call(eventTarget, type, fired, { capture });
        };
      }
    };
    proto.removeEventListener = function (
      this: EventTarget,
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | EventListenerOptions,
    ): void {
      originalRemove.call(this, type, listener, options);
      const target = targetOf(this);
      if (!target || !listener) return;
      const at = find(target, type, listener, captureOf(options));
      if (at >= 0) drop(live[at]);
    };
    this.#restore = () => {
      if (add) Object.defineProperty(proto, 'addEventListener', add);
      if (remove) Object.defineProperty(proto, 'removeEventListener', remove);
    };
  }

  /** Listeners added in `phase` and still on window or document, as `window "resize"`. */
  left(phase: string): string[] {
    return this.#live.filter((r) => r.phase === phase).map((r) => `${r.target} "${r.type}"`);
  }

  stop(): void {
    this.#restore?.();
    this.#restore = undefined;
  }
}
