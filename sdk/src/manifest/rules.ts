/**
 * The rules a JSON Schema cannot say well: URLs that must be https (or localhost while developing),
 * an iframe app's exact origin and its entry on it, integrity for cross-origin module code in
 * production, the contract range against the shell's contract, navigation inside the app's routes,
 * and widget ids and elements unique within the app.
 */
import { isVersion, satisfies } from '../contract.js';
import { fieldInfo, INTEGRITY_HOWTO } from './fields.js';
import { formatPath, isRecord, type Segment, valueAt } from './paths.js';
import type { ManifestError, ManifestErrorCode, ValidateOptions } from './types.js';
import { list, originOf, preview, urlProblem } from './values.js';

const RESERVED_ELEMENTS = new Set([
  'annotation-xml',
  'color-profile',
  'font-face',
  'font-face-src',
  'font-face-uri',
  'font-face-format',
  'font-face-name',
  'missing-glyph',
]);

function strings(value: unknown): [number, string][] {
  return Array.isArray(value)
    ? value.flatMap((v, i): [number, string][] => (typeof v === 'string' ? [[i, v]] : []))
    : [];
}

export function originOnModuleApp(path: string): string {
  return `Remove the origin (${path}) or set isolation to "iframe": only iframe apps have an origin of their own.`;
}

export function integrityOnIframeApp(path: string): string {
  return `Remove the entry integrity hash (${path}) or set isolation to "module": integrity cannot be enforced on a framed page, because a browser loads an iframe's page without checking it against a hash. An iframe app is kept apart by its origin instead.`;
}

/** Where `key` was seen first, or undefined (and `index` remembered) when it is new. */
function firstIndex(seen: Map<string, number>, key: string, index: number): number | undefined {
  const first = seen.get(key);
  if (first === undefined) seen.set(key, index);
  return first;
}

/** Whether `contract` asks for a contract newer than `version` (rather than an older one). */
function needsNewer(version: string, contract: string): boolean {
  return contract
    .trim()
    .split(/\s+/)
    .some((comparator) => {
      const match = /^(\^|~|>=|<=|>|<|=)?(.+)$/.exec(comparator);
      if (!match) return false;
      const [, operator = '', bound = ''] = match;
      if (operator === '<' || operator === '<=') return false;
      return satisfies(version, `${operator === '>' ? '<=' : '<'}${bound}`);
    });
}

/** The errors of the rules beyond the schema, with paths after `prefix`. */
export function semanticErrors(
  data: unknown,
  prefix: string,
  options: ValidateOptions,
): ManifestError[] {
  const production = options.production === true;
  if (!isRecord(data)) return [];
  const errors: ManifestError[] = [];
  const add = (segments: Segment[], code: ManifestErrorCode, message: string) =>
    errors.push({ path: formatPath(segments, prefix), code, message });
  const p = (segments: Segment[]) => formatPath(segments, prefix);

  const url = (segments: Segment[], relative: boolean) => {
    const value = valueAt(data, segments);
    if (typeof value !== 'string') return;
    const problem = urlProblem(value, relative, production);
    if (problem)
      add(
        segments,
        'url',
        `Fix ${fieldInfo(segments).label} (${p(segments)}): ${problem}; got ${preview(value)}.`,
      );
  };
  url(['entry'], true);
  url(['vendor', 'url'], false);
  url(['api', 'url'], false);

  if (data.isolation === 'iframe' && data.integrity !== undefined) {
    add(['integrity'], 'integrity', integrityOnIframeApp(p(['integrity'])));
  }

  const origin = data.origin;
  /** The iframe app's origin, when it is one exactly. */
  let frameOrigin: string | undefined;
  if (typeof origin === 'string') {
    if (data.isolation !== 'iframe') {
      add(['origin'], 'origin', originOnModuleApp(p(['origin'])));
    }
    const problem = urlProblem(origin, false, production);
    let exact: string | undefined;
    try {
      exact = new URL(origin).origin;
    } catch {
      exact = undefined;
    }
    if (problem)
      add(
        ['origin'],
        'url',
        `Fix the iframe origin (${p(['origin'])}): ${problem}; got ${preview(origin)}.`,
      );
    else if (exact !== origin) {
      add(
        ['origin'],
        'origin',
        `Set the iframe origin (${p(['origin'])}) to exactly ${exact ? JSON.stringify(exact) : 'scheme, host and port'}: messages are checked against it character for character; got ${preview(origin)}.`,
      );
    } else if (data.isolation === 'iframe') {
      frameOrigin = origin;
    }
  }

  // The shell loads an iframe app's page from its entry and accepts messages only from its
  // origin: the two must be the same origin, or the app could never talk to the shell.
  const entry = data.entry;
  if (
    frameOrigin !== undefined &&
    typeof entry === 'string' &&
    urlProblem(entry, true, production) === undefined
  ) {
    const absolute = /^[A-Za-z][A-Za-z0-9+.-]*:/.test(entry);
    const entryOrigin = absolute ? new URL(entry).origin : undefined;
    if (entryOrigin === undefined) {
      add(
        ['entry'],
        'origin',
        `Give the entry (${p(['entry'])}) as an absolute URL on the iframe origin ${JSON.stringify(frameOrigin)} (${p(['origin'])}): the path ${preview(entry)} would load the frame from the portal's own origin, not from ${JSON.stringify(frameOrigin)}.`,
      );
    } else if (entryOrigin !== frameOrigin) {
      add(
        ['entry'],
        'origin',
        `Serve the entry (${p(['entry'])}) from the iframe origin ${JSON.stringify(frameOrigin)} (${p(['origin'])}), or change origin: the entry's origin is ${JSON.stringify(entryOrigin)}, and the shell accepts messages from the frame only from ${JSON.stringify(frameOrigin)} exactly; got ${preview(entry)}.`,
      );
    }
  }

  // In production, code from another origin runs in the portal's page only pinned by its hash.
  if (
    production &&
    options.portalOrigin !== undefined &&
    data.isolation === 'module' &&
    data.integrity === undefined &&
    typeof entry === 'string' &&
    /^[A-Za-z][A-Za-z0-9+.-]*:/.test(entry) &&
    urlProblem(entry, true, production) === undefined
  ) {
    // Typed as a string, but a shell written in plain JavaScript may pass anything.
    const given: unknown = options.portalOrigin;
    const portal = typeof given === 'string' ? originOf(given) : undefined;
    const entryOrigin = new URL(entry).origin;
    if (portal === undefined) {
      add(
        ['entry'],
        'invalid',
        `The entry (${p(['entry'])}) cannot be checked: the portal's origin ${preview(given)} is not an origin such as "https://portal.example.fi". Pass location.origin as portalOrigin.`,
      );
    } else if (entryOrigin !== portal) {
      add(
        ['integrity'],
        'integrity',
        `Add the entry integrity hash (${p(['integrity'])}) or serve the entry from the portal's origin: in production, a module app runs in the portal's page, and its entry ${preview(entry)} is on ${JSON.stringify(entryOrigin)}, not on the portal's origin ${JSON.stringify(portal)}, so the shell runs it only pinned by its hash. Use ${INTEGRITY_HOWTO}.`,
      );
    }
  }

  const contract = data.contract;
  if (typeof contract === 'string') {
    const comparators = contract.trim().split(/\s+/).filter(Boolean);
    const parses =
      comparators.length > 0 &&
      comparators.every((c) => isVersion(c.replace(/^(\^|~|>=|<=|>|<|=)/, '')));
    if (!parses) {
      add(
        ['contract'],
        'contract-range',
        `Fix the contract range (${p(['contract'])}): use a range such as "^1.0.0", "~1.2.0" or ">=1.0.0 <2.0.0"; got ${preview(contract)}.`,
      );
    } else if (options.contractVersion !== undefined) {
      // Typed as a string, but a shell written in plain JavaScript may pass anything.
      const shell: unknown = options.contractVersion;
      if (typeof shell !== 'string' || !isVersion(shell)) {
        add(
          ['contract'],
          'invalid',
          `The contract range (${p(['contract'])}) cannot be checked: the shell's contract version ${preview(shell)} is not MAJOR.MINOR.PATCH. Pass CONTRACT_VERSION from @digione/sdk as contractVersion.`,
        );
      } else if (!satisfies(shell, contract)) {
        const version = shell.trim();
        add(
          ['contract'],
          'contract-unsupported',
          needsNewer(version, contract)
            ? `This shell runs DigiOne contract ${version}, but the app needs ${preview(contract)} (${p(['contract'])}), a newer one: the shell skips the app until it runs a contract in that range. If the app also works with ${version}, widen the range to include it, e.g. "^${version}".`
            : `This shell runs DigiOne contract ${version}, but the app needs ${preview(contract)} (${p(['contract'])}), an older one: the shell skips the app. Test the app against contract ${version} and widen the range to include it, e.g. "^${version}".`,
        );
      }
    }
  }

  const routes = strings(data.routes).map(([, route]) => route);
  if (Array.isArray(data.nav) && routes.length > 0) {
    data.nav.forEach((entry, i) => {
      if (!isRecord(entry) || typeof entry.path !== 'string') return;
      const path = entry.path;
      if (!routes.some((route) => path === route || path.startsWith(`${route}/`))) {
        add(
          ['nav', i, 'path'],
          'nav-outside-routes',
          `Point the navigation path (${p(['nav', i, 'path'])}) inside one of the app's routes (${list(routes)}), or add its prefix to routes; got ${preview(path)}.`,
        );
      }
    });
  }

  if (Array.isArray(data.widgets)) {
    const ids = new Map<string, number>();
    const elements = new Map<string, number>();
    /** Reports widget `i` when a widget before it has the same `field`. */
    const ownValue = (
      seen: Map<string, number>,
      i: number,
      field: 'id' | 'element',
      value: string,
      verb: string,
    ): void => {
      const first = firstIndex(seen, value, i);
      if (first === undefined) return;
      add(
        ['widgets', i, field],
        'not-unique',
        `Give the widget ${p(['widgets', i])} an ${field} of its own: ${JSON.stringify(value)} is ${verb} by ${p(['widgets', first])}.`,
      );
    };
    data.widgets.forEach((widget, i) => {
      if (!isRecord(widget)) return;
      if (typeof widget.id === 'string') ownValue(ids, i, 'id', widget.id, 'taken');
      if (typeof widget.element === 'string') {
        if (RESERVED_ELEMENTS.has(widget.element)) {
          add(
            ['widgets', i, 'element'],
            'format',
            `Choose another widget element (${p(['widgets', i, 'element'])}): ${JSON.stringify(widget.element)} is reserved by HTML and cannot be a custom element.`,
          );
        }
        ownValue(elements, i, 'element', widget.element, 'used');
      }
    });
  }
  return errors;
}
