/**
 * Writes the JSX typings of DigiOne's elements for React 19 (`src/jsx/jsx.d.ts`, imported by an app
 * as `import '@digione/components/jsx';`) from the package's custom-elements.json: for each `d1-*`
 * element, its writable properties (typed as the element class types them, so a union such as a
 * button's `variant` refuses a misspelt value), its attributes under their own names where they
 * differ, a listener prop for each DigiOne event it fires, and what React gives every element
 * (children, `class`, `slot`, a ref to the element's class, React's own event props).
 *
 * React 19 sets a prop as a property when the element has one by that name (the element must be
 * defined before it renders) and as an attribute otherwise; a prop `on<name>` whose value is a
 * function listens to the event `<name>`, its case kept: `ond1-retry` hears `d1-retry`. Those are
 * the props typed here.
 *
 *   tsx packages/components/scripts/jsx-types.ts          # write the typings
 *   tsx packages/components/scripts/jsx-types.ts --check  # fail when they are stale
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { format } from 'prettier';

const PACKAGE = join(import.meta.dirname, '..');
const MANIFEST = join(PACKAGE, 'custom-elements.json');
const INDEX = join(PACKAGE, 'src', 'index.ts');
export const JSX_TYPES = join(PACKAGE, 'src', 'jsx', 'jsx.d.ts');

/** What the generator reads of a Custom Elements Manifest (schema 2.x). */
interface Manifest {
  readonly modules?: readonly {
    readonly path: string;
    readonly declarations?: readonly Declaration[];
  }[];
}
interface Declaration {
  readonly name: string;
  readonly customElement?: boolean;
  readonly tagName?: string;
  readonly summary?: string;
  readonly description?: string;
  readonly members?: readonly Member[];
  readonly attributes?: readonly Attribute[];
  readonly events?: readonly { readonly name?: string; readonly description?: string }[];
  readonly slots?: readonly { readonly name: string; readonly description?: string }[];
}
interface Member {
  readonly kind: string;
  readonly name: string;
  readonly static?: boolean;
  readonly readonly?: boolean;
  readonly privacy?: string;
  readonly description?: string;
  readonly default?: string;
  readonly attribute?: string;
}
interface Attribute {
  readonly name: string;
  readonly fieldName?: string;
  readonly description?: string;
}

/** One prop of an element's typings. */
interface Prop {
  readonly key: string;
  readonly type: string;
  readonly doc: string;
}

/** An element as its typings need it. */
interface ElementTypes {
  readonly tag: string;
  readonly className: string;
  readonly doc: string;
  readonly props: readonly Prop[];
}

/** A problem in the manifest, named by file and field. */
function fail(where: string, message: string): never {
  throw new Error(`${relative(process.cwd(), MANIFEST)}: ${where}: ${message}`);
}

/** A JSDoc comment of `lines`, indented by `indent`; `*\/` in the text cannot end it early. */
function jsDoc(text: string, indent: string): string {
  const lines = text.replaceAll('*/', '*\\/').trim().split('\n');
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} *${l ? ` ${l}` : ''}`).join('\n')}\n${indent} */\n`;
}

const quoteKey = (key: string): string => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : `'${key}'`);

/** The writable, public instance fields of an element: what React can set as properties. */
function writableFields(declaration: Declaration): Member[] {
  return (declaration.members ?? []).filter(
    (m) =>
      m.kind === 'field' &&
      !m.static &&
      !m.readonly &&
      (m.privacy ?? 'public') === 'public' &&
      !m.name.startsWith('_') &&
      !m.name.startsWith('#'),
  );
}

function elementTypes(declaration: Declaration, where: string): ElementTypes {
  const tag = declaration.tagName ?? fail(where, 'a custom element without "tagName"');
  if (!/^d1-[a-z0-9-]+$/.test(tag)) fail(`${where}.tagName`, `"${tag}" is not a d1-* tag name.`);
  const className = declaration.name;
  const props: Prop[] = [];
  const keys = new Set<string>();
  const add = (prop: Prop): void => {
    if (keys.has(prop.key)) return;
    keys.add(prop.key);
    props.push(prop);
  };
  const fields = writableFields(declaration);
  for (const field of fields) {
    const fallback = field.default === undefined ? '' : `\n@defaultValue ${field.default}`;
    add({
      key: field.name,
      type: `${className}['${field.name}']`,
      doc: `${field.description ?? ''}${fallback}`,
    });
  }
  const writable = new Set(fields.map((f) => f.name));
  for (const attribute of declaration.attributes ?? []) {
    const field = attribute.fieldName;
    if (field === undefined || attribute.name === field || !writable.has(field)) continue;
    add({
      key: attribute.name,
      type: `${className}['${field}']`,
      doc: `As an attribute, the \`${field}\` property: ${attribute.description ?? ''}`,
    });
  }
  for (const event of declaration.events ?? []) {
    const name = event.name;
    // Only DigiOne's own events: React's props cover the native ones (onClick, onInput, onChange).
    if (!name?.startsWith('d1-')) continue;
    add({
      key: `on${name}`,
      type: `((event: D1EventOf<'${name}'>) => void)`,
      doc: `Listens to \`${name}\`: ${event.description ?? ''}`,
    });
  }
  const slots = (declaration.slots ?? []).map(
    (s) => `- ${s.name ? `\`slot="${s.name}"\`` : 'children'}: ${s.description ?? ''}`,
  );
  const summary = declaration.summary ?? declaration.description ?? '';
  const doc = [`\`<${tag}>\` (${className}): ${summary}`, ...(slots.length ? ['', ...slots] : [])];
  return { tag, className, doc: doc.join('\n'), props };
}

/** The element classes `src/index.ts` exports by name. */
function exportedNames(): Set<string> {
  const source = readFileSync(INDEX, 'utf8');
  const names = new Set<string>();
  for (const block of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of block[1].split(',')) {
      const name = part
        .replace(/^\s*type\s+/, '')
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name) names.add(name);
    }
  }
  return names;
}

/** The elements of the manifest, in tag order; throws naming the field that is wrong. */
export function readElements(manifest: Manifest = readManifest()): ElementTypes[] {
  const exported = exportedNames();
  const elements: ElementTypes[] = [];
  for (const [m, module] of (manifest.modules ?? []).entries()) {
    for (const [d, declaration] of (module.declarations ?? []).entries()) {
      if (!declaration.customElement || declaration.tagName === undefined) continue;
      const where = `modules[${m}] (${module.path}).declarations[${d}]`;
      if (!exported.has(declaration.name)) {
        fail(
          `${where}.name`,
          `${declaration.name} is not exported by src/index.ts, where the typings import it from.`,
        );
      }
      elements.push(elementTypes(declaration, where));
    }
  }
  if (elements.length === 0) fail('modules', 'no d1-* custom element found.');
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

function readManifest(): Manifest {
  try {
    return JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
  } catch (error) {
    return fail(
      'the file',
      `cannot be read as JSON (${(error as Error).message}); run \`npm run analyze\`.`,
    );
  }
}

/** The typings' text, formatted as the repository formats TypeScript. */
export async function jsxTypes(
  elements: readonly ElementTypes[] = readElements(),
): Promise<string> {
  const classes = [...new Set(elements.map((e) => e.className))].sort();
  let out = `// Generated from custom-elements.json by scripts/jsx-types.ts (npm run jsx); do not edit.
/**
 * JSX typings of DigiOne's elements for React 19, from the components' manifest. In a React app:
 *
 *   import '@digione/components/jsx';
 *   import '@digione/components/button/define';
 *
 *   <d1-button variant="secondary" onClick={save}>Tallenna</d1-button>
 *   <d1-error-panel heading-level={3} noRetry={!canRetry} ond1-retry={retry} />
 *
 * React 19 sets a prop as a property when the element has one by that name, so define the elements
 * (import their \`define\` modules) before the app renders them; attributes go by their own names
 * (\`heading-level\`). \`on<event>\` listens to a DigiOne event by its name (\`ond1-retry\`); React's
 * own \`onClick\`, \`onInput\` and \`onChange\` hear the native events.
 */
import type { HTMLAttributes, RefAttributes } from 'react';
import type { ${classes.join(', ')} } from '@digione/components';

/** The event a DigiOne event listener receives: its own class, as the page's event map names it. */
type D1EventOf<N extends string> = N extends keyof GlobalEventHandlersEventMap
  ? GlobalEventHandlersEventMap[N]
  : Event;

/** An element's props: its own, then the HTML attributes React knows, \`class\` and a ref. */
type D1ElementProps<E extends HTMLElement, Own> = Own &
  Omit<HTMLAttributes<E>, keyof Own> &
  RefAttributes<E> & { class?: string | undefined };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
`;
  for (const element of elements) {
    out += jsDoc(element.doc, '      ');
    out += `      '${element.tag}': D1ElementProps<${element.className}, {\n`;
    for (const prop of element.props) {
      if (prop.doc.trim()) out += jsDoc(prop.doc, '        ');
      out += `        ${quoteKey(prop.key)}?: ${prop.type} | undefined;\n`;
    }
    out += '      }>;\n';
  }
  out += '    }\n  }\n}\n';
  return format(out, { filepath: JSX_TYPES, ...(await prettierOptions()) });
}

async function prettierOptions(): Promise<Record<string, unknown>> {
  const { resolveConfig } = await import('prettier');
  return (await resolveConfig(JSX_TYPES)) ?? {};
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const fresh = await jsxTypes();
  const name = relative(process.cwd(), JSX_TYPES);
  if (values.check) {
    const committed = existsSync(JSX_TYPES) ? readFileSync(JSX_TYPES, 'utf8') : '';
    if (committed !== fresh) {
      console.error(
        `✗ ${name} is stale: run \`npm run jsx -w @digione/components\` and commit it.`,
      );
      process.exitCode = 1;
    } else {
      console.log(`✓ ${name} matches custom-elements.json`);
    }
    return;
  }
  writeFileSync(JSX_TYPES, fresh);
  console.log(`wrote ${name}`);
}

if (process.argv[1] === import.meta.filename) await main();
