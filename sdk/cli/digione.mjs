#!/usr/bin/env node
// digione: the DigiOne Portal vendor's command, from a new app to a released one.
//
//   digione sandbox    run the app in the DigiOne sandbox (as digione-sandbox)
//   digione validate   check manifest.json, alone or with a registry and a portal release
//   digione build      build the app for the portal (Vite with @digione/sdk/vite)
//   digione release    write dist/manifest.json with the entry's integrity and the app's version
//
// Each command is a module of this folder, loaded when it runs; sdk.mjs says how the command
// reaches the SDK's code (the package's build, or in its repository the sources). Exit codes:
// 0 done, 1 a check failed, 2 called wrongly (args.mjs). See README.md.
import { readFileSync } from 'node:fs';
import { CheckFailed, EXIT, EXIT_HELP, UsageError } from './args.mjs';

/** @type {Record<string, { summary: string, load: () => Promise<{ run: (argv: string[]) => Promise<number> }> }>} */
const COMMANDS = {
  sandbox: {
    summary: 'run the app in the DigiOne sandbox page, with a live context and test people',
    load: () => import('./sandbox.mjs'),
  },
  validate: {
    summary: 'check manifest.json, alone or with a registry (--registry), for a portal (--portal)',
    load: () => import('./validate.mjs'),
  },
  build: {
    summary: 'build the app for the portal: Vite with digioneApp() from @digione/sdk/vite',
    load: () => import('./build.mjs'),
  },
  release: {
    summary: "write dist/manifest.json with the built entry's integrity and the app's version",
    load: () => import('./release.mjs'),
  },
};

const HELP = `Usage: digione <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, { summary }]) => `  ${name.padEnd(10)}${summary}`)
  .join('\n')}

Run digione <command> --help for a command's options; digione --version for the SDK's version.

${EXIT_HELP}`;

/** @param {string[]} argv @returns {Promise<number>} */
async function main(argv) {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    console.log(HELP);
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    console.log(/** @type {{ version: string }} */ (pkg).version);
    return EXIT.ok;
  }
  const command =
    name === undefined ? undefined : Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    throw new UsageError(
      `${name === undefined ? '[D1-SDK-200] Name a command.' : `[D1-SDK-200] Unknown command "${name}".`}\n\n${HELP}`,
    );
  }
  return (await command.load()).run(rest);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(error.message);
    process.exitCode = EXIT.usage;
  } else if (error instanceof CheckFailed) {
    console.error(error.message);
    process.exitCode = EXIT.failed;
  } else {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = EXIT.failed;
  }
}
