#!/usr/bin/env node
// npm create @digione/app (also: npm init @digione/app, npx @digione/create-app): writes a new
// DigiOne Portal app — a Lit module app, a React module app or an iframe app — that installs,
// type-checks, runs in the sandbox, passes its conformance test and builds, with no edit.
// Run with --help for the options and exit codes.
import { basename, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  KINDS,
  KIND_DESCRIPTIONS,
  LANGUAGES,
  idFromFolder,
  idProblem,
  kindProblem,
  nameFromId,
  nameProblem,
} from './answers.mjs';
import { CreateError, checkTarget, createApp } from './create.mjs';
import { NoAnswerError, questioner } from './questions.mjs';

/** @typedef {import('./answers.mjs').Answers} Answers */
/** @typedef {import('./answers.mjs').Kind} Kind */
/** @typedef {import('./answers.mjs').Language} Language */

/** Exit codes: the project was written (or help shown); it was not; the command was wrong. */
const EXIT = /** @type {const} */ ({ ok: 0, failed: 1, usage: 2 });

const LANGUAGE_NAMES = /** @type {const} */ ({ fi: 'Finnish', sv: 'Swedish', en: 'English' });

const HELP = `Create a DigiOne Portal app.

Usage: npm create @digione/app [<folder>] [-- <options>]
       create-app [<folder>] [<options>]

Asks for the app's id, its names and its kind, unless given as options, and writes the project
into <folder> (a new or empty folder; default: the app's id).

Options:
  --id <id>           the app's id: lowercase kebab-case, 2 to 64 characters, e.g. "lunch-menu"
                      (default: from the folder's name)
  --name-fi <name>    the app's name in Finnish (default: from the id)
  --name-sv <name>    the app's name in Swedish (default: the Finnish name)
  --name-en <name>    the app's name in English (default: the Finnish name)
  --kind <kind>       ${KINDS.map((kind) => `${kind}: ${KIND_DESCRIPTIONS[kind]}`).join('\n                      ')}
                      (default: lit)
  -y, --yes           ask nothing: take the default of every answer not given
  -h, --help          show this help

Exit codes:
  0  the project was written (or this help shown)
  1  the project was not written: the folder is not empty, or could not be written
  2  usage error: an unknown option, a bad id, name or kind, or no answer to a question`;

/**
 * Reads the command line; a wrong one is a usage error.
 * @param {string[]} argv
 */
function readCommandLine(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      id: { type: 'string' },
      'name-fi': { type: 'string' },
      'name-sv': { type: 'string' },
      'name-en': { type: 'string' },
      kind: { type: 'string' },
      yes: { type: 'boolean', short: 'y' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (positionals.length > 1) {
    throw new UsageError(
      `Give one folder for the app; got ${positionals.length}: ${positionals.join(' ')}.`,
    );
  }
  return { values, folder: positionals[0] };
}

/** The command line or an answer is wrong: exit code 2. */
class UsageError extends Error {
  /** @override */
  name = 'UsageError';
}

/**
 * A value given as an option, checked: a bad one is a usage error.
 * @param {string | undefined} value
 * @param {(value: string) => string | undefined} problem
 */
function given(value, problem) {
  if (value === undefined) return undefined;
  const reason = problem(value.trim());
  if (reason !== undefined) throw new UsageError(reason);
  return value.trim();
}

/**
 * The app's id, names, kind and folder: from the options, else the defaults (--yes), else asked.
 * @param {ReturnType<typeof readCommandLine>} commandLine
 * @param {{ input: NodeJS.ReadableStream, output: NodeJS.WritableStream }} io
 * @returns {Promise<{ answers: Answers, folder: string }>}
 */
async function gather({ values, folder }, io) {
  const id = given(values.id, idProblem);
  const names = {
    fi: given(values['name-fi'], (name) => nameProblem(name, 'fi')),
    sv: given(values['name-sv'], (name) => nameProblem(name, 'sv')),
    en: given(values['name-en'], (name) => nameProblem(name, 'en')),
  };
  const kind = /** @type {Kind | undefined} */ (given(values.kind, kindProblem));
  const asking = values.yes !== true;
  const questions = asking ? questioner(io.input, io.output) : undefined;
  /**
   * @param {string | undefined} value
   * @param {import('./questions.mjs').Question} question
   */
  const answer = async (value, question) =>
    value ?? (questions ? questions.ask(question) : question.fallback);
  try {
    const appId = await answer(id, {
      text: 'App id (lowercase kebab-case)',
      fallback: idFromFolder(basename(resolve(folder ?? 'my-app'))),
      problem: idProblem,
    });
    /** @type {Record<Language, string>} */
    const appNames = { fi: '', sv: '', en: '' };
    for (const language of LANGUAGES) {
      appNames[language] = await answer(names[language], {
        text: `Name in ${LANGUAGE_NAMES[language]}`,
        fallback: language === 'fi' ? nameFromId(appId) : appNames.fi,
        problem: (name) => nameProblem(name, language),
      });
    }
    const appKind = /** @type {Kind} */ (
      await answer(kind, {
        text: `Kind (${KINDS.join(', ')})`,
        fallback: 'lit',
        problem: kindProblem,
      })
    );
    const appFolder = await answer(folder, {
      text: 'Folder',
      fallback: appId,
      problem: (path) => (path === '' ? 'Give a folder for the app.' : undefined),
    });
    return { answers: { id: appId, names: appNames, kind: appKind }, folder: appFolder };
  } catch (error) {
    if (error instanceof NoAnswerError) throw new UsageError(error.message);
    throw error;
  } finally {
    questions?.close();
  }
}

/**
 * Runs the command; resolves to its exit code.
 * @param {string[]} argv the arguments after the command's name
 * @param {{ input?: NodeJS.ReadableStream, output?: NodeJS.WritableStream, errors?: NodeJS.WritableStream, cwd?: string }} [io]
 * @returns {Promise<number>}
 */
async function main(argv, io = {}) {
  const { input = process.stdin, output = process.stdout, errors = process.stderr } = io;
  const cwd = io.cwd ?? process.cwd();
  try {
    const commandLine = readCommandLine(argv);
    if (commandLine.values.help === true) {
      output.write(`${HELP}\n`);
      return EXIT.ok;
    }
    // A folder given on the command line is checked before any question is asked.
    if (commandLine.folder !== undefined) checkTarget(resolve(cwd, commandLine.folder));
    const { answers, folder } = await gather(commandLine, { input, output });
    const target = resolve(cwd, folder);
    const files = createApp(target, answers);
    const shown = relative(cwd, target) || '.';
    output.write(
      `\nCreated ${KIND_DESCRIPTIONS[answers.kind]}, "${answers.id}", in ${shown} (${files.length} files).\n\n` +
        `Next:\n  cd ${shown.includes(' ') ? JSON.stringify(shown) : shown} && npm install && npm start\n\n` +
        'npm start opens the app in the DigiOne sandbox; README.md lists the other commands\n' +
        '(typecheck, test, build, release, validate).\n',
    );
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CreateError) {
      errors.write(`${error.message}\n`);
      return EXIT.failed;
    }
    if (error instanceof UsageError || isParseArgsError(error)) {
      errors.write(`${error instanceof Error ? error.message : String(error)}\nSee --help.\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

/**
 * Whether `error` is node:util parseArgs's complaint about the command line.
 * @param {unknown} error
 */
function isParseArgsError(error) {
  const code = /** @type {{ code?: unknown } | null} */ (error)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

process.exitCode = await main(process.argv.slice(2));
