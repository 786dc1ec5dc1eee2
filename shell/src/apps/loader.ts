/**
 * Loading a module app's code: a native `import()` of its manifest's entry, bounded in time, with
 * a fresh URL after a failed attempt (the browser keeps a failed module for its URL), and the
 * lifecycles taken from the module, in this order: its default export, its named `lifecycles`
 * export, or `bootstrap`, `mount` and `unmount` exported by name — the shape single-spa's own
 * documentation and its helpers (single-spa-react, single-spa-vue, single-spa-svelte,
 * create-single-spa) give an app. Each lifecycle may be a function or an array of functions run
 * in order, as single-spa allows. An entry whose manifest gives its `integrity` runs only when its
 * code matches the hash.
 */
import type { DigiOneParcelConfig } from '@digione/sdk';
import { APP_PRELOAD_META, preloadListed } from '../portal/preload.js';

/**
 * An app's lifecycles as its module exports them (the shell awaits whatever they return, so plain
 * functions work as well as single-spa's promise-returning ones).
 */
export interface AppLifecycles {
  bootstrap?(props: object): unknown;
  mount(props: object): unknown;
  unmount(props: object): unknown;
  update?(props: object): unknown;
}

/** A loaded app: its lifecycles, and the widgets its module exports by widget id (if any). */
export interface LoadedApp {
  readonly lifecycles: AppLifecycles;
  readonly widgets: Readonly<Partial<Record<string, DigiOneParcelConfig>>>;
}

/** Loading took longer than allowed. */
export class TimeoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TimeoutError';
  }
}

/** An app's code could not be used (it failed to load, or exports no lifecycles). */
export class AppLoadError extends Error {
  constructor(message: string, options?: { readonly cause?: unknown }) {
    super(message, options);
    this.name = 'AppLoadError';
  }
}

/** Settles as `promise` does, or rejects with `TimeoutError` after `ms` (the timer is cleared). */
export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new TimeoutError(message));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => {
    clearTimeout(timer);
  });
}

/** The query parameter that makes a retried import a new module request. */
export const FRESH_PARAM = 'd1-load';

/**
 * The URL to import an entry from: the entry itself, resolved against the portal, or after
 * `fresh` failed attempts the same with `?d1-load=<n>`, so the browser fetches it anew.
 */
export function entryUrl(entry: string, fresh: number, base: string): string {
  const url = new URL(entry, base);
  if (fresh > 0) url.searchParams.set(FRESH_PARAM, String(fresh));
  return url.href;
}

type Importer = (url: string) => Promise<unknown>;

/**
 * Fetches a module through `<link rel="modulepreload" integrity>`: the browser checks the hash
 * before the module enters the page's module map, and a later `import()` of the same URL takes the
 * module from there — or fails, when the check failed. (`import()` itself takes no integrity; the
 * inline import map that could give one is fixed by the portal's CSP.) Resolves once the module
 * is verified; rejects with `AppLoadError` when it is not.
 */
export function preloadVerified(
  id: string,
  url: string,
  integrity: string,
  doc: Document = document,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = doc.createElement('link');
    link.rel = 'modulepreload';
    link.integrity = integrity;
    link.href = url;
    const done = (): void => {
      link.remove();
    };
    link.addEventListener('load', () => {
      done();
      resolve();
    });
    link.addEventListener('error', () => {
      done();
      reject(
        new AppLoadError(
          `The code of app "${id}" at ${url} does not match the integrity hash of its manifest (${integrity}), or could not be fetched; it was not run.`,
        ),
      );
    });
    doc.head.append(link);
  });
}

/**
 * Asks, once per page, for the SDK's app side (`APP_PRELOAD_META`), all at once: it comes beside
 * the first module app's own code instead of one round trip after another as the browser finds the
 * app's imports.
 */
export function preloadAppSide(doc: Document = document): void {
  preloadListed(doc, APP_PRELOAD_META);
}

/** What the loader uses of the page's Trusted Types (not yet in TypeScript's DOM typings). */
interface TrustedTypesFactory {
  readonly defaultPolicy: unknown;
  createPolicy(name: string, rules: { createHTML(input: string): string | null }): unknown;
}

/**
 * Creates the page's `default` Trusted Types policy, once, before any app's code runs: it lets
 * code empty an element by assigning the empty string to `innerHTML` — as single-spa-vue does when
 * it unmounts an app, and many apps do to clear their element — and refuses every other string, as
 * the portal's Content-Security-Policy (`require-trusted-types-for 'script'`) refuses them all
 * without it. An app cannot create a `default` policy of its own: the name is taken.
 */
export function ensureClearingPolicy(scope: object = globalThis): void {
  const factory = (scope as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory || factory.defaultPolicy) return;
  try {
    factory.createPolicy('default', { createHTML: (input) => (input === '' ? input : null) });
  } catch {
    // A page whose policy does not name `default`: clearing with innerHTML is refused there.
  }
}

/** The browser's own module loader (Vite and bundlers leave this import alone). */
const nativeImport: Importer = (url) => import(/* @vite-ignore */ url);

/**
 * Imports an app's entry and takes its lifecycles. Rejects with `TimeoutError` after `timeoutMs`
 * (a module whose top-level await never settles counts as hung), or `AppLoadError` when the
 * module cannot be fetched or exports no lifecycles.
 */
export async function importApp(
  id: string,
  url: string,
  options: {
    readonly timeoutMs: number;
    readonly importer?: Importer;
    /** The entry's subresource integrity from the manifest, e.g. `sha384-…`. */
    readonly integrity?: string;
  },
): Promise<LoadedApp> {
  const importer = options.importer ?? nativeImport;
  const integrity = options.integrity;
  ensureClearingPolicy();
  preloadAppSide();
  let namespace: unknown;
  try {
    namespace = await withTimeout(
      integrity ? preloadVerified(id, url, integrity).then(() => importer(url)) : importer(url),
      options.timeoutMs,
      `The code of app "${id}" (${url}) did not load within ${options.timeoutMs} ms.`,
    );
  } catch (error) {
    if (error instanceof TimeoutError || error instanceof AppLoadError) throw error;
    throw new AppLoadError(
      `The code of app "${id}" could not be loaded from ${url}: ${
        error instanceof Error ? error.message : String(error)
      }`,
      { cause: error },
    );
  }
  return loadedApp(id, namespace);
}

/** One lifecycle as a module may export it: a function, or functions run in order. */
type ExportedLifecycle = ((props: object) => unknown) | readonly ((props: object) => unknown)[];

/** Lifecycles as a module exports them, checked. */
interface ExportedLifecycles {
  readonly bootstrap?: ExportedLifecycle;
  readonly mount: ExportedLifecycle;
  readonly unmount: ExportedLifecycle;
  readonly update?: unknown;
}

/** What the loader reads of a module: its lifecycles in any of the three shapes, its widgets. */
interface AppModule {
  readonly default?: unknown;
  readonly lifecycles?: unknown;
  readonly widgets?: unknown;
}

/** The lifecycles and widgets of an imported module, checked. */
export function loadedApp(id: string, namespace: unknown): LoadedApp {
  const module = (namespace ?? {}) as AppModule;
  // The default export, then "lifecycles", then the module's own named exports.
  const candidate = [module.default, module.lifecycles, module].find(isLifecycles);
  if (!candidate) {
    throw new AppLoadError(
      `The entry module of app "${id}" exports no lifecycles: export defineMicroApp(...) as its default export, or as "lifecycles" ({ bootstrap, mount, unmount }), or export bootstrap, mount and unmount by name (as single-spa's helpers such as single-spa-react and single-spa-vue make them). ${exportsOf(module)}`,
    );
  }
  const widgets: Partial<Record<string, DigiOneParcelConfig>> = {};
  if (typeof module.widgets === 'object' && module.widgets !== null) {
    for (const [key, value] of Object.entries(module.widgets as Record<string, unknown>)) {
      if (isLifecycles(value)) widgets[key] = value as unknown as DigiOneParcelConfig;
    }
  }
  return { lifecycles: lifecyclesOf(candidate), widgets };
}

/** What a module exports, by name, for the message of one that exports no lifecycles. */
function exportsOf(module: object): string {
  const names = Object.keys(module);
  if (!names.length) return 'It exports nothing.';
  const described = names.map((name) => {
    const value = (module as Record<string, unknown>)[name];
    return `${name} (${Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value})`;
  });
  return `It exports: ${described.join(', ')}.`;
}

/** Whether `value` is a lifecycle as single-spa takes one: a function, or an array of them. */
function isLifecycle(value: unknown): value is ExportedLifecycle {
  return (
    typeof value === 'function' ||
    (Array.isArray(value) &&
      value.length > 0 &&
      value.every((step: unknown) => typeof step === 'function'))
  );
}

function isLifecycles(value: unknown): value is ExportedLifecycles {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    isLifecycle(v.mount) &&
    isLifecycle(v.unmount) &&
    (v.bootstrap === undefined || isLifecycle(v.bootstrap))
  );
}

/**
 * One function that runs a lifecycle's steps in order, each awaited, as single-spa does; each
 * step is called on the object that exported it.
 */
function inOrder(owner: object, lifecycle: ExportedLifecycle): (props: object) => unknown {
  if (typeof lifecycle === 'function') return (props) => lifecycle.call(owner, props);
  return async (props) => {
    for (const step of lifecycle) await step.call(owner, props);
  };
}

/** The lifecycles of a checked export, each one function (however the module exported it). */
function lifecyclesOf(exported: ExportedLifecycles): AppLifecycles {
  const { bootstrap, update } = exported;
  return {
    mount: inOrder(exported, exported.mount),
    unmount: inOrder(exported, exported.unmount),
    ...(bootstrap === undefined ? {} : { bootstrap: inOrder(exported, bootstrap) }),
    // single-spa updates parcels only; an app's update is taken when it is one, never refused.
    ...(isLifecycle(update) ? { update: inOrder(exported, update) } : {}),
  };
}
