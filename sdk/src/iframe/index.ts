/**
 * @digione/sdk/iframe: the same `ShellContext` for an app that runs in a sandboxed iframe on its own
 * origin. The app calls `connectToShell()`; the shell frames it and calls `bridgeIframe()`.
 * The message protocol is documented in protocol.ts.
 */
export { connectToShell, type ConnectToShellOptions } from './connect.js';
export { bridgeIframe, type BridgeIframeOptions, type IframeBridge } from './bridge.js';
export { D1IframeError, PROTOCOL_VERSION } from './protocol.js';
