// Writes a new DigiOne Portal app from one of the templates in ../templates/<kind>/.
//
// The templates are complete projects, valid as they stand. Creating one copies it and puts the
// app's own id and names in:
// - in manifest.json and package.json, by reading the JSON and setting the fields;
// - in every other file, by replacing the tokens __DIGIONE_APP_ID__ and __DIGIONE_APP_NAME_FI__
//   (…_SV__, …_EN__), each written as the file's language needs it: inside a quoted string in
//   TypeScript, as text in HTML.
// The file `_gitignore` becomes `.gitignore` (npm leaves `.gitignore` files out of a package).
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES } from './answers.mjs';

/** @typedef {import('./answers.mjs').Answers} Answers */

const HERE = dirname(fileURLToPath(import.meta.url));
/** Where the templates are: one folder per kind of app. */
export const TEMPLATES = resolve(HERE, '..', 'templates');

/** The token that stands for the app's id in the templates' files. */
export const ID_TOKEN = '__DIGIONE_APP_ID__';
/** The tokens that stand for the app's name in Finnish, Swedish and English. */
export const NAME_TOKENS = /** @type {const} */ ({
  fi: '__DIGIONE_APP_NAME_FI__',
  sv: '__DIGIONE_APP_NAME_SV__',
  en: '__DIGIONE_APP_NAME_EN__',
});

/** A project could not be created where asked (the folder is not empty, or cannot be written). */
export class CreateError extends Error {
  /** @override */
  name = 'CreateError';
}

/**
 * The version of @digione/sdk and @digione/components a new project depends on: the one this
 * package is released with (the three are versioned together).
 * @returns {string}
 */
export function sdkVersion() {
  const own = /** @type {{ version: string }} */ (
    JSON.parse(readFileSync(join(HERE, '..', 'package.json'), 'utf8'))
  );
  return own.version;
}

/**
 * A name as a TypeScript single-quoted string's contents.
 * @param {string} text
 */
function inQuotes(text) {
  return text.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
}

/**
 * A name as HTML text.
 * @param {string} text
 */
function inHtml(text) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** How a name is written into each kind of file. */
const WRITE_NAME = /** @type {Record<string, (name: string) => string>} */ ({
  '.ts': inQuotes,
  '.tsx': inQuotes,
  '.mjs': inQuotes,
  '.html': inHtml,
});

/**
 * A template file's text with the app's id and names in place of the tokens.
 * @param {string} text
 * @param {string} file the file's name, for its language
 * @param {Answers} answers
 */
export function fillTokens(text, file, answers) {
  const writeName = WRITE_NAME[extname(file)] ?? ((/** @type {string} */ name) => name);
  let filled = text.replaceAll(ID_TOKEN, answers.id);
  for (const language of LANGUAGES) {
    filled = filled.replaceAll(NAME_TOKENS[language], writeName(answers.names[language]));
  }
  return filled;
}

/**
 * The app's manifest: the template's, with the app's id, names, route and addresses.
 * @param {Record<string, any>} manifest
 * @param {Answers} answers
 */
function fillManifest(manifest, answers) {
  const { id, names } = answers;
  const name = { fi: names.fi, sv: names.sv, en: names.en };
  const route = `/${id}`;
  /** @type {Record<string, any>} */
  const filled = {
    ...manifest,
    id,
    name,
    routes: [route],
    nav: (manifest.nav ?? []).map((/** @type {Record<string, unknown>} */ entry) => ({
      ...entry,
      path: route,
      label: name,
    })),
    api: { ...manifest.api, audience: `https://api.${id}.example.fi` },
  };
  if (manifest.isolation === 'iframe') {
    filled.origin = `https://${id}.example.fi`;
    filled.entry = `https://${id}.example.fi/index.html`;
  } else {
    filled.entry = `https://cdn.example.fi/${id}/index.js`;
  }
  return filled;
}

/**
 * The project's package.json: the template's, named by the app's id, depending on the SDK and the
 * components of this release.
 * @param {Record<string, any>} pkg
 * @param {Answers} answers
 * @param {string} version
 */
function fillPackage(pkg, answers, version) {
  return {
    ...pkg,
    name: answers.id,
    description: `${answers.names.en}: a DigiOne Portal app.`,
    dependencies: {
      ...pkg.dependencies,
      '@digione/sdk': `^${version}`,
      '@digione/components': `^${version}`,
    },
  };
}

/**
 * The template's files, as paths relative to its folder (no node_modules or build output, which a
 * template used in place may have).
 * @param {string} folder
 * @returns {string[]}
 */
export function templateFiles(folder) {
  /** @type {string[]} */
  const files = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(folder, path));
    }
  };
  walk(folder);
  return files.sort();
}

/**
 * Refuses a target that is a file, or a folder with anything in it: a new project never writes
 * over someone's files.
 * @param {string} target
 */
export function checkTarget(target) {
  if (!existsSync(target)) return;
  if (!statSync(target).isDirectory()) {
    throw new CreateError(`${target} is a file, not a folder: choose another place for the app.`);
  }
  const inside = readdirSync(target);
  if (inside.length > 0) {
    throw new CreateError(
      `The folder ${target} is not empty (it has ${inside.length === 1 ? `"${inside[0] ?? ''}"` : `${inside.length} entries`}): choose a new or empty folder for the app.`,
    );
  }
}

/**
 * Writes a new app of `answers.kind` into `target` (created if missing; refused unless empty).
 * @param {string} target the project's folder
 * @param {Answers} answers
 * @param {{ version?: string }} [options] the SDK's version to depend on (default this release's)
 * @returns {string[]} the files written, relative to `target`
 */
export function createApp(target, answers, options = {}) {
  const folder = join(TEMPLATES, answers.kind);
  const version = options.version ?? sdkVersion();
  checkTarget(target);
  const files = templateFiles(folder);
  const written = [];
  for (const file of files) {
    let text = readFileSync(join(folder, file), 'utf8');
    if (file === 'manifest.json') {
      text = `${JSON.stringify(fillManifest(JSON.parse(text), answers), null, 2)}\n`;
    } else if (file === 'package.json') {
      text = `${JSON.stringify(fillPackage(JSON.parse(text), answers, version), null, 2)}\n`;
    } else {
      text = fillTokens(text, file, answers);
    }
    const name = file === '_gitignore' ? '.gitignore' : file;
    const path = join(target, name);
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    } catch (error) {
      throw new CreateError(
        `Could not write ${path}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    written.push(name);
  }
  return written;
}
