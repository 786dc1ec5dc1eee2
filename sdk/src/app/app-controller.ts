import type { ShellContext } from '../context/types.js';
import {
  ContextController,
  type ContextHost,
  type ContextControllerOptions,
} from './context-controller.js';
import type { AppLocalizationOptions } from './localization.js';

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
 * everything when the element disconnects. It is a `ContextController` given the app's
 * `localization`.
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
export class AppController<T = ShellContext> extends ContextController<T> {
  constructor(host: ContextHost, options: AppControllerOptions<T> = {}) {
    super(host, options);
  }
}
