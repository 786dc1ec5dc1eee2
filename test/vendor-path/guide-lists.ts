/**
 * The lists in the vendor's documents that come from the sources, so a vendor finds them without
 * reading the packages' files and they never drift. In the guide (sdk/README.md): the module
 * specifiers the portal's import map provides and at which versions (`sharedSpecifiers()`), and
 * the test people with their ids. In the components' README: every element with its summary
 * (custom-elements.json), the icon names a manifest and `<d1-icon>` take, and the design tokens an
 * app may style with. Each sits between two comments:
 *
 *   <!-- generated: shared -->
 *   …
 *   <!-- end generated: shared -->
 *
 *   npx tsx test/vendor-path/guide-lists.ts           # rewrite them
 *   npx tsx test/vendor-path/guide-lists.ts --check   # exit 1 when one is stale (the vendor path runs this)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { ICON_NAMES } from '../../packages/components/src/icon/icons.js';
import { TEST_PEOPLE } from '../../sdk/src/testing/people.js';
import { sharedSpecifiers } from '../../sdk/src/vite/shared-specifiers.js';
import { GUIDE } from './guide.js';

const repo = join(import.meta.dirname, '..', '..');
const components = join(repo, 'packages', 'components');
export const COMPONENTS_README = join(components, 'README.md');

/** The installed version of a package: what the portal's build puts behind its import map. */
function installedVersion(name: string): string {
  const file = join(repo, 'node_modules', ...name.split('/'), 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** The package a bare specifier belongs to: `lit/decorators.js` → `lit`, `@lit/task` → `@lit/task`. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** The shared specifiers, a row per package: its version and every subpath the map holds. */
function shared(): string {
  const byPackage = new Map<string, string[]>();
  for (const specifier of sharedSpecifiers(repo)) {
    const name = packageOf(specifier);
    const subpaths = byPackage.get(name) ?? [];
    subpaths.push(specifier === name ? '' : specifier.slice(name.length + 1));
    byPackage.set(name, subpaths);
  }
  const rows = [...byPackage].map(([name, subpaths]) => {
    const listed = subpaths
      .filter((s) => s !== '')
      .map((s) => `\`${s}\``)
      .join(', ');
    const root = subpaths.includes('') ? `\`${name}\`` : '';
    const what = [root, listed && `and ${listed}`].filter(Boolean).join(' ');
    return `| \`${name}\` | ${installedVersion(name)} | ${what} |`;
  });
  return [
    '| package | version | specifiers (`<package>/<subpath>`) |',
    '| --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** The test people: who they are, their ids, where they act — what an app may key on in tests. */
function people(): string {
  const rows = TEST_PEOPLE.map(({ username, door, user }) => {
    const acts = (user.affiliations ?? []).map(
      (a) =>
        `${a.role} at ${a.school.name} (\`${a.school.code}\`)${a.group ? `, group ${a.group}` : ''}`,
    );
    const children = (user.children ?? []).map(
      (c) => `child ${c.givenName} \`${c.id}\` (${c.school.name}, grade ${c.grade})`,
    );
    const where = [...acts, ...children].join('; ') || user.roles.join(', ');
    return `| \`${username}\` | ${door} | ${user.givenName} ${user.familyName} | \`${user.id}\` | ${where} |`;
  });
  return [
    '| username | door | name | `user.id` | acts as |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function icons(): string {
  return ICON_NAMES.map((name) => `\`${name}\``).join(', ');
}

/**
 * The design tokens an app styles with: the semantic tier of tokens.css (`--d1-color-*`,
 * `--d1-space-*`…), not the reference palette (`--d1-ref-*`), which themes and brands replace.
 */
function tokens(): string {
  const css = readFileSync(join(components, 'src', 'tokens', 'tokens.css'), 'utf8');
  const names = [...new Set([...css.matchAll(/(--d1-[a-z0-9-]+)\s*:/g)].map((m) => m[1]))].filter(
    (name) => !name.startsWith('--d1-ref-'),
  );
  const groups = new Map<string, string[]>();
  for (const name of names) {
    const group = /^--d1-([a-z]+)/.exec(name)?.[1] ?? '';
    groups.set(group, [...(groups.get(group) ?? []), name]);
  }
  return [...groups.values()]
    .map((group) => `- ${group.map((n) => `\`${n}\``).join(', ')}`)
    .join('\n');
}

/** Every element of the library, with the summary its JSDoc gives (custom-elements.json). */
function elements(): string {
  interface Declaration {
    tagName?: string;
    summary?: string;
  }
  const manifest = JSON.parse(readFileSync(join(components, 'custom-elements.json'), 'utf8')) as {
    modules: { path: string; declarations?: Declaration[] }[];
  };
  const rows = manifest.modules
    .flatMap((module) =>
      (module.declarations ?? []).map((d) => ({ ...d, folder: module.path.split('/')[1] ?? '' })),
    )
    .filter((d): d is Declaration & { tagName: string; folder: string } => Boolean(d.tagName))
    .sort((a, b) => a.tagName.localeCompare(b.tagName))
    .map(
      (d) =>
        `| \`<${d.tagName}>\` | \`@digione/components/${d.folder}/define\` | ${(d.summary ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|')} |`,
    );
  return ['| element | registered by | what it is |', '| --- | --- | --- |', ...rows].join('\n');
}

/** Each generated section: the file it is in, and what it holds. */
export const SECTIONS: Readonly<Record<string, { file: string; render: () => string }>> = {
  shared: { file: GUIDE, render: shared },
  people: { file: GUIDE, render: people },
  elements: { file: COMPONENTS_README, render: elements },
  icons: { file: COMPONENTS_README, render: icons },
  tokens: { file: COMPONENTS_README, render: tokens },
};

/**
 * A document with each of its generated sections as the sources give them now, formatted as
 * prettier formats it (it aligns tables), so a current document comes back unchanged.
 */
export async function regenerated(
  file: string,
  markdown: string,
): Promise<{ text: string; missing: string[] }> {
  const missing: string[] = [];
  let text = markdown;
  for (const [name, section] of Object.entries(SECTIONS)) {
    if (section.file !== file) continue;
    const pattern = new RegExp(
      `(<!-- generated: ${name} -->)[\\s\\S]*?(<!-- end generated: ${name} -->)`,
    );
    if (!pattern.test(text)) {
      missing.push(name);
      continue;
    }
    text = text.replace(
      pattern,
      (_, open: string, close: string) => `${open}\n\n${section.render()}\n\n${close}`,
    );
  }
  const options = (await resolveConfig(file)) ?? {};
  return { text: await format(text, { ...options, filepath: file }), missing };
}

const FILES = [...new Set(Object.values(SECTIONS).map((section) => section.file))];
const shown = (file: string): string => file.slice(repo.length + 1);

/** What is stale or missing in the generated sections (nothing when all are current). */
export async function staleLists(): Promise<string[]> {
  const problems: string[] = [];
  for (const file of FILES) {
    const markdown = readFileSync(file, 'utf8');
    const { text, missing } = await regenerated(file, markdown);
    problems.push(...missing.map((name) => `${shown(file)} has no generated section "${name}"`));
    if (text !== markdown) {
      problems.push(
        `${shown(file)}: a generated list is stale; run npx tsx test/vendor-path/guide-lists.ts`,
      );
    }
  }
  return problems;
}

if (import.meta.filename === process.argv[1]) {
  const problems: string[] = [];
  if (process.argv.includes('--check')) {
    problems.push(...(await staleLists()));
  } else {
    for (const file of FILES) {
      const { text, missing } = await regenerated(file, readFileSync(file, 'utf8'));
      writeFileSync(file, text);
      problems.push(...missing.map((name) => `${shown(file)} has no generated section "${name}"`));
    }
  }
  for (const problem of problems) console.error(problem);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
