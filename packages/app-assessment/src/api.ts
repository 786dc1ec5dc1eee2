import { DigiOneApiError, createApiClient, type ApiClient, type ShellContext } from '@digione/sdk';
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

/** The SDK client's failure in the terms the views explain. */
function failureOf(error: unknown): ApiFailure {
  if (!(error instanceof DigiOneApiError)) return new ApiFailure('unavailable', 0);
  switch (error.kind) {
    case 'config':
      return new ApiFailure('config', 0);
    case 'session':
      return new ApiFailure('unauthorized', error.status);
    case 'forbidden':
      return new ApiFailure('forbidden', 403);
    case 'not-found':
      return new ApiFailure('not-found', 404);
    case 'invalid':
      return isValidationError(error.body)
        ? new ApiFailure('validation', error.status, error.body.errors)
        : new ApiFailure('unavailable', error.status);
    default:
      return new ApiFailure('unavailable', error.status);
  }
}

/**
 * The app's own API: the SDK's client bound to the shell's context (base URL, token, one retry with
 * a fresh token on 401), with failures sorted for the views.
 */
export class AssessmentApi {
  readonly #client: ApiClient;

  constructor(context: ShellContext) {
    this.#client = createApiClient(context);
  }

  get<T>(path: string, signal?: AbortSignal): Promise<T> {
    return this.#client.get<T>(path, { signal }).catch(rethrow);
  }

  put<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
    return this.#client.put<T>(path, body, { signal }).catch(rethrow);
  }
}

function rethrow(error: unknown): never {
  if (error instanceof DOMException && error.name === 'AbortError') throw error;
  throw failureOf(error);
}
