/**
 * The one way DigiOne Portal puts an app in an iframe: the portal shell, the sandbox, the
 * conformance kit and the apps' test portals all mount an app with `"isolation": "iframe"` through
 * `frameApp`. It frames the app's page, on the app's own origin, in a sandboxed iframe; serves it
 * the app's `ShellContext` with `bridgeIframe`; sizes the frame to the page's height as the app
 * reports it; names the frame in the person's language; and on unmount ends the bridge and removes
 * the frame (and with it everything the app's page held).
 */
import type { Locale, ShellContext, Unsubscribe } from '../context/types.js';
import { bridgeIframe, type IframeBridge } from './bridge.js';
import { D1IframeError, exactOrigin } from './protocol.js';

/**
 * The frame's sandbox tokens:
 * - `allow-scripts`: the app is a script.
 * - `allow-same-origin`: the frame keeps the app's real origin. Both ends of the bridge check the
 *   other's exact origin and post only to it; an opaque ("null") origin could be neither checked
 *   nor posted to without "*". The app also keeps its own storage and its API's CORS. This is safe
 *   only because the app's origin is never the portal's (`frameApp` refuses that): a same-origin
 *   frame could reach into the portal and lift its own sandbox.
 * - `allow-forms`: apps submit forms.
 * Left out on purpose: `allow-top-navigation` (the app moves through `context.navigate`),
 * `allow-popups` and `allow-modals` (it asks through `context.notify` and `context.confirm`),
 * `allow-downloads`, `allow-pointer-lock`, `allow-presentation`.
 */
export const FRAME_SANDBOX = 'allow-scripts allow-same-origin allow-forms';

/** What `frameApp`'s lifecycles need from the props they are called with (single-spa's or the kit's). */
export interface FrameAppProps {
  /** Where the frame goes. */
  readonly domElement: HTMLElement;
  /** The app's context (scoped by the host), which the bridge serves to the framed page. */
  readonly context: ShellContext;
}

export interface FrameAppOptions {
  /** The app's id, as in its manifest: named in the errors. */
  readonly appId: string;
  /** The app's page, which the frame loads (the manifest's `entry`). */
  readonly url: string;
  /** The page's exact origin (the manifest's `origin`); never the portal's own. */
  readonly origin: string;
  /** The frame's accessible name: the app's name in the person's language. */
  readonly title: (locale: Locale) => string;
  /** The portal's own origin, which an app may not share (default: this page's origin). */
  readonly hostOrigin?: string;
  /** The frame's class, for the portal's styles. */
  readonly className?: string;
  /**
   * How long the app's page may take to load (D1-SDK-313); unbounded when left out. The portal
   * gives it the budget of a module app's import.
   */
  readonly loadTimeoutMs?: number;
  /** How long the loaded page may take to connect (D1-SDK-306); 10 000 ms by default. */
  readonly handshakeTimeoutMs?: number;
  /** Called each time the app has connected (for the portal's load measure). */
  readonly onConnected?: () => void;
}

/** single-spa lifecycles of an iframe app, which the kit's `TestLifecycles` accept too. */
export interface FrameAppLifecycles {
  /** Checks the app's places: its page is on its origin, and that origin is not the portal's. */
  bootstrap(props?: unknown): Promise<void>;
  /** Frames the app in `props.domElement`; resolves once it has connected, else rejects and leaves nothing. */
  mount(props: FrameAppProps): Promise<void>;
  /** Ends the bridge and removes the frame. */
  unmount(props: FrameAppProps): Promise<void>;
  /** Names the frame again in the context's language. */
  update(props: FrameAppProps): Promise<void>;
  /** The frame mounted in `domElement`, if any (for tests and the portal's focus handling). */
  frameIn(domElement: HTMLElement): HTMLIFrameElement | undefined;
}

interface Framed {
  readonly frame: HTMLIFrameElement;
  readonly bridge: IframeBridge;
  readonly stopTitle: Unsubscribe;
}

/** The error of an app whose places do not allow it to be framed (D1-SDK-305). */
function refuse(appId: string, reason: string): D1IframeError {
  return new D1IframeError('D1-SDK-305', `App "${appId}" cannot be framed: ${reason}`);
}

/**
 * Lifecycles that put the app at `options.url` in a sandboxed iframe and bridge it the context
 * of each mount. The frame takes the height the app's page reports, so the portal scrolls, not a
 * box inside it; until the first report it keeps the height the portal's styles give it.
 *
 *   const lifecycles = frameApp({
 *     appId: manifest.id, url: manifest.entry, origin: manifest.origin,
 *     title: (locale) => manifest.name[locale],
 *   });
 *   await lifecycles.bootstrap();
 *   await lifecycles.mount({ domElement, context });
 */
export function frameApp(options: FrameAppOptions): FrameAppLifecycles {
  const framed = new Map<HTMLElement, Framed>();

  function end(domElement: HTMLElement): void {
    const current = framed.get(domElement);
    if (!current) return;
    framed.delete(domElement);
    current.stopTitle();
    current.bridge.dispose();
    current.frame.remove();
  }

  function check(): void {
    const origin = exactOrigin(options.origin);
    if (!origin) {
      throw refuse(
        options.appId,
        `its origin must be an exact origin such as "https://app.vendor.example"; got ${JSON.stringify(options.origin)}.`,
      );
    }
    let pageOrigin: string | undefined;
    try {
      pageOrigin = new URL(options.url).origin;
    } catch {
      pageOrigin = undefined;
    }
    if (pageOrigin !== origin) {
      throw refuse(
        options.appId,
        `its page ${JSON.stringify(options.url)} is not on its origin ${origin}.`,
      );
    }
    const hostOrigin = options.hostOrigin ?? location.origin;
    if (origin === hostOrigin) {
      throw refuse(
        options.appId,
        `it would run on the portal's own origin (${origin}), where it could reach into the portal; an iframe app needs an origin of its own.`,
      );
    }
  }

  return {
    bootstrap() {
      // A refusal rejects: thrown in the executor.
      return new Promise<void>((resolve) => {
        check();
        resolve();
      });
    },

    async mount({ domElement, context }) {
      check();
      end(domElement);
      const frame = domElement.ownerDocument.createElement('iframe');
      if (options.className) frame.className = options.className;
      frame.setAttribute('sandbox', FRAME_SANDBOX);
      frame.setAttribute('referrerpolicy', 'strict-origin');
      // Through the CSSOM, which the portal's Content-Security-Policy allows (a style attribute
      // it refuses).
      frame.style.display = 'block';
      frame.style.inlineSize = '100%';
      frame.style.border = '0';
      const title = context.locale.subscribe((locale) => {
        frame.title = options.title(locale);
      });
      frame.src = options.url;
      // The bridge listens before the frame is in the page: it sees the page's load and hello.
      const bridge = bridgeIframe(frame, context, {
        appOrigin: options.origin,
        ...(options.loadTimeoutMs === undefined ? {} : { loadTimeoutMs: options.loadTimeoutMs }),
        ...(options.handshakeTimeoutMs === undefined
          ? {}
          : { handshakeTimeoutMs: options.handshakeTimeoutMs }),
        onResize: (height) => {
          frame.style.minBlockSize = '0';
          frame.style.blockSize = `${String(height)}px`;
        },
      });
      framed.set(domElement, {
        frame,
        bridge,
        stopTitle: () => {
          title.unsubscribe();
        },
      });
      domElement.append(frame);
      try {
        await bridge.ready;
      } catch (error) {
        // A mount that fails leaves nothing behind, as single-spa expects of any app.
        if (framed.get(domElement)?.frame === frame) end(domElement);
        throw error;
      }
      options.onConnected?.();
    },

    unmount({ domElement }) {
      end(domElement);
      return Promise.resolve();
    },

    update({ domElement, context }) {
      const current = framed.get(domElement);
      if (current) current.frame.title = options.title(context.locale.value);
      return Promise.resolve();
    },

    frameIn: (domElement) => framed.get(domElement)?.frame,
  };
}
