/**
 * Fails when a package's committed custom-elements.json differs from what the Custom Elements
 * Manifest analyzer makes of its sources now (run `npm run analyze` and commit the result), or the
 * components' JSX typings differ from what that manifest makes of them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { JSX_TYPES, jsxTypes } from '../packages/components/scripts/jsx-types.js';

const root = join(import.meta.dirname, '..');
const packages = readdirSync(join(root, 'packages'))
  .map((name) => join(root, 'packages', name))
  .filter((dir) => existsSync(join(dir, 'custom-elements-manifest.config.mjs')));

/** The analyzer lists modules in the order its file search returns them, which varies: sort them. */
function normalized(json: string): string {
  const manifest = JSON.parse(json) as { modules?: { path: string }[] };
  manifest.modules?.sort((a, b) => a.path.localeCompare(b.path));
  return JSON.stringify(manifest, null, 2);
}

let stale = 0;
for (const dir of packages) {
  const out = mkdtempSync(join(tmpdir(), 'd1-cem-'));
  // The analyzer joins --outdir to its working directory, so it takes a relative path.
  // The analyzer also rewrites package.json's `customElements` to point at its output: keep ours.
  const packageJson = readFileSync(join(dir, 'package.json'), 'utf8');
  execFileSync(
    'npx',
    ['--no-install', 'custom-elements-manifest', 'analyze', '--outdir', relative(dir, out)],
    {
      cwd: dir,
      stdio: 'pipe',
    },
  );
  writeFileSync(join(dir, 'package.json'), packageJson);
  const fresh = normalized(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
  const committedFile = join(dir, 'custom-elements.json');
  const committed = existsSync(committedFile)
    ? normalized(readFileSync(committedFile, 'utf8'))
    : '';
  const name = relative(root, committedFile);
  if (fresh !== committed) {
    stale++;
    let at = 0;
    while (at < fresh.length && fresh[at] === committed[at]) at++;
    console.error(`✗ ${name} is stale: run \`npm run analyze\` and commit the result.`);
    console.error(
      `  first difference at character ${at}: ${JSON.stringify(fresh.slice(at, at + 120))}`,
    );
  } else {
    console.log(`✓ ${name} matches the sources`);
  }
}
// The components' JSX typings for React are generated from their manifest: they must match it.
const jsx = relative(root, JSX_TYPES);
if (readFileSync(JSX_TYPES, 'utf8') !== (await jsxTypes())) {
  stale++;
  console.error(
    `✗ ${jsx} is stale: run \`npm run jsx -w @digione/components\` and commit the result.`,
  );
} else {
  console.log(`✓ ${jsx} matches custom-elements.json`);
}
process.exitCode = stale === 0 ? 0 : 1;
