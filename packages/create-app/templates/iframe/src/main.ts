/**
 * The app's page, which the portal frames on the app's own origin: it connects to the portal that
 * frames it, wears the portal's theme and the organisation's colours, and shows the app.
 */
import '@digione/components/tokens.css';
import './page.css';
import { applyBranding } from '@digione/components/tenants';
import { connectToShell } from '@digione/sdk/iframe';
import { showApp } from './app.js';

/**
 * The portals the app accepts, from this page's own markup (index.html): never from the address
 * or the framing page, which anyone could set.
 */
function shellOrigin(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="digione-shell-origin"]');
  return meta?.content ?? '';
}

const root = document.getElementById('app');
if (root) {
  const context = await connectToShell({ shellOrigin: shellOrigin() });
  // The page lives as long as the frame: the portal removes the frame when it unmounts the app,
  // which ends these subscriptions with it.
  const brand = (): void => {
    document.documentElement.lang = context.locale.value;
    applyBranding(document.documentElement, {
      theme: context.theme.value,
      brand: context.tenant.value.colors ?? null,
    });
  };
  context.locale.subscribe(brand);
  context.theme.subscribe(brand);
  context.tenant.subscribe(brand);
  showApp(context, root).catch((error: unknown) => {
    context.reportError(error);
  });
}
