import type { ShellContext } from '@digione/sdk';
import type { FieldError, ValidationErrorResponse } from './types.js';

/**
 * Why a call to the Assessment API failed, in the terms the app explains to the person:
 * - `unauthorized`: the API refused the token (401), or the shell could not give one;
 * - `forbidden`: the person may not see or change this (403);
 * - `not-found`: the group is gone (404);
 * - `validation`: a save was refused field by field (400 with `errors`);
 * - `config`: the app has no API address (the manifest's `api.url` is missing);
 * - `unavailable`: the network failed, or the API answered with a server error.
 */
export type ApiFailureKind =
  'unauthorized' | 'forbidden' | 'not-found' | 'validation' | 'config' | 'unavailable';

export class ApiFailure extends Error {
  override readonly name = 'ApiFailure';
  constructor(
    readonly kind: ApiFailureKind,
    /** The HTTP status, or 0 when there was no answer. */
    readonly status: number,
    /** Field errors of a refused save (kind `validation`). */
    readonly fieldErrors: readonly FieldError[] = [],
  ) {
    super(`Assessment API: ${kind}${status ? ` (HTTP ${status})` : ''}`);
  }
}

function isValidationError(body: unknown): body is ValidationErrorResponse {
  return (
    typeof body === 'object' &&
    body !== null &&
    Array.isArray((body as Partial<ValidationErrorResponse>).errors)
  );
}

/** A small client of the app's own API: its base URL and token come from the shell's context. */
export class AssessmentApi {
  readonly #context: ShellContext;

  constructor(context: ShellContext) {
    this.#context = context;
  }

  get<T>(path: string, signal?: AbortSignal): Promise<T> {
    return this.#request<T>('GET', path, undefined, signal);
  }

  put<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
    return this.#request<T>('PUT', path, body, signal);
  }

  async #request<T>(
    method: 'GET' | 'PUT',
    path: string,
    body: unknown,
    signal: AbortSignal | undefined,
  ): Promise<T> {
    const base = this.#context.apiUrl;
    if (!base) throw new ApiFailure('config', 0);
    let token: string;
    try {
      token = await this.#context.getAccessToken();
    } catch {
      throw new ApiFailure('unauthorized', 0);
    }
    let response: Response;
    try {
      response = await fetch(`${base.replace(/\/+$/, '')}${path}`, {
        method,
        headers: {
          Accept: 'application/json',
          Authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ApiFailure('unavailable', 0);
    }
    if (response.ok) return (await response.json()) as T;
    const answer: unknown = await response.json().catch(() => undefined);
    switch (response.status) {
      case 400:
        if (isValidationError(answer)) {
          throw new ApiFailure('validation', 400, answer.errors);
        }
        throw new ApiFailure('unavailable', 400);
      case 401:
        throw new ApiFailure('unauthorized', 401);
      case 403:
        throw new ApiFailure('forbidden', 403);
      case 404:
        throw new ApiFailure('not-found', 404);
      default:
        throw new ApiFailure('unavailable', response.status);
    }
  }
}
