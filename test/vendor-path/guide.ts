/**
 * The vendor's path as the guide (sdk/README.md) writes it: for each kind of app, the commands a
 * vendor types, in order, and what this test runs for each. The guide's own command blocks
 * (```sh) are read back and every command in them must be one of these, so the guide never shows
 * a command this test has not run.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const KINDS = ['lit', 'react', 'iframe'] as const;
export type Kind = (typeof KINDS)[number];

/** The folder (and so the app id) each kind is created as, as the guide names it. */
export const FOLDERS: Readonly<Record<Kind, string>> = {
  lit: 'hello-digione',
  react: 'hello-react',
  iframe: 'hello-frame',
};

/** Where each app's released entry will be served, as the guide's release command says. */
export const ENTRY_URLS: Readonly<Record<Kind, string>> = {
  lit: 'https://cdn.example.fi/hello-digione/index.js',
  react: 'https://cdn.example.fi/hello-react/index.js',
  iframe: 'https://hello-frame.example.fi/index.html',
};

/** The tarballs, by package, as `npm pack` named them (in the folder the projects are made in). */
export interface Tarballs {
  readonly sdk: string;
  readonly components: string;
  readonly createApp: string;
}

export type StepId =
  | 'create'
  | 'install'
  | 'start'
  | 'typecheck'
  | 'test'
  | 'build'
  | 'validate'
  | 'validate-registry'
  | 'release'
  | 'validate-release';

export interface Step {
  readonly id: StepId;
  /**
   * The command as the guide writes it; more than one when the guide gives the form for packages
   * on the npm registry and the form for the package files DigiOne hands out before that.
   */
  readonly guide: readonly string[];
  /** What this test runs (the package-file form), in the project's folder unless `inParent`. */
  readonly argv: readonly string[];
  readonly inParent?: boolean;
}

/**
 * The vendor's path for one kind of app, step by step, in `parent` (the folder that holds the
 * package files).
 */
export function vendorPath(kind: Kind, tarballs: Tarballs, parent = '.'): Step[] {
  const folder = FOLDERS[kind];
  const create = ['create-app', folder, '--kind', kind, '--yes'];
  const install = [`../${tarballs.sdk}`, `../${tarballs.components}`];
  return [
    {
      id: 'create',
      // `npm create @digione/app` is `npm exec` of the package @digione/create-app's bin.
      guide: [
        `npm create @digione/app ${folder} -- --kind ${kind} --yes`,
        `npm exec --package ./${tarballs.createApp} -- ${create.join(' ')}`,
      ],
      // npm exec keeps a package it installs under the spec as written: a relative path would
      // find the install of an earlier run's file, so the test names this run's file absolutely.
      argv: ['npm', 'exec', '--package', resolve(parent, tarballs.createApp), '--', ...create],
      inParent: true,
    },
    {
      id: 'install',
      guide: [`cd ${folder}`, 'npm install', `npm install ${install.join(' ')}`],
      argv: ['npm', 'install', ...install],
    },
    // The sandbox is started on any free port (`--port 0`): others may use 5199 on this machine.
    { id: 'start', guide: ['npm start'], argv: ['npm', 'start', '--', '--port', '0'] },
    { id: 'typecheck', guide: ['npm run typecheck'], argv: ['npm', 'run', 'typecheck'] },
    { id: 'test', guide: ['npm test'], argv: ['npm', 'test'] },
    { id: 'build', guide: ['npm run build'], argv: ['npm', 'run', 'build'] },
    { id: 'validate', guide: ['npm run validate'], argv: ['npm', 'run', 'validate'] },
    {
      id: 'validate-registry',
      guide: ['npm run validate -- --registry ../registry.json --portal latest'],
      argv: [
        'npm',
        'run',
        'validate',
        '--',
        '--registry',
        '../registry.json',
        '--portal',
        'latest',
      ],
    },
    {
      id: 'release',
      guide: [`npm run release -- --entry-url ${ENTRY_URLS[kind]}`],
      argv: ['npm', 'run', 'release', '--', '--entry-url', ENTRY_URLS[kind]],
    },
    {
      id: 'validate-release',
      guide: ['npm run validate -- dist/manifest.json --production'],
      argv: ['npm', 'run', 'validate', '--', 'dist/manifest.json', '--production'],
    },
  ];
}

/** A tarball's name with its version left out, so the guide need not change at every release. */
function unversioned(command: string): string {
  return command.replace(
    /(digione-[a-z-]+?)-\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\.tgz/g,
    '$1-<version>.tgz',
  );
}

/**
 * The commands of a Markdown file's ```sh blocks: one a line (a line ending in `\` goes on),
 * without comments, prompts or blank lines.
 */
export function shellCommands(markdown: string): string[] {
  const commands: string[] = [];
  for (const block of markdown.matchAll(/^```(?:sh|bash|shell)\n([\s\S]*?)^```/gm)) {
    const joined = block[1].replace(/\\\n\s*/g, ' ');
    for (const raw of joined.split('\n')) {
      const line = raw.replace(/(^|\s)#.*$/, '').trim();
      if (line !== '') commands.push(line);
    }
  }
  return commands;
}

export const GUIDE = join(import.meta.dirname, '..', '..', 'sdk', 'README.md');

/**
 * What is wrong between the guide and the path this test ran: each command of the guide's shell
 * blocks that the test did not run, and each step the test ran that the guide does not show.
 */
export function compareWithGuide(
  ran: readonly Step[],
  markdown = readFileSync(GUIDE, 'utf8'),
): string[] {
  const tested = new Set(ran.flatMap((step) => step.guide.map(unversioned)));
  const shown = shellCommands(markdown).map(unversioned);
  const problems: string[] = [];
  if (shown.length === 0) problems.push('the guide has no ```sh block');
  for (const command of shown) {
    if (!tested.has(command))
      problems.push(`the guide shows "${command}", which the test does not run`);
  }
  const shownSet = new Set(shown);
  for (const step of ran) {
    if (!step.guide.some((form) => shownSet.has(unversioned(form)))) {
      problems.push(`the test runs "${step.guide[0] ?? step.id}", which the guide does not show`);
    }
  }
  return [...new Set(problems)];
}
