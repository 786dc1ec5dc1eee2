/**
 * Lifecycles for an app with `"isolation": "iframe"`: the shell frames the app's page, on the
 * app's own origin, with the SDK's `frameApp` — the one way DigiOne Portal, the sandbox and the
 * test portals put an app in an iframe (sandboxed, bridged, sized to its page, torn down on
 * unmount).
 */
import type { AppManifest } from '@digione/sdk';
import { frameApp } from '@digione/sdk/host';
import type { AppLifecycles } from './loader.js';

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
  return frameApp({
    appId: manifest.id,
    url: manifest.entry,
    origin: manifest.origin ?? '',
    // The shell's own localization names the app; `update` names it again after a switch.
    title: options.title,
    hostOrigin: options.shellOrigin,
    className: 'd1-app-frame',
    loadTimeoutMs: options.loadTimeoutMs,
    handshakeTimeoutMs: options.handshakeTimeoutMs,
    ...(options.onConnected ? { onConnected: options.onConnected } : {}),
  });
}
