/**
 * "Hello DigiOne": the smallest DigiOne app. A Lit element that shows the person's given name and
 * where they act, follows the shell's locale, and asks the shell for a toast.
 */
import { LitElement, html } from 'lit';
// DigiOne's components (d1-button); defining them again is harmless when the shell has done it.
import '@digione/components/define';
import { ContextController, defineMicroApp, type Locale } from '@digione/sdk';

const STRINGS: Record<
  Locale,
  { hello: string; actingAs: string; nobody: string; greet: string; greeted: string }
> = {
  fi: {
    hello: 'Hei',
    actingAs: 'Toimit nyt',
    nobody: '(ei valittu)',
    greet: 'Tervehdi',
    greeted: 'Terveiset sovelluksesta!',
  },
  sv: {
    hello: 'Hej',
    actingAs: 'Du agerar nu som',
    nobody: '(inte vald)',
    greet: 'Hälsa',
    greeted: 'Hälsningar från appen!',
  },
  en: {
    hello: 'Hello',
    actingAs: 'You are acting as',
    nobody: '(none chosen)',
    greet: 'Say hello',
    greeted: 'Greetings from the app!',
  },
};

export class HelloDigiOne extends LitElement {
  // Re-renders on any change of user, acting-as, locale, theme or tenant; unsubscribes on disconnect.
  readonly #ctx = new ContextController(this);

  override render() {
    const context = this.#ctx.context;
    if (!context) return html``;
    const t = STRINGS[context.locale.value];
    return html`<section lang=${context.locale.value}>
      <h2>${t.hello}, ${context.user.value.givenName ?? '?'}!</h2>
      <p>${t.actingAs}: ${context.actingAs.value?.label ?? t.nobody}</p>
      <d1-button
        @click=${() => {
          context.notify({ message: t.greeted, variant: 'success' });
          context.events.publish('hello:greeted', { locale: context.locale.value });
        }}
        >${t.greet}</d1-button
      >
    </section>`;
  }
}

declare module '@digione/sdk' {
  interface DigiOneEvents {
    'hello:greeted': { readonly locale: Locale };
  }
}

/** The app's single-spa lifecycles: what the shell (and the sandbox) mounts. */
export default defineMicroApp({ element: HelloDigiOne, tagName: 'hello-digione' });
