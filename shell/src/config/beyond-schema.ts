/**
 * What the schemas of `/config.json` and of a provider's own file cannot say well, checked after
 * them on the values that passed: plain http only on this computer, URLs that parse, and an app a
 * provider lists once.
 */
import { jsonPath, type SchemaProblem } from './schema-errors.js';

type Segments = readonly (string | number)[];

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The problems of `/config.json` beyond its schema; fields `found` names already are skipped. */
export function beyondSchema(
  root: Record<string, unknown>,
  found: readonly SchemaProblem[],
): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const report = (segments: Segments, message: string | undefined): void => {
    const path = jsonPath(root, segments);
    if (message && !found.some((p) => p.path === path)) problems.push({ path, message });
  };
  const auth = isRecord(root.auth) ? root.auth : {};
  report(['auth', 'authority'], urlProblem(auth.authority));
  if (Array.isArray(auth.resources)) {
    auth.resources.forEach((resource, i) => {
      report(['auth', 'resources', i], absoluteUriProblem(resource));
    });
  }
  for (const field of ['registry', 'feedback', 'cspReports'] as const) {
    report([field], locationProblem(root[field]));
  }
  if (isRecord(root.telemetry)) {
    report(['telemetry', 'endpoint'], locationProblem(root.telemetry.endpoint));
  }
  if (isRecord(root.providers)) {
    for (const [id, provider] of Object.entries(root.providers)) {
      if (typeof provider === 'string') report(['providers', id], locationProblem(provider));
      else if (isRecord(provider)) {
        problems.push(...providerBeyondSchema(provider, ['providers', id], root, found));
      }
    }
  }
  return problems;
}

/**
 * The problems of one education provider beyond its schema: an app listed twice. `at` is where the
 * provider is in `root` (nothing for a provider's own file).
 */
export function providerBeyondSchema(
  provider: Record<string, unknown>,
  at: Segments,
  root: unknown,
  found: readonly SchemaProblem[],
): SchemaProblem[] {
  if (!Array.isArray(provider.apps)) return [];
  const problems: SchemaProblem[] = [];
  const seen = new Map<string, number>();
  provider.apps.forEach((app: unknown, i) => {
    const id = typeof app === 'string' ? app : isRecord(app) ? app.id : undefined;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, i);
      return;
    }
    const path = jsonPath(root, [...at, 'apps', i]);
    if (!found.some((p) => p.path === path)) {
      problems.push({
        path,
        message: `lists the app "${id}" again (first at apps[${first}]): list each app once, with all its schools`,
      });
    }
  });
  return problems;
}

/** An http(s) URL that parses, with plain http only on this computer. */
function urlProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" is not an absolute URL`;
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    return 'must use https (plain http is allowed only on this computer)';
  }
  return undefined;
}

/** A path on the portal, or a URL as `urlProblem` wants it. */
function locationProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.startsWith('/')) return undefined;
  return urlProblem(value);
}

function absoluteUriProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    new URL(value);
    return undefined;
  } catch {
    return `"${value}" is not an absolute URI`;
  }
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}
