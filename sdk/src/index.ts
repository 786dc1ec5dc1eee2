/**
 * @digione/sdk: what a vendor uses to ship an app or widget that runs inside the DigiOne Portal —
 * the contract (types, version and capabilities), `defineMicroApp` and `defineWidget` for
 * single-spa lifecycles, the Lit `ContextController`, per-app localization and the manifest's types.
 * An app in a sandboxed iframe uses `@digione/sdk/iframe` for the same context API. The portal's
 * own side (the host) is `@digione/sdk/host`; the manifest validators are `@digione/sdk/manifest`.
 */
export { CONTRACT_VERSION, isVersion, satisfies } from './contract.js';
export { ROLES, SCHOOL_ROLES, USER_FIELDS } from './context/types.js';
export type * from './context/types.js';
export { DIGIONE_CONTEXT, defineField } from './context/fields.js';
export type {
  AnyContextField,
  AppContext,
  AppContextValues,
  ContextDefinition,
  ContextField,
  ContextState,
  ContextValues,
  DigiOneContextDefinition,
  FieldRequest,
} from './context/fields.js';
export { DigiOneSdkError } from './app/errors.js';
export { defineMicroApp, defineWidget } from './app/define-micro-app.js';
export type * from './app/lifecycle-types.js';
export { ContextController } from './app/context-controller.js';
export type { ContextControllerOptions, ContextHost } from './app/context-controller.js';
export { connectAppLocalization, FALLBACK_LOCALES } from './app/localization.js';
export type {
  AppLocalization,
  AppLocalizationOptions,
  LocaleFallback,
} from './app/localization.js';
export { AppController } from './app/app-controller.js';
export type { AppControllerOptions } from './app/app-controller.js';
export { createApiClient, DigiOneApiError } from './app/api-client.js';
export type {
  ApiClient,
  ApiClientOptions,
  ApiErrorKind,
  ApiQuery,
  ApiRequest,
} from './app/api-client.js';
// Every export of the formatting and calendar modules is for vendors.
export * from './app/format.js';
export * from './app/calendar.js';
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
} from './manifest/types.js';
