/**
 * @digione/sdk/iframe: the same `ShellContext` for an app that runs in a sandboxed iframe on its own
 * origin. The app calls `connectToShell()`; the portal frames it and bridges the context to it
 * (`bridgeIframe()` of `@digione/sdk/host`).
 * The message protocol is documented in protocol.ts.
 */
export { connectToShell, type ConnectToShellOptions } from './connect.js';
export { D1IframeError, PROTOCOL_VERSION } from './protocol.js';
export type { ShellOrigins } from './portal-origins.js';
