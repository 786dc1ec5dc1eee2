/**
 * @digione/sdk/host: the platform's side of the contract, for the DigiOne Portal shell, the
 * sandbox, the conformance kit and test portals — never for a vendor's app. It holds the shared
 * context (`createShellHost`), scopes what each app is given (`scopeContext`), carries the context
 * into a sandboxed iframe (`bridgeIframe`), and maps a signed-in person to the portal's user and
 * acting-as choices (`userFromClaims`, `actingAsChoicesFor`, `rolesOf`). The shared context's
 * definition is the contract's (`DIGIONE_CONTEXT` of `@digione/sdk`); `contextKeys` checks one and
 * `valuesOf` lists the values of a context made from it.
 */
export { createShellHost } from './shell-host.js';
export type {
  ShellHost,
  ShellHostCore,
  ShellHostSetters,
  ShellHostOptions,
  ShellHostServices,
  ShellState,
  AppContextRequest,
  AppContextHandle,
} from './shell-host.js';
export { contextRequestOf } from './context-request.js';
export { scopeContext } from '../app/scoped-context.js';
export type { ScopedContext } from '../app/scoped-context.js';
export { bridgeIframe, type BridgeIframeOptions, type IframeBridge } from '../iframe/bridge.js';
export { userFromClaims } from '../context/claims.js';
export type { ClaimsOptions, IdTokenClaims, SignInDoor } from '../context/claims.js';
export { MPASSID_CLAIMS } from '../context/mpassid.js';
export {
  actingAsChoices,
  actingAsChoicesFor,
  affiliationsOf,
  rolesOf,
} from '../context/acting-as.js';
export { contextKeys, isFieldKey, valuesOf } from '../context/fields.js';
export { frameApp, FRAME_SANDBOX } from '../iframe/frame-app.js';
export { acceptsPortalOrigin, readShellOrigins } from '../iframe/portal-origins.js';
export type {
  PortalOriginCheck,
  ShellOriginEntry,
  ShellOrigins,
  ShellOriginsSetting,
} from '../iframe/portal-origins.js';
export type { FrameAppOptions, FrameAppLifecycles, FrameAppProps } from '../iframe/frame-app.js';
// The contract's version and the widget wrapper, so the shell needs nothing of the app side.
export { CONTRACT_VERSION } from '../contract.js';
export { defineWidget } from '../app/define-micro-app.js';
