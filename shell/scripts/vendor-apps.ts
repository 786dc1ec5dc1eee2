/**
 * A vendor's own apps in `npm start`: `npm start -- --app <manifest>` adds a built and released app
 * to the development portal beside the example apps, as an operator adds its manifest to a
 * production registry.
 *
 * - `<manifest>` is a file (the `dist/manifest.json` that `digione release` writes, or the `dist/`
 *   folder that holds it) or an http(s) URL of a released manifest.
 * - From a file, the app's built files are served by the portal as they are: a module app's folder
 *   under `/apps/<id>/` on the portal's origin, byte for byte (its `integrity` is checked as in
 *   production; its imports of the shared libraries resolve through the development import map to
 *   the modules the shell runs), an iframe app's page on an origin of its own. The manifest is read
 *   again for every registry request, so a new build and release shows at the next page load.
 * - From a URL, the manifest is registered as it is (its entry is wherever the vendor serves it),
 *   read once at start.
 * - The app's `api.audience` is registered with the local identity provider, so the app gets real
 *   tokens for it; a manifest without `api.url` gets a stand-in API here that checks them
 *   (`GET /me` answers with the verified token's subject and audience).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve, sep } from 'node:path';
import { startProtectedApi, type RunningProtectedApi } from '@digione/dev-idp';
import { contentType, listen, stopServer } from './http-files.js';

/** An iframe app's built page on an origin of its own. */
interface RunningFrame {
  readonly origin: string;
  stop(): Promise<void>;
}

/**
 * Serves a built iframe app's folder as its vendor's host would, on a free port: its pages name this
 * portal in `<meta name="digione-shell-origin">` (whatever origins the build wrote there), and may
 * be framed by it alone (`frame-ancestors`). Files are read at every request: a new build shows at
 * the next load.
 */
async function serveBuiltFrame(dist: string, portals: string, host: string): Promise<RunningFrame> {
  const root = resolve(dist);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://app.invalid').pathname;
    let file: string;
    try {
      file = resolve(root, `.${decodeURIComponent(path === '/' ? '/index.html' : path)}`);
    } catch {
      file = '';
    }
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('Not found');
      return;
    }
    res.setHeader('content-type', contentType(file));
    res.setHeader('cache-control', 'no-cache');
    if (file.endsWith('.html')) {
      res.setHeader('content-security-policy', `frame-ancestors ${portals}`);
      res.end(
        readFileSync(file, 'utf8').replace(
          /(<meta\s+name=["']digione-shell-origin["']\s+content=")[^"]*"/i,
          `$1${portals}"`,
        ),
      );
      return;
    }
    res.end(readFileSync(file));
  });
  const origin = await listen(server, host);
  return { origin, stop: () => stopServer(server) };
}

/** An app named by `--app`, its manifest read. */
export interface VendorApp {
  /** What was given: a path or a URL. */
  readonly source: string;
  readonly id: string;
  readonly isolation: 'module' | 'iframe';
  /** The API audience the app asks tokens for, if any. */
  readonly audience: string | undefined;
  /** The manifest file, when the app came from one (read again on every registry request). */
  readonly file: string | undefined;
  /** The manifest as first read (from a URL: with its entry made absolute). */
  readonly manifest: Readonly<Record<string, unknown>>;
}

/** Why an `--app` cannot be added, in words for the terminal. */
export class VendorAppError extends Error {
  override readonly name = 'VendorAppError';
}

type Manifest = Record<string, unknown>;

function parseManifest(text: string, where: string): Manifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new VendorAppError(`${where} is not JSON.`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new VendorAppError(`${where} is not an app manifest (a JSON object).`);
  }
  const manifest = parsed as Manifest;
  if (typeof manifest.id !== 'string' || typeof manifest.entry !== 'string') {
    throw new VendorAppError(`${where} is not an app manifest: it has no "id" or no "entry".`);
  }
  return manifest;
}

/** The manifest file a path names: the file itself, or `manifest.json` in the folder. */
function manifestFile(path: string): string {
  return existsSync(path) && statSync(path).isDirectory() ? join(path, 'manifest.json') : path;
}

/** The file name of the entry in the built folder: the last segment of the entry's path. */
function entryFileName(entry: string): string {
  const path = new URL(entry, 'http://entry.invalid/').pathname;
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || 'index.js';
}

function audienceOf(manifest: Manifest): string | undefined {
  const api = manifest.api as { audience?: unknown } | undefined;
  return typeof api?.audience === 'string' && api.audience !== '' ? api.audience : undefined;
}

function apiUrlOf(manifest: Manifest): string | undefined {
  const api = manifest.api as { url?: unknown } | undefined;
  return typeof api?.url === 'string' && api.url !== '' ? api.url : undefined;
}

function readFromFile(source: string, cwd: string): VendorApp {
  const file = manifestFile(resolve(cwd, source));
  if (!existsSync(file)) {
    throw new VendorAppError(
      `there is no ${file}. Name the manifest your app's release wrote (in the app's folder: ` +
        'npm run build, then npm run release -- --entry-url <URL>), e.g. ../my-app/dist/manifest.json.',
    );
  }
  const manifest = parseManifest(readFileSync(file, 'utf8'), file);
  const entry = join(dirname(file), entryFileName(String(manifest.entry)));
  if (!existsSync(entry)) {
    throw new VendorAppError(
      `${file} names ${entryFileName(String(manifest.entry))} as its entry, and ${entry} does not ` +
        'exist: name the manifest in the built folder (dist/manifest.json), after npm run build.',
    );
  }
  return vendorApp(source, manifest, file);
}

async function readFromUrl(source: string): Promise<VendorApp> {
  let text: string;
  try {
    const response = await fetch(source, { signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(`HTTP ${String(response.status)}`);
    text = await response.text();
  } catch (error) {
    throw new VendorAppError(
      `the manifest could not be fetched from ${source} (${(error as Error).message}).`,
    );
  }
  const manifest = parseManifest(text, source);
  // An entry given as a path is where the manifest's own server serves it.
  manifest.entry = new URL(String(manifest.entry), source).href;
  return vendorApp(source, manifest, undefined);
}

/** A read manifest as `npm start` runs it. */
function vendorApp(
  source: string,
  manifest: VendorApp['manifest'],
  file: string | undefined,
): VendorApp {
  return {
    source,
    id: manifest.id as string,
    isolation: manifest.isolation === 'iframe' ? 'iframe' : 'module',
    audience: audienceOf(manifest),
    file,
    manifest,
  };
}

/**
 * Reads the manifests `--app` names (paths from `cwd`, or http(s) URLs), before anything starts:
 * the identity provider must know their audiences. Throws a VendorAppError saying what to do.
 */
export async function readVendorApps(
  sources: readonly string[],
  cwd: string,
  taken: readonly string[] = [],
): Promise<VendorApp[]> {
  const apps: VendorApp[] = [];
  const ids = new Set(taken);
  for (const source of sources) {
    let app: VendorApp;
    try {
      app = /^https?:\/\//i.test(source) ? await readFromUrl(source) : readFromFile(source, cwd);
    } catch (error) {
      if (error instanceof VendorAppError) {
        throw new VendorAppError(`--app ${source}: ${error.message}`);
      }
      throw error;
    }
    if (ids.has(app.id)) {
      throw new VendorAppError(
        `--app ${source}: the id "${app.id}" is taken by ${taken.includes(app.id) ? 'an example app' : 'another --app'}; ` +
          'each app of a portal has its own id.',
      );
    }
    ids.add(app.id);
    apps.push(app);
  }
  return apps;
}

export interface VendorAppsOptions {
  /** The identity provider whose tokens the stand-in APIs accept. */
  readonly issuer: string;
  /** The portal that runs the apps. */
  readonly portalOrigin: string;
  /** The portals an iframe app accepts (`framingPortals`). */
  readonly framingPortals: string;
  readonly host?: string;
}

/** One app as it runs here. */
export interface RunningVendorApp {
  readonly app: VendorApp;
  /** Where the portal loads the app from. */
  readonly entry: string;
  /** The built folder the portal serves as it is under `/apps/<id>/` (a module app from a file). */
  readonly folder: string | undefined;
  /** The stand-in API, when the manifest names no `api.url`. */
  readonly standInApi: string | undefined;
}

export interface RunningVendorApps {
  readonly apps: readonly RunningVendorApp[];
  /** The apps' manifests as the registry lists them here (files read again at every call). */
  registry(): unknown[];
  /** The built module apps' folders, by id, served as they are under `/apps/<id>/`. */
  readonly folders: Readonly<Record<string, string>>;
  stop(): Promise<void>;
}

/** Serves what the apps need here and makes their registry entries (see the module's comment). */
export async function startVendorApps(
  apps: readonly VendorApp[],
  options: VendorAppsOptions,
): Promise<RunningVendorApps> {
  const host = options.host ?? '127.0.0.1';
  const running: RunningVendorApp[] = [];
  const folders: Record<string, string> = {};
  const frames: RunningFrame[] = [];
  const apis: RunningProtectedApi[] = [];
  const overrides = new Map<string, (manifest: Manifest) => Manifest>();
  const stop = async (): Promise<void> => {
    for (const api of apis) await api.stop();
    for (const frame of frames) await frame.stop();
  };
  try {
    for (const app of apps) {
      let entry = String(app.manifest.entry);
      let frameOrigin: string | undefined;
      let folder: string | undefined;
      let standIn: RunningProtectedApi | undefined;
      if (app.file) {
        const dist = dirname(app.file);
        const name = entryFileName(entry);
        if (app.isolation === 'iframe') {
          // On an origin of its own, as its vendor hosts it: a frame on the portal's origin would
          // not be isolated.
          const frame = await serveBuiltFrame(dist, options.framingPortals, host);
          frames.push(frame);
          frameOrigin = frame.origin;
          entry = `${frame.origin}/${name}`;
        } else {
          folder = dist;
          folders[app.id] = dist;
          entry = `/apps/${app.id}/${name}`;
        }
      }
      if (app.audience && !apiUrlOf(app.manifest)) {
        standIn = await startProtectedApi({
          issuer: options.issuer,
          audience: app.audience,
          allowedOrigin: frameOrigin ? [options.portalOrigin, frameOrigin] : [options.portalOrigin],
          host,
        });
        apis.push(standIn);
      }
      const url = standIn?.url;
      overrides.set(app.id, (manifest) => ({
        ...manifest,
        entry,
        ...(frameOrigin ? { origin: frameOrigin } : {}),
        ...(url ? { api: { ...(manifest.api as object), url } } : {}),
      }));
      running.push({ app, entry, folder, standInApi: url });
    }
  } catch (error) {
    await stop();
    throw error;
  }

  const last = new Map<string, Manifest>(apps.map((app) => [app.id, { ...app.manifest }]));
  const warned = new Set<string>();
  const current = (app: VendorApp): Manifest => {
    if (!app.file) return app.manifest;
    try {
      const read = parseManifest(readFileSync(app.file, 'utf8'), app.file);
      last.set(app.id, read);
      warned.delete(app.id);
      return read;
    } catch (error) {
      // Between a build and its release, say; the last manifest read stands meanwhile.
      if (!warned.has(app.id)) {
        warned.add(app.id);
        console.warn(`${app.file}: ${(error as Error).message} The last manifest read stands.`);
      }
      return last.get(app.id) ?? app.manifest;
    }
  };
  return {
    apps: running,
    folders,
    registry: () =>
      apps.map((app) => {
        const override = overrides.get(app.id);
        const manifest = current(app);
        return override ? override(manifest) : manifest;
      }),
    stop,
  };
}
