/**
 * The operator's check, reaching out (`digione-check --online`): each app's entry answers and
 * matches its `integrity`; an iframe app's page lets the portal frame it; the identity provider's
 * discovery document loads, names the issuer `/config.json` gives, and its token endpoint answers a
 * CORS preflight from the portal's origin. Every request is bounded in time.
 */
import { createHash } from 'node:crypto';
import { acceptsPortalOrigin } from '../../sdk/src/iframe/portal-origins.js';
import type { AppManifest } from '../../sdk/src/manifest/types.js';
import type { RuntimeConfig } from '../src/config/runtime-config.js';
import type { Problem } from './check-files.js';

/** How long one request may take, answer included. */
export const REQUEST_TIMEOUT_MS = 10_000;
/** The most the check reads of one answer (an app's entry, a page, a JSON file). */
const MAX_BYTES = 16 * 1024 * 1024;

export interface OnlineInput {
  readonly configFile: string;
  readonly registryFile: string;
  readonly config: RuntimeConfig;
  readonly apps: readonly AppManifest[];
  /** The registry as given, to name each app by its index. */
  readonly registry: readonly unknown[];
  readonly portalOrigin: string;
}

/** A GET within the time limit, the body read whole (up to MAX_BYTES). */
export async function get(
  url: string,
  init: RequestInit = {},
): Promise<{ response: Response; body: Buffer }> {
  const response = await fetch(url, {
    redirect: 'follow',
    ...init,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_BYTES) throw new Error(`the answer is larger than ${MAX_BYTES} bytes`);
  const body = Buffer.from(await response.arrayBuffer());
  if (body.length > MAX_BYTES) throw new Error(`the answer is larger than ${MAX_BYTES} bytes`);
  return { response, body };
}

/** Reads JSON from a URL, for files the deployment names by URL. */
export async function fetchJson(url: string): Promise<unknown> {
  const { response, body } = await get(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    throw new Error('the answer is not valid JSON');
  }
}

/**
 * Whether the token endpoint answers the portal's browser requests: a CORS preflight from the
 * portal's origin, and a token request itself — one with a refresh token that does not exist, which
 * the provider refuses, but must refuse with `Access-Control-Allow-Origin` for the portal (a
 * provider may allow every origin's preflight and decide per client on the request, as
 * node-oidc-provider does). Returns what is wrong, if anything.
 */
async function tokenEndpointCors(
  token: string,
  portalOrigin: string,
  clientId: string,
): Promise<string | undefined> {
  const allows = (response: Response) => {
    const allowOrigin = response.headers.get('access-control-allow-origin');
    return allowOrigin === portalOrigin || allowOrigin === '*'
      ? undefined
      : `HTTP ${response.status}, Access-Control-Allow-Origin ${allowOrigin === null ? 'missing' : JSON.stringify(allowOrigin)}`;
  };
  const refused = (what: string, answer: string) =>
    `the token endpoint ${token} does not allow the portal's origin ${portalOrigin} (${what}: ${answer}): register the portal's origin with the provider`;
  try {
    const preflight = await fetch(token, {
      method: 'OPTIONS',
      headers: {
        origin: portalOrigin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    await preflight.arrayBuffer();
    const notAllowed = allows(preflight);
    if (notAllowed) return refused('CORS preflight', notAllowed);
    const methods = preflight.headers.get('access-control-allow-methods');
    if (methods !== null && !/\bPOST\b/i.test(methods)) {
      return refused('CORS preflight', `Access-Control-Allow-Methods ${methods}`);
    }
    const request = await fetch(token, {
      method: 'POST',
      headers: { origin: portalOrigin, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: 'digione-check-not-a-token',
        client_id: clientId,
      }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    await request.arrayBuffer();
    const requestNotAllowed = allows(request);
    if (requestNotAllowed) return refused(`a token request as ${clientId}`, requestNotAllowed);
    return undefined;
  } catch (error) {
    return `the token endpoint ${token} cannot be reached: ${why(error)}`;
  }
}

function why(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return `no answer within ${REQUEST_TIMEOUT_MS / 1000} s`;
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

export async function checkOnline(
  input: OnlineInput,
): Promise<{ problems: Problem[]; notes: string[] }> {
  const problems: Problem[] = [];
  const notes: string[] = [];
  const [apps, idp] = await Promise.all([checkApps(input), checkIdentityProvider(input)]);
  problems.push(...apps.problems, ...idp.problems);
  notes.push(...apps.notes, ...idp.notes);
  return { problems, notes };
}

async function checkApps(input: OnlineInput): Promise<{ problems: Problem[]; notes: string[] }> {
  const problems: Problem[] = [];
  const notes: string[] = [];
  await Promise.all(
    input.apps.map(async (app) => {
      const index = input.registry.findIndex(
        (a) => typeof a === 'object' && a !== null && (a as { id?: unknown }).id === app.id,
      );
      const at = (field: string): Problem['path'] => `$[${index}].${field}`;
      const problem = (field: string, message: string) =>
        problems.push({ file: input.registryFile, path: at(field), message });
      const url = new URL(app.entry, input.portalOrigin).href;
      let fetched: Awaited<ReturnType<typeof get>>;
      try {
        fetched = await get(url);
      } catch (error) {
        problem('entry', `${url} cannot be reached: ${why(error)}`);
        return;
      }
      if (!fetched.response.ok) {
        problem('entry', `${url} answers HTTP ${fetched.response.status}`);
        return;
      }
      if (app.isolation === 'iframe') {
        const framing =
          framingProblem(fetched.response.headers, input.portalOrigin) ??
          portalsProblem(fetched.body.toString('utf8'), input.portalOrigin);
        if (framing) problem('entry', `${url} ${framing}`);
        else notes.push(`${app.id}: ${url} answers, and lets ${input.portalOrigin} frame it`);
        return;
      }
      if (app.integrity === undefined) {
        notes.push(`${app.id}: ${url} answers (no integrity to compare)`);
        return;
      }
      const [algorithm = '', expected] = app.integrity.split(/-(.*)/s);
      const actual = createHash(algorithm).update(fetched.body).digest('base64');
      if (actual !== expected) {
        problem(
          'integrity',
          `does not match ${url}: the file served hashes to ${algorithm}-${actual} (a new release of the app needs its new hash here, after review)`,
        );
      } else notes.push(`${app.id}: ${url} answers and matches its integrity`);
    }),
  );
  return { problems, notes };
}

/**
 * Whether a page's headers let `portalOrigin` frame it: `frame-ancestors` of its
 * Content-Security-Policy must name the origin (or allow any https page), and `X-Frame-Options`
 * must not refuse it.
 */
export function framingProblem(headers: Headers, portalOrigin: string): string | undefined {
  const policy = headers.get('content-security-policy') ?? '';
  for (const directive of policy.split(/\s*[;,]\s*/)) {
    const [name = '', ...sources] = directive.trim().split(/\s+/);
    if (name.toLowerCase() !== 'frame-ancestors') continue;
    const portal = new URL(portalOrigin);
    const allowed = sources.some((source) => {
      const s = source.replace(/\/$/, '');
      if (s === '*' || s === portal.protocol || s.toLowerCase() === portal.origin) return true;
      const wildcard = /^(?:https?:\/\/)?\*\.([^/:]+)(?::\d+)?$/.exec(s);
      return wildcard !== null && portal.hostname.endsWith(`.${wildcard[1]}`);
    });
    if (!allowed) {
      return `does not let the portal frame it: its frame-ancestors (${sources.join(' ') || "'none'"}) do not name ${portalOrigin}`;
    }
    return undefined;
  }
  const xfo = headers.get('x-frame-options')?.trim().toLowerCase();
  if (xfo === 'deny' || xfo === 'sameorigin') {
    return `does not let the portal frame it: X-Frame-Options ${xfo.toUpperCase()}`;
  }
  return undefined;
}

/**
 * Whether an iframe app's page accepts the portal, when the page names the portals it accepts in
 * `<meta name="digione-shell-origin" content="…">` (exact origins or `https://*.<domain>` patterns):
 * read with the SDK's own rules, so the answer is the one the app gives when the portal frames it.
 */
export function portalsProblem(html: string, portalOrigin: string): string | undefined {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (!/\bname\s*=\s*["']?digione-shell-origin["']?[\s/>]/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    const setting = content?.[1] ?? content?.[2] ?? '';
    const answer = acceptsPortalOrigin(setting, portalOrigin);
    return answer.accepted ? undefined : `does not accept the portal: ${answer.reason}`;
  }
  return undefined;
}

async function checkIdentityProvider(
  input: OnlineInput,
): Promise<{ problems: Problem[]; notes: string[] }> {
  const problems: Problem[] = [];
  const notes: string[] = [];
  const problem = (message: string) =>
    problems.push({ file: input.configFile, path: '$.auth.authority', message });
  const authority = input.config.auth.authority;
  const discovery = `${authority}/.well-known/openid-configuration`;
  let document: Record<string, unknown>;
  try {
    const value = await fetchJson(discovery);
    if (typeof value !== 'object' || value === null) throw new Error('it is not a JSON object');
    document = value as Record<string, unknown>;
  } catch (error) {
    problem(`the discovery document ${discovery} does not load: ${why(error)}`);
    return { problems, notes };
  }
  if (typeof document.issuer !== 'string' || document.issuer.replace(/\/$/, '') !== authority) {
    problem(
      `the provider names itself ${JSON.stringify(document.issuer)} in ${discovery}: give that issuer exactly`,
    );
  }
  const token = document.token_endpoint;
  if (typeof token !== 'string') {
    problem(`${discovery} names no token_endpoint`);
    return { problems, notes };
  }
  notes.push(`the identity provider's discovery document loads (${discovery})`);
  const cors = await tokenEndpointCors(token, input.portalOrigin, input.config.auth.clientId);
  if (cors) problem(cors);
  else
    notes.push(
      `the token endpoint answers the portal's requests from ${input.portalOrigin} (CORS)`,
    );
  return { problems, notes };
}
