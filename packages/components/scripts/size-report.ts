/**
 * The weight of @digione/components: each component's define module bundled on its own (with the
 * library code it pulls in, Lit excluded), minified and gzipped, and the whole library the same way.
 * Fails when the whole library exceeds its budget of 25 KiB gzip.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { entries, external } from '../vite.config.js';

const BUDGET_BYTES = 25 * 1024;
const root = join(import.meta.dirname, '..');

async function bundle(entry: string): Promise<string> {
  const result = (await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['es'], fileName: 'bundle' },
      rolldownOptions: { external },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const outputs = Array.isArray(result) ? result : [result];
  return outputs
    .flatMap((o) => o.output)
    .map((chunk) => (chunk.type === 'chunk' ? chunk.code : ''))
    .join('\n');
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(2)} KiB`;

const rows: { name: string; min: number; gzip: number; brotli: number }[] = [];
const measure = async (name: string, entry: string) => {
  const code = await bundle(entry);
  rows.push({
    name,
    min: Buffer.byteLength(code),
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code).length,
  });
};

for (const [name, entry] of Object.entries(entries)) {
  if (name.endsWith('/define')) await measure(`d1-${name.replace('/define', '')}`, entry);
}
await measure('whole library (define.ts)', entries.define);

const whole = rows.at(-1);
if (!whole) throw new Error('nothing was measured');
const within = whole.gzip <= BUDGET_BYTES;
const table = [
  '| component | minified | gzip | brotli |',
  '|---|---:|---:|---:|',
  ...rows.map((r) => `| ${r.name} | ${kib(r.min)} | ${kib(r.gzip)} | ${kib(r.brotli)} |`),
].join('\n');
console.log(
  `\n@digione/components weight (Lit excluded; each row includes what it imports):\n${table}`,
);
console.log(
  `\n${within ? '✓' : '✗'} whole library ${kib(whole.gzip)} gzip, budget ${kib(BUDGET_BYTES)}`,
);

mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(
  join(root, 'dist', 'size-report.json'),
  JSON.stringify({ budget: BUDGET_BYTES, rows }, null, 2),
);
writeFileSync(join(root, 'dist', 'size-report.md'), `${table}\n`);
const results = join(root, '..', '..', 'test-results');
mkdirSync(results, { recursive: true });
writeFileSync(
  join(results, 'weight.json'),
  JSON.stringify({ passed: within ? 1 : 0, failed: within ? 0 : 1, skipped: 0 }),
);
process.exitCode = within ? 0 : 1;
