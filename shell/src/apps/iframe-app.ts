/**
 * Lifecycles for an app with `"isolation": "iframe"`: the shell frames the app's page, on the
 * app's own origin, in a sandboxed iframe and serves it the same `ShellContext` over postMessage
 * with the SDK's `bridgeIframe`. Unmount ends the bridge and removes the frame (and with it
 * everything the app's page held).
 */
import type { AppManifest, ShellContext } from '@digione/sdk';
import { bridgeIframe, type IframeBridge } from '@digione/sdk/iframe';
import type { AppLifecycles } from './loader.js';

/**
 * The frame's sandbox: scripts (the app is one), same-origin so the frame keeps its real origin
 * (which both ends of the bridge check exactly, and which keeps the app's own storage and API
 * CORS) — safe only because that origin is never the portal's — and forms. No top-level
 * navigation, popups or downloads: the app asks the shell through its context instead.
 */
export const IFRAME_SANDBOX = 'allow-scripts allow-same-origin allow-forms';

/** What the lifecycles need from the shell's props. */
interface FrameProps {
  readonly domElement: HTMLElement;
  readonly context: ShellContext;
}

export interface IframeAppOptions {
  /** How long the app's page may take to load: the budget of a module app's import. */
  readonly loadTimeoutMs: number;
  /** How long the loaded page may take to connect: the budget of one lifecycle call. */
  readonly handshakeTimeoutMs: number;
  /** The app's name in the person's language: the frame's accessible name. */
  readonly title: () => string;
  /** The portal's own origin; a frame on it could reach into the portal, so it is refused. */
  readonly shellOrigin: string;
  /** Called once the app has connected (for the load measure). */
  readonly onConnected?: () => void;
}

/** The single-spa lifecycles of one iframe app. */
export function iframeLifecycles(manifest: AppManifest, options: IframeAppOptions): AppLifecycles {
  const origin = manifest.origin ?? '';
  let current: { frame: HTMLIFrameElement; bridge: IframeBridge } | undefined;

  function end(): void {
    if (!current) return;
    current.bridge.dispose();
    current.frame.remove();
    current = undefined;
  }

  return {
    bootstrap() {
      if (new URL(manifest.entry).origin !== origin) {
        throw new Error(
          `App "${manifest.id}": its entry ${manifest.entry} is not on its origin ${origin}.`,
        );
      }
      if (origin === options.shellOrigin) {
        throw new Error(
          `App "${manifest.id}" would run in a frame on the portal's own origin (${origin}), where it could reach into the portal; an iframe app needs an origin of its own.`,
        );
      }
    },
    async mount(props: object) {
      const { domElement, context } = props as FrameProps;
      end();
      const frame = domElement.ownerDocument.createElement('iframe');
      frame.className = 'd1-app-frame';
      frame.setAttribute('sandbox', IFRAME_SANDBOX);
      frame.setAttribute('referrerpolicy', 'strict-origin');
      frame.title = options.title();
      frame.src = manifest.entry;
      // The bridge listens before the page can say hello.
      const bridge = bridgeIframe(frame, context, {
        appOrigin: origin,
        loadTimeoutMs: options.loadTimeoutMs,
        handshakeTimeoutMs: options.handshakeTimeoutMs,
        // The frame takes its page's height: the portal scrolls, not a box inside it. (Through
        // the CSSOM, which the portal's CSP allows; a style attribute it would refuse.)
        onResize: (height) => {
          frame.style.minBlockSize = '0';
          frame.style.blockSize = `${height}px`;
        },
      });
      current = { frame, bridge };
      domElement.append(frame);
      try {
        await bridge.ready;
        options.onConnected?.();
      } catch (error) {
        end();
        throw error;
      }
    },
    unmount() {
      end();
    },
    update() {
      // The frame follows the context through the bridge; only its name may need a new language.
      if (current) current.frame.title = options.title();
    },
  };
}
