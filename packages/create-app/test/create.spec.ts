/**
 * `npm create @digione/app` (the create-app command), run as a vendor runs it: a Node process in a
 * folder outside the repository, its answers given as options or typed on its standard input. What
 * it writes is checked here as files (the manifest against the portal's own validator); installing
 * and running the projects it writes is the vendor path's test (test/vendor-path/).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { validateManifest } from '../../../sdk/src/manifest/index.js';

const repo = new URL('../../..', import.meta.url).pathname;
const command = join(repo, 'packages/create-app/src/cli.mjs');
/** What the portal's validator finds wrong with a manifest (nothing, for a valid one). */
function manifestErrors(manifest: unknown): unknown[] {
  const result = validateManifest(manifest);
  return result.ok ? [] : result.errors.map((error) => `${error.path}: ${error.message}`);
}
const json = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** What the tests read of a package.json. */
interface PackageJson {
  readonly name: string;
  readonly version: string;
  readonly type?: string;
  readonly scripts?: Record<string, string>;
  readonly dependencies: Record<string, string>;
  readonly devDependencies: Record<string, string>;
}
const packageJson = (path: string) => json(path) as PackageJson;

/** What the tests read of a manifest (the validator checks the rest). */
interface Manifest {
  readonly id: string;
  readonly name: Record<string, string>;
  readonly roles: readonly string[];
  readonly isolation: string;
  readonly entry: string;
  readonly origin?: string;
}
const manifestAt = (path: string) => json(path) as Manifest;

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command in `cwd` with `args`, writing `input` to its standard input and closing it. */
function create(cwd: string, args: readonly string[], input = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [command, ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(input);
  });
}

/** Every file under `dir`, relative to it, sorted. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

let work: string;
test.beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'digione-create-'));
});
test.afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

const SDK_VERSION = packageJson(join(repo, 'sdk/package.json')).version;
const COMMON_FILES = [
  '.gitignore',
  'README.md',
  'manifest.json',
  'package.json',
  'src/app.test.ts',
  'src/localization/en.ts',
  'src/localization/index.ts',
  'src/localization/sv.ts',
  'tsconfig.json',
  'vite.config.ts',
  'web-test-runner.config.mjs',
];
const FILES = {
  lit: [...COMMON_FILES, 'src/app.ts', 'src/index.ts'],
  react: [...COMMON_FILES, 'src/app.tsx', 'src/d1-elements.d.ts', 'src/index.ts'],
  iframe: [...COMMON_FILES, 'index.html', 'src/app.ts', 'src/main.ts', 'src/page.css'],
};
const NAMES = { fi: 'Ruokalista', sv: 'Matsedel', en: "Today's lunch" };

for (const kind of ['lit', 'react', 'iframe'] as const) {
  test(`creates a ${kind} app from its options, with the id and names in place`, async () => {
    const run = await create(work, [
      'lunch',
      '--id',
      'lunch-menu',
      '--name-fi',
      NAMES.fi,
      '--name-sv',
      NAMES.sv,
      '--name-en',
      NAMES.en,
      '--kind',
      kind,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('cd lunch && npm install && npm start');
    const app = join(work, 'lunch');
    expect(filesIn(app)).toEqual([...FILES[kind]].sort());

    const manifest = manifestAt(join(app, 'manifest.json'));
    expect(manifestErrors(manifest)).toEqual([]);
    expect(manifest).toMatchObject({
      $schema: './node_modules/@digione/sdk/schema/app-manifest.schema.json',
      id: 'lunch-menu',
      name: NAMES,
      isolation: kind === 'iframe' ? 'iframe' : 'module',
      routes: ['/lunch-menu'],
      nav: [{ path: '/lunch-menu', label: NAMES }],
      api: { audience: 'https://api.lunch-menu.example.fi' },
      locales: ['fi', 'sv', 'en'],
    });
    expect(manifest.roles.length).toBeGreaterThan(0);
    if (kind === 'iframe') {
      expect(manifest.origin).toBe('https://lunch-menu.example.fi');
      expect(manifest.entry).toBe('https://lunch-menu.example.fi/index.html');
      const page = readFileSync(join(app, 'index.html'), 'utf8');
      expect(page).toContain('<title>Ruokalista</title>');
      expect(page).toMatch(/<meta name="digione-shell-origin" content="https:\/\/[^"]+"/);
    } else {
      expect(manifest.entry).toBe('https://cdn.example.fi/lunch-menu/index.js');
    }

    const pkg = packageJson(join(app, 'package.json'));
    expect(pkg.name).toBe('lunch-menu');
    expect(pkg.type).toBe('module');
    expect(pkg.scripts).toEqual({
      start: 'digione sandbox',
      typecheck: 'tsc --noEmit',
      test: 'web-test-runner',
      build: 'digione build',
      release: 'digione release',
      validate: 'digione validate',
    });
    expect(pkg.dependencies['@digione/sdk']).toBe(`^${SDK_VERSION}`);
    expect(pkg.dependencies['@digione/components']).toBe(`^${SDK_VERSION}`);
    expect(Boolean(pkg.dependencies.react)).toBe(kind === 'react');
    expect(readFileSync(join(app, 'web-test-runner.config.mjs'), 'utf8')).toBe(
      "import { digioneTestRunner } from '@digione/sdk/test-runner';\n\nexport default digioneTestRunner();\n",
    );
    expect(readFileSync(join(app, 'vite.config.ts'), 'utf8')).toContain('plugins: [digioneApp()]');
    if (kind === 'react') {
      const tsconfig = json(join(app, 'tsconfig.json')) as { compilerOptions: { jsx?: string } };
      expect(tsconfig.compilerOptions.jsx).toBe('react-jsx');
      expect(readFileSync(join(app, 'src/index.ts'), 'utf8')).toContain(
        "from '@digione/sdk/react'",
      );
    }

    // The id and the names are in the code, written as each file's language needs them.
    const sources = filesIn(app).map((file) => readFileSync(join(app, file), 'utf8'));
    for (const text of sources) expect(text).not.toContain('__DIGIONE_');
    const en = readFileSync(join(app, 'src/localization/en.ts'), 'utf8');
    expect(en).toContain("'lunch-menu.name': 'Today\\'s lunch'");
    expect(readFileSync(join(app, 'src/localization/sv.ts'), 'utf8')).toContain(
      "'lunch-menu.name': 'Matsedel'",
    );
    const code = readFileSync(join(app, kind === 'react' ? 'src/app.tsx' : 'src/app.ts'), 'utf8');
    expect(code).toContain("msg('Ruokalista', { id: 'lunch-menu.name' })");
    expect(code).toContain("'lunch-menu:greeted'");
    if (kind === 'lit') {
      expect(readFileSync(join(app, 'src/index.ts'), 'utf8')).toContain(
        "tagName: 'lunch-menu-app'",
      );
    }
    expect(readFileSync(join(app, 'README.md'), 'utf8')).toMatch(/^# Today's lunch\n/);
  });
}

test('--yes takes the id from the folder and the other defaults', async () => {
  const run = await create(work, ['Koulun Ruokalista', '--yes']);
  expect(run.code).toBe(0);
  const manifest = manifestAt(join(work, 'Koulun Ruokalista', 'manifest.json'));
  expect(manifestErrors(manifest)).toEqual([]);
  expect(manifest.id).toBe('koulun-ruokalista');
  expect(manifest.name).toEqual({
    fi: 'Koulun ruokalista',
    sv: 'Koulun ruokalista',
    en: 'Koulun ruokalista',
  });
  expect(manifest.isolation).toBe('module');
  expect(existsSync(join(work, 'Koulun Ruokalista', 'src/app.ts'))).toBe(true);
  expect(run.stdout).toContain('cd "Koulun Ruokalista" && npm install && npm start');
});

test('asks for what the options do not say, reading the answers from its input', async () => {
  // A bad id first: the command explains and asks again. An empty answer takes the default shown.
  const answers = ['Bad Id', 'greeter', 'Tervehtijä', 'Hälsaren', '', 'react', ''].join('\n');
  const run = await create(work, [], `${answers}\n`);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('App id (lowercase kebab-case) (my-app): ');
  expect(run.stdout).toContain('The app id must be lowercase kebab-case');
  expect(run.stdout).toContain('Name in English (Tervehtijä): ');
  expect(run.stdout).toContain('Folder (greeter): ');
  expect(run.stdout).toContain('cd greeter && npm install && npm start');
  const manifest = manifestAt(join(work, 'greeter', 'manifest.json'));
  expect(manifestErrors(manifest)).toEqual([]);
  expect(manifest.id).toBe('greeter');
  expect(manifest.name).toEqual({ fi: 'Tervehtijä', sv: 'Hälsaren', en: 'Tervehtijä' });
  expect(existsSync(join(work, 'greeter', 'src/app.tsx'))).toBe(true);
});

test('says so when its input ends before every answer', async () => {
  const run = await create(work, ['app'], 'greeter\n');
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('The input ended before an answer to "Name in Finnish"');
  expect(existsSync(join(work, 'app'))).toBe(false);
});

test('refuses a bad id with a usage error, writing nothing', async () => {
  const run = await create(work, ['app', '--id', 'Lunch_Menu', '--yes']);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(
    'The app id must be lowercase kebab-case (letters a–z and digits, words joined by "-", starting with a letter), e.g. "lunch-menu"; got "Lunch_Menu".',
  );
  expect(existsSync(join(work, 'app'))).toBe(false);
  const long = await create(work, ['app', '--id', 'a'.repeat(65), '--yes']);
  expect(long.code).toBe(2);
  expect(long.stderr).toContain('The app id must be 2 to 64 characters long');
});

test('refuses a folder that is not empty, touching nothing in it', async () => {
  const folder = join(work, 'taken');
  await mkdir(folder);
  writeFileSync(join(folder, 'notes.txt'), 'mine');
  // Before any question is asked.
  const run = await create(work, ['taken']);
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr).toContain(`The folder ${folder} is not empty (it has "notes.txt")`);
  expect(readdirSync(folder)).toEqual(['notes.txt']);
  expect(readFileSync(join(folder, 'notes.txt'), 'utf8')).toBe('mine');
});

test('refuses an unknown kind and an unknown option with a usage error', async () => {
  const kind = await create(work, ['app', '--kind', 'vue', '--yes']);
  expect(kind.code).toBe(2);
  expect(kind.stderr).toContain(
    'The kind of app (--kind) must be one of "lit", "react", "iframe"; got "vue".',
  );
  const option = await create(work, ['app', '--colour', 'blue']);
  expect(option.code).toBe(2);
  expect(option.stderr).toContain("Unknown option '--colour'");
  expect(option.stderr).toContain('See --help.');
  const name = await create(work, ['app', '--name-sv', ' ', '--yes']);
  expect(name.code).toBe(2);
  expect(name.stderr).toContain("The app's name (--name-sv) must not be empty.");
  expect(existsSync(join(work, 'app'))).toBe(false);
});

test('--help lists the options and the exit codes', async () => {
  const run = await create(work, ['--help']);
  expect(run.code).toBe(0);
  for (const text of ['--id', '--name-fi', '--name-sv', '--name-en', '--kind', '--yes']) {
    expect(run.stdout).toContain(text);
  }
  expect(run.stdout).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 /);
});

test("checks the id and names by the manifest schema's own rules", () => {
  interface Text {
    readonly maxLength: number;
  }
  interface Localized {
    readonly properties: { readonly fi: Text };
  }
  const schema = json(join(repo, 'sdk/schema/app-manifest.schema.json')) as {
    properties: { id: { pattern: string; minLength: number; maxLength: number } };
    $defs: { name: Localized; label: Localized };
  };
  const source = readFileSync(join(repo, 'packages/create-app/src/answers.mjs'), 'utf8');
  const id = schema.properties.id;
  expect(source).toContain(`export const ID_PATTERN = /${id.pattern}/;`);
  expect(source).toContain(`export const ID_MIN_LENGTH = ${id.minLength};`);
  expect(source).toContain(`export const ID_MAX_LENGTH = ${id.maxLength};`);
  // A name is also its navigation entry's label: it fits both.
  const longest = Math.min(
    schema.$defs.name.properties.fi.maxLength,
    schema.$defs.label.properties.fi.maxLength,
  );
  expect(source).toContain(`export const NAME_MAX_LENGTH = ${longest};`);
});

test('the templates depend on the versions this repository uses, and ship with the SDK', () => {
  const root = packageJson(join(repo, 'package.json'));
  const own = packageJson(join(repo, 'packages/create-app/package.json'));
  expect(own.version).toBe(SDK_VERSION);
  expect(packageJson(join(repo, 'packages/components/package.json')).version).toBe(SDK_VERSION);
  for (const kind of ['lit', 'react', 'iframe']) {
    const pkg = packageJson(join(repo, 'packages/create-app/templates', kind, 'package.json'));
    const all = { ...pkg.dependencies, ...pkg.devDependencies };
    for (const [name, range] of Object.entries(all)) {
      if (name.startsWith('@digione/')) expect(range, `${kind}: ${name}`).toBe(`^${SDK_VERSION}`);
      else expect(range, `${kind}: ${name}`).toBe(root.devDependencies[name]);
    }
  }
});
