/**
 * "Hello from a frame": the smallest DigiOne iframe app. The page runs on an origin of its own,
 * connects to the portal that frames it, shows the person's given name and where they act, follows
 * the portal's locale, theme and organisation, and asks the portal for a toast.
 */
import { html, render } from 'lit';
import '@digione/components/tokens.css';
// DigiOne's components (d1-button), defined in this page: a frame has a document of its own.
import '@digione/components/define';
import { applyBranding } from '@digione/components/tenants';
import type { Locale, ShellContext } from '@digione/sdk';
import { connectToShell } from '@digione/sdk/iframe';

const STRINGS: Record<
  Locale,
  { hello: string; actingAs: string; nobody: string; greet: string; greeted: string }
> = {
  fi: {
    hello: 'Hei',
    actingAs: 'Toimit nyt',
    nobody: '(ei valittu)',
    greet: 'Tervehdi',
    greeted: 'Terveiset kehyksestä!',
  },
  sv: {
    hello: 'Hej',
    actingAs: 'Du agerar nu som',
    nobody: '(inte vald)',
    greet: 'Hälsa',
    greeted: 'Hälsningar från ramen!',
  },
  en: {
    hello: 'Hello',
    actingAs: 'You are acting as',
    nobody: '(none chosen)',
    greet: 'Say hello',
    greeted: 'Greetings from the frame!',
  },
};

declare module '@digione/sdk' {
  interface DigiOneEvents {
    'hello-iframe:greeted': { readonly locale: Locale };
  }
}

/**
 * The portal's origin, from this page's own markup: the app's server writes it (the portal in
 * production, `digione-sandbox` while developing). Never from the URL or the framing page, which
 * anyone could set.
 */
function shellOrigin(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="digione-shell-origin"]');
  return meta?.content ?? '';
}

function show(context: ShellContext, root: HTMLElement): void {
  const locale = context.locale.value;
  const t = STRINGS[locale];
  document.documentElement.lang = locale;
  applyBranding(document.documentElement, {
    theme: context.theme.value,
    tenant: context.tenant.value.id,
  });
  render(
    html`<section>
      <h2>${t.hello}, ${context.user.value.givenName ?? '?'}!</h2>
      <p>${t.actingAs}: ${context.actingAs.value?.label ?? t.nobody}</p>
      <d1-button
        @click=${() => {
          context.notify({ message: t.greeted, variant: 'success' });
          context.events.publish('hello-iframe:greeted', { locale });
        }}
        >${t.greet}</d1-button
      >
    </section>`,
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
