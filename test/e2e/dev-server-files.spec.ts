/**
 * What the development servers refuse to serve. Vite serves any file of the repository under
 * `/@fs/<path>`, and the local identity provider keeps its private signing keys in the repository
 * (`packages/dev-idp/.keys/jwks.json`): a `.keys` folder is denied like Vite's own defaults (`.env`,
 * certificates and keys), while the modules the page needs are still served. Checked on the portal's
 * server of `npm start` (shell/vite.config.ts), on an iframe app's server (the repository's
 * vite.config.ts, which Storybook also loads), and on the vendor sandbox's two servers.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test, expect, type APIRequestContext } from '@playwright/test';
import { startPortalServer } from '../../shell/scripts/portal-server.js';
import { startIframeAppServer } from '../../shell/scripts/iframe-app-server.js';
import { workerCache } from './support/stack.js';
import { startSandbox } from './support/sandbox.js';

const repo = join(import.meta.dirname, '..', '..');

/** Files no development server may hand out, each written by the test inside the repository. */
const SECRETS = [
  // The local identity provider's private keys, where `npm start` keeps them.
  join('.keys', 'jwks.json'),
  join('packages', 'dev-idp', '.keys', 'jwks.json'),
  // Vite's own defaults, which the repository's list must keep.
  '.env',
  '.env.local',
  join('tls', 'privkey.pem'),
  join('tls', 'portal.crt'),
];

/** Writes the secrets under `folder` (a test's output folder, inside the repository). */
function writeSecrets(folder: string): string[] {
  return SECRETS.map((name) => {
    const file = join(folder, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '{"keys":[{"kty":"RSA","d":"private"}]}\n');
    return file;
  });
}

/** Asks for each file the ways Vite serves a file: as it is, as a module, as raw text. */
async function expectRefused(
  request: APIRequestContext,
  origin: string,
  files: readonly string[],
): Promise<void> {
  for (const file of files) {
    for (const query of ['', '?import', '?raw', '?url']) {
      const response = await request.get(`${origin}/@fs${file}${query}`);
      expect([403, 404], `${file}${query}`).toContain(response.status());
      expect(await response.text(), `${file}${query}`).not.toContain('private');
    }
  }
}

test('the portal’s development server refuses the provider’s keys and Vite’s secrets, and serves the modules', async ({
  request,
}, testInfo) => {
  const files = writeSecrets(testInfo.outputPath('secrets'));
  const portal = await startPortalServer({
    port: 0,
    watch: false,
    logLevel: 'silent',
    cacheDir: workerCache('e2e-portal'),
    config: () => ({ auth: { authority: 'http://127.0.0.1:9', clientId: 'digione-portal' } }),
  });
  try {
    await expectRefused(request, portal.origin, files);
    // What the page needs is served: the shell's entry, and a workspace package's source by /@fs/.
    const entry = await request.get(`${portal.origin}/src/main.ts`);
    expect(entry.status()).toBe(200);
    expect(entry.headers()['content-type']).toMatch(/javascript/);
    const source = await request.get(
      `${portal.origin}/@fs${join(repo, 'sdk', 'src', 'index.ts')}?import`,
    );
    expect(source.status()).toBe(200);
    expect(source.headers()['content-type']).toMatch(/javascript/);
  } finally {
    await portal.stop();
  }
});

test('an iframe app’s development server refuses the provider’s keys and Vite’s secrets, and serves the app', async ({
  request,
}, testInfo) => {
  const files = writeSecrets(testInfo.outputPath('secrets'));
  const app = await startIframeAppServer({
    folder: join(repo, 'packages', 'app-absences'),
    shellOrigin: 'http://127.0.0.1:9',
    logLevel: 'silent',
    cacheDir: workerCache('e2e-iframe-app-files'),
  });
  try {
    await expectRefused(request, app.origin, files);
    const page = await request.get(`${app.origin}/`);
    expect(page.status()).toBe(200);
    const [, src = ''] = /<script\b[^>]*\bsrc="([^"]+)"/.exec(await page.text()) ?? [];
    const module = await request.get(new URL(src, app.origin).href);
    expect(module.status()).toBe(200);
    expect(module.headers()['content-type']).toMatch(/javascript/);
  } finally {
    await app.stop();
  }
});

test('the vendor sandbox refuses the provider’s keys and Vite’s secrets, on its page and its iframe app’s', async ({
  request,
}, testInfo) => {
  const files = writeSecrets(testInfo.outputPath('secrets'));
  const sandbox = await startSandbox(
    ['--cwd', join(repo, 'sdk', 'sandbox', 'example-iframe'), '--port', '0', '--app-port', '0'],
    /DigiOne sandbox: (\S+) \(the iframe app: (\S+)\)/,
  );
  try {
    for (const url of sandbox.ready.slice(1, 3)) {
      const origin = new URL(url).origin;
      await expectRefused(request, origin, files);
      expect((await request.get(`${origin}/`)).status()).toBe(200);
    }
  } finally {
    await sandbox.stop();
  }
});
