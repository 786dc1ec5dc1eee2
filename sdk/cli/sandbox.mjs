// `digione sandbox`: the DigiOne sandbox (sandbox/cli.mjs, also installed as digione-sandbox) with
// the same options, read here with parseArgs so that a wrong one exits as every command's does.
import { fileURLToPath } from 'node:url';
import { EXIT, EXIT_HELP, readCommandLine } from './args.mjs';
import { OPTIONS, USAGE } from '../sandbox/cli/options.mjs';

/** @type {import('./args.mjs').CommandSpec} */
const COMMAND = {
  name: 'sandbox',
  options: Object.fromEntries(OPTIONS.map((name) => [name, { type: 'string' }])),
  help: `${USAGE.replace('digione-sandbox', 'digione sandbox')}

Runs the app of the working folder (or --cwd) in the DigiOne sandbox page, as the portal would:
a module app's entry (default ./src/index.ts) mounted with a live context, or an iframe app's page
(default ./index.html) framed on an origin of its own. Without --idp the app sees the local
identity provider's test people and made-up tokens; with --idp <issuer URL> the page signs in
there for real. The manifest is checked on every load. Ctrl-C stops it.

${EXIT_HELP}
  (once serving, a port already taken or a missing entry stops the sandbox with exit code 1)`,
};

/**
 * Runs `digione sandbox`: starts the sandbox, which serves until stopped.
 * @param {string[]} argv
 * @returns {Promise<number>} the exit code
 */
export async function run(argv) {
  const { values, help } = readCommandLine(argv, COMMAND);
  if (help) {
    console.log(COMMAND.help);
    return EXIT.ok;
  }
  const sandbox = new URL('../sandbox/cli.mjs', import.meta.url);
  // The sandbox reads its options from the command line, in its own form: --name value.
  const args = Object.entries(values).flatMap(([name, value]) => [`--${name}`, String(value)]);
  process.argv = [process.argv[0] ?? 'node', fileURLToPath(sandbox), ...args];
  await import(sandbox.href);
  return EXIT.ok;
}
