/**
 * Calls to the Messages API with the app's own access token, and what went wrong when a call
 * fails, sorted into what the app tells the person.
 */
import type { ShellContext } from '@digione/sdk';
import type { ApiErrorBody } from './api-types.js';

/**
 * The API's address when the shell gives none (`context.apiUrl`): the manifest's `api.url`. The
 * portal's development server and tests rewrite the manifest, and the shell passes the result.
 */
export const DEFAULT_API_URL = 'https://api.messages.example.fi';

/** Why a call failed, as the person is told. */
export type FailureKind =
  /** 401, or no token: the session is not valid for this service. */
  | 'session'
  /** 403: not allowed (a thread of someone else, a recipient one may not write to). */
  | 'forbidden'
  /** 404. */
  | 'not-found'
  /** 400: the request was refused as invalid. */
  | 'invalid'
  /** No answer: offline, blocked, the API down. */
  | 'network'
  /** 5xx or an answer that is not what the app expects. */
  | 'server';

export class ApiFailure extends Error {
  override readonly name = 'ApiFailure';
  constructor(
    readonly kind: FailureKind,
    /** The API's error code, e.g. `recipient_not_allowed`, when it gave one. */
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

function kindOf(status: number): FailureKind {
  if (status === 401) return 'session';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status >= 400 && status < 500) return 'invalid';
  return 'server';
}

/** The API's base URL: the shell's `apiUrl` (the manifest's `api.url`, as the portal serves it). */
function apiUrlOf(context: ShellContext): string {
  return (context.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, '');
}

export interface ApiCall {
  readonly method?: 'GET' | 'POST';
  readonly body?: unknown;
  readonly signal?: AbortSignal;
}

/** Calls `path` of the app's API and returns its JSON answer; throws an {@link ApiFailure}. */
export async function callApi<T>(
  context: ShellContext,
  path: string,
  call: ApiCall = {},
): Promise<T> {
  let token: string;
  try {
    token = await context.getAccessToken();
  } catch (error) {
    throw new ApiFailure('session', undefined, `no access token: ${String(error)}`);
  }
  const headers: Record<string, string> = {
    Authorization: `Bearer ${token}`,
    Accept: 'application/json',
  };
  if (call.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`${apiUrlOf(context)}${path}`, {
      method: call.method ?? 'GET',
      headers,
      ...(call.body !== undefined ? { body: JSON.stringify(call.body) } : {}),
      ...(call.signal ? { signal: call.signal } : {}),
      credentials: 'omit',
    });
  } catch (error) {
    if (call.signal?.aborted) throw error;
    throw new ApiFailure('network', undefined, `the Messages API did not answer: ${String(error)}`);
  }
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    data = undefined;
  }
  if (!response.ok) {
    const body = data as Partial<ApiErrorBody> | undefined;
    const code = typeof body?.error === 'string' ? body.error : undefined;
    throw new ApiFailure(
      kindOf(response.status),
      code,
      `${call.method ?? 'GET'} ${path}: ${response.status} ${code ?? ''}`.trim(),
    );
  }
  if (data === undefined) {
    throw new ApiFailure('server', undefined, `${path}: the answer was not JSON`);
  }
  return data as T;
}

/** The failure behind any error (an unexpected one counts as a server failure). */
export function failureOf(error: unknown): ApiFailure {
  return error instanceof ApiFailure
    ? error
    : new ApiFailure('server', undefined, error instanceof Error ? error.message : String(error));
}
