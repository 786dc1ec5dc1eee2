/**
 * @digione/sdk: what a vendor uses to ship an app or widget that runs inside the DigiOne Portal —
 * the contract (types, version and capabilities), `defineMicroApp` and `defineWidget` for
 * single-spa lifecycles, the Lit `ContextController`, per-app localization, the manifest schema and
 * its validators, and the host side that the shell, the sandbox and the test kit build on.
 * An app in a sandboxed iframe uses `@digione/sdk/iframe` for the same context API.
 */
export { CONTRACT_VERSION, isVersion, satisfies } from './contract.js';
export { ROLES, USER_FIELDS } from './context/types.js';
export { userFromClaims } from './context/claims.js';
export { actingAsChoicesFor, rolesOf } from './context/acting-as.js';
export type { IdTokenClaims, SignInDoor } from './context/claims.js';
export type * from './context/types.js';
export { DigiOneSdkError } from './app/errors.js';
export { defineMicroApp, defineWidget } from './app/define-micro-app.js';
export type {
  DigiOneAppProps,
  DigiOneWidgetProps,
  DigiOneLifecycles,
  DigiOneParcelConfig,
  DigiOneContextElement,
  MicroAppOptions,
  ElementAppOptions,
  FrameworkAppOptions,
  WidgetOptions,
} from './app/define-micro-app.js';
export { ContextController } from './app/context-controller.js';
export type { ContextControllerOptions, ContextHost } from './app/context-controller.js';
export { connectAppLocalization, FALLBACK_LOCALES } from './app/localization.js';
export type {
  AppLocalization,
  AppLocalizationOptions,
  LocaleFallback,
} from './app/localization.js';
export { scopeContext } from './app/scoped-context.js';
export type { ScopedContext } from './app/scoped-context.js';
export { createShellHost } from './host/shell-host.js';
export type {
  ShellHost,
  ShellHostOptions,
  ShellHostServices,
  ShellState,
  AppContextRequest,
  AppContextHandle,
} from './host/shell-host.js';
export { validateManifest, validateRegistry, routesCollide } from './manifest/validate.js';
export type {
  AppManifest,
  LocalizedText,
  ManifestVendor,
  ManifestNavEntry,
  ManifestContextRequest,
  ManifestApi,
  ManifestWidget,
  ManifestIsolation,
  ManifestLocale,
  ManifestError,
  ManifestErrorCode,
  ValidationResult,
  RegistryValidationResult,
  ValidateOptions,
} from './manifest/types.js';
