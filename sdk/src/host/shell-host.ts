import {
  BehaviorSubject,
  Observable,
  distinctUntilChanged,
  map,
  skip,
  type Subscription,
} from 'rxjs';
import { isLocale } from '@digione/components/localization';
import { THEMES } from '@digione/components/tenants';
import { CONTRACT_VERSION } from '../contract.js';
import {
  USER_FIELDS,
  type ActingAs,
  type Capability,
  type ConfirmOptions,
  type ContextValue,
  type DigiOneUser,
  type Locale,
  type Notification,
  type ShellContext,
  type TenantInfo,
  type Theme,
  type UserField,
} from '../context/types.js';
import { DigiOneSdkError, describe, warn } from '../app/errors.js';
import { portalPath } from '../app/portal-path.js';
import { scopeContext } from '../app/scoped-context.js';
import type { AppManifest } from '../manifest/types.js';
import { HostEventBus, SHELL_PUBLIC_TOPICS, manifestTopics, topicNamespace } from './event-bus.js';

/** The shared state the shell holds, which every app sees (each only what it asked for). */
export interface ShellState {
  readonly user: DigiOneUser | null;
  readonly actingAs: ActingAs | null;
  readonly locale: Locale;
  readonly theme: Theme;
  readonly tenant: TenantInfo;
}

/**
 * The shell's services, as callbacks. Each receives the id of the app that called it, so the shell
 * can scope it (the token for that app's audience, the dirty flag of that app). A service left out
 * is not supported: `context.isSupported()` says so and calling it fails with D1-SDK-120.
 */
export interface ShellHostServices {
  getAccessToken?(appId: string, audience: string): Promise<string>;
  /**
   * Goes to `path`, a page of the portal (`pathname + search + hash`, already checked: it never
   * leads off the portal's origin, to a file or to a script).
   */
  navigate?(appId: string, path: string): void;
  /**
   * Shows an app's toast: show it as the app's (its name on it), never in the shell's voice.
   * `signal` (always given by the host) aborts when the app goes: close its toasts then, so that
   * nothing of the app outlasts its unmount.
   */
  notify?(appId: string, notification: Notification, signal?: AbortSignal): void;
  /**
   * Asks the app's question, showing the app's name with it. At most one per app is open or
   * waiting at a time. `signal` (always given by the host) aborts when the app goes (unmount, the
   * end of its frame): close the question then; the app has been answered false already.
   */
  confirm?(appId: string, options: ConfirmOptions, signal?: AbortSignal): Promise<boolean>;
  setDirty?(appId: string, dirty: boolean): void;
  setTitle?(appId: string, title: string): void;
  /** Where apps' errors go; without it they are logged with console.error. */
  reportError?(appId: string, error: unknown): void;
  /**
   * The count an app published on `shell:badge` for its navigation item. Without it the topic is
   * refused like any other outside the app's namespace.
   */
  setBadge?(appId: string, count: number): void;
}

export interface ShellHostOptions extends Partial<ShellState> {
  readonly services?: ShellHostServices;
  /**
   * Topics outside its own namespace that any app may publish, and hear (exact names, e.g.
   * `"help:open"`). By default an app publishes only under `<its id>:`.
   */
  readonly publicTopics?: readonly string[];
  /**
   * The registry's apps, for the topics their manifests make public (`events.public`): besides
   * its own and the shell's (`shell:navigated`), an app may subscribe only to those. A shell
   * that loads its registry later passes it to `setRegistry`.
   */
  readonly registry?: readonly Pick<AppManifest, 'id' | 'events'>[];
  /** Capabilities the host has beyond its services (`widgets`, `iframe`). */
  readonly capabilities?: readonly Capability[];
}

/** What an app's manifest asks for: the user fields, acting-as, and its API audience. */
export interface AppContextRequest {
  readonly userFields: readonly UserField[];
  readonly actingAs?: boolean;
  /** The audience of the app's own API; `getAccessToken()` asks the shell for a token for it. */
  readonly audience?: string;
  /** Where the app's API answers (the manifest's `api.url`); the app reads it as `context.apiUrl`. */
  readonly apiUrl?: string;
}

/** One app's context and the means to end it. */
export interface AppContextHandle {
  readonly context: ShellContext;
  /** Ends every subscription the app made (context values and events) and the context's own feeds. */
  dispose(): void;
  /** The app's own live subscriptions (context values and events). */
  liveSubscriptions(): number;
  readonly disposed: boolean;
}

/** The shell side of the shared context: holds the state, hands each app its minimised context. */
export interface ShellHost {
  /** The full state, for the shell itself (never give this to an app). */
  readonly state: {
    readonly [K in keyof ShellState]: ContextValue<ShellState[K]>;
  };
  setUser(user: DigiOneUser | null): void;
  setActingAs(actingAs: ActingAs | null): void;
  setLocale(locale: Locale): void;
  setTheme(theme: Theme): void;
  setTenant(tenant: TenantInfo): void;
  /**
   * The registry's apps, once loaded (or loaded again): from now on, apps may subscribe to the
   * topics these manifests make public (`events.public`), and no longer to those of an earlier
   * registry. Subscriptions made already last until their app unmounts.
   */
  setRegistry(apps: readonly Pick<AppManifest, 'id' | 'events'>[]): void;
  /**
   * The shell's own access to the bus: it publishes any valid topic (its own under `shell:`) and
   * hears every topic.
   */
  readonly events: {
    publish(topic: string, payload: unknown): void;
    subscribe(topic: string, listener: (payload: unknown) => void): () => void;
  };
  /** The context for one app (or widget) of id `appId`, minimised to what `request` asks for. */
  contextFor(appId: string, request: AppContextRequest): AppContextHandle;
  /** Live subscriptions on the host: its state, the feeds of live app contexts, event listeners. */
  liveSubscriptions(): number;
  readonly version: string;
  /** Disposes every app context and ends the host. */
  dispose(): void;
}

const SHELL_NAMESPACE = 'shell';
const DEFAULT_TENANT: TenantInfo = Object.freeze({ id: 'digione', name: 'DigiOne' });

/** Structural equality of plain data (what context values are). */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      Object.prototype.hasOwnProperty.call(b, k) &&
      same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/** A deep, frozen copy: an app can neither change the shell's state nor another app's copy. */
function frozenCopy<T>(value: T): T {
  const freeze = (v: unknown): void => {
    if (typeof v !== 'object' || v === null || Object.isFrozen(v)) return;
    Object.freeze(v);
    for (const child of Object.values(v)) freeze(child);
  };
  const copy = structuredClone(value);
  freeze(copy);
  return copy;
}

function pickUser(user: DigiOneUser | null, fields: readonly UserField[]): Partial<DigiOneUser> {
  const picked: Record<string, unknown> = {};
  if (user) for (const field of fields) if (user[field] !== undefined) picked[field] = user[field];
  return frozenCopy(picked);
}

function asContextValue<T>(observable: Observable<T>, current: () => T): ContextValue<T> {
  Object.defineProperty(observable, 'value', { get: current, enumerable: true });
  return observable as ContextValue<T>;
}

function checkLocale(locale: unknown): Locale {
  if (!isLocale(locale)) {
    throw new DigiOneSdkError(
      'D1-SDK-101',
      `createShellHost: locale must be one of "fi", "sv", "en"; got ${describe(locale)}.`,
    );
  }
  return locale;
}

function checkTheme(theme: unknown): Theme {
  if (!(THEMES as readonly unknown[]).includes(theme)) {
    throw new DigiOneSdkError(
      'D1-SDK-101',
      `createShellHost: theme must be one of ${THEMES.map((t) => `"${t}"`).join(', ')}; got ${describe(theme)}.`,
    );
  }
  return theme as Theme;
}

function checkTenant(tenant: unknown): TenantInfo {
  const t = tenant as Partial<TenantInfo> | null;
  if (
    typeof t !== 'object' ||
    t === null ||
    typeof t.id !== 'string' ||
    typeof t.name !== 'string'
  ) {
    throw new DigiOneSdkError(
      'D1-SDK-101',
      `createShellHost: tenant must be { id: string, name: string }; got ${describe(tenant)}.`,
    );
  }
  return tenant as TenantInfo;
}

function checkRequest(appId: unknown, request: unknown): AppContextRequest {
  if (typeof appId !== 'string' || !/^[^\s:]{1,100}$/.test(appId) || appId === SHELL_NAMESPACE) {
    throw new DigiOneSdkError(
      'D1-SDK-102',
      `contextFor: the app id must be the id of the app's manifest (1–100 characters, no spaces or colons, not "shell"); got ${describe(appId)}.`,
    );
  }
  const r = request as Partial<AppContextRequest> | null;
  if (typeof r !== 'object' || r === null || !Array.isArray(r.userFields)) {
    throw new DigiOneSdkError(
      'D1-SDK-103',
      `contextFor("${appId}"): pass { userFields: [...] } with the user fields the app's manifest asks for ([] for none).`,
    );
  }
  for (const field of r.userFields as unknown[]) {
    if (!(USER_FIELDS as readonly unknown[]).includes(field)) {
      throw new DigiOneSdkError(
        'D1-SDK-103',
        `contextFor("${appId}"): unknown user field ${describe(field)}; the fields are ${USER_FIELDS.join(', ')}.`,
      );
    }
  }
  if (r.audience !== undefined && (typeof r.audience !== 'string' || r.audience === '')) {
    throw new DigiOneSdkError(
      'D1-SDK-103',
      `contextFor("${appId}"): audience must be the app's API audience (a non-empty string) or left out; got ${describe(r.audience)}.`,
    );
  }
  if (r.apiUrl !== undefined && (typeof r.apiUrl !== 'string' || !URL.canParse(r.apiUrl))) {
    throw new DigiOneSdkError(
      'D1-SDK-103',
      `contextFor("${appId}"): apiUrl must be the app's API base URL (an absolute URL) or left out; got ${describe(r.apiUrl)}.`,
    );
  }
  return r as AppContextRequest;
}

function unsupported(appId: string, what: string, capability: Capability): DigiOneSdkError {
  return new DigiOneSdkError(
    'D1-SDK-120',
    `App "${appId}" called ${what}, which this shell does not support; check context.isSupported("${capability}") first.`,
  );
}

/**
 * Creates the shell side of the shared context. The shell (and the sandbox, and the test kit)
 * holds one host; `contextFor(appId, request)` gives each app a context with only the user fields
 * its manifest asks for, and `dispose()` on it ends everything the app subscribed to.
 *
 * Events: every app of the host shares one bus. An app publishes only under its own id
 * (`<app id>:<name>`) or to a topic listed in `publicTopics`; the `shell:` namespace belongs to the
 * shell. An app hears only its own topics, the shell's public ones (`shell:navigated`), those of
 * `publicTopics`, and those another app's manifest makes public (`registry`, `setRegistry`);
 * anything else is refused with D1-SDK-114. Payloads are copied for each listener.
 */
export function createShellHost(options: ShellHostOptions = {}): ShellHost {
  const services = options.services ?? {};
  const publicTopics = new Set(options.publicTopics ?? []);
  for (const topic of publicTopics) topicNamespace(topic);
  /** The topics the registry's manifests make public (replaced by `setRegistry`). */
  let registryTopics = manifestTopics(options.registry ?? []);
  /** Whether an app may hear `topic` (well-formed): see `createShellHost`. */
  const mayHear = (appId: string, topic: string, namespace: string): boolean =>
    namespace === appId ||
    SHELL_PUBLIC_TOPICS.has(topic) ||
    publicTopics.has(topic) ||
    registryTopics.has(topic);
  const extraCapabilities = new Set(options.capabilities ?? []);

  const subjects = {
    user: new BehaviorSubject<DigiOneUser | null>(options.user ?? null),
    actingAs: new BehaviorSubject<ActingAs | null>(options.actingAs ?? null),
    locale: new BehaviorSubject<Locale>(checkLocale(options.locale ?? 'fi')),
    theme: new BehaviorSubject<Theme>(checkTheme(options.theme ?? 'light')),
    tenant: new BehaviorSubject<TenantInfo>(checkTenant(options.tenant ?? DEFAULT_TENANT)),
  };

  let stateSubscriptions = 0;
  const counted = <T>(subject: BehaviorSubject<T>): ContextValue<T> =>
    asContextValue(
      new Observable<T>((subscriber) => {
        stateSubscriptions++;
        const inner = subject.subscribe(subscriber);
        return () => {
          stateSubscriptions--;
          inner.unsubscribe();
        };
      }),
      () => subject.value,
    );

  const state: ShellHost['state'] = Object.freeze({
    user: counted(subjects.user),
    actingAs: counted(subjects.actingAs),
    locale: counted(subjects.locale),
    theme: counted(subjects.theme),
    tenant: counted(subjects.tenant),
  });

  const bus = new HostEventBus();
  const handles = new Set<AppContextHandle>();
  /** The question each app has open or waiting (one per app, over all its contexts). */
  const asking = new Map<string, object>();
  let hostDisposed = false;

  const reportFor = (appId: string) => (error: unknown) => {
    if (services.reportError) services.reportError(appId, error);
    else console.error(`[D1-SDK-124] App "${appId}" reported an error:`, error);
  };

  function contextFor(appId: string, request: AppContextRequest): AppContextHandle {
    if (hostDisposed) {
      throw new DigiOneSdkError(
        'D1-SDK-104',
        `contextFor("${appId}"): this shell host was disposed.`,
      );
    }
    const {
      userFields,
      actingAs: wantsActingAs = false,
      audience,
      apiUrl,
    } = checkRequest(appId, request);
    const fields = [...new Set(userFields)];
    const feeds: Subscription[] = [];
    const perApp: BehaviorSubject<unknown>[] = [];
    /** Aborted when this context is disposed: the app's open questions and toasts are withdrawn. */
    const gone = new AbortController();

    /** A per-app value: the host's, projected, only emitting real changes. */
    function project<S, T>(source: ContextValue<S>, fn: (value: S) => T): ContextValue<T> {
      const subject = new BehaviorSubject<T>(fn(source.value));
      perApp.push(subject as unknown as BehaviorSubject<unknown>);
      feeds.push(
        source.pipe(map(fn), distinctUntilChanged<T>(same), skip(1)).subscribe((value) => {
          subject.next(value);
        }),
      );
      return asContextValue(subject.asObservable(), () => subject.value);
    }

    const report = reportFor(appId);
    const capabilities = new Set<Capability>(extraCapabilities);
    capabilities.add('events');
    if (services.navigate) capabilities.add('navigate');
    if (services.notify) capabilities.add('notify');
    if (services.confirm) capabilities.add('confirm');
    if (services.setDirty) capabilities.add('dirty-guard');
    if (services.setTitle) capabilities.add('title');
    if (services.getAccessToken && audience !== undefined) capabilities.add('access-token');
    if (wantsActingAs) capabilities.add('acting-as');

    const base: ShellContext = {
      appId,
      user: project(state.user, (user) => pickUser(user, fields)),
      actingAs: project(state.actingAs, (a) => (wantsActingAs && a ? frozenCopy(a) : null)),
      locale: project(state.locale, (l) => l),
      theme: project(state.theme, (t) => t),
      tenant: project(state.tenant, (t) => frozenCopy(t)),
      apiUrl,
      getAccessToken() {
        if (audience === undefined) {
          return Promise.reject(
            new DigiOneSdkError(
              'D1-SDK-121',
              `App "${appId}" asked for an access token but its manifest declares no API audience; add "audience" to the manifest.`,
            ),
          );
        }
        if (!services.getAccessToken) {
          return Promise.reject(unsupported(appId, 'getAccessToken()', 'access-token'));
        }
        return services.getAccessToken(appId, audience);
      },
      navigate(path) {
        if (typeof path !== 'string') {
          throw new DigiOneSdkError(
            'D1-SDK-123',
            `navigate(path): path must be a string; got ${describe(path)}.`,
          );
        }
        if (!services.navigate) throw unsupported(appId, 'navigate()', 'navigate');
        // Only a page of the portal, checked against the page the host runs in (the portal's).
        services.navigate(appId, portalPath(appId, path, location.origin));
      },
      notify(notification) {
        if (typeof (notification as Partial<Notification> | null)?.message !== 'string') {
          throw new DigiOneSdkError(
            'D1-SDK-123',
            `notify(notification): pass { message: string, ... }; got ${describe(notification)}.`,
          );
        }
        if (!services.notify) throw unsupported(appId, 'notify()', 'notify');
        services.notify(appId, notification, gone.signal);
      },
      confirm(confirmOptions) {
        const o = confirmOptions as Partial<ConfirmOptions> | null;
        if (
          typeof o !== 'object' ||
          typeof o?.heading !== 'string' ||
          typeof o.message !== 'string'
        ) {
          return Promise.reject(
            new DigiOneSdkError(
              'D1-SDK-123',
              `confirm(options): pass { heading: string, message: string, ... }; got ${describe(confirmOptions)}.`,
            ),
          );
        }
        if (!services.confirm) return Promise.reject(unsupported(appId, 'confirm()', 'confirm'));
        if (asking.has(appId)) {
          return Promise.reject(
            new DigiOneSdkError(
              'D1-SDK-126',
              `App "${appId}" called confirm() while its previous question is still open; wait for its answer before asking again.`,
            ),
          );
        }
        const question = {};
        asking.set(appId, question);
        const { signal } = gone;
        let answer: Promise<boolean>;
        try {
          answer = services.confirm(appId, confirmOptions, signal);
        } catch (error) {
          answer = Promise.reject(error instanceof Error ? error : new Error(String(error)));
        }
        return new Promise<boolean>((resolve, reject) => {
          let settled = false;
          const settle = (): boolean => {
            if (settled) return false;
            settled = true;
            signal.removeEventListener('abort', withdraw);
            if (asking.get(appId) === question) asking.delete(appId);
            return true;
          };
          // The app went: it hears "no", and the shell closes the question (through `signal`).
          const withdraw = (): void => {
            if (settle()) resolve(false);
          };
          signal.addEventListener('abort', withdraw);
          answer.then(
            (yes) => {
              if (settle()) resolve(yes);
            },
            (error: unknown) => {
              if (settle()) reject(error instanceof Error ? error : new Error(String(error)));
            },
          );
        });
      },
      setDirty(dirty) {
        if (typeof dirty !== 'boolean') {
          throw new DigiOneSdkError(
            'D1-SDK-123',
            `setDirty(dirty): dirty must be true or false; got ${describe(dirty)}.`,
          );
        }
        if (!services.setDirty) throw unsupported(appId, 'setDirty()', 'dirty-guard');
        services.setDirty(appId, dirty);
      },
      setTitle(title) {
        if (typeof title !== 'string') {
          throw new DigiOneSdkError(
            'D1-SDK-123',
            `setTitle(title): title must be a string; got ${describe(title)}.`,
          );
        }
        if (!services.setTitle) throw unsupported(appId, 'setTitle()', 'title');
        services.setTitle(appId, title);
      },
      reportError: report,
      events: {
        publish(topic, payload) {
          if (topic === 'shell:badge' && services.setBadge) {
            const count = (payload as { count?: unknown } | null)?.count;
            if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
              throw new DigiOneSdkError(
                'D1-SDK-112',
                `events.publish("shell:badge", { count }): count must be a whole number, 0 or more; got ${describe(count)}.`,
              );
            }
            services.setBadge(appId, count);
            return;
          }
          const namespace = topicNamespace(topic);
          if (namespace !== appId && !publicTopics.has(topic)) {
            throw new DigiOneSdkError(
              'D1-SDK-111',
              `App "${appId}" may publish only under its own namespace ("${appId}:<name>") or to a topic the shell allows; "${topic}" is neither.`,
            );
          }
          bus.publish(topic, payload);
        },
        subscribe(topic, listener) {
          const namespace = topicNamespace(topic);
          if (!mayHear(appId, topic, namespace)) {
            const shellTopics = [...SHELL_PUBLIC_TOPICS].map((t) => `"${t}"`).join(', ');
            const remedy =
              namespace === SHELL_NAMESPACE
                ? 'The shell does not publish it for apps.'
                : `The app "${namespace}" can make it public with "events": { "public": ["${topic.slice(namespace.length + 1)}"] } in its manifest.`;
            throw new DigiOneSdkError(
              'D1-SDK-114',
              `App "${appId}" may subscribe only to its own topics ("${appId}:<name>"), the shell's (${shellTopics}) and topics another app's manifest makes public; "${topic}" is none of these. ${remedy}`,
            );
          }
          return bus.subscribe(topic, listener as (payload: unknown) => void, report);
        },
      },
      version: CONTRACT_VERSION,
      isSupported: (capability) => capabilities.has(capability),
    };

    const scope = scopeContext(base);
    const handle: AppContextHandle = {
      context: scope.context,
      get disposed() {
        return scope.disposed;
      },
      liveSubscriptions: () => scope.liveSubscriptions(),
      dispose() {
        if (scope.disposed) return;
        scope.dispose();
        gone.abort();
        for (const feed of feeds) feed.unsubscribe();
        for (const subject of perApp) subject.complete();
        handles.delete(handle);
      },
    };
    handles.add(handle);
    return handle;
  }

  const set =
    <K extends keyof ShellState>(key: K, check: (value: unknown) => ShellState[K]) =>
    (value: ShellState[K]): void => {
      if (hostDisposed) {
        warn('D1-SDK-104', `The shell host was disposed; set ${key} is ignored.`);
        return;
      }
      (subjects[key] as unknown as BehaviorSubject<ShellState[K]>).next(check(value));
    };

  return {
    state,
    setUser: set('user', (u) => u as DigiOneUser | null),
    setActingAs: set('actingAs', (a) => a as ActingAs | null),
    setLocale: set('locale', checkLocale),
    setTheme: set('theme', checkTheme),
    setTenant: set('tenant', checkTenant),
    setRegistry(apps) {
      registryTopics = manifestTopics(apps);
    },
    events: {
      publish: (topic, payload) => {
        bus.publish(topic, payload);
      },
      subscribe: (topic, listener) => bus.subscribe(topic, listener, reportFor(SHELL_NAMESPACE)),
    },
    contextFor,
    liveSubscriptions: () => stateSubscriptions + bus.size,
    version: CONTRACT_VERSION,
    dispose() {
      if (hostDisposed) return;
      for (const handle of [...handles]) handle.dispose();
      hostDisposed = true;
      bus.clear();
      for (const subject of Object.values(subjects)) subject.complete();
    },
  };
}
