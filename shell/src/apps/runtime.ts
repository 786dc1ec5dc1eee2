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
  registerApplication,
  removeErrorHandler,
  setBootstrapMaxTime,
  setMountMaxTime,
  setUnmountMaxTime,
  start,
  unregisterApplication,
  type LifeCycles,
} from 'single-spa';
import type { AppManifest, DigiOneParcelConfig, ManifestWidget } from '@digione/sdk';
import { contextRequestOf, defineWidget, type ShellHost } from '@digione/sdk/host';
import { createArea, labelArea, showState } from './app-area.js';
import {
  isTimeout,
  newEntry,
  wrapLifecycles,
  type Entry,
  type LifecycleRunner,
  type Session,
} from './app-lifecycles.js';
import { nextState, type AppEvent, type AppState } from './app-state.js';
import { iframeLifecycles } from './iframe-app.js';
import { entryUrl, importApp, type LoadedApp } from './loader.js';
import { startTiming } from './perf.js';
import { normalizePath, routeMatches } from './routes.js';
import { mountWidgetParcel, type MountedWidget } from './widget-parcel.js';

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

let singleSpaStarted = false;

export class AppRuntime {
  readonly #options: AppRuntimeOptions;
  readonly #apps = new Map<string, Entry>();
  readonly #widgetConfigs = new Map<string, DigiOneParcelConfig>();
  #visible: string | undefined;
  #disposed = false;
  /** What the wrapped lifecycles of every app need from the runtime. */
  readonly #runner: LifecycleRunner;

  constructor(options: AppRuntimeOptions) {
    this.#options = options;
    const ms = options.lifecycleTimeoutMs;
    // Warn in the console half-way, fail at the limit: a hung app never holds routing longer.
    const warnAfter = Math.max(1, Math.floor(ms / 2));
    setBootstrapMaxTime(ms, true, warnAfter);
    setMountMaxTime(ms, true, warnAfter);
    setUnmountMaxTime(ms, true, warnAfter);
    addErrorHandler(this.#onError);
    this.#runner = {
      importTimeoutMs: options.importTimeoutMs,
      lifecycleTimeoutMs: ms,
      openSession: (entry) => this.#openSession(entry),
      closeSession: (entry) => {
        this.#closeSession(entry);
      },
      update: (entry, event) => {
        this.#update(entry, event);
      },
    };
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
      const created = newEntry(app);
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
      if (entry.area) labelArea(entry.area, this.#options.appName(entry.manifest));
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
    return mountWidgetParcel(config, handle, domElement, key, this.#options.lifecycleTimeoutMs);
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
      return wrapLifecycles(this.#runner, entry, generation, lifecycles);
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
    const area = createArea(this.#options.container.ownerDocument, {
      id: entry.manifest.id,
      name: this.#options.appName(entry.manifest),
      state: entry.state,
      hidden: this.#visible !== entry.manifest.id,
      onRetry: () => void this.retry(entry.manifest.id),
    });
    this.#options.container.append(area);
    entry.area = area;
    return area;
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
    if (entry.area) showState(entry.area, after);
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
