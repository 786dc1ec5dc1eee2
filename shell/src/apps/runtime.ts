/**
 * The shell's single-spa root config. Each app the person may use is registered with single-spa,
 * active on its manifest's routes, and mounted into an area of its own in the main region, with
 * `props.context` made by the shell host for that app alone (disposed when it unmounts).
 *
 * Every step is bounded in time — the import by `importTimeoutMs`, each lifecycle by single-spa's
 * `dieOnTimeout` limits — so a hung app holds routing for at most that long. Whatever an app does
 * (its bundle 404s, it throws in bootstrap, mount or unmount, it hangs), the failure stays in its
 * own area as an error with a retry, and the rest of the portal keeps working.
 */
import {
  addErrorHandler,
  mountRootParcel,
  registerApplication,
  removeErrorHandler,
  setBootstrapMaxTime,
  setMountMaxTime,
  setUnmountMaxTime,
  start,
  unregisterApplication,
  type LifeCycles,
  type ParcelConfig,
} from 'single-spa';
import {
  defineWidget,
  type AppManifest,
  type DigiOneParcelConfig,
  type ManifestWidget,
} from '@digione/sdk';
import { contextRequestOf, type AppContextHandle, type ShellHost } from '@digione/sdk/host';
import {
  INITIAL_STATE,
  nextState,
  type AppEvent,
  type AppPhase,
  type AppState,
} from './app-state.js';
import { iframeLifecycles } from './iframe-app.js';
import {
  TimeoutError,
  entryUrl,
  importApp,
  withTimeout,
  type AppLifecycles,
  type LoadedApp,
} from './loader.js';
import { startTiming } from './perf.js';
import { normalizePath, routeMatches } from './routes.js';

type Importer = (url: string) => Promise<unknown>;

export interface AppRuntimeOptions {
  readonly host: ShellHost;
  readonly importTimeoutMs: number;
  readonly lifecycleTimeoutMs: number;
  /**
   * The element the app areas are placed in (as children with `slot="app"`, so the page shows
   * them in its main region).
   */
  readonly container: HTMLElement;
  /** The app's name in the person's language (areas and frames are named by it). */
  readonly appName: (app: AppManifest) => string;
  /** Told whenever an app's state changes (its area shows it already). */
  readonly onStateChange?: (app: AppManifest, state: AppState) => void;
  /** The portal's origin (iframe apps must run on another); default: the page's. */
  readonly origin?: string;
  /** Imports an entry URL; default: the browser's native `import()`. */
  readonly importer?: Importer;
}

/** A widget placed by the shell; unmount it before its element goes away. */
export interface MountedWidget {
  unmount(): Promise<void>;
}

/** One mount of an app: its context and the element it renders in, ended at unmount. */
interface Session {
  readonly handle: AppContextHandle;
  readonly root: HTMLElement;
  mounted: boolean;
}

interface Entry {
  manifest: AppManifest;
  state: AppState;
  /** The step running now (errors single-spa reports are laid at its door). */
  phase: AppPhase | undefined;
  /** Each registration with single-spa (first, and after each retry) gets a new generation. */
  generation: number;
  /** The app's code, once it loaded: reused by retries of a lifecycle and by its widgets. */
  loaded: Promise<LoadedApp> | undefined;
  /** How many imports failed: the next import asks for a fresh URL. */
  failedImports: number;
  area: HTMLElement | undefined;
  session: Session | undefined;
  /** The error the app reported while failing, shown in the details of its error. */
  reported: unknown;
  registered: boolean;
  retrying: boolean;
}

/** The area element's tag of the status it shows (`<d1-shell-app-status>`). */
interface StatusElement extends HTMLElement {
  state: AppState;
  appName: string;
}

let singleSpaStarted = false;

/** The iframe bridge's "took too long": the page did not load, or did not connect, in time. */
const FRAME_TIMEOUTS = new Set(['D1-SDK-306', 'D1-SDK-313']);

/** Whether an error is single-spa's (or the loader's, or an iframe bridge's) "took too long". */
export function isTimeout(error: unknown): boolean {
  if (error instanceof TimeoutError) return true;
  const code: unknown = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && FRAME_TIMEOUTS.has(code)) return true;
  const message = error instanceof Error ? error.message : String(error);
  return /#31\b|did not resolve or reject/.test(message);
}

export class AppRuntime {
  readonly #options: AppRuntimeOptions;
  readonly #apps = new Map<string, Entry>();
  readonly #widgetConfigs = new Map<string, DigiOneParcelConfig>();
  #visible: string | undefined;
  #disposed = false;

  constructor(options: AppRuntimeOptions) {
    this.#options = options;
    const ms = options.lifecycleTimeoutMs;
    // Warn in the console half-way, fail at the limit: a hung app never holds routing longer.
    const warnAfter = Math.max(1, Math.floor(ms / 2));
    setBootstrapMaxTime(ms, true, warnAfter);
    setMountMaxTime(ms, true, warnAfter);
    setUnmountMaxTime(ms, true, warnAfter);
    addErrorHandler(this.#onError);
  }

  /** Starts single-spa's routing (once per page). */
  start(): void {
    if (singleSpaStarted) return;
    singleSpaStarted = true;
    start({ urlRerouteOnly: true });
  }

  /** The apps registered now, in the order given. */
  get apps(): readonly AppManifest[] {
    return [...this.#apps.values()].map((entry) => entry.manifest);
  }

  /**
   * Registers exactly `apps` with single-spa: new ones are registered, ones no longer allowed
   * are unmounted and unregistered (their areas removed). Apps not given are never loaded.
   */
  async setApps(apps: readonly AppManifest[]): Promise<void> {
    const wanted = new Map(apps.map((app) => [app.id, app]));
    const gone = [...this.#apps.values()].filter((entry) => !wanted.has(entry.manifest.id));
    for (const entry of gone) {
      this.#apps.delete(entry.manifest.id);
    }
    for (const app of apps) {
      const entry = this.#apps.get(app.id);
      if (entry) {
        entry.manifest = app;
        continue;
      }
      const created: Entry = {
        manifest: app,
        state: INITIAL_STATE,
        phase: undefined,
        generation: 0,
        loaded: undefined,
        failedImports: 0,
        area: undefined,
        session: undefined,
        reported: undefined,
        registered: false,
        retrying: false,
      };
      this.#apps.set(app.id, created);
      this.#register(created);
    }
    await Promise.all(gone.map((entry) => this.#unregister(entry)));
  }

  /** What an app's area shows now. */
  stateOf(id: string): AppState | undefined {
    return this.#apps.get(id)?.state;
  }

  /** The area an app renders in (made when first needed). */
  areaOf(id: string): HTMLElement | undefined {
    const entry = this.#apps.get(id);
    return entry ? this.#area(entry) : undefined;
  }

  /** Shows the area of `id` (the app of the current route) and hides every other. */
  show(id: string | undefined): void {
    this.#visible = id;
    if (id !== undefined) this.areaOf(id);
    for (const entry of this.#apps.values()) {
      if (entry.area) entry.area.hidden = entry.manifest.id !== id;
    }
  }

  /** Names areas, statuses and frames again (the language changed). */
  relabel(): void {
    for (const entry of this.#apps.values()) {
      const area = entry.area;
      if (!area) continue;
      const name = this.#options.appName(entry.manifest);
      const status = this.#status(area);
      if (status) status.appName = name;
      const frame = area.querySelector('iframe');
      if (frame) frame.title = name;
    }
  }

  /**
   * Tries a failed app again: single-spa forgets it (unregister) and registers it anew. A failed
   * import is fetched afresh (a new URL, past the browser's record of the failure); after a
   * failed lifecycle the loaded code is kept and its lifecycles run again.
   */
  async retry(id: string): Promise<void> {
    const entry = this.#apps.get(id);
    if (entry?.state.status !== 'failed' || entry.retrying) return;
    if (entry.state.phase === 'load') entry.loaded = undefined;
    entry.retrying = true;
    try {
      this.#closeSession(entry);
      // While failed the app is inactive to single-spa, so unregistering it runs none of its code.
      await this.#unregister(entry, false);
    } finally {
      entry.retrying = false;
    }
    if (this.#apps.get(id) !== entry || this.#disposed) return;
    entry.reported = undefined;
    this.#update(entry, { type: 'retry' });
    this.#register(entry);
  }

  /** Records an error the app reported (shown with its failure, if it then fails). */
  noteError(id: string, error: unknown): void {
    const entry = this.#apps.get(id);
    if (entry) entry.reported = error;
  }

  /**
   * Mounts one of an app's widgets into `domElement` as a single-spa parcel, with the app's own
   * context. The app must be registered (allowed). Widgets of iframe apps do not run in the page.
   */
  async mountWidget(
    appId: string,
    widget: ManifestWidget,
    domElement: HTMLElement,
  ): Promise<MountedWidget> {
    const entry = this.#apps.get(appId);
    if (!entry) throw new Error(`App "${appId}" is not registered: its widgets cannot run.`);
    if (entry.manifest.isolation !== 'module') {
      throw new Error(`App "${appId}" runs in a frame: its widgets cannot run in the page.`);
    }
    const loaded = await this.#import(entry);
    const key = `${appId}:${widget.id}`;
    let config = loaded.widgets[widget.id] ?? this.#widgetConfigs.get(key);
    if (!config) {
      config = defineWidget({ element: widget.element, name: key, defineTimeout: 5000 });
      this.#widgetConfigs.set(key, config);
    }
    const handle = this.#options.host.contextFor(appId, contextRequestOf(entry.manifest));
    const parcel = mountRootParcel(config as unknown as ParcelConfig, {
      domElement,
      context: handle.context,
    });
    try {
      await withTimeout(
        parcel.mountPromise,
        this.#options.lifecycleTimeoutMs,
        `The widget "${key}" did not mount within ${this.#options.lifecycleTimeoutMs} ms.`,
      );
    } catch (error) {
      handle.dispose();
      throw error;
    }
    return {
      async unmount() {
        try {
          if (parcel.getStatus() === 'MOUNTED') await parcel.unmount();
        } finally {
          handle.dispose();
        }
      },
    };
  }

  /** Unregisters every app and stops listening to single-spa's errors. */
  async dispose(): Promise<void> {
    this.#disposed = true;
    removeErrorHandler(this.#onError);
    const entries = [...this.#apps.values()];
    this.#apps.clear();
    await Promise.all(entries.map((entry) => this.#unregister(entry)));
  }

  #register(entry: Entry): void {
    const generation = ++entry.generation;
    const routes = entry.manifest.routes;
    entry.registered = true;
    registerApplication({
      name: entry.manifest.id,
      app: () => this.#load(entry, generation),
      activeWhen: (location) => {
        // A failed app stays down until retried; single-spa would otherwise reload it by itself.
        if (entry.state.status === 'failed') return false;
        const path = normalizePath(location.pathname);
        return routes.some((route) => routeMatches(path, route));
      },
    });
  }

  async #unregister(entry: Entry, removeArea = true): Promise<void> {
    if (entry.registered) {
      entry.registered = false;
      try {
        await unregisterApplication(entry.manifest.id);
      } catch (error) {
        console.error(`[DigiOne] App "${entry.manifest.id}" could not be unregistered:`, error);
      }
    }
    this.#closeSession(entry);
    if (removeArea) {
      entry.area?.remove();
      entry.area = undefined;
    }
  }

  async #load(entry: Entry, generation: number): Promise<LifeCycles> {
    const id = entry.manifest.id;
    entry.phase = 'load';
    this.#update(entry, { type: 'start', phase: 'load' });
    const end = startTiming(`app:${id}`, 'load');
    try {
      const lifecycles =
        entry.manifest.isolation === 'iframe'
          ? iframeLifecycles(entry.manifest, {
              // A framed page loads its code as a module app's import does: it has the import's
              // budget (a slow phone on a slow network is not a failure); once loaded, its
              // handshake has one lifecycle call's.
              loadTimeoutMs: this.#options.importTimeoutMs,
              handshakeTimeoutMs: this.#options.lifecycleTimeoutMs,
              title: () => this.#options.appName(entry.manifest),
              shellOrigin: this.#options.origin ?? location.origin,
            })
          : (await this.#import(entry)).lifecycles;
      this.#update(entry, { type: 'done', phase: 'load' });
      return this.#wrap(entry, generation, lifecycles);
    } catch (error) {
      this.#update(entry, { type: 'fail', phase: 'load', error, timedOut: isTimeout(error) });
      throw error;
    } finally {
      end();
    }
  }

  /** The app's module, imported once; a failed import is forgotten, and retried at a new URL. */
  #import(entry: Entry): Promise<LoadedApp> {
    if (!entry.loaded) {
      const url = entryUrl(entry.manifest.entry, entry.failedImports, location.href);
      const loading = importApp(entry.manifest.id, url, {
        timeoutMs: this.#options.importTimeoutMs,
        ...(entry.manifest.integrity ? { integrity: entry.manifest.integrity } : {}),
        ...(this.#options.importer ? { importer: this.#options.importer } : {}),
      });
      entry.loaded = loading;
      loading.catch(() => {
        if (entry.loaded === loading) entry.loaded = undefined;
        entry.failedImports++;
      });
    }
    return entry.loaded;
  }

  /** The app's lifecycles as single-spa runs them: timed, with the shell's props, failures kept. */
  #wrap(entry: Entry, generation: number, real: AppLifecycles): LifeCycles {
    const props = (given: object, session: Session): object => ({
      ...given,
      name: entry.manifest.id,
      domElement: session.root,
      context: session.handle.context,
    });
    // An iframe app's mount waits for its page to load and connect: the import's budget on top of
    // the lifecycle's (single-spa's own limit for this app's mount, so it does not cut it short).
    const ms = this.#options.lifecycleTimeoutMs;
    const frameMount = this.#options.importTimeoutMs + ms;
    const timeouts =
      entry.manifest.isolation === 'iframe'
        ? {
            timeouts: {
              mount: {
                millis: frameMount,
                dieOnTimeout: true,
                warningMillis: Math.max(1, Math.floor(frameMount / 2)),
              },
            },
          }
        : {};
    return {
      ...timeouts,
      bootstrap: async (given) => {
        const session = this.#openSession(entry);
        await this.#step(entry, generation, 'bootstrap', () =>
          real.bootstrap?.(props(given, session)),
        );
      },
      mount: async (given) => {
        const session = this.#openSession(entry);
        await this.#step(entry, generation, 'mount', () => real.mount(props(given, session)));
        // single-spa gave up on this mount (it took too long) and cleaned up; what the app built
        // since stays in the detached element, with its context already ended.
        if (entry.session === session) session.mounted = true;
      },
      unmount: async (given) => {
        const session = entry.session;
        if (!session?.mounted) {
          // After a failed mount single-spa unmounts too: let the app undo what it got done
          // (as single-spa does by default), bounded and quietly, then clean up.
          if (session) {
            await withTimeout(
              Promise.resolve().then(() => real.unmount(props(given, session))),
              this.#options.lifecycleTimeoutMs,
              'cleanup after a failed mount',
            ).catch(() => undefined);
          }
          this.#closeSession(entry);
          return;
        }
        try {
          await this.#step(entry, generation, 'unmount', () => real.unmount(props(given, session)));
        } finally {
          this.#closeSession(entry);
        }
      },
      update: async (given) => {
        const session = entry.session;
        if (session?.mounted) await real.update?.(props(given, session));
      },
    };
  }

  async #step(
    entry: Entry,
    generation: number,
    phase: AppPhase,
    run: () => unknown,
  ): Promise<void> {
    if (generation !== entry.generation) return;
    entry.phase = phase;
    entry.reported = undefined;
    this.#update(entry, { type: 'start', phase });
    const end = startTiming(`app:${entry.manifest.id}`, phase);
    try {
      await run();
      if (generation === entry.generation) this.#update(entry, { type: 'done', phase });
    } catch (error) {
      if (generation === entry.generation) {
        this.#update(entry, { type: 'fail', phase, error, timedOut: isTimeout(error) });
      }
      throw error;
    } finally {
      end();
    }
  }

  /** The mount's context and element, made once per mount and ended at unmount or failure. */
  #openSession(entry: Entry): Session {
    if (entry.session) return entry.session;
    const area = this.#area(entry);
    const root = area.ownerDocument.createElement('div');
    root.className = 'd1-app-root';
    root.dataset.d1AppRoot = entry.manifest.id;
    area.append(root);
    const handle = this.#options.host.contextFor(
      entry.manifest.id,
      contextRequestOf(entry.manifest),
    );
    entry.session = { handle, root, mounted: false };
    return entry.session;
  }

  #closeSession(entry: Entry): void {
    const session = entry.session;
    if (!session) return;
    entry.session = undefined;
    session.handle.dispose();
    // Whatever the app left behind goes with its element.
    session.root.remove();
  }

  #area(entry: Entry): HTMLElement {
    if (entry.area) return entry.area;
    const doc = this.#options.container.ownerDocument;
    const area = doc.createElement('section');
    area.className = 'd1-app-area';
    area.slot = 'app';
    area.dataset.d1App = entry.manifest.id;
    area.tabIndex = -1;
    area.hidden = this.#visible !== entry.manifest.id;
    const status = doc.createElement('d1-shell-app-status') as StatusElement;
    status.appName = this.#options.appName(entry.manifest);
    status.state = entry.state;
    area.append(status);
    area.addEventListener('d1-retry', (event) => {
      event.stopPropagation();
      void this.retry(entry.manifest.id);
    });
    this.#options.container.append(area);
    entry.area = area;
    return area;
  }

  #status(area: HTMLElement): StatusElement | null {
    return area.querySelector<StatusElement>(':scope > d1-shell-app-status');
  }

  #update(entry: Entry, event: AppEvent): void {
    const before = entry.state;
    let after = nextState(before, event);
    // The error the app reported on its way down says more than single-spa's rethrow of it.
    if (after.status === 'failed' && before.status !== 'failed' && entry.reported !== undefined) {
      after = { ...after, error: entry.reported };
    }
    if (after === before) return;
    entry.state = after;
    if (after.status !== 'busy') entry.phase = undefined;
    const status = entry.area && this.#status(entry.area);
    if (status) status.state = after;
    this.#options.onStateChange?.(entry.manifest, after);
  }

  /** single-spa's report of an app that it gave up on (a rejection, a timeout). */
  readonly #onError = (error: Error & { appOrParcelName?: string }): void => {
    const entry = error.appOrParcelName ? this.#apps.get(error.appOrParcelName) : undefined;
    if (!entry) {
      // A widget's parcel, or an app already unregistered: its own code handles it.
      console.error('[DigiOne]', error);
      return;
    }
    const state = entry.state;
    const phase = state.status === 'failed' ? state.phase : (entry.phase ?? 'mount');
    console.error(`[DigiOne] App "${entry.manifest.id}" failed (${phase}):`, error);
    this.#update(entry, { type: 'fail', phase, error, timedOut: isTimeout(error) });
    if (entry.session && !entry.session.mounted) this.#closeSession(entry);
  };
}
