/**
 * The `digione` command of @digione/sdk, run as a vendor runs it (the real bin, in the project's
 * folder): `validate` alone, with a registry (a file, and one served on 127.0.0.1) and with a
 * portal release's contract; `build` and `release` of a Lit and a React module app and an iframe
 * app; every command's help and exit codes. The released integrity is checked the way the portal
 * checks it, in Chromium: the entry loads with it, and the same file changed by one byte does not.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CONTRACT_VERSION } from '../../sdk/src/contract.js';
import { sharedSpecifiers } from '../../sdk/src/vite/index.js';
import { PORTAL_RELEASES } from '../../sdk/cli/portal-releases.mjs';
import { digione, inProject, fixtures, repo, serve } from './fixtures/digione-cli/project.js';

const lit = join(fixtures, 'lit');
const sha384 = (file: string): string =>
  `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

test.describe('digione: help and exit codes', () => {
  test('--help of the command and of every subcommand, exit codes listed', async () => {
    const top = await digione(lit, '--help');
    expect(top.code).toBe(0);
    for (const name of ['sandbox', 'validate', 'build', 'release']) {
      expect(top.stdout).toContain(`  ${name}`);
      const help = await digione(lit, name, '--help');
      expect(help.code, name).toBe(0);
      expect(help.stdout).toContain(`Usage: digione ${name}`);
      expect(help.stdout).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 /);
    }
    expect((await digione(lit, 'release', '-h')).stdout).toContain('--entry-url <url>');
  });

  test('an unknown command, an unknown option or a missing value exits 2 and says which', async () => {
    const unknown = await digione(lit, 'deploy');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "deploy"');
    for (const name of ['validate', 'build', 'release', 'sandbox']) {
      const run = await digione(lit, name, '--frobnicate');
      expect(run.code, name).toBe(2);
      expect(run.stderr).toContain(`digione ${name}: unknown option --frobnicate.`);
    }
    const missing = await digione(lit, 'validate', '--registry');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("'--registry <value>' argument missing");
    expect((await digione(lit)).code).toBe(2);
  });
});

test.describe('digione validate', () => {
  test('a valid manifest passes (exit 0); a bad one lists every error with its path (exit 1)', async () => {
    const good = await digione(lit, 'validate');
    expect(good.code).toBe(0);
    expect(good.stdout).toContain(`${join(lit, 'manifest.json')}: valid`);

    const bad = await digione(lit, 'validate', '../manifests/bad.json');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('bad.json: 4 errors');
    expect(bad.stderr).toContain('  id: Fix the app id (id)');
    expect(bad.stderr).toContain('  name: Add the app name (name)');
    expect(bad.stderr).toContain('  nav[0].path: Point the navigation path (nav[0].path)');
    expect(bad.stderr).toContain('  contract: Fix the contract range (contract)');

    const json = await digione(lit, 'validate', '../manifests/bad.json', '--json');
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { ok: boolean; errors: { path: string }[] };
    expect(report.ok).toBe(false);
    expect(report.errors.map((e) => e.path)).toEqual(['id', 'name', 'nav[0].path', 'contract']);
  });

  test('a missing manifest exits 2; one that is not JSON fails with its parser’s message', async () => {
    const missing = await digione(lit, 'validate', 'nowhere.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`${join(lit, 'nowhere.json')} does not exist`);
    const notJson = await digione(lit, 'validate', 'src/index.ts');
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(/\(root\): Write .*index\.ts as JSON: /);
  });

  test('with --production an http entry is refused', async () => {
    await inProject('lit', async (dir) => {
      const file = join(dir, 'manifest.json');
      writeFileSync(
        file,
        JSON.stringify({ ...readJson(file), entry: 'http://127.0.0.1:4173/index.js' }),
      );
      expect((await digione(dir, 'validate')).code).toBe(0);
      const production = await digione(dir, 'validate', '--production');
      expect(production.code).toBe(1);
      expect(production.stderr).toMatch(/ {2}entry: .*https/);
    });
  });

  test('--registry <file>: clashes with the apps listed fail; an older version of the app is replaced', async () => {
    const clash = await digione(lit, 'validate', '--registry', '../registries/clash.json');
    expect(clash.code).toBe(1);
    expect(clash.stderr).toContain('as entry [2] of the registry');
    expect(clash.stderr).toMatch(/ {2}api\.audience: .*already the audience of app "viikko"/);
    expect(clash.stderr).toMatch(/ {2}routes\[0\]: .*overlaps "\/lukkari\/viikko" of app "viikko"/);

    const update = await digione(lit, 'validate', '--registry', '../registries/update.json');
    expect(update.code).toBe(0);
    expect(update.stdout).toContain('replacing [0], the same id');

    const missing = await digione(lit, 'validate', '--registry', '../registries/none.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('The registry');
    expect(missing.stderr).toContain('none.json does not exist');
  });

  test('--registry <URL>: a registry served on 127.0.0.1, as the portal fetches one', async () => {
    const registries: Partial<Record<string, string>> = {
      '/clash.json': readFileSync(join(fixtures, 'registries', 'clash.json'), 'utf8'),
      '/not-a-list.json': '{"apps": []}',
    };
    const server = await serve((request, response) => {
      const body = registries[request.url ?? ''];
      response.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
      response.end(body ?? '{}');
    });
    try {
      const clash = await digione(lit, 'validate', '--registry', `${server.origin}/clash.json`);
      expect(clash.code).toBe(1);
      expect(clash.stderr).toContain(`of the registry ${server.origin}/clash.json`);
      expect(clash.stderr).toMatch(/ {2}routes\[0\]: .*"\/lukkari\/viikko"/);

      const json = await digione(
        lit,
        'validate',
        '--json',
        '--registry',
        `${server.origin}/clash.json`,
      );
      const report = JSON.parse(json.stdout) as { errors: { code: string }[] };
      expect(report.errors.map((e) => e.code).sort()).toEqual([
        'duplicate-audience',
        'route-collision',
      ]);

      const notList = await digione(
        lit,
        'validate',
        '--registry',
        `${server.origin}/not-a-list.json`,
      );
      expect(notList.code).toBe(1);
      expect(notList.stderr).toContain('is not a JSON array of app manifests');

      const gone = await digione(lit, 'validate', '--registry', `${server.origin}/gone.json`);
      expect(gone.code).toBe(2);
      expect(gone.stderr).toContain('answered HTTP 404');
    } finally {
      await server.close();
    }
    const plain = await digione(
      lit,
      'validate',
      '--registry',
      'http://registry.example.fi/apps.json',
    );
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain('give an https URL (or http://127.0.0.1 on this computer)');
  });

  test('--portal <release> checks the contract range against that release’s contract', async () => {
    // This repository's portal release runs the SDK's contract.
    const { version } = readJson(join(repo, 'package.json'));
    expect(PORTAL_RELEASES).toMatchObject({ [String(version)]: CONTRACT_VERSION });

    const ok = await digione(lit, 'validate', '--portal', String(version));
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`contract ${CONTRACT_VERSION} (DigiOne Portal ${String(version)})`);

    const newer = await digione(
      lit,
      'validate',
      '../manifests/contract-2.json',
      '--portal',
      'latest',
    );
    expect(newer.code).toBe(1);
    expect(newer.stderr).toMatch(/ {2}contract: .*needs "\^2\.0\.0"/);
    // Alone, the range is only read for its form.
    expect((await digione(lit, 'validate', '../manifests/contract-2.json')).code).toBe(0);
    expect((await digione(lit, 'validate', '--contract', '2.0.0')).code).toBe(1);

    const unknown = await digione(lit, 'validate', '--portal', '9.9.9');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--portal 9.9.9: no such DigiOne Portal release');
    expect((await digione(lit, 'validate', '--contract', 'one')).code).toBe(2);
  });
});

test.describe('digione build and release', () => {
  test('a Lit module app: built with its vite.config, released with its integrity and version', async () => {
    await inProject('lit', async (dir) => {
      const build = await digione(dir, 'build');
      expect(build.code, build.stderr).toBe(0);
      expect(build.stdout).toMatch(/dist\/index\.js +[\d.]+ k?B {2}\(entry\)/);
      const entry = join(dir, 'dist', 'index.js');
      const code = readFileSync(entry, 'utf8');
      // The project's config asked for no source map; the preset left the shared libraries out.
      expect(build.stdout).not.toContain('index.js.map');
      const imports = [...code.matchAll(/(?:from|import)\s*"([^"./][^"]*)"/g)].map((m) => m[1]);
      expect(imports.sort()).toEqual(['@digione/components/define', '@digione/sdk', 'lit']);
      const shared = new Set(sharedSpecifiers(repo));
      for (const id of imports) expect(shared.has(id), id).toBe(true);

      const url = 'https://cdn.example.fi/cli-lit/1.2.3/index.js';
      const release = await digione(dir, 'release', '--entry-url', url);
      expect(release.code, release.stderr).toBe(0);
      const manifest = readJson(join(dir, 'dist', 'manifest.json'));
      expect(manifest).toMatchObject({ entry: url, integrity: sha384(entry), version: '1.2.3' });
      expect(Object.keys(manifest).slice(0, 8)).toContain('integrity');
      expect(manifest).not.toHaveProperty('$schema');
      expect(release.stdout).toContain(`integrity  ${sha384(entry)}`);

      expect((await digione(dir, 'release', '--version', '2.0.0-rc.1')).code).toBe(0);
      expect(readJson(join(dir, 'dist', 'manifest.json')).version).toBe('2.0.0-rc.1');
    });
  });

  test('build refuses a Vite config without digioneApp(), and a folder that is not there', async () => {
    await inProject('lit', async (dir) => {
      const config = "import { defineConfig } from 'vite';\nexport default defineConfig({});\n";
      writeFileSync(join(dir, 'vite.config.ts'), config);
      const run = await digione(dir, 'build');
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        `[D1-SDK-204] ${join(dir, 'vite.config.ts')}: add digioneApp() from @digione/sdk/vite`,
      );
      const missing = await digione(dir, 'build', '--root', 'elsewhere');
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain(`--root ${join(dir, 'elsewhere')} does not exist`);
    });
  });

  test('release refuses to write a manifest the portal would refuse, and needs a build first', async () => {
    await inProject('lit', async (dir) => {
      const none = await digione(dir, 'release');
      expect(none.code).toBe(2);
      expect(none.stderr).toContain('build the app first (digione build)');

      expect((await digione(dir, 'build')).code).toBe(0);
      const file = join(dir, 'dist', 'manifest.json');
      const broken = JSON.stringify({ ...readJson(file), routes: ['lukkari'] });
      writeFileSync(file, broken);
      const refused = await digione(dir, 'release');
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('was not written');
      expect(refused.stderr).toMatch(/ {2}routes\[0\]: /);
      expect(readFileSync(file, 'utf8')).toBe(broken);

      writeFileSync(file, JSON.stringify({ ...JSON.parse(broken), routes: ['/lukkari'] }));
      const badVersion = await digione(dir, 'release', '--version', '1.x');
      expect(badVersion.code).toBe(1);
      expect(badVersion.stderr).toMatch(/ {2}version: .*Semantic Versioning/);
      expect(readJson(file)).not.toHaveProperty('integrity');
    });
  });

  test('an iframe app: its page built with everything bundled, released with a version and no integrity', async () => {
    await inProject('iframe', async (dir) => {
      const build = await digione(dir, 'build');
      expect(build.code, build.stderr).toBe(0);
      expect(build.stdout).toMatch(/dist\/index\.html +[\d.]+ k?B {2}\(entry\)/);
      const release = await digione(dir, 'release');
      expect(release.code, release.stderr).toBe(0);
      const manifest = readJson(join(dir, 'dist', 'manifest.json'));
      expect(manifest).toMatchObject({ isolation: 'iframe', version: '3.1.0' });
      expect(manifest).not.toHaveProperty('integrity');
    });
  });

  test('a React module app: production React only, and the portal runs it only with its exact bytes', async ({
    page,
  }) => {
    await inProject('react', async (dir) => {
      const build = await digione(dir, 'build');
      expect(build.code, build.stderr).toBe(0);
      const entry = join(dir, 'dist', 'index.js');
      const code = readFileSync(entry, 'utf8');
      // React's development build greets the developer with this; its production build does not.
      const devOnly = 'Download the React DevTools';
      const devBuild = join(repo, 'node_modules/react-dom/cjs/react-dom-client.development.js');
      expect(readFileSync(devBuild, 'utf8')).toContain(devOnly);
      expect(code).not.toContain(devOnly);
      expect(code).not.toContain('process.env');

      const release = await digione(dir, 'release');
      expect(release.code, release.stderr).toBe(0);
      const { integrity } = readJson(join(dir, 'dist', 'manifest.json'));
      expect(integrity).toBe(sha384(entry));

      // The same file with one byte changed, as a tampered copy on a CDN would be.
      const tampered = code.replace('Ruokalista: ', 'Ruokalistb: ');
      expect(tampered).not.toBe(code);
      const server = await serve((request, response) => {
        const body = { '/index.js': code, '/tampered.js': tampered }[request.url ?? ''];
        response.writeHead(200, {
          'content-type': body === undefined ? 'text/html' : 'text/javascript',
        });
        response.end(body ?? '<!doctype html><title>Portaali</title><main></main>');
      });
      try {
        await page.goto(`${server.origin}/`);
        // As the portal's loader: a modulepreload with the manifest's integrity, then import().
        const load = (url: string, hash: string | null) =>
          page.evaluate(
            async ({ url, hash }) => {
              if (hash) {
                const verified = await new Promise<boolean>((resolve) => {
                  const link = document.createElement('link');
                  link.rel = 'modulepreload';
                  link.integrity = hash;
                  link.href = url;
                  link.onload = () => {
                    resolve(true);
                  };
                  link.onerror = () => {
                    resolve(false);
                  };
                  document.head.append(link);
                });
                if (!verified) return 'refused';
              }
              const app = (await import(url)) as {
                default: { mount(props: object): Promise<void> };
              };
              const domElement = document.createElement('section');
              document.querySelector('main')?.append(domElement);
              await app.default.mount({ name: 'cli-react', domElement });
              await new Promise((resolve) => setTimeout(resolve, 50));
              return domElement.textContent;
            },
            { url: new URL(url, server.origin).href, hash },
          );
        expect(await load('/index.js', String(integrity))).toBe('Ruokalista: cli-react');
        expect(await load('/tampered.js', String(integrity))).toBe('refused');
        // The change itself is harmless: without the hash the browser runs it.
        expect(await load('/tampered.js', null)).toBe('Ruokalistb: cli-react');
      } finally {
        await server.close();
      }
    });
  });
});
