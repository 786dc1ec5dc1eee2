/**
 * The app's root element: it greets the signed-in person, says where they act (a school, or a
 * guardian's child), follows the portal's language, and asks the portal for a toast.
 */
import { LitElement, css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { AppController, type Locale } from '@digione/sdk';
// DigiOne's components the app renders; defining them again is harmless where the portal has.
import '@digione/components/button/define';
import { localization } from './localization/index.js';

declare module '@digione/sdk' {
  interface DigiOneEvents {
    /** Published when the person presses the greeting button (only this app may publish it). */
    '__DIGIONE_APP_ID__:greeted': { readonly locale: Locale };
  }
}

export class AppElement extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-family: var(--d1-font-family);
      color: var(--d1-color-text);
    }
  `;

  // The portal's context and the app's translations: renders again on every change of the person,
  // where they act, the language, the theme or the organisation, once the language's strings are in.
  readonly #app = new AppController(this, { localization });

  override render() {
    const context = this.#app.context;
    if (!context) return nothing;
    const givenName = context.user.value.givenName ?? '?';
    const actingAs =
      context.actingAs.value?.label ?? msg('ei valittu', { id: '__DIGIONE_APP_ID__.nobody' });
    return html`<section>
      <h2>${msg('__DIGIONE_APP_NAME_FI__', { id: '__DIGIONE_APP_ID__.name' })}</h2>
      <p>${msg(str`Hei, ${givenName}!`, { id: '__DIGIONE_APP_ID__.hello' })}</p>
      <p>${msg(str`Toimit nyt: ${actingAs}`, { id: '__DIGIONE_APP_ID__.acting-as' })}</p>
      <d1-button @click=${this.#greet}>
        ${msg('Tervehdi', { id: '__DIGIONE_APP_ID__.greet' })}
      </d1-button>
    </section>`;
  }

  readonly #greet = (): void => {
    const context = this.#app.context;
    if (!context) return;
    context.notify({
      message: msg('Terveiset sovelluksesta!', { id: '__DIGIONE_APP_ID__.greeted' }),
      variant: 'success',
    });
    context.events.publish('__DIGIONE_APP_ID__:greeted', { locale: context.locale.value });
  };
}
