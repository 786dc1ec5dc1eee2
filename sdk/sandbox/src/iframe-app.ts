// An app with "isolation": "iframe" in the sandbox: the SDK's `frameApp`, the same lifecycles the
// portal frames an iframe app with (sandboxed, bridged, sized to its page), so the sandbox mounts,
// switches and records it exactly as it does a module app, and the frame is as tall as the page.
import type { Locale } from '@digione/sdk';
import { frameApp } from '@digione/sdk/host';
import type { TestLifecycles } from '@digione/sdk/testing';

/** Where `digione-sandbox` serves an iframe app. */
export interface IframeAppPlace {
  /** The app's page, which the frame loads. */
  readonly url: string;
  /** The page's exact origin; never the sandbox's own. */
  readonly origin: string;
  /** The manifest's origin, when the sandbox serves the app on a local origin in its stead. */
  readonly standsInFor?: string;
  /**
   * The portals the app accepts, as the sandbox writes them into its pages (exact origins and
   * patterns separated by spaces); the page checks its own origin against them.
   */
  readonly shellOrigins?: string;
}

/**
 * How long the app's page may take to load. A development server's first load of an app can take
 * seconds (Vite optimises its dependencies), so longer than the portal's import budget of 10 s.
 */
const LOAD_TIMEOUT_MS = 20_000;

/** How long the loaded page may take to say hello: the portal's limit for one lifecycle call. */
const HANDSHAKE_TIMEOUT_MS = 5_000;

/**
 * single-spa lifecycles for an iframe app: `mount` frames `place.url` in the app's container and
 * resolves once the app has connected (`connectToShell`); `unmount` ends the bridge and removes
 * the frame. `title(locale)` names the frame for assistive technology, in the page's language.
 */
export function iframeApp(
  place: IframeAppPlace,
  title: (locale: Locale) => string,
  appId = 'sandbox-app',
): TestLifecycles {
  return frameApp({
    appId,
    url: place.url,
    origin: place.origin,
    title,
    className: 'd1-sandbox-iframe-app',
    loadTimeoutMs: LOAD_TIMEOUT_MS,
    handshakeTimeoutMs: HANDSHAKE_TIMEOUT_MS,
  });
}
