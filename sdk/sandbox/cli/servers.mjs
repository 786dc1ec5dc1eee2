// digione-sandbox's two development servers: the sandbox page's, and an iframe app's on an origin
// of its own. Both run on the vendor's own Vite.
import { existsSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fail } from './options.mjs';

/** The sandbox's folder (its page, index.html and src/) and the package's root. */
const here = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const packageRoot = resolve(here, '..');

/** @param {unknown} error @param {string} name */
function isMissingPackage(error, name) {
  const { code, message } = /** @type {{ code?: unknown, message?: unknown }} */ (error ?? {});
  return (
    code === 'ERR_MODULE_NOT_FOUND' && typeof message === 'string' && message.includes(`'${name}'`)
  );
}

/**
 * The app's Vite; ends the process with what to do when the app has none.
 * @returns {Promise<typeof import('vite')>}
 */
export async function loadVite() {
  try {
    return await import('vite');
  } catch (error) {
    if (isMissingPackage(error, 'vite')) {
      fail(
        '[D1-SDK-173] The sandbox runs on Vite, which is not installed in your app. Install it as a ' +
          'development dependency: npm install --save-dev vite',
      );
    }
    throw error;
  }
}

/**
 * Which sandbox page runs. In this repository the page runs from its TypeScript sources against
 * the workspace sources (the "@digione/source" condition); installed from npm it runs the page
 * compiled into dist/sandbox, against the packages' built code, as any app does.
 * @returns {{ fromSource: boolean, builtMain: string }}
 */
export function sandboxPageSource() {
  const builtMain = resolve(packageRoot, 'dist/sandbox/main.js');
  const fromSource =
    !packageRoot.split(sep).includes('node_modules') && existsSync(resolve(here, 'src/main.ts'));
  if (!fromSource && !existsSync(builtMain)) {
    fail(
      `[D1-SDK-172] The sandbox page ${builtMain} is missing: this copy of @digione/sdk was packed without building it (npm run build -w @digione/sdk).`,
    );
  }
  return { fromSource, builtMain };
}

/**
 * What the sandbox never hands out, though Vite serves files under `/@fs/`: Vite's own defaults
 * (a list given replaces them), and `.keys` folders, where a local identity provider keeps its
 * private signing keys (in this repository, `packages/dev-idp/.keys/`).
 */
const FS_DENY = [
  '.env',
  '.env.*',
  '*.{crt,pem,key,p12,pfx,cer,der}',
  '.npmrc',
  '.yarnrc.yml',
  '**/.git/**',
  '**/.keys/**',
];

/** What the built page imports, for Vite to optimise before the first load (see below). */
const PAGE_IMPORTS = [
  '@digione/sdk',
  '@digione/sdk/iframe',
  '@digione/sdk/host',
  '@digione/sdk/manifest',
  '@digione/sdk/testing',
  '@digione/components/define',
  '@digione/components/localization',
  '@digione/components/tenants',
  'lit',
  'lit/decorators.js',
  '@lit/localize',
  'rxjs',
  'oidc-client-ts',
];

/**
 * How both servers resolve modules.
 * @param {typeof import('vite')} vite
 * @param {boolean} fromSource
 */
function resolveOptions(vite, fromSource) {
  return {
    conditions: fromSource
      ? ['@digione/source', ...vite.defaultClientConditions]
      : [...vite.defaultClientConditions],
    // One copy of each on the page, whoever imports it: a second Lit, @lit/localize or SDK would
    // split the registry of elements, the page's locale, or the context.
    dedupe: ['lit', '@lit/localize', 'rxjs', '@digione/components', '@digione/sdk'],
  };
}

/**
 * Serves the sandbox page on 127.0.0.1:`port`; ends the process when the port is taken.
 * @param {typeof import('vite')} vite
 * @param {{ cwd: string, port: number, fromSource: boolean, moduleEntry: string | undefined, plugin: import('vite').Plugin }} place
 *   `moduleEntry`: a module app's entry, which the page imports
 * @returns {Promise<import('vite').ViteDevServer>}
 */
export async function startSandboxServer(vite, { cwd, port, fromSource, moduleEntry, plugin }) {
  const server = await vite.createServer({
    configFile: false,
    root: here,
    logLevel: 'warn',
    clearScreen: false,
    plugins: [plugin],
    resolve: resolveOptions(vite, fromSource),
    // The sandbox's own sources compile with sandbox/tsconfig.json (Lit's experimental
    // decorators); the app's with the tsconfig.json of its own folder.
    cacheDir: resolve(cwd, 'node_modules/.vite-digione-sandbox'),
    optimizeDeps: fromSource
      ? { entries: [resolve(here, 'index.html')] }
      : // Vite does not scan files inside node_modules, where the built page lives: name what it
        // imports, so the first load does not stop to optimise them and reload.
        { entries: moduleEntry ? [moduleEntry] : [], include: PAGE_IMPORTS },
    server: {
      host: '127.0.0.1',
      port,
      strictPort: true,
      fs: {
        deny: FS_DENY,
        allow: [
          packageRoot,
          vite.searchForWorkspaceRoot(cwd),
          // In this repository: the workspace's other packages.
          ...(fromSource ? [resolve(packageRoot, '..')] : []),
        ],
      },
    },
  });
  try {
    await server.listen();
  } catch (error) {
    await server.close();
    fail(
      `[D1-SDK-171] Could not serve the sandbox on 127.0.0.1:${port}: ${error instanceof Error ? error.message : String(error)}. Is another sandbox running? Stop it, or choose another port with --port <n>.`,
    );
  }
  return server;
}

/**
 * Writes the portals the app accepts (by default the sandbox's own origin under both loopback
 * names) into the iframe app's pages, in place of whatever the page says.
 * @param {string} shellOrigins
 * @returns {import('vite').Plugin}
 */
function shellOriginMeta(shellOrigins) {
  return {
    name: 'digione-sandbox-shell-origin',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        return {
          html: html.replace(/<meta\s+name=["']digione-shell-origin["'][^>]*>/gi, ''),
          tags: [
            {
              tag: 'meta',
              attrs: { name: 'digione-shell-origin', content: shellOrigins },
              injectTo: 'head-prepend',
            },
          ],
        };
      },
    },
  };
}

/**
 * Serves an iframe app's folder on `host`:`port` with the app's own vite.config (its plugins), as
 * when the vendor runs it alone; stops `sandbox` and ends the process when that fails.
 * @param {typeof import('vite')} vite
 * @param {{ cwd: string, host: string, port: number, fromSource: boolean, shellOrigin: string, shellOrigins: string, sandbox: import('vite').ViteDevServer }} place
 *   `shellOrigin`: the sandbox's; `shellOrigins`: the portals the app accepts, for its pages
 * @returns {Promise<{ server: import('vite').ViteDevServer, origin: string }>}
 */
export async function startAppServer(
  vite,
  { cwd, host, port, fromSource, shellOrigin, shellOrigins, sandbox },
) {
  /** @type {import('vite').ViteDevServer | undefined} */
  let server;
  try {
    server = await vite.createServer({
      root: cwd,
      logLevel: 'warn',
      clearScreen: false,
      plugins: [shellOriginMeta(shellOrigins)],
      resolve: resolveOptions(vite, fromSource),
      cacheDir: resolve(cwd, 'node_modules/.vite-digione-sandbox-app'),
      server: { host, port, strictPort: true, fs: { deny: FS_DENY } },
    });
    await server.listen();
  } catch (error) {
    await sandbox.close();
    fail(
      `[D1-SDK-174] Could not serve the iframe app on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}. Choose another port with --app-port <n>.`,
    );
  }
  const url = server.resolvedUrls?.local[0] ?? `http://${host}:${port}/`;
  const origin = new URL(url).origin;
  if (origin === shellOrigin) {
    await Promise.all([sandbox.close(), server.close()]);
    fail(
      `[D1-SDK-174] The iframe app's origin ${origin} is the sandbox's own origin. An iframe app must run on an origin of its own; change "origin" in the manifest or --app-port.`,
    );
  }
  return { server, origin };
}
