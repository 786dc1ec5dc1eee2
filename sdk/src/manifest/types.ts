/**
 * The app manifest: what a vendor ships beside its code so the shell can list, route to, load and
 * isolate the app. `sdk/schema/app-manifest.schema.json` is the same contract as JSON Schema; it is
 * generated from `schema.ts`, and `manifest.test.ts` keeps this type and the schema in agreement.
 */
import type { IconName } from '@digione/components/icon';
import type { Role, UserField } from '../context/types.js';

/** A language the portal speaks. Finnish is the default; every app supports it. */
export type ManifestLocale = 'fi' | 'sv' | 'en';

/** A user-visible text in the national languages: Finnish and Swedish always, English optional. */
export interface LocalizedText {
  readonly fi: string;
  readonly sv: string;
  readonly en?: string;
}

/** Who makes the app, shown to operators and in the app's about page. */
export interface ManifestVendor {
  readonly name: string;
  /** The vendor's web site (https). */
  readonly url?: string;
  /** A contact address for operators. */
  readonly email?: string;
}

/** An entry in the portal's navigation. */
export interface ManifestNavEntry {
  /** Where it leads; inside one of the app's `routes`. */
  readonly path: string;
  readonly label: LocalizedText;
  /** Position among all apps' entries: lower comes first. */
  readonly order?: number;
  readonly icon?: IconName;
}

/** What the app asks of the shared context; it receives nothing it does not ask for. */
export interface ManifestContextRequest {
  /** The fields of the signed-in user the app receives. */
  readonly user?: readonly UserField[];
  /** Whether the app follows the acting-as choice (school, child, role). */
  readonly actingAs?: boolean;
}

/** The API the app calls: the shell gives it access tokens for this audience only. */
export interface ManifestApi {
  /** The API's audience, unique in the registry: tokens are issued (and cached) per audience. */
  readonly audience: string;
  /**
   * Where the API answers (its base URL); the app reads it as `context.apiUrl`. An https URL
   * (http on localhost while developing), without a user name or password.
   */
  readonly url?: string;
}

/** A small web component the shell places in a named slot, such as the home dashboard. */
export interface ManifestWidget {
  /** Unique within the app, lowercase kebab-case. */
  readonly id: string;
  /** The custom element's tag name (it contains a hyphen). */
  readonly element: string;
  /** Where the shell places it, e.g. "home". */
  readonly slot: string;
  readonly name: LocalizedText;
}

/** How the shell runs the app: as an ES module in the page, or in a sandboxed iframe. */
export type ManifestIsolation = 'module' | 'iframe';

/** A DigiOne app manifest. */
export interface AppManifest {
  /** A JSON Schema reference for editors; ignored by the shell. */
  readonly $schema?: string;
  /** Lowercase kebab-case, unique in the registry, e.g. "timetable". */
  readonly id: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  readonly icon: IconName;
  readonly vendor: ManifestVendor;
  /**
   * The app's ES module (or, for iframe apps, its page): an https URL, an http URL on localhost
   * while developing, or a path starting with "/" or "./". An iframe app's page is an absolute URL
   * on its `origin`.
   */
  readonly entry: string;
  /**
   * Subresource integrity of a module app's entry, e.g. "sha384-…": the shell runs the code only
   * if it matches. Required in production for an entry on another origin than the portal's; an
   * iframe app has none (a framed page is loaded without any hash check).
   */
  readonly integrity?: string;
  readonly isolation: ManifestIsolation;
  /**
   * The exact origin of an iframe app: required when `isolation` is "iframe", and then `entry` is
   * an absolute URL on this origin. A module app has none.
   */
  readonly origin?: string;
  /** Path prefixes the app owns, each starting with "/", e.g. "/timetable". */
  readonly routes: readonly string[];
  readonly nav: readonly ManifestNavEntry[];
  /** The roles that may use the app (at least one). */
  readonly roles: readonly Role[];
  readonly context: ManifestContextRequest;
  readonly api: ManifestApi;
  /**
   * The version of the app itself (Semantic Versioning), e.g. "2.3.1": shown on the portal's
   * diagnostics page and reported with the app's timings.
   */
  readonly version?: string;
  /** The contract versions the app works with, e.g. "^1.0.0" (see `satisfies`). */
  readonly contract: string;
  /** The languages the app supports; must include "fi". */
  readonly locales: readonly ManifestLocale[];
  readonly widgets?: readonly ManifestWidget[];
  /**
   * The app's events other apps may hear. An app hears its own topics (`<id>:…`) and the shell's
   * (`shell:navigated`); another app's only when that app's manifest lists them here.
   */
  readonly events?: {
    /**
     * Names of the app's topics that every app may subscribe to, without the `<id>:` prefix:
     * `["unread-count"]` makes `messages:unread-count` public for the app "messages".
     */
    readonly public?: readonly string[];
  };
}

/**
 * Why a manifest was rejected: where (`nav[0].label.sv`; `(root)` for the whole manifest or
 * registry, `[2].id` for an app of a registry), what to do, and a stable code for tools.
 */
export interface ManifestError {
  /** A JSON path: `id`, `nav[0].label.sv`, `[2].routes[0]`; `(root)` means the whole input. */
  readonly path: string;
  /** What is wrong and how to fix it, in English, naming the path. */
  readonly message: string;
  /** A stable code: the rule that failed. */
  readonly code: ManifestErrorCode;
  /** In a registry, the id of the app the error belongs to, when it is known. */
  readonly appId?: string;
}

/** The rules a manifest can break. */
export type ManifestErrorCode =
  | 'required'
  | 'type'
  | 'format'
  | 'enum'
  | 'unknown-field'
  | 'too-short'
  | 'too-long'
  | 'too-few'
  | 'too-many'
  | 'not-unique'
  | 'url'
  | 'contract-range'
  | 'contract-unsupported'
  | 'nav-outside-routes'
  | 'origin'
  | 'not-json'
  | 'duplicate-id'
  | 'duplicate-audience'
  | 'route-collision'
  | 'integrity'
  | 'invalid';

/** The result of `validateManifest`. */
export type ValidationResult =
  | { readonly ok: true; readonly manifest: AppManifest }
  | { readonly ok: false; readonly errors: readonly ManifestError[] };

/** The result of `validateRegistry`: the apps that may run, and why the others may not. */
export interface RegistryValidationResult {
  /** True when every app is valid and nothing collides. */
  readonly ok: boolean;
  /** The valid apps, in input order; the shell runs these. */
  readonly apps: readonly AppManifest[];
  readonly errors: readonly ManifestError[];
}

/** Options of `validateManifest` and `validateRegistry`. */
export interface ValidateOptions {
  /**
   * In production, http URLs are refused even on localhost (only https and relative paths pass).
   * Default false: http://localhost and http://127.0.0.1 are allowed for development.
   */
  readonly production?: boolean;
  /**
   * The contract version of the shell that will run the apps: pass `CONTRACT_VERSION`. When given,
   * an app whose `contract` range does not include it is refused at `contract` (code
   * `contract-unsupported`), so `validateRegistry` leaves it out of the apps the shell runs.
   * Default: the range's syntax is checked, not whether this shell satisfies it.
   */
  readonly contractVersion?: string;
  /**
   * The portal's own origin, e.g. `location.origin`. With `production`, a module app whose entry
   * is on another origin must give `integrity`, or it is refused at `integrity` (code
   * `integrity`): such code runs in the portal's page, so it runs only pinned by its hash.
   * Default: this rule is not checked.
   */
  readonly portalOrigin?: string;
}
