import type { ReactiveController } from 'lit';
import type { Subscription } from 'rxjs';
import type { ShellContext } from '../context/types.js';
import { valuesOf } from '../context/fields.js';
import {
  findContext,
  shallowEqual,
  type ContextHost,
  type ContextControllerOptions,
} from './context-controller.js';
import { warn } from './errors.js';
import {
  connectAppLocalization,
  type AppLocalization,
  type AppLocalizationOptions,
} from './localization.js';

export interface AppControllerOptions<T> extends ContextControllerOptions<T> {
  /**
   * The app's own translations (`connectAppLocalization`'s options). With them, a change of
   * language renders the element once, when its strings for the new language are in place.
   */
  readonly localization?: AppLocalizationOptions;
}

/**
 * The one wiring of an app's root element to the portal: its context and its own translations.
 * It finds the context when the element connects, connects the app's translations
 * (`connectAppLocalization`), re-renders the element when what it renders from changes, and ends
 * everything when the element disconnects.
 *
 * A change of language renders the element exactly once, after the app's strings for that language
 * have loaded — where `ContextController` with `connectAppLocalization` and
 * `updateWhenLocaleChanges` render it twice (first with the old strings). Do not also call
 * `updateWhenLocaleChanges(this)` or use `@localized()` on an element with this controller.
 *
 *   class AcmeTimetable extends LitElement {
 *     readonly #app = new AppController(this, {
 *       localization: { locales: ['fi', 'sv', 'en'], load: (l) => import(`./generated/${l}.js`) },
 *     });
 *     render() { return html`${msg('Lukujärjestys', { id: 'acme.title' })}`; }
 *   }
 */
export class AppController<T = ShellContext> implements ReactiveController {
  readonly #host: ContextHost;
  readonly #options: AppControllerOptions<T>;
  #subscriptions: Subscription[] = [];
  #context: ShellContext | undefined;
  #selected: T | undefined;
  #localization: AppLocalization | undefined;

  constructor(host: ContextHost, options: AppControllerOptions<T> = {}) {
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
        `AppController: <${this.#host.localName}> has no context; mount it with defineMicroApp or defineWidget, or pass { context }.`,
      );
      this.#selected = undefined;
      return;
    }
    this.#selected = this.#select(context);
    const localization = this.#options.localization
      ? connectAppLocalization(context, this.#options.localization)
      : undefined;
    this.#localization = localization;
    if (localization) {
      // The first strings of a language not yet loaded: one render once they are in.
      void localization.settled().then(() => {
        if (this.#localization === localization) this.#host.requestUpdate();
      });
    }
    let subscribing = true;
    // Every value of the context, as the portal's context definition gives them.
    for (const [, value] of valuesOf(context)) {
      const isLocale = value === context.locale;
      this.#subscriptions.push(
        value.subscribe(() => {
          if (subscribing) return;
          if (isLocale && localization) {
            // Rendered once the strings of the new language are in place, not before.
            void localization.settled().then(() => {
              if (this.#localization === localization) this.#changed(context, true);
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
