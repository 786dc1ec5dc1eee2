import { ErrorResponse } from 'oidc-client-ts';

/**
 * What went wrong with sign-in, in kinds the shell can explain to a person:
 * - `unreachable`: the identity provider did not answer (network, provider down, timeout);
 * - `cancelled`: the person cancelled at the provider;
 * - `provider`: the provider answered with an error (`code` is its OAuth error code);
 * - `callback`: the answer could not be used (expired or replayed sign-in, clock skew, bad token);
 * - `session`: there is no session to act for;
 * - `audience`: an app asked for a token for an API the portal does not know;
 * - `config`: the portal's runtime configuration cannot be used.
 */
export type AuthErrorKind =
  'unreachable' | 'cancelled' | 'provider' | 'callback' | 'session' | 'audience' | 'config';

export class AuthError extends Error {
  readonly kind: AuthErrorKind;
  /** The provider's OAuth error code, e.g. `invalid_grant`. */
  readonly code: string | undefined;
  /** Where the person was going when sign-in failed; "try again" goes there. */
  readonly returnTo: string;

  constructor(
    kind: AuthErrorKind,
    message: string,
    options: { readonly code?: string; readonly returnTo?: string; readonly cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AuthError';
    this.kind = kind;
    this.code = options.code;
    this.returnTo = options.returnTo ?? '/';
  }
}

/** Sorts any failure of sign-in into an `AuthError` a person can be told about. */
export function toAuthError(error: unknown, returnTo: string): AuthError {
  if (error instanceof AuthError) return error;
  if (error instanceof ErrorResponse) {
    const state = error.state as { returnTo?: unknown } | undefined;
    const target = typeof state?.returnTo === 'string' ? state.returnTo : returnTo;
    const code = error.error ?? undefined;
    const kind = code === 'access_denied' ? 'cancelled' : 'provider';
    return new AuthError(kind, error.error_description ?? error.message, {
      returnTo: target,
      cause: error,
      ...(code ? { code } : {}),
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  // fetch() rejects with a TypeError when nothing answers; oidc-client-ts reports its timeout.
  if (error instanceof TypeError || /network|failed to fetch|timed? ?out/i.test(message)) {
    return new AuthError('unreachable', message, { returnTo, cause: error });
  }
  return new AuthError('callback', message, { returnTo, cause: error });
}
