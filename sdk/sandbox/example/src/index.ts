/**
 * "Hello DigiOne": the smallest DigiOne app. A Lit element that shows the person's given name and
 * where they act, follows the shell's locale, and asks the shell for a toast.
 */
import { LitElement, html } from 'lit';
// DigiOne's components (d1-button); defining them again is harmless when the shell has done it.
import '@digione/components/define';
import { ContextController, defineMicroApp, type Locale } from '@digione/sdk';
import { helloView } from './hello-view.js';

/** The toast the app asks for. */
const GREETED: Record<Locale, string> = {
  fi: 'Terveiset sovelluksesta!',
  sv: 'Hälsningar från appen!',
  en: 'Greetings from the app!',
};

export class HelloDigiOne extends LitElement {
  // Re-renders on any change of user, acting-as, locale, theme or tenant; unsubscribes on disconnect.
  readonly #ctx = new ContextController(this);

  override render() {
    const context = this.#ctx.context;
    if (!context) return html``;
    return helloView(context, (locale) => {
      context.notify({ message: GREETED[locale], variant: 'success' });
      context.events.publish('hello:greeted', { locale });
    });
  }
}

declare module '@digione/sdk' {
  interface DigiOneEvents {
    'hello:greeted': { readonly locale: Locale };
  }
}

/** The app's single-spa lifecycles: what the shell (and the sandbox) mounts. */
export default defineMicroApp({ element: HelloDigiOne, tagName: 'hello-digione' });
