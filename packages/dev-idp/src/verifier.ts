/**
 * Access-token checks for an API: the token is a JWT signed with a key of the provider's JWKS,
 * issued by the provider, for this API's audience only, and not expired. Every failure has a kind,
 * so an API can answer with the right `WWW-Authenticate` error.
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';

/** Why a token was refused. */
export type TokenErrorKind =
  /** No `Authorization: Bearer` header. */
  | 'missing'
  /** Not a JWT, or not an access token (`typ` other than `at+jwt`). */
  | 'malformed'
  /** The signature does not verify with any key of the provider's JWKS. */
  | 'signature'
  | 'expired'
  | 'issuer'
  /** Issued for another API (or for several). */
  | 'audience'
  /** Another claim is missing or wrong (`sub`, `iat`, `nbf`). */
  | 'claims'
  /** The provider's JWKS could not be fetched. */
  | 'jwks-unavailable';

/** A refused token, with the reason. */
export class TokenVerificationError extends Error {
  override readonly name = 'TokenVerificationError';
  constructor(
    readonly kind: TokenErrorKind,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** What a verified access token says. */
export interface VerifiedToken {
  /** The person (the `sub` claim). */
  readonly sub: string;
  /** The one audience the token was issued for. */
  readonly aud: string;
  /** Granted scopes (empty when none were requested for this API). */
  readonly scope: readonly string[];
  /** The client that obtained the token. */
  readonly clientId?: string;
  /** Expiry, seconds since the epoch. */
  readonly exp: number;
  /** Every claim of the token. */
  readonly payload: JWTPayload;
}

export interface TokenVerifierOptions {
  /** The provider's issuer identifier. */
  readonly issuer: string;
  /** The API's own audience; tokens for any other audience are refused. */
  readonly audience: string;
  /** Where the provider publishes its keys; default `<issuer>/jwks`. */
  readonly jwksUri?: string;
  /** Seconds of clock skew tolerated; default 0. */
  readonly clockTolerance?: number;
}

/** Checks the `Authorization` header of a request; resolves with the token or throws. */
export type TokenVerifier = (authorizationHeader: string | undefined) => Promise<VerifiedToken>;

function classify(error: unknown): TokenVerificationError {
  if (error instanceof TokenVerificationError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const options = { cause: error };
  if (error instanceof errors.JWTExpired)
    return new TokenVerificationError('expired', message, options);
  if (error instanceof errors.JWTClaimValidationFailed) {
    const kind =
      error.claim === 'iss'
        ? 'issuer'
        : error.claim === 'aud'
          ? 'audience'
          : error.claim === 'typ'
            ? 'malformed'
            : 'claims';
    return new TokenVerificationError(kind, message, options);
  }
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JWKSMultipleMatchingKeys
  ) {
    return new TokenVerificationError('signature', message, options);
  }
  if (
    error instanceof errors.JWKSTimeout ||
    error instanceof errors.JWKSInvalid ||
    (!(error instanceof errors.JOSEError) && error instanceof TypeError)
  ) {
    return new TokenVerificationError('jwks-unavailable', message, options);
  }
  return new TokenVerificationError('malformed', message, options);
}

/**
 * A verifier of bearer access tokens for one API audience.
 *
 * @example
 * const verify = createTokenVerifier({ issuer, audience: 'urn:digione:api:timetable' });
 * const token = await verify(request.headers.authorization); // throws TokenVerificationError
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const jwks = createRemoteJWKSet(new URL(options.jwksUri ?? `${options.issuer}/jwks`));
  return async (authorizationHeader) => {
    const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(authorizationHeader ?? '');
    if (!match?.[1]) {
      throw new TokenVerificationError('missing', 'no bearer access token');
    }
    try {
      const { payload } = await jwtVerify(match[1], jwks, {
        issuer: options.issuer,
        audience: options.audience,
        typ: 'at+jwt',
        algorithms: ['RS256', 'ES256', 'PS256'],
        requiredClaims: ['sub', 'exp', 'iat'],
        clockTolerance: options.clockTolerance ?? 0,
      });
      // A token for several audiences could be replayed at another API: one audience only.
      const aud = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
      if (aud.length !== 1 || aud[0] !== options.audience) {
        throw new TokenVerificationError('audience', 'the token is not for this audience only');
      }
      if (typeof payload.sub !== 'string' || typeof payload.exp !== 'number') {
        throw new TokenVerificationError('claims', 'sub or exp missing');
      }
      const clientId = payload.client_id;
      return {
        sub: payload.sub,
        aud: options.audience,
        scope: typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : [],
        ...(typeof clientId === 'string' ? { clientId } : {}),
        exp: payload.exp,
        payload,
      };
    } catch (error) {
      throw classify(error);
    }
  };
}
