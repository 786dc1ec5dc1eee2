/**
 * "Hello from a frame": the smallest DigiOne iframe app. The page runs on an origin of its own,
 * connects to the portal that frames it, shows the person's given name and where they act, follows
 * the portal's locale, theme and organisation, and asks the portal for a toast.
 */
import { render } from 'lit';
import '@digione/components/tokens.css';
// DigiOne's components (d1-button), defined in this page: a frame has a document of its own.
import '@digione/components/define';
import { applyBranding } from '@digione/components/tenants';
import type { Locale, ShellContext } from '@digione/sdk';
import { connectToShell } from '@digione/sdk/iframe';
// The same view as the module example: only how the app reaches the portal differs.
import { helloView } from '../../example/src/hello-view.js';

/** The toast the app asks for. */
const GREETED: Record<Locale, string> = {
  fi: 'Terveiset kehyksestä!',
  sv: 'Hälsningar från ramen!',
  en: 'Greetings from the frame!',
};

declare module '@digione/sdk' {
  interface DigiOneEvents {
    'hello-iframe:greeted': { readonly locale: Locale };
  }
}

/**
 * The portals the app serves, from this page's own markup: exact origins and patterns such as
 * "https://*.digione.fi", separated by spaces. The app's server writes them (the list the operator
 * publishes in production; `digione-sandbox` writes its own origin under both loopback names, or
 * its `--shell-origins`). Never from the URL or the framing page, which anyone could set.
 */
function shellOrigin(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="digione-shell-origin"]');
  return meta?.content ?? '';
}

function show(context: ShellContext, root: HTMLElement): void {
  document.documentElement.lang = context.locale.value;
  applyBranding(document.documentElement, {
    theme: context.theme.value,
    brand: context.tenant.value.colors ?? null,
  });
  render(
    helloView(context, (locale) => {
      context.notify({ message: GREETED[locale], variant: 'success' });
      context.events.publish('hello-iframe:greeted', { locale });
    }),
    root,
  );
}

const root = document.getElementById('app');
if (root) {
  const context = await connectToShell({ shellOrigin: shellOrigin() });
  // The page lives as long as the frame: the portal removes the frame when it unmounts the app,
  // which ends these subscriptions with it.
  const update = (): void => {
    show(context, root);
  };
  context.user.subscribe(update);
  context.actingAs.subscribe(update);
  context.locale.subscribe(update);
  context.theme.subscribe(update);
  context.tenant.subscribe(update);
}
