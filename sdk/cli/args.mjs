// What every `digione` command shares: its exit codes, the error that means "called wrongly", and
// reading a command line with node:util's parseArgs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** The exit codes of every command: done, a check (or the build) failed, called wrongly. */
export const EXIT = Object.freeze({ ok: 0, failed: 1, usage: 2 });

/** The exit codes as every command's --help lists them. */
export const EXIT_HELP = `Exit codes:
  0  done: the checks passed, the files were written
  1  a check failed (the manifest, the registry, the build), with every reason printed
  2  called wrongly: an unknown command or option, a bad option value, a missing file`;

/**
 * The command was called wrongly (exit code 2): an unknown option, a bad value, a missing file.
 * The message says what to change, and names the file or option.
 */
export class UsageError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * The command did what it was asked and found a problem (exit code 1), already printed or in the
 * message.
 */
export class CheckFailed extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'CheckFailed';
  }
}

/**
 * @typedef {{ type: 'string' | 'boolean', short?: string }} OptionSpec
 * @typedef {{ name: string, help: string, options: Record<string, OptionSpec>, positionals?: number }} CommandSpec
 */

/**
 * Reads `argv` for `command` strictly: an unknown option, a missing value or too many arguments
 * is a UsageError that says so and how to get help. `help` is true when --help (-h) was given.
 * @param {string[]} argv
 * @param {CommandSpec} command
 * @returns {{ values: Record<string, string | boolean | undefined>, positionals: string[], help: boolean }}
 */
export function readCommandLine(argv, command) {
  /** @type {ReturnType<typeof parseArgs>} */
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: (command.positionals ?? 0) > 0,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(
      `[D1-SDK-200] digione ${command.name}: ${parseProblem(error)} See digione ${command.name} --help.`,
    );
  }
  const { help, ...values } = parsed.values;
  if (!help && parsed.positionals.length > (command.positionals ?? 0)) {
    throw new UsageError(
      `[D1-SDK-200] digione ${command.name}: unexpected argument "${parsed.positionals[command.positionals ?? 0]}". See digione ${command.name} --help.`,
    );
  }
  // No option is declared `multiple`: every value is a string or a boolean.
  return {
    values: /** @type {Record<string, string | boolean | undefined>} */ (values),
    positionals: parsed.positionals,
    help: help === true,
  };
}

/**
 * What parseArgs refused, in a sentence: its own message, without its long advice on positionals.
 * @param {unknown} error
 */
function parseProblem(error) {
  const message = error instanceof Error ? error.message : String(error);
  const code = /** @type {{ code?: unknown }} */ (error).code;
  const option = /'(-[^']*)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option ${option}.`;
  return message.endsWith('.') ? message : `${message}.`;
}

/**
 * A string option's value, if it was given.
 * @param {Record<string, string | boolean | undefined>} values
 * @param {string} name
 * @returns {string | undefined}
 */
export function stringOption(values, name) {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Reads and parses a JSON file; a missing or unreadable file is a UsageError naming it. A file
 * that is not JSON returns `{ error }` with the parser's message, for the caller to report.
 * @param {string} file
 * @param {string} what what the file is, for the message ("the manifest")
 * @returns {{ value: unknown } | { error: string }}
 */
export function readJsonFile(file, what) {
  /** @type {string} */
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = /** @type {{ code?: unknown }} */ (error).code;
    throw new UsageError(
      code === 'ENOENT'
        ? `[D1-SDK-201] ${what} ${file} does not exist.`
        : `[D1-SDK-201] ${what} ${file} could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  try {
    return { value: /** @type {unknown} */ (JSON.parse(text)) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The version in the package.json of `dir`, if it has one.
 * @param {string} dir
 * @returns {string | undefined}
 */
export function packageVersion(dir) {
  try {
    const pkg = /** @type {{ version?: unknown }} */ (
      JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8'))
    );
    return typeof pkg.version === 'string' ? pkg.version : undefined;
  } catch {
    return undefined;
  }
}
