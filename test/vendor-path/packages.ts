/**
 * The three packages a vendor installs, as npm will publish them: packed from this repository, each
 * checked for what a published package must hold — every `exports` target and `bin` in the packed
 * files, types beside each JavaScript entry, README, the EUPL-1.2 licence, where it comes from, the
 * manifest schema with a versioned `$id` — and passed through `npm publish --dry-run`.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { run } from './process.js';

const repo = join(import.meta.dirname, '..', '..');

/** The published workspaces, in the order they build (the SDK's types need the components'). */
export const PUBLISHED = ['@digione/components', '@digione/sdk', '@digione/create-app'] as const;
export type Published = (typeof PUBLISHED)[number];

export interface Packed {
  readonly name: Published;
  readonly version: string;
  /** The tarball's file name, in the folder packed into. */
  readonly filename: string;
  /** The paths in the tarball, without npm's `package/` prefix. */
  readonly files: ReadonlySet<string>;
}

/** One finding of a check: what was checked, and what is wrong (nothing when it passed). */
export interface Finding {
  readonly name: string;
  readonly problems: readonly string[];
}

/** Builds the published workspaces as `npm run build` does. */
export async function buildPackages(): Promise<{ ok: boolean; output: string }> {
  const ran = await run(
    ['npm', 'run', 'build', '--if-present', ...PUBLISHED.flatMap((name) => ['-w', name])],
    { cwd: repo, env: process.env, timeoutMs: 300_000 },
  );
  // Its last lines say what failed; the whole build's listing would drown them.
  return { ok: ran.code === 0, output: ran.output.trim().split('\n').slice(-30).join('\n') };
}

/** Packs the published workspaces into `folder` (`npm pack --json`). */
export async function packPackages(folder: string): Promise<Packed[]> {
  const ran = await run(
    [
      'npm',
      'pack',
      '--json',
      '--pack-destination',
      folder,
      ...PUBLISHED.flatMap((name) => ['-w', name]),
    ],
    { cwd: repo, env: process.env, timeoutMs: 300_000 },
  );
  // npm prints its notices on stderr and the JSON on stdout; `run` keeps both, so take the array.
  const json = /^\[\s*\{[\s\S]*\}\s*\]\s*$/m.exec(ran.output)?.[0];
  if (ran.code !== 0 || !json) throw new Error(`npm pack failed:\n${ran.output}`);
  const packed = JSON.parse(json) as {
    name: string;
    version: string;
    filename: string;
    files: { path: string }[];
  }[];
  return packed.map((p) => {
    if (!(PUBLISHED as readonly string[]).includes(p.name)) {
      throw new Error(`npm pack packed ${p.name}, which is not one of ${PUBLISHED.join(', ')}.`);
    }
    return {
      name: p.name as Published,
      version: p.version,
      // Scoped names are packed as digione-sdk-0.1.0.tgz.
      filename: p.filename,
      files: new Set(p.files.map((f) => f.path)),
    };
  });
}

/** A file of a tarball, read without unpacking it. */
export function tarballFile(tarball: string, path: string): string {
  return execFileSync('tar', ['-xzOf', tarball, `package/${path}`], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

type ExportTarget = string | null | readonly ExportTarget[] | { [condition: string]: ExportTarget };

/** Every file path an `exports` map points at, with the condition chain that leads to it. */
function exportTargets(
  target: ExportTarget,
  where: string,
): { where: string; path: string; conditions: Record<string, ExportTarget> | undefined }[] {
  if (target === null) return [];
  if (typeof target === 'string') return [{ where, path: target, conditions: undefined }];
  if (Array.isArray(target)) {
    return (target as readonly ExportTarget[]).flatMap((t, i) =>
      exportTargets(t, `${where}[${i}]`),
    );
  }
  const conditions = target as Record<string, ExportTarget>;
  return Object.entries(conditions).flatMap(([key, value]) =>
    exportTargets(value, `${where} › ${key}`).map((found) => ({
      ...found,
      conditions: found.conditions ?? conditions,
    })),
  );
}

/**
 * Whether a target names at least one packed file. In a pattern (`./src/*\/*.ts`) every `*` stands
 * for the same text, as Node substitutes it.
 */
function targetExists(files: ReadonlySet<string>, target: string): boolean {
  const path = target.replace(/^\.\//, '');
  if (!path.includes('*')) return files.has(path);
  const escaped = path.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`^${escaped[0] ?? ''}(.+)${escaped.slice(1).join('\\1')}$`);
  return [...files].some((file) => pattern.test(file));
}

interface PackageJson {
  name?: string;
  version?: string;
  license?: string;
  repository?: unknown;
  publishConfig?: { access?: string };
  exports?: ExportTarget;
  bin?: string | Record<string, string>;
  types?: string;
}

/** What is wrong with one packed package (an empty list when nothing is). */
export function checkPacked(folder: string, packed: Packed): string[] {
  const tarball = join(folder, packed.filename);
  const problems: string[] = [];
  const pkg = JSON.parse(tarballFile(tarball, 'package.json')) as PackageJson;
  const has = (path: string): boolean => packed.files.has(path);
  for (const file of ['package.json', 'README.md', 'LICENSE']) {
    if (!has(file)) problems.push(`${file} is not in the package`);
  }
  if (pkg.license !== 'EUPL-1.2') {
    problems.push(`package.json license: "EUPL-1.2" expected, got ${JSON.stringify(pkg.license)}`);
  }
  if (
    has('LICENSE') &&
    !tarballFile(tarball, 'LICENSE').startsWith('EUROPEAN UNION PUBLIC LICENCE v. 1.2')
  ) {
    problems.push('LICENSE is not the text of the EUPL v. 1.2');
  }
  if (!pkg.repository) problems.push('package.json has no repository');
  if (pkg.publishConfig?.access !== 'public') {
    problems.push(
      'package.json publishConfig.access is not "public" (a scoped package is private by default)',
    );
  }
  if (!pkg.exports) problems.push('package.json has no exports');
  for (const { where, path, conditions } of exportTargets(pkg.exports ?? null, 'exports')) {
    if (!targetExists(packed.files, path)) {
      problems.push(`${where}: ${path} is not in the package`);
    }
    // A JavaScript entry a vendor's code imports carries its types: a `types` condition beside it,
    // or a declaration file next to the file, where TypeScript looks for one. (The create package
    // is a command; nothing imports it.)
    const declaration = path.replace(/^\.\//, '').replace(/\.(m?)js$/, '.d.$1ts');
    if (
      packed.name !== '@digione/create-app' &&
      /\.m?js$/.test(path) &&
      !(conditions && 'types' in conditions) &&
      !targetExists(packed.files, declaration)
    ) {
      problems.push(`${where}: ${path} has no types (a "types" condition or ${declaration})`);
    }
  }
  const bins = typeof pkg.bin === 'string' ? { [pkg.name ?? '']: pkg.bin } : (pkg.bin ?? {});
  for (const [name, path] of Object.entries(bins)) {
    const file = path.replace(/^\.\//, '');
    if (!has(file)) {
      problems.push(`bin ${name}: ${path} is not in the package`);
    } else if (!tarballFile(tarball, file).startsWith('#!/usr/bin/env node')) {
      problems.push(`bin ${name}: ${path} does not start with "#!/usr/bin/env node"`);
    }
  }
  if (packed.name === '@digione/sdk') problems.push(...checkSchema(tarball, packed));
  return problems;
}

/**
 * The app manifest's JSON Schema, as editors and registries fetch it: in the package, with an
 * `$id` that names its version, so a later version of the schema gets an address of its own.
 */
function checkSchema(tarball: string, packed: Packed): string[] {
  const path = 'schema/app-manifest.schema.json';
  if (!packed.files.has(path)) return [`${path} is not in the package`];
  const id = (JSON.parse(tarballFile(tarball, path)) as { $id?: unknown }).$id;
  if (typeof id !== 'string' || !/^https:\/\/[^/]+\/.*\/v?\d+(\.\d+){0,2}(\/|\.json$)/.test(id)) {
    return [`${path} $id: a versioned https URL expected, got ${JSON.stringify(id)}`];
  }
  return [];
}

/** `npm publish --dry-run` of a packed tarball: what npm would publish, without publishing. */
export async function publishDryRun(folder: string, packed: Packed): Promise<string[]> {
  const ran = await run(['npm', 'publish', '--dry-run', `./${packed.filename}`], {
    cwd: folder,
    timeoutMs: 120_000,
  });
  const published = `+ ${packed.name}@${packed.version}`;
  if (ran.code === 0 && ran.output.includes(published)) return [];
  return [`npm publish --dry-run exited with ${String(ran.code)}:\n${ran.output.trim()}`];
}
