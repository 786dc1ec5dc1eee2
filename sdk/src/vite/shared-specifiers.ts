/// <reference types="node" />
/**
 * The libraries DigiOne Portal's page shares with every app through its import map — Lit,
 * @lit/localize, @lit/task, RxJS, @digione/sdk and @digione/components — as the exact module
 * specifiers the map names. The one source of the list: the portal builds its import map from it
 * (shell/scripts/shared-dependencies.ts), and `@digione/sdk/vite` leaves exactly these names
 * external when it builds an app.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Lit's exports that are no module for the page: the polyfill loader for old browsers, package.json. */
const LIT_EXCLUDED = new Set(['./polyfill-support.js', './package.json']);

/** The folder of package `name` as Node finds it from `from` (the nearest `node_modules/<name>`). */
export function packageDir(name: string, from: string): string {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(
        `[D1-SDK-186] "${name}" is not installed where ${from} can find it; install it (npm install ${name}).`,
      );
    }
    dir = parent;
  }
}

/** A package's exact export subpaths: no patterns, no server-side rendering (hydration) entries. */
function packageSubpaths(name: string, from: string): string[] {
  const file = join(packageDir(name, from), 'package.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as { exports?: Record<string, unknown> };
  return Object.keys(pkg.exports ?? { '.': null }).filter(
    (key) => !key.includes('*') && !key.includes('hydrate') && !LIT_EXCLUDED.has(key),
  );
}

/** `@digione/components` entry points: the package's named exports and its `./*` and `./*\/define`. */
function componentSubpaths(from: string): string[] {
  const src = join(packageDir('@digione/components', from), 'src');
  const dirs = readdirSync(src, { withFileTypes: true }).filter((d) => d.isDirectory());
  const subpaths = ['.', './define', './tenants'];
  for (const { name } of dirs.sort((a, b) => a.name.localeCompare(b.name))) {
    if (existsSync(join(src, name, `${name}.ts`))) subpaths.push(`./${name}`);
    if (name !== 'base' && existsSync(join(src, name, 'define.ts'))) {
      subpaths.push(`./${name}/define`);
    }
  }
  return subpaths;
}

/** The bare specifier of a package's export: (`lit`, `./decorators.js`) → `lit/decorators.js`. */
const specifierOf = (name: string, subpath: string): string =>
  subpath === '.' ? name : `${name}/${subpath.slice(2)}`;

/**
 * Every bare module specifier the portal's import map provides, in a stable order, read from the
 * packages installed where `from` (default: the working folder) finds them.
 */
export function sharedSpecifiers(from: string = process.cwd()): string[] {
  return [
    ...packageSubpaths('lit', from).map((s) => specifierOf('lit', s)),
    '@lit/localize',
    '@lit/task',
    'rxjs',
    'rxjs/operators',
    '@digione/sdk',
    '@digione/sdk/iframe',
    // The portal's own side: the shell imports them, so the page has them once, with the SDK.
    '@digione/sdk/host',
    '@digione/sdk/manifest',
    ...componentSubpaths(from).map((s) => specifierOf('@digione/components', s)),
  ];
}

/** Packages whose modules an app must never bundle: the portal's page has them already. */
export const SHARED_PACKAGE =
  /^(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/localize|@lit\/task|rxjs|@digione\/sdk|@digione\/components)($|\/)/;
