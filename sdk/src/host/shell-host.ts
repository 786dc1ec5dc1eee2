import {
  BehaviorSubject,
  Observable,
  distinctUntilChanged,
  map,
  skip,
  type Subscription,
} from 'rxjs';
import { CONTRACT_VERSION } from '../contract.js';
import type {
  AccessTokenOptions,
  Capability,
  ConfirmOptions,
  ContextValue,
  Notification,
  UserField,
} from '../context/types.js';
import {
  DIGIONE_CONTEXT,
  contextKeys,
  type AppContext,
  type ContextDefinition,
  type ContextField,
  type ContextState,
  type DigiOneContextDefinition,
} from '../context/fields.js';
import { DigiOneSdkError, describe, warn } from '../app/errors.js';
import { scopeContext } from '../app/scoped-context.js';
import type { AppManifest } from '../manifest/types.js';
import { HostEventBus, SHELL_PUBLIC_TOPICS, manifestTopics, topicNamespace } from './event-bus.js';
import { SHELL_NAMESPACE, appServices, capabilitiesOf, checkRequest } from './app-services.js';

/** The shared state the shell holds, which every app sees (each only what it asked for). */
export type ShellState<D extends ContextDefinition = DigiOneContextDefinition> = ContextState<D>;

/**
 * The shell's services, as callbacks. Each receives the id of the app that called it, so the shell
 * can scope it (the token for that app's audience, the dirty flag of that app). A service left out
 * is not supported: `context.isSupported()` says so and calling it fails with D1-SDK-120.
 */
export interface ShellHostServices {
  getAccessToken?(appId: string, audience: string, options?: AccessTokenOptions): Promise<string>;
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

export type ShellHostOptions<D extends ContextDefinition = DigiOneContextDefinition> = Partial<
  NoInfer<ContextState<D>>
> & {
  /**
   * The shared context's definition: its fields, defaults, checks and what each app is given.
   * DigiOne's (`DIGIONE_CONTEXT`) by default; a test may add a field to it.
   */
  readonly context?: D;
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
};

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
export interface AppContextHandle<D extends ContextDefinition = DigiOneContextDefinition> {
  readonly context: AppContext<D>;
  /** Ends every subscription the app made (context values and events) and the context's own feeds. */
  dispose(): void;
  /** The app's own live subscriptions (context values and events). */
  liveSubscriptions(): number;
  readonly disposed: boolean;
}

/** The shell side of the shared context: holds the state, hands each app its minimised context. */
export interface ShellHostCore<D extends ContextDefinition = DigiOneContextDefinition> {
  /** The definition of the shared context this host holds. */
  readonly definition: D;
  /** The full state, for the shell itself (never give this to an app). */
  readonly state: { readonly [K in keyof D]: ContextValue<ContextState<D>[K]> };
  /** Sets one value of the shared state, after the definition's check (D1-SDK-101). */
  set<K extends keyof D & string>(key: K, value: ContextState<D>[K]): void;
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
  contextFor(appId: string, request: AppContextRequest): AppContextHandle<D>;
  /** Live subscriptions on the host: its state, the feeds of live app contexts, event listeners. */
  liveSubscriptions(): number;
  readonly version: string;
  /** Disposes every app context and ends the host. */
  dispose(): void;
}

/** A setter for each field of the definition: `setUser`, `setLocale`… (as `set(key, value)`). */
export type ShellHostSetters<D extends ContextDefinition> = {
  readonly [K in keyof D & string as `set${Capitalize<K>}`]: (value: ContextState<D>[K]) => void;
};

/** The shell side of the shared context, with a setter for each of its fields. */
export type ShellHost<D extends ContextDefinition = DigiOneContextDefinition> = ShellHostCore<D> &
  ShellHostSetters<D>;

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

function asContextValue<T>(observable: Observable<T>, current: () => T): ContextValue<T> {
  Object.defineProperty(observable, 'value', { get: current, enumerable: true });
  return observable as ContextValue<T>;
}

/**
 * Creates the shell side of the shared context. The shell (and the sandbox, and the test kit)
 * holds one host; `contextFor(appId, request)` gives each app a context with only the user fields
 * its manifest asks for, and `dispose()` on it ends everything the app subscribed to. The shared
 * values are the fields of `options.context` (DigiOne's definition by default).
 *
 * Events: every app of the host shares one bus. An app publishes only under its own id
 * (`<app id>:<name>`) or to a topic listed in `publicTopics`; the `shell:` namespace belongs to the
 * shell. An app hears only its own topics, the shell's public ones (`shell:navigated`), those of
 * `publicTopics`, and those another app's manifest makes public (`registry`, `setRegistry`);
 * anything else is refused with D1-SDK-114. Payloads are copied for each listener.
 */
export function createShellHost<D extends ContextDefinition = DigiOneContextDefinition>(
  options: ShellHostOptions<D> = {},
): ShellHost<D> {
  const definition = (options.context ?? DIGIONE_CONTEXT) as D;
  const keys = contextKeys(definition);
  type State = ContextState<D>;
  type Key = keyof D & string;
  const fieldOf = (key: Key) => definition[key] as unknown as ContextField<unknown>;
  const services = options.services ?? {};
  const publicTopics = new Set(options.publicTopics ?? []);
  for (const topic of publicTopics) topicNamespace(topic);
  /** The topics the registry's manifests make public (replaced by `setRegistry`). */
  let registryTopics = manifestTopics(options.registry ?? []);
  const extraCapabilities = new Set(options.capabilities ?? []);

  const initial = options as Partial<Record<Key, unknown>>;
  const subjects = Object.fromEntries(
    keys.map((key) => {
      const field = fieldOf(key);
      const given = initial[key];
      return [key, new BehaviorSubject(field.check(given ?? field.default, key))];
    }),
  ) as Record<Key, BehaviorSubject<unknown>>;

  let stateSubscriptions = 0;
  const counted = (subject: BehaviorSubject<unknown>): ContextValue<unknown> =>
    asContextValue(
      new Observable<unknown>((subscriber) => {
        stateSubscriptions++;
        const inner = subject.subscribe(subscriber);
        return () => {
          stateSubscriptions--;
          inner.unsubscribe();
        };
      }),
      () => subject.value,
    );

  const state = Object.freeze(
    Object.fromEntries(keys.map((key) => [key, counted(subjects[key])])),
  ) as ShellHost<D>['state'];

  const bus = new HostEventBus();
  const handles = new Set<AppContextHandle<D>>();
  /** The question each app has open or waiting (one per app, over all its contexts). */
  const asking = new Map<string, object>();
  let hostDisposed = false;

  const reportFor = (appId: string) => (error: unknown) => {
    if (services.reportError) services.reportError(appId, error);
    else console.error(`[D1-SDK-124] App "${appId}" reported an error:`, error);
  };

  function contextFor(appId: string, request: AppContextRequest): AppContextHandle<D> {
    if (hostDisposed) {
      throw new DigiOneSdkError(
        'D1-SDK-104',
        `contextFor("${appId}"): this shell host was disposed.`,
      );
    }
    const { userFields, actingAs = false, audience, apiUrl } = checkRequest(appId, request);
    const fieldRequest = { userFields: [...new Set(userFields)], actingAs };
    const feeds: Subscription[] = [];
    const perApp: BehaviorSubject<unknown>[] = [];
    /** Aborted when this context is disposed: the app's open questions and toasts are withdrawn. */
    const gone = new AbortController();

    /** A per-app value: the host's, projected, only emitting real changes. */
    function project(key: Key): ContextValue<unknown> {
      const field = fieldOf(key);
      const source = state[key] as ContextValue<unknown>;
      const fn = (value: unknown): unknown =>
        frozenCopy(field.project ? field.project(value, fieldRequest) : value);
      const subject = new BehaviorSubject<unknown>(fn(source.value));
      perApp.push(subject);
      feeds.push(
        source.pipe(map(fn), distinctUntilChanged(same), skip(1)).subscribe((value) => {
          subject.next(value);
        }),
      );
      return asContextValue(subject.asObservable(), () => subject.value);
    }

    const report = reportFor(appId);
    const base = {
      ...Object.fromEntries(keys.map((key) => [key, project(key)])),
      ...appServices({
        appId,
        audience,
        apiUrl,
        services,
        capabilities: capabilitiesOf(services, extraCapabilities, { audience, actingAs }),
        bus,
        publicTopics,
        mayHear: (topic, namespace) =>
          namespace === appId ||
          SHELL_PUBLIC_TOPICS.has(topic) ||
          publicTopics.has(topic) ||
          registryTopics.has(topic),
        asking,
        gone: gone.signal,
        report,
      }),
    } as AppContext<D>;

    const scope = scopeContext<AppContext<D>>(base);
    const handle: AppContextHandle<D> = {
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

  function set<K extends Key>(key: K, value: State[K]): void {
    if (!(keys as string[]).includes(key)) {
      throw new DigiOneSdkError(
        'D1-SDK-101',
        `set(${describe(key)}): the shared context has no such field; its fields are ${keys.join(', ')}.`,
      );
    }
    if (hostDisposed) {
      warn('D1-SDK-104', `The shell host was disposed; set ${key} is ignored.`);
      return;
    }
    subjects[key].next(fieldOf(key).check(value, key));
  }

  const setters = Object.fromEntries(
    keys.map((key) => [
      `set${key.charAt(0).toUpperCase()}${key.slice(1)}`,
      (value: State[typeof key]) => {
        set(key, value);
      },
    ]),
  ) as ShellHostSetters<D>;

  const core: ShellHostCore<D> = {
    definition,
    state,
    set,
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
      for (const subject of Object.values<BehaviorSubject<unknown>>(subjects)) subject.complete();
    },
  };
  return { ...setters, ...core };
}
