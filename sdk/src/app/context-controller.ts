import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Subscription } from 'rxjs';
import type { ShellContext } from '../context/types.js';
import { valuesOf } from '../context/fields.js';
import { warn } from './errors.js';
import {
  connectAppLocalization,
  type AppLocalization,
  type AppLocalizationOptions,
} from './localization.js';

/** A Lit element that can carry a context (`defineMicroApp` sets `context` before connecting it). */
export type ContextHost = ReactiveControllerHost &
  HTMLElement & { context?: ShellContext | undefined };

export interface ContextControllerOptions<T> {
  /**
   * What the element renders from the context; it re-renders only when this changes (compared
   * shallowly). Without it, any change of a context value (each field of the portal's context
   * definition: user, locale…) re-renders.
   */
  select?: (context: ShellContext) => T;
  /** The context to use; by default `host.context`, else the nearest ancestor's `context`. */
  context?: ShellContext;
  /**
   * The app's own translations (`connectAppLocalization`'s options). With them, a change of
   * language renders the element once, when its strings for the new language are in place.
   */
  readonly localization?: AppLocalizationOptions;
}

function isContext(value: unknown): value is ShellContext {
  const c = value as Partial<ShellContext> | null | undefined;
  return typeof c === 'object' && c !== null && typeof c.appId === 'string' && !!c.locale;
}

/** The context set on the element, or on the nearest ancestor (across shadow roots). */
export function findContext(host: ContextHost): ShellContext | undefined {
  let node: Node | null = host;
  while (node) {
    const candidate = (node as { context?: unknown }).context;
    if (isContext(candidate)) return candidate;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

export function shallowEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) =>
    Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/**
 * A Lit reactive controller that keeps an element in step with the portal's context: it finds the
 * context when the element connects, subscribes to every context value, calls
 * `host.requestUpdate()` on any change (or, with `select`, on a change of what is selected), and
 * unsubscribes when the element disconnects.
 *
 * With `localization` it also connects the app's own translations (`connectAppLocalization`) and
 * renders a change of language once, after the app's strings for that language have loaded; an
 * app's root element does this through `AppController`.
 *
 *   class AcmeTimetable extends LitElement {
 *     #ctx = new ContextController(this, { select: (c) => c.actingAs.value });
 *     render() { return html`${this.#ctx.value?.label}`; }
 *   }
 */
export class ContextController<T = ShellContext> implements ReactiveController {
  readonly #host: ContextHost;
  readonly #options: ContextControllerOptions<T>;
  #subscriptions: Subscription[] = [];
  #context: ShellContext | undefined;
  #selected: T | undefined;
  #localization: AppLocalization | undefined;

  constructor(host: ContextHost, options: ContextControllerOptions<T> = {}) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The context in use, once the element is connected (undefined when none was found). */
  get context(): ShellContext | undefined {
    return this.#context;
  }

  /** What `select` returns for the current context (the context itself without `select`). */
  get value(): T | undefined {
    return this.#selected;
  }

  /** The app's localization while the element is connected (with the `localization` option). */
  get localization(): AppLocalization | undefined {
    return this.#localization;
  }

  /** Whether the controller holds live subscriptions (for leak checks). */
  get subscribed(): boolean {
    return this.#subscriptions.some((s) => !s.closed);
  }

  hostConnected(): void {
    this.#attach();
  }

  /** Follows a context set (or replaced) after the element connected. */
  hostUpdate(): void {
    const context = this.#options.context ?? findContext(this.#host);
    if (context && context !== this.#context && this.#host.isConnected) this.#attach();
  }

  hostDisconnected(): void {
    this.#detach();
  }

  #select(context: ShellContext): T {
    return this.#options.select ? this.#options.select(context) : (context as T);
  }

  /** Re-renders when what the element renders from changed (always after a change of strings). */
  #changed(context: ShellContext, strings = false): void {
    if (context !== this.#context) return;
    if (this.#options.select) {
      const next = this.#select(context);
      if (!strings && shallowEqual(next, this.#selected)) return;
      this.#selected = next;
    }
    this.#host.requestUpdate();
  }

  #attach(): void {
    this.#detach();
    const context = this.#options.context ?? findContext(this.#host);
    this.#context = context;
    if (!context) {
      warn(
        'D1-SDK-150',
        `<${this.#host.localName}> has no context for its AppController or ContextController; mount it with defineMicroApp or defineWidget, or pass { context }.`,
      );
      this.#selected = undefined;
      return;
    }
    this.#selected = this.#select(context);
    const localization = this.#options.localization
      ? connectAppLocalization(context, this.#options.localization)
      : undefined;
    this.#localization = localization;
    /** Runs `then` once the app's strings are in, unless the element has let go of them since. */
    const afterStrings = (then: () => void): void => {
      void localization?.settled().then(() => {
        if (this.#localization === localization) then();
      });
    };
    // The first strings of a language not yet loaded: one render once they are in.
    afterStrings(() => {
      this.#host.requestUpdate();
    });
    let subscribing = true;
    // Every value of the context, as the portal's context definition gives them.
    for (const [, value] of valuesOf(context)) {
      const isLocale = value === context.locale;
      this.#subscriptions.push(
        value.subscribe(() => {
          if (subscribing) return;
          // A change of language renders once the new strings are in place, not before.
          if (isLocale && localization) {
            afterStrings(() => {
              this.#changed(context, true);
            });
          } else {
            this.#changed(context);
          }
        }),
      );
    }
    subscribing = false;
  }

  #detach(): void {
    for (const subscription of this.#subscriptions) subscription.unsubscribe();
    this.#subscriptions = [];
    this.#localization?.dispose();
    this.#localization = undefined;
  }
}
