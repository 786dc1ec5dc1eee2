// What a new DigiOne Portal app is made of (its id, names and kind), checked as the portal checks
// the app's manifest: the id and the names follow the rules of the manifest's JSON Schema
// (@digione/sdk/schema/app-manifest.schema.json), so what this command writes validates there.

/** The kinds of app a project can be: a Lit module app, a React module app, an iframe app. */
export const KINDS = /** @type {const} */ (['lit', 'react', 'iframe']);

/** @typedef {(typeof KINDS)[number]} Kind */

/** What each kind is, in the words the questions and `--help` use. */
export const KIND_DESCRIPTIONS = /** @type {const} */ ({
  lit: 'a Lit module app',
  react: 'a React module app',
  iframe: 'an iframe app (a page on its own origin)',
});

/** The manifest schema's rule for `id`: lowercase kebab-case, 2 to 64 characters. */
export const ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
export const ID_MIN_LENGTH = 2;
export const ID_MAX_LENGTH = 64;
/**
 * The longest name: the app's name is also the label of its navigation entry, whose longest is 60
 * characters in the manifest's schema (the name itself may have 100).
 */
export const NAME_MAX_LENGTH = 60;

/** The languages an app is named in: Finnish, Swedish (both required by the portal), English. */
export const LANGUAGES = /** @type {const} */ (['fi', 'sv', 'en']);

/** @typedef {(typeof LANGUAGES)[number]} Language */
/** @typedef {Record<Language, string>} Names */

/**
 * @typedef {object} Answers
 * @property {string} id The app's id, as in its manifest.
 * @property {Names} names The app's name in Finnish, Swedish and English.
 * @property {Kind} kind
 */

/**
 * Why `id` cannot be an app's id, or undefined when it can.
 * @param {string} id
 * @returns {string | undefined}
 */
export function idProblem(id) {
  if (id.length < ID_MIN_LENGTH || id.length > ID_MAX_LENGTH) {
    return `The app id must be ${ID_MIN_LENGTH} to ${ID_MAX_LENGTH} characters long; "${id}" has ${id.length}.`;
  }
  if (!ID_PATTERN.test(id)) {
    return `The app id must be lowercase kebab-case (letters a–z and digits, words joined by "-", starting with a letter), e.g. "lunch-menu"; got "${id}".`;
  }
  return undefined;
}

/**
 * Why `name` cannot be the app's name in `language`, or undefined when it can.
 * @param {string} name
 * @param {Language} language
 * @returns {string | undefined}
 */
export function nameProblem(name, language) {
  const option = `--name-${language}`;
  if (!/\S/.test(name)) return `The app's name (${option}) must not be empty.`;
  if (name.length > NAME_MAX_LENGTH) {
    return `The app's name (${option}) must be at most ${NAME_MAX_LENGTH} characters long (it is also the label of the app's navigation entry); it has ${name.length}.`;
  }
  // Control characters (a line break, a tab) have no place in a name shown in the navigation.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) {
    return `The app's name (${option}) must be one line of text, without control characters.`;
  }
  return undefined;
}

/**
 * Why `kind` is not a kind of app, or undefined when it is one.
 * @param {string} kind
 * @returns {string | undefined}
 */
export function kindProblem(kind) {
  if (/** @type {readonly string[]} */ (KINDS).includes(kind)) return undefined;
  return `The kind of app (--kind) must be one of ${KINDS.map((k) => `"${k}"`).join(', ')}; got "${kind}".`;
}

/**
 * The app id a folder's name suggests ("My Lunch App" → "my-lunch-app"), or "my-app" when it
 * suggests none.
 * @param {string} folderName
 * @returns {string}
 */
export function idFromFolder(folderName) {
  const id = folderName
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '')
    .slice(0, ID_MAX_LENGTH)
    .replace(/-+$/, '');
  return idProblem(id) === undefined ? id : 'my-app';
}

/**
 * A name the id suggests ("lunch-menu" → "Lunch menu"): the default for every language.
 * @param {string} id
 * @returns {string}
 */
export function nameFromId(id) {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
