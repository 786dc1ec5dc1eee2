/**
 * Translations of every DigiOne workspace that uses @lit/localize (each has a lit-localize.json).
 *
 *   tsx test/i18n.ts check          fails when a string is untranslated in any locale, when the XLIFF
 *                                   files are stale against the source, or the generated modules
 *                                   are stale against the XLIFF files; part of `npm test`. It works
 *                                   on copies and writes nothing into the tree.
 *   tsx test/i18n.ts sync [DIR]     extracts new strings, fills missing targets from the JSON files
 *                                   in DIR (arrays of { fi, sv, en }), and rebuilds the modules.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { DOMParser, XMLSerializer, type Element as XmlElement } from '@xmldom/xmldom';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import type { RuntimeOutputConfig } from '@lit/localize-tools/lib/types/modes.js';
import type { Config } from '@lit/localize-tools/lib/types/config.js';
import { recordCounts } from './support/counts.js';

const root = join(import.meta.dirname, '..');
const workspaces = ['packages', 'sdk', 'shell']
  .flatMap((dir) =>
    dir === 'packages' && existsSync(join(root, dir))
      ? readdirSync(join(root, dir)).map((name) => join(root, dir, name))
      : [join(root, dir)],
  )
  .filter((dir) => existsSync(join(dir, 'lit-localize.json')));

interface LocalizeConfig {
  targetLocales: string[];
  interchange: { xliffDir: string };
  output: { outputDir: string };
}

const config = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'lit-localize.json'), 'utf8')) as LocalizeConfig;

const run = (dir: string, ...args: string[]) =>
  execFileSync('npx', ['--no-install', ...args], { cwd: dir, stdio: 'pipe', encoding: 'utf8' });

function xliffFiles(dir: string): Map<string, string> {
  const { targetLocales, interchange } = config(dir);
  return new Map(
    targetLocales.map((locale) => {
      const file = join(dir, interchange.xliffDir, `${locale}.xlf`);
      return [file, existsSync(file) ? readFileSync(file, 'utf8') : ''];
    }),
  );
}

function generatedFiles(dir: string): Map<string, string> {
  const out = join(dir, config(dir).output.outputDir);
  if (!existsSync(out)) return new Map();
  return new Map(
    readdirSync(out).map((name) => [join(out, name), readFileSync(join(out, name), 'utf8')]),
  );
}

function units(xml: string): XmlElement[] {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  return Array.from(doc.getElementsByTagName('trans-unit'));
}

const text = (unit: XmlElement, tag: string) =>
  unit.getElementsByTagName(tag).item(0)?.textContent?.trim() ?? '';

function build(dir: string): void {
  run(dir, 'lit-localize', 'build');
}

/**
 * A copy of a workspace's localization in a folder of its own: its XLIFF files, and a configuration
 * that extracts and builds there. The check never writes into the source tree, so other checks may
 * read it at the same time.
 */
function scratchCopy(dir: string): { configFile: string; xliffDir: string; outputDir: string } {
  const scratch = mkdtempSync(join(tmpdir(), 'digione-i18n-'));
  const raw = JSON.parse(readFileSync(join(dir, 'lit-localize.json'), 'utf8')) as {
    tsConfig: string;
    interchange: { xliffDir: string };
    output: { outputDir: string };
  };
  const xliffDir = join(scratch, 'xliff');
  const outputDir = join(scratch, 'generated');
  mkdirSync(xliffDir);
  for (const [file, content] of xliffFiles(dir)) {
    if (content) writeFileSync(join(xliffDir, basename(file)), content);
  }
  const copy = {
    ...raw,
    tsConfig: resolve(dir, raw.tsConfig),
    interchange: { ...raw.interchange, xliffDir },
    output: { ...raw.output, outputDir },
  };
  const configFile = join(scratch, 'lit-localize.json');
  writeFileSync(configFile, JSON.stringify(copy, null, 2));
  return { configFile, xliffDir, outputDir };
}

/**
 * Extracts a workspace's strings into its scratch copy and builds its modules there, in this
 * process with one TypeScript program for both (the command line would make one per command): the
 * translations are read from the tree's XLIFF files before the extracted ones replace them.
 */
async function extractAndBuild(configFile: string): Promise<void> {
  const config = readConfigFileAndWriteSchema(configFile) as Config & {
    output: RuntimeOutputConfig;
  };
  const localizer = new RuntimeLitLocalizer(config);
  const { errors } = localizer.extractSourceMessages();
  if (errors.length > 0) {
    throw new Error(
      errors
        .map((d) => (typeof d.messageText === 'string' ? d.messageText : d.messageText.messageText))
        .join('\n'),
    );
  }
  localizer.readTranslationsSync();
  await localizer.writeInterchangeFiles();
  const invalid = localizer.validateTranslations().errors;
  if (invalid.length > 0) throw new Error(invalid.join('\n'));
  await localizer.build();
}

async function check(): Promise<number> {
  const problems: string[] = [];
  let checked = 0;
  for (const dir of workspaces) {
    const name = relative(root, dir);
    const before = xliffFiles(dir);
    const generatedBefore = generatedFiles(dir);
    const scratch = scratchCopy(dir);
    try {
      await extractAndBuild(scratch.configFile);
      for (const [file, content] of before) {
        checked++;
        const extracted = readFileSync(join(scratch.xliffDir, basename(file)), 'utf8');
        if (extracted !== content) {
          problems.push(
            `${relative(root, file)} is stale: the source has strings it does not list ` +
              `(run \`npm run i18n:extract\` in ${name} and translate them).`,
          );
        }
        for (const unit of units(extracted)) {
          checked++;
          if (!text(unit, 'target')) {
            problems.push(
              `${relative(root, file)}: "${text(unit, 'source')}" (${unit.getAttribute('id') ?? '?'}) has no translation.`,
            );
          }
        }
      }
      // Built from the XLIFF files as they are in the tree.
      for (const [file, content] of generatedBefore) {
        checked++;
        const built = join(scratch.outputDir, basename(file));
        if (!existsSync(built) || readFileSync(built, 'utf8') !== content) {
          problems.push(
            `${relative(root, file)} is stale against the XLIFF files (run \`npm run i18n:build\`).`,
          );
        }
      }
    } catch (error) {
      checked++;
      problems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      rmSync(dirname(scratch.configFile), { recursive: true, force: true });
    }
  }
  for (const p of problems) console.error(`✗ ${p}`);
  const failed = problems.length;
  console.log(
    `i18n: ${workspaces.length} workspace(s), ${checked - failed} of ${checked} checks passed`,
  );
  recordCounts('i18n', { passed: checked - failed, failed, skipped: 0, failures: problems });
  return failed === 0 ? 0 : 1;
}

function sync(from?: string): number {
  const translations = new Map<string, Record<string, string>>();
  if (from && existsSync(from)) {
    for (const file of readdirSync(from).filter((f) => f.endsWith('.json'))) {
      const entries = JSON.parse(readFileSync(join(from, file), 'utf8')) as Record<
        string,
        string
      >[];
      for (const entry of entries) if (entry.fi) translations.set(entry.fi.trim(), entry);
    }
  }
  let missing = 0;
  for (const dir of workspaces) {
    run(dir, 'lit-localize', 'extract');
    for (const [file, content] of xliffFiles(dir)) {
      const locale = /([a-z-]+)\.xlf$/i.exec(file)?.[1] ?? '';
      const doc = new DOMParser().parseFromString(content, 'text/xml');
      for (const unit of Array.from(doc.getElementsByTagName('trans-unit'))) {
        if (text(unit, 'target')) continue;
        const source = unit.getElementsByTagName('source').item(0);
        const plain = source?.textContent?.trim() ?? '';
        const translated = translations.get(plain)?.[locale];
        if (!source || !translated || source.getElementsByTagName('x').length > 0) {
          missing++;
          console.warn(`untranslated (${locale}): ${plain}`);
          continue;
        }
        const target = doc.createElement('target');
        target.textContent = translated;
        unit.insertBefore(target, source.nextSibling);
      }
      writeFileSync(file, new XMLSerializer().serializeToString(doc));
    }
    run(dir, 'lit-localize', 'extract');
    mkdirSync(join(dir, config(dir).output.outputDir), { recursive: true });
    build(dir);
  }
  console.log(
    missing === 0 ? 'All strings translated.' : `${missing} string(s) still untranslated.`,
  );
  return 0;
}

const [mode, arg] = process.argv.slice(2);
process.exitCode = mode === 'sync' ? sync(arg) : await check();
