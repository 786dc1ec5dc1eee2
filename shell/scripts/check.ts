/**
 * `digione-check`: the operator's check of a DigiOne Portal deployment before it goes live (README
 * "Checking a configuration"). Prints one line per problem, naming the file and the JSON path of
 * the field; exits with 0 when nothing is wrong, 1 on any problem, 2 when the command itself is
 * wrong.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkFiles, type Problem } from './check-files.js';
import { checkOnline, fetchJson } from './check-online.js';

export const USAGE = `Usage: digione-check --config <config.json> [options]

Checks a DigiOne Portal deployment: /config.json against its schema, the app registry by the
production rules the portal applies, each education provider's own file, and every brand's
contrast in the light and dark themes. Exits with 0 when nothing is wrong, 1 on any problem,
2 when the command is wrong.

  --config <file>          the deployment's /config.json (required)
  --registry <file>        the app registry (default: the file /config.json names, read from
                           beside config.json when it is a path on the portal)
  --providers-dir <dir>    a folder holding the providers' own files, each by the last segment
                           of its URL (default: a path on the portal is read from beside
                           config.json; a URL only with --online)
  --portal-origin <url>    the portal's origin, e.g. https://portal.vantaa.fi: a module app whose
                           entry is on another origin must then carry integrity
  --online                 also reach out: each app's entry answers (and matches its integrity;
                           an iframe app's page lets the portal frame it and accepts it), the
                           identity provider's discovery document loads and its token endpoint
                           allows the portal's origin (CORS); needs --portal-origin
  --help                   this text`;

/** Paths are meant from where the person typed the command, not from where npm runs it. */
const cwd = process.env.INIT_CWD ?? process.cwd();

function usageError(message: string): number {
  console.error(`digione-check: ${message}\n\n${USAGE}`);
  return 2;
}

function origin(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return url.origin === value.replace(/\/$/, '') ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** A file as the operator named it: relative to where they typed the command, when under it. */
function shown(file: string): string {
  const path = relative(cwd, file);
  return path.startsWith('..') || isAbsolute(path) ? file : path;
}

function line(problem: Problem): string {
  const file = isAbsolute(problem.file) ? shown(problem.file) : problem.file;
  return `✗ ${file} ${problem.path}: ${problem.message}`;
}

/** Runs the check with the command line's arguments; resolves with the exit code. */
export async function main(args: readonly string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        config: { type: 'string' },
        registry: { type: 'string' },
        'providers-dir': { type: 'string' },
        'portal-origin': { type: 'string' },
        online: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return usageError((error as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.config === undefined) return usageError('give the configuration: --config <file>');
  const portalOrigin = values['portal-origin'];
  if (portalOrigin !== undefined && origin(portalOrigin) === undefined) {
    return usageError(`--portal-origin must be an origin such as https://portal.example.fi`);
  }
  if (values.online && portalOrigin === undefined) {
    return usageError('--online needs the portal’s origin: --portal-origin <url>');
  }
  const config = resolve(cwd, values.config);
  if (!existsSync(config)) return usageError(`${values.config}: no such file`);
  const providersDir = values['providers-dir'];
  if (providersDir !== undefined && !existsSync(resolve(cwd, providersDir))) {
    return usageError(`${providersDir}: no such folder`);
  }

  const files = await checkFiles({
    config,
    registry: values.registry === undefined ? undefined : resolve(cwd, values.registry),
    providersDir: providersDir === undefined ? undefined : resolve(cwd, providersDir),
    portalOrigin: portalOrigin === undefined ? undefined : origin(portalOrigin),
    fetchJson: values.online ? fetchJson : undefined,
  });
  const problems = [...files.problems];
  const notes = [...files.notes];
  if (values.online && portalOrigin !== undefined) {
    if (files.config) {
      const online = await checkOnline({
        configFile: config,
        registryFile: files.registry?.file ?? '',
        config: files.config,
        apps: files.apps,
        registry: Array.isArray(files.registry?.value) ? files.registry.value : [],
        portalOrigin: origin(portalOrigin) ?? portalOrigin,
      });
      problems.push(...online.problems);
      notes.push(...online.notes);
    } else notes.push('not reached out: /config.json must be fixed first');
  }
  for (const note of notes) console.log(`  ${note.replaceAll(`${cwd}/`, '')}`);
  for (const problem of problems) console.log(line(problem));
  console.log(
    problems.length === 0
      ? '✓ no problems found'
      : `✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} found`,
  );
  return problems.length === 0 ? 0 : 1;
}

if (process.argv[1] === import.meta.filename) {
  process.exitCode = await main(process.argv.slice(2));
}
