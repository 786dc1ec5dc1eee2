// An app with "isolation": "iframe" in the sandbox: lifecycles that frame the app's page on its own
// origin and bridge the sandbox's live context to it, so the sandbox mounts, switches and records
// it exactly as it does a module app.
import type { DigiOneAppProps, Locale } from '@digione/sdk';
import { bridgeIframe, type IframeBridge } from '@digione/sdk/iframe';
import type { TestLifecycles } from '@digione/sdk/testing';

/** Where `digione-sandbox` serves an iframe app. */
export interface IframeAppPlace {
  /** The app's page, which the frame loads. */
  readonly url: string;
  /** The page's exact origin; never the sandbox's own. */
  readonly origin: string;
  /** The manifest's origin, when the sandbox serves the app on a local origin in its stead. */
  readonly standsInFor?: string;
}

/**
 * The frame's sandbox tokens, as the portal frames an iframe app:
 * - `allow-scripts`: the app is a script.
 * - `allow-same-origin`: the frame keeps the app's real origin. Both ends of the bridge check the
 *   other's exact origin and post only to it; an opaque ("null") origin could be neither checked
 *   nor posted to without "*". The app also keeps its own storage and its API's CORS. This is safe
 *   only because the app's origin is never the page's (`digione-sandbox` refuses that): a
 *   same-origin frame could reach into the page and lift its own sandbox.
 * - `allow-forms`: apps submit forms.
 * Left out on purpose: `allow-top-navigation` (the app moves through `context.navigate`),
 * `allow-popups` and `allow-modals` (it asks through `context.notify` and `context.confirm`),
 * `allow-downloads`, `allow-pointer-lock`, `allow-presentation`.
 */
export const IFRAME_SANDBOX = 'allow-scripts allow-same-origin allow-forms';

/**
 * How long the app's page may take to load. A development server's first load of an app can take
 * seconds (Vite optimises its dependencies), so longer than the portal's import budget of 10 s.
 */
const LOAD_TIMEOUT_MS = 20_000;

/** How long the loaded page may take to say hello: the portal's limit for one lifecycle call. */
const HANDSHAKE_TIMEOUT_MS = 5_000;

interface Framed {
  readonly frame: HTMLIFrameElement;
  readonly bridge: IframeBridge;
  readonly stop: () => void;
}

/**
 * single-spa lifecycles for an iframe app: `mount` frames `place.url` in the app's container and
 * resolves once the app has connected (`connectToShell`); `unmount` ends the bridge and removes
 * the frame. `title(locale)` names the frame for assistive technology, in the page's language.
 */
export function iframeApp(
  place: IframeAppPlace,
  title: (locale: Locale) => string,
): TestLifecycles {
  const framed = new WeakMap<HTMLElement, Framed>();
  const end = (props: DigiOneAppProps): void => {
    const current = framed.get(props.domElement);
    framed.delete(props.domElement);
    if (!current) return;
    current.bridge.dispose();
    current.stop();
    current.frame.remove();
  };
  return {
    mount: async (props: DigiOneAppProps): Promise<void> => {
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', IFRAME_SANDBOX);
      frame.className = 'd1-sandbox-iframe-app';
      // The frame fills the stage; its content scrolls inside it.
      frame.style.cssText = 'display:block;inline-size:100%;block-size:32rem;border:0;';
      const subscription = props.context.locale.subscribe((locale) => {
        frame.title = title(locale);
      });
      frame.src = place.url;
      // The bridge listens before the frame is in the page: it sees the page's load.
      const bridge = bridgeIframe(frame, props.context, {
        appOrigin: place.origin,
        loadTimeoutMs: LOAD_TIMEOUT_MS,
        handshakeTimeoutMs: HANDSHAKE_TIMEOUT_MS,
      });
      props.domElement.append(frame);
      framed.set(props.domElement, {
        frame,
        bridge,
        stop: () => {
          subscription.unsubscribe();
        },
      });
      try {
        await bridge.ready;
      } catch (error) {
        // A mount that fails leaves nothing behind, as single-spa expects of any app.
        end(props);
        throw error;
      }
    },
    unmount: (props: DigiOneAppProps): Promise<void> => {
      end(props);
      return Promise.resolve();
    },
  };
}
