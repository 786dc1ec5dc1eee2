/**
 * The app's root component: it greets the signed-in person, says where they act (a school, or a
 * guardian's child), follows the portal's language, and asks the portal for a toast.
 */
import { msg, str } from '@lit/localize';
import type { Locale } from '@digione/sdk';
import { useContextValue, useShellContext } from '@digione/sdk/react';

declare module '@digione/sdk' {
  interface DigiOneEvents {
    /** Published when the person presses the greeting button (only this app may publish it). */
    '__DIGIONE_APP_ID__:greeted': { readonly locale: Locale };
  }
}

export function App() {
  const context = useShellContext();
  // Each renders the component again when it changes.
  const user = useContextValue(context.user);
  const actingAs = useContextValue(context.actingAs);

  const greet = () => {
    context.notify({
      message: msg('Terveiset sovelluksesta!', { id: '__DIGIONE_APP_ID__.greeted' }),
      variant: 'success',
    });
    context.events.publish('__DIGIONE_APP_ID__:greeted', { locale: context.locale.value });
  };

  const givenName = user.givenName ?? '?';
  const actingAsLabel = actingAs?.label ?? msg('ei valittu', { id: '__DIGIONE_APP_ID__.nobody' });
  return (
    <section>
      <h2>{msg('__DIGIONE_APP_NAME_FI__', { id: '__DIGIONE_APP_ID__.name' })}</h2>
      <p>{msg(str`Hei, ${givenName}!`, { id: '__DIGIONE_APP_ID__.hello' })}</p>
      <p>{msg(str`Toimit nyt: ${actingAsLabel}`, { id: '__DIGIONE_APP_ID__.acting-as' })}</p>
      <d1-button onClick={greet}>{msg('Tervehdi', { id: '__DIGIONE_APP_ID__.greet' })}</d1-button>
    </section>
  );
}
