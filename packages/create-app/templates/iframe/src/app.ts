/**
 * What the app shows: it greets the signed-in person, says where they act (a school, or a
 * guardian's child), follows the portal's language, and asks the portal for a toast.
 */
import { html, nothing, render } from 'lit';
import { msg, str } from '@lit/localize';
import { connectAppLocalization, type Locale, type ShellContext } from '@digione/sdk';
// DigiOne's components, defined in this page: a frame has a document of its own.
import '@digione/components/button/define';
import { localization } from './localization/index.js';

declare module '@digione/sdk' {
  interface DigiOneEvents {
    /** Published when the person presses the greeting button (only this app may publish it). */
    '__DIGIONE_APP_ID__:greeted': { readonly locale: Locale };
  }
}

function view(context: ShellContext) {
  const givenName = context.user.value.givenName ?? '?';
  const actingAs =
    context.actingAs.value?.label ?? msg('ei valittu', { id: '__DIGIONE_APP_ID__.nobody' });
  const greet = (): void => {
    context.notify({
      message: msg('Terveiset sovelluksesta!', { id: '__DIGIONE_APP_ID__.greeted' }),
      variant: 'success',
    });
    context.events.publish('__DIGIONE_APP_ID__:greeted', { locale: context.locale.value });
  };
  return html`<section>
    <h2>${msg('__DIGIONE_APP_NAME_FI__', { id: '__DIGIONE_APP_ID__.name' })}</h2>
    <p>${msg(str`Hei, ${givenName}!`, { id: '__DIGIONE_APP_ID__.hello' })}</p>
    <p>${msg(str`Toimit nyt: ${actingAs}`, { id: '__DIGIONE_APP_ID__.acting-as' })}</p>
    <d1-button @click=${greet}>${msg('Tervehdi', { id: '__DIGIONE_APP_ID__.greet' })}</d1-button>
  </section>`;
}

/**
 * Shows the app in `root` and keeps it up to date with the context: again on every change of the
 * person, where they act or the language (once the language's strings are in). Resolves, with what
 * ends it, once the app is shown; an error in that first render rejects (a later one is reported
 * to the portal).
 */
export async function showApp(context: ShellContext, root: HTMLElement): Promise<() => void> {
  const area = document.createElement('div');
  root.append(area);
  const strings = connectAppLocalization(context, localization);
  const subscriptions: { unsubscribe(): void }[] = [];
  let shown = true;
  const hide = (): void => {
    shown = false;
    for (const subscription of subscriptions) subscription.unsubscribe();
    strings.dispose();
    render(nothing, area);
    area.remove();
  };
  const draw = (): void => {
    if (shown) render(view(context), area);
  };
  try {
    await strings.settled();
    draw();
  } catch (error) {
    hide();
    throw error;
  }
  const update = (): void => {
    strings
      .settled()
      .then(draw)
      .catch((error: unknown) => {
        context.reportError(error);
      });
  };
  subscriptions.push(
    context.user.subscribe(update),
    context.actingAs.subscribe(update),
    context.locale.subscribe(update),
  );
  return hide;
}
