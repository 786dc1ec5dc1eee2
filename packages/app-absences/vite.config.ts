import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import shared from '../../vite.config.js';
import { digioneApp } from '../../sdk/src/vite/index.js';

/**
 * "Poissaolot" is an iframe app: its build is a page of its own (`dist/index.html` with its module
 * and stylesheet under `dist/assets/`), which the vendor hosts on the app's origin. Nothing is
 * shared with the portal's page, so Lit, rxjs, the SDK and the components are bundled in. Beside the
 * page, `dist/manifest.json` is the manifest a registry lists. The SDK's preset (a vendor imports it
 * as `@digione/sdk/vite`) does all that from the manifest's `"isolation": "iframe"`; this config adds
 * the page's production Content-Security-Policy.
 */
const manifestFile = join(import.meta.dirname, 'manifest.json');

interface Manifest {
  readonly api: { readonly audience: string; readonly url?: string };
}

function readManifest(): { text: string; manifest: Manifest } {
  const text = readFileSync(manifestFile, 'utf8');
  return { text, manifest: JSON.parse(text) as Manifest };
}

/**
 * The built page may call its own origin and its API only: the development sources of the page's
 * `connect-src` (this computer) give way to the origin of the manifest's `api.url`.
 */
function productionPolicy(): Plugin {
  return {
    name: 'absences-production-csp',
    apply: 'build',
    transformIndexHtml(html) {
      const { manifest } = readManifest();
      const api = manifest.api.url ?? manifest.api.audience;
      const origin = new URL(api).origin;
      const connect = "connect-src 'self' http://127.0.0.1:* http://localhost:*";
      if (!html.includes(connect)) {
        throw new Error(`index.html: the Content-Security-Policy has no "${connect}" to replace.`);
      }
      return html.replace(connect, `connect-src 'self' ${origin}`);
    },
  };
}

export default mergeConfig(
  shared,
  defineConfig({
    root: import.meta.dirname,
    plugins: [digioneApp({ root: import.meta.dirname }), productionPolicy()],
  }),
);
