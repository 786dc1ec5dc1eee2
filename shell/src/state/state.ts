/**
 * The portal's state in one place: who is signed in and what they act as, the language, the
 * theme asked for, the app registry, the address, and what mounted apps published (titles,
 * badges). One immutable value, changed only by `reducePortal`; everything the page shows is
 * computed from it (`frameView`, `./view.ts`).
 */
import type { Locale } from '@digione/components/localization';
import type { ActingAs, DigiOneUser } from '@digione/sdk';
import type { AuthState } from '../auth/auth-state.js';
import { actingAsChoices } from '../auth/acting-as.js';
import type { RegistryContents } from '../apps/registry.js';
import { initialProviders, type ProviderEntry } from '../apps/providers.js';
import type { ProviderConfig } from '../config/runtime-config.js';
import type { DeviceTheme, ThemePreference } from '../theme/theme.js';

/**
 * Where the list of apps stands: `absent` when the configuration names no registry (no apps
 * run), else loading, loaded (`ready`) or `failed` (the home page offers a retry).
 */
export type RegistryStatus = 'absent' | 'loading' | 'ready' | 'failed';

export interface PortalState {
  /** Where sign-in stands. */
  readonly auth: AuthState;
  /** The person signed in, if any (from `auth`). */
  readonly user: DigiOneUser | null;
  /** The contexts the person can act in, and the one chosen. */
  readonly choices: readonly ActingAs[];
  readonly actingAs: ActingAs | null;
  /** The person's language: the one home of it (the page, the frame, the apps and storage follow). */
  readonly locale: Locale;
  /** The language the portal's own texts are loaded in (it follows `locale`, a moment later). */
  readonly translated: Locale;
  /** The person's theme choice (`system` follows the device), and what the device asks for. */
  readonly themePreference: ThemePreference;
  readonly device: DeviceTheme;
  readonly registryStatus: RegistryStatus;
  /** The registry's apps and skipped entries, once loaded. */
  readonly registry: RegistryContents | undefined;
  /**
   * The education providers of the configuration by id, each one's settings or where its file
   * stands; undefined when none are configured (every registered app is available everywhere).
   */
  readonly providers: ReadonlyMap<string, ProviderEntry> | undefined;
  /** The address's path. */
  readonly path: string;
  /** Titles mounted apps gave their pages (`context.setTitle`), by app id. */
  readonly titles: ReadonlyMap<string, string>;
  /** Counts apps published for their navigation entry (`shell:badge`), by app id. */
  readonly badges: ReadonlyMap<string, number>;
}

/** Everything that changes the portal's state. */
export type PortalAction =
  /**
   * Sign-in changed; signed in, with the person's remembered acting-as choice and theme (the
   * caller reads them from the device: this function stays pure).
   */
  | {
      readonly type: 'auth';
      readonly auth: AuthState;
      readonly actingAs?: ActingAs | null;
      readonly themePreference?: ThemePreference;
    }
  | { readonly type: 'acting-as'; readonly choice: ActingAs }
  | { readonly type: 'locale'; readonly locale: Locale }
  | { readonly type: 'translated'; readonly locale: Locale }
  | { readonly type: 'theme-preference'; readonly preference: ThemePreference }
  | { readonly type: 'device'; readonly device: DeviceTheme }
  | { readonly type: 'registry-loading' }
  | { readonly type: 'registry-loaded'; readonly registry: RegistryContents }
  | { readonly type: 'registry-failed' }
  /** A provider's own file is asked for, was read, or could not be had. */
  | { readonly type: 'provider-loading'; readonly id: string }
  | { readonly type: 'provider-loaded'; readonly id: string; readonly provider: ProviderConfig }
  | { readonly type: 'provider-failed'; readonly id: string }
  | { readonly type: 'path'; readonly path: string }
  | { readonly type: 'title'; readonly appId: string; readonly title: string }
  /** An app went down (unmounted or failed): its title goes with it. */
  | { readonly type: 'app-down'; readonly appId: string }
  | { readonly type: 'badge'; readonly appId: string; readonly count: number };

/** The state before sign-in. */
export function initialPortalState(init: {
  readonly locale: Locale;
  readonly device: DeviceTheme;
  readonly path: string;
  /** Whether the configuration names an app registry. */
  readonly registry: boolean;
  /** The configuration's education providers (absent: none, every app everywhere). */
  readonly providers?: Readonly<Record<string, ProviderConfig | string>> | undefined;
}): PortalState {
  return {
    auth: { status: 'starting' },
    user: null,
    choices: [],
    actingAs: null,
    locale: init.locale,
    translated: init.locale,
    themePreference: 'system',
    device: init.device,
    registryStatus: init.registry ? 'loading' : 'absent',
    registry: undefined,
    providers: initialProviders(init.providers),
    path: init.path,
    titles: new Map(),
    badges: new Map(),
  };
}

/** A copy of `map` with `key` set to `value`. */
function withEntry<V>(map: ReadonlyMap<string, V>, key: string, value: V): ReadonlyMap<string, V> {
  return new Map(map).set(key, value);
}

/**
 * The state after `action`. Returns `state` itself when nothing changes, so those who follow the
 * state can tell.
 */
export function reducePortal(state: PortalState, action: PortalAction): PortalState {
  switch (action.type) {
    case 'auth': {
      const { auth } = action;
      if (auth.status !== 'signed-in') {
        // Signed out (here or in another tab): nothing of the person stays, their theme neither.
        return {
          ...state,
          auth,
          user: null,
          choices: [],
          actingAs: null,
          themePreference: 'system',
        };
      }
      const choices = actingAsChoices(auth.user);
      const actingAs =
        action.actingAs === undefined
          ? (choices.find((c) => c.id === state.actingAs?.id) ?? choices.at(0) ?? null)
          : action.actingAs;
      return {
        ...state,
        auth,
        user: auth.user,
        choices,
        actingAs,
        themePreference: action.themePreference ?? state.themePreference,
      };
    }
    case 'acting-as':
      if (!state.user || action.choice.id === state.actingAs?.id) return state;
      if (!state.choices.some((c) => c.id === action.choice.id)) return state;
      return { ...state, actingAs: action.choice };
    case 'locale':
      return action.locale === state.locale ? state : { ...state, locale: action.locale };
    case 'translated':
      return action.locale === state.translated ? state : { ...state, translated: action.locale };
    case 'theme-preference':
      return action.preference === state.themePreference
        ? state
        : { ...state, themePreference: action.preference };
    case 'device': {
      const { dark, moreContrast, forcedColors } = action.device;
      const same =
        dark === state.device.dark &&
        moreContrast === state.device.moreContrast &&
        forcedColors === state.device.forcedColors;
      return same ? state : { ...state, device: action.device };
    }
    case 'registry-loading':
      return state.registryStatus === 'loading' ? state : { ...state, registryStatus: 'loading' };
    case 'registry-loaded':
      return { ...state, registryStatus: 'ready', registry: action.registry };
    case 'registry-failed':
      return { ...state, registryStatus: 'failed' };
    case 'provider-loading':
    case 'provider-loaded':
    case 'provider-failed':
      return withProvider(state, action);
    case 'path':
      return action.path === state.path ? state : { ...state, path: action.path };
    case 'title':
      return state.titles.get(action.appId) === action.title
        ? state
        : { ...state, titles: withEntry(state.titles, action.appId, action.title) };
    case 'app-down': {
      if (!state.titles.has(action.appId)) return state;
      const titles = new Map(state.titles);
      titles.delete(action.appId);
      return { ...state, titles };
    }
    case 'badge':
      return state.badges.get(action.appId) === action.count
        ? state
        : { ...state, badges: withEntry(state.badges, action.appId, action.count) };
  }
}

/** The state with a provider's file asked for, read or failed (only a file's entry changes). */
function withProvider(
  state: PortalState,
  action: Extract<PortalAction, { type: `provider-${string}` }>,
): PortalState {
  const entry = state.providers?.get(action.id);
  if (!state.providers || !entry || entry.status === 'ready') return state;
  const next: ProviderEntry =
    action.type === 'provider-loaded'
      ? { status: 'ready', provider: action.provider }
      : { status: action.type === 'provider-loading' ? 'loading' : 'failed', url: entry.url };
  if (next.status === entry.status) return state;
  return { ...state, providers: withEntry(state.providers, action.id, next) };
}
