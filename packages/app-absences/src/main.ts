/**
 * The app's page: "Poissaolot" runs in a frame of its own, on its own origin. The page connects to
 * the portal that frames it, mounts the app with the context it gets over the bridge, and keeps the
 * document's language, theme and organisation in step with the portal's.
 */
import { html, render } from 'lit';
import { msg } from '@lit/localize';
import '@digione/components/define';
import { addTranslations, isLocale, localization } from '@digione/components/localization';
import { applyBranding } from '@digione/components/tenants';
import type { Locale, ShellContext } from '@digione/sdk';
import { connectToShell } from '@digione/sdk/iframe';
import absences from './index.js';
import { APP_LOCALES, loadTranslations } from './localization/translations.js';

/**
 * The portals this app serves, from this page's own markup: the app's server writes the list the
 * operator publishes there — exact origins and patterns such as "https://*.digione.fi", separated
 * by spaces (in development, the local portal under both its loopback names and any portal at
 * <name>.localhost). Never from the URL or the framing page, which anyone could set. The app
 * connects only to a portal the list accepts, and then to that portal's exact origin alone.
 */
function acceptedPortals(): string {
  return (
    document.querySelector<HTMLMetaElement>('meta[name="digione-shell-origin"]')?.content ?? ''
  );
}

/** Keeps the page's language, title, theme and organisation those of the portal. */
function followPortal(context: ShellContext): void {
  const root = document.documentElement;
  // The page lives as long as the frame: the portal removes the frame when it unmounts the app,
  // which ends these subscriptions with it.
  context.locale.subscribe((locale) => {
    root.lang = locale;
  });
  context.theme.subscribe((theme) => {
    applyBranding(root, { theme });
  });
  context.tenant.subscribe((tenant) => {
    applyBranding(root, { brand: tenant.colors ?? null });
  });
  window.addEventListener('lit-localize-status', (event) => {
    if (event.detail.status === 'ready')
      document.title = msg('Poissaolot', { id: 'absences.heading' });
  });
}

/** The language to speak when no portal says it: the browser's first of the app's languages. */
function browserLocale(): Locale {
  for (const tag of navigator.languages) {
    const language = tag.slice(0, 2).toLowerCase();
    if (isLocale(language) && APP_LOCALES.includes(language)) return language;
  }
  return 'fi';
}

/** Opened outside the portal (or refused by it): say where the service is used. */
async function showOutsidePortal(root: HTMLElement): Promise<void> {
  const locale = browserLocale();
  addTranslations(loadTranslations);
  await localization().setLocale(locale);
  document.documentElement.lang = locale;
  document.title = msg('Poissaolot', { id: 'absences.heading' });
  // A page of its own here, not an area of the portal: its own landmark and main heading.
  render(
    html`<main class="outside">
      <h1>${msg('Avaa Poissaolot DigiOne-portaalissa', { id: 'absences.outside.heading' })}</h1>
      <p>
        ${msg(
          'Tämä sivu on osa DigiOne-portaalia eikä toimi yksinään. Kirjaudu portaaliin ja valitse valikosta Poissaolot.',
          { id: 'absences.outside.message' },
        )}
      </p>
    </main>`,
    root,
  );
}

const root = document.getElementById('app');
if (root) {
  let context: ShellContext | undefined;
  try {
    context = await connectToShell({ shellOrigin: acceptedPortals() });
  } catch (error) {
    console.warn(error instanceof Error ? error.message : error);
    await showOutsidePortal(root);
  }
  if (context) {
    followPortal(context);
    const props = { name: context.appId, domElement: root, context };
    // A failure is reported to the portal (defineMicroApp does it), which shows it in the app's area.
    await absences.bootstrap(props);
    await absences.mount(props);
  }
}
