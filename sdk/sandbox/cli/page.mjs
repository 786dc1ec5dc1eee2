// The sandbox page's Vite plugin: the modules the page imports from digione-sandbox (the app, its
// manifest, the sandbox's configuration), the built page when installed from npm, and a reload
// when the manifest changes.
import { existsSync, readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { readIsolation } from './app.mjs';

const APP = 'virtual:digione-app';
const MANIFEST = 'virtual:digione-manifest';
const CONFIG = 'virtual:digione-sandbox';

/** @param {string} path */
export const posix = (path) => path.split(sep).join('/');

/**
 * What the sandbox learns once its servers listen; read by the page through virtual:digione-sandbox.
 * `iframe.shellOrigins`: the portals the app accepts, as the sandbox writes them into its pages.
 * @typedef {{ shellOrigin: string, iframe: { url: string, origin: string, standsInFor?: string, shellOrigins: string } | null, problems: string[] }} LiveState
 */

/**
 * @param {{
 *   manifestFile: string,
 *   started: { isolation: 'module' | 'iframe', origin: string | undefined },
 *   entry: string,
 *   idp: { authority: string, clientId: string } | null,
 *   live: LiveState,
 *   builtMain: string | undefined,
 * }} page what the page serves; `builtMain` the compiled page to serve instead of src/main.ts
 * @returns {import('vite').Plugin}
 */
export function sandboxPage({ manifestFile, started, entry, idp, live, builtMain }) {
  return {
    name: 'digione-sandbox-page',
    resolveId(id) {
      if (id === APP) return started.isolation === 'module' ? entry : '\0' + APP;
      if (id === MANIFEST || id === CONFIG) return '\0' + id;
      return undefined;
    },
    load(id) {
      if (id === '\0' + APP) return 'export default undefined;';
      if (id === '\0' + CONFIG) {
        return `export default ${JSON.stringify({
          isolation: started.isolation,
          iframe: live.iframe,
          problems: live.problems,
          idp,
        })};`;
      }
      if (id !== '\0' + MANIFEST) return undefined;
      this.addWatchFile(manifestFile);
      if (!existsSync(manifestFile)) return 'export default null;';
      const text = readFileSync(manifestFile, 'utf8');
      try {
        return `export default ${JSON.stringify(JSON.parse(text))};`;
      } catch (error) {
        // Served as a value the validator rejects, with the parse error as its message.
        const message = `manifest.json is not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
        return `export default ${JSON.stringify({ __invalidJson: message })};`;
      }
    },
    transformIndexHtml: {
      // Before Vite resolves the page's own script: a request with a query (the identity
      // provider's way back, /?code=…) would otherwise reach here with the script already rewritten.
      order: 'pre',
      handler(html) {
        return builtMain === undefined
          ? html
          : html.replace(
              /(["'])(?:\.\/|\/)src\/main\.ts\1/,
              `$1/@fs/${posix(builtMain).replace(/^\//, '')}$1`,
            );
      },
    },
    handleHotUpdate({ file, server }) {
      if (resolve(file) !== manifestFile) return;
      const now = readIsolation(manifestFile);
      const problem =
        now.isolation !== started.isolation
          ? `[D1-SDK-175] The manifest's isolation changed from "${started.isolation}" to "${now.isolation}" while the sandbox ran: stop it (Ctrl-C) and start it again.`
          : now.isolation === 'iframe' && now.origin !== started.origin
            ? `[D1-SDK-175] The manifest's origin changed from "${started.origin ?? ''}" to "${now.origin ?? ''}" while the sandbox ran: stop it (Ctrl-C) and start it again.`
            : undefined;
      live.problems = problem ? [problem] : [];
      if (problem) console.error(problem);
      for (const id of ['\0' + MANIFEST, '\0' + CONFIG]) {
        const module = server.moduleGraph.getModuleById(id);
        if (module) server.moduleGraph.invalidateModule(module);
      }
      server.ws.send({ type: 'full-reload' });
    },
  };
}
