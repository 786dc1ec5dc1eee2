import type { ShellContext } from '../context/types.js';
import { DigiOneSdkError, describe } from './errors.js';

/**
 * Why a call to the app's own API failed, in terms an app can explain to the person:
 * - `config`: the portal gave the app no API address (the manifest's `api.url` is missing);
 * - `session`: no access token could be had, or the API refused a fresh one too (401);
 * - `forbidden` (403), `not-found` (404), `invalid` (another 4xx);
 * - `network`: no answer at all (offline, blocked, the API down);
 * - `server`: a 5xx, or an answer that is not the JSON the call expects.
 */
export type ApiErrorKind =
  'config' | 'session' | 'forbidden' | 'not-found' | 'invalid' | 'network' | 'server';

const CODES: Readonly<Record<ApiErrorKind, string>> = {
  config: 'D1-SDK-180',
  session: 'D1-SDK-181',
  forbidden: 'D1-SDK-182',
  'not-found': 'D1-SDK-182',
  invalid: 'D1-SDK-182',
  server: 'D1-SDK-182',
  network: 'D1-SDK-183',
};

/** A failed call to the app's own API: its kind, the HTTP status and the API's own error body. */
export class DigiOneApiError extends DigiOneSdkError {
  constructor(
    readonly kind: ApiErrorKind,
    /** The HTTP status, or 0 when there was no answer. */
    readonly status: number,
    message: string,
    /** The API's JSON answer to the failed call, when it gave one (e.g. field errors of a 400). */
    readonly body?: unknown,
    options?: { cause?: unknown },
  ) {
    super(CODES[kind], message);
    if (options) this.cause = options.cause;
  }

  /** The API's own error code (`{ "error": "recipient_not_allowed" }`), when it gave one. */
  get apiCode(): string | undefined {
    const error = (this.body as { error?: unknown } | null | undefined)?.error;
    return typeof error === 'string' ? error : undefined;
  }
}

/** A query string's values; `undefined` leaves a name out. */
export type ApiQuery = Readonly<Record<string, string | number | boolean | undefined>>;

export interface ApiRequest {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  readonly body?: unknown;
  readonly query?: ApiQuery;
  /** Aborting rejects the call with the signal's reason (an `AbortError`), never a DigiOneApiError. */
  readonly signal?: AbortSignal | undefined;
}

/** The app's own API, bound to its context: base URL, token and error handling in one place. */
export interface ApiClient {
  /** Calls `path` (starting with `/`) and answers its JSON, or undefined for an empty answer (204). */
  request<T>(path: string, request?: ApiRequest): Promise<T>;
  get<T>(path: string, options?: Omit<ApiRequest, 'method' | 'body'>): Promise<T>;
  post<T>(path: string, body?: unknown, options?: Omit<ApiRequest, 'method' | 'body'>): Promise<T>;
  put<T>(path: string, body?: unknown, options?: Omit<ApiRequest, 'method' | 'body'>): Promise<T>;
  delete<T = undefined>(path: string, options?: Omit<ApiRequest, 'method' | 'body'>): Promise<T>;
}

export interface ApiClientOptions {
  /** The API's base URL when the context gives none (`context.apiUrl`, the manifest's `api.url`). */
  readonly baseUrl?: string;
  /** The fetch to use (default: the page's). */
  readonly fetch?: typeof fetch;
}

const message = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

function kindOf(status: number): ApiErrorKind {
  if (status === 401) return 'session';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status >= 400 && status < 500) return 'invalid';
  return 'server';
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204 || response.headers.get('Content-Length') === '0') return undefined;
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new DigiOneApiError(
      'server',
      response.status,
      `The API's answer (HTTP ${response.status}) is not JSON.`,
    );
  }
}

/**
 * A client of the app's own API, bound to its context: URLs are relative to `context.apiUrl`, every
 * call carries `Authorization: Bearer <token>` from `context.getAccessToken()`, bodies go and come
 * as JSON. When the API answers 401, the client asks the portal for a fresh token once and retries
 * once; a second 401 is a `session` error. Every failure is a {@link DigiOneApiError} (D1-SDK-180…183).
 *
 *   const api = createApiClient(context);
 *   const week = await api.get<Week>('/week', { query: { week: '2026-W48' }, signal });
 */
export function createApiClient(context: ShellContext, options: ApiClientOptions = {}): ApiClient {
  const c = context as Partial<ShellContext> | null;
  if (typeof c !== 'object' || c === null || typeof c.getAccessToken !== 'function') {
    throw new DigiOneSdkError(
      'D1-SDK-184',
      `createApiClient: the first argument must be the app's ShellContext; got ${describe(context)}.`,
    );
  }
  if (options.baseUrl !== undefined && !URL.canParse(options.baseUrl)) {
    throw new DigiOneSdkError(
      'D1-SDK-184',
      `createApiClient: baseUrl must be an absolute URL; got ${describe(options.baseUrl)}.`,
    );
  }
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  function urlOf(path: string, query: ApiQuery | undefined): URL {
    if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//')) {
      throw new DigiOneSdkError(
        'D1-SDK-184',
        `The API path must start with a single "/" (it is relative to the app's API); got ${describe(path)}.`,
      );
    }
    const base = context.apiUrl ?? options.baseUrl;
    if (!base) {
      throw new DigiOneApiError(
        'config',
        0,
        `App "${context.appId}" has no API address (context.apiUrl): add "url" to the manifest's "api".`,
      );
    }
    const url = new URL(`${base.replace(/\/+$/, '')}${path}`);
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    return url;
  }

  async function token(fresh: boolean, signal: AbortSignal | undefined): Promise<string> {
    let bearer: string;
    try {
      bearer = await (fresh ? context.getAccessToken({ fresh: true }) : context.getAccessToken());
    } catch (error) {
      signal?.throwIfAborted();
      throw new DigiOneApiError('session', 0, `No access token: ${message(error)}`, undefined, {
        cause: error,
      });
    }
    signal?.throwIfAborted();
    return bearer;
  }

  async function send(url: URL, request: ApiRequest, bearer: string): Promise<Response> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      Authorization: `Bearer ${bearer}`,
    };
    if (request.body !== undefined) headers['Content-Type'] = 'application/json';
    try {
      return await doFetch(url, {
        method: request.method ?? 'GET',
        headers,
        credentials: 'omit',
        ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
        ...(request.signal ? { signal: request.signal } : {}),
      });
    } catch (error) {
      request.signal?.throwIfAborted();
      throw new DigiOneApiError(
        'network',
        0,
        `${request.method ?? 'GET'} ${url.pathname}: the API did not answer (${message(error)}).`,
        undefined,
        { cause: error },
      );
    }
  }

  async function request<T>(path: string, request: ApiRequest = {}): Promise<T> {
    const url = urlOf(path, request.query);
    const { signal } = request;
    signal?.throwIfAborted();
    let response = await send(url, request, await token(false, signal));
    if (response.status === 401) {
      // The token may have been revoked or renewed elsewhere: one fresh token, one more try.
      response = await send(url, request, await token(true, signal));
    }
    const body = await readJson(response);
    if (!response.ok) {
      const kind = kindOf(response.status);
      const what = `${request.method ?? 'GET'} ${url.pathname}: HTTP ${response.status}`;
      throw new DigiOneApiError(kind, response.status, `${what}.`, body);
    }
    return body as T;
  }

  return {
    request,
    get: (path, o) => request(path, { ...o, method: 'GET' }),
    post: (path, body, o) => request(path, { ...o, method: 'POST', body }),
    put: (path, body, o) => request(path, { ...o, method: 'PUT', body }),
    delete: (path, o) => request(path, { ...o, method: 'DELETE' }),
  };
}
