/**
 * A tiny JSON API protected by access tokens for one audience: what an app's API does with the
 * tokens the portal hands out. `GET /me` answers with the verified token's subject, audience and
 * scopes; anything else about the token is refused with 401 and a `WWW-Authenticate` challenge
 * (RFC 6750). Cross-origin calls are allowed from the given browser origins only.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTokenVerifier, TokenVerificationError, type TokenErrorKind } from './verifier.js';

export interface ProtectedApiOptions {
  /** The identity provider's issuer identifier. */
  readonly issuer: string;
  /** The API's audience: tokens for any other audience are refused. */
  readonly audience: string;
  /** Browser origins allowed to call the API (the portal's). */
  readonly allowedOrigin: string | readonly string[];
  /** Port; default 0, a free port chosen by the system. */
  readonly port?: number;
  /** Interface to listen on; default `127.0.0.1`. */
  readonly host?: string;
}

/** A protected API that is listening. */
export interface RunningProtectedApi {
  /** Base URL, e.g. `http://127.0.0.1:40123`; the endpoint is `${url}/me`. */
  readonly url: string;
  stop(): Promise<void>;
}

/** What `GET /me` answers. */
export interface MeResponse {
  readonly sub: string;
  readonly aud: string;
  readonly scope: readonly string[];
  readonly client_id?: string;
}

const DESCRIPTIONS: Readonly<Record<TokenErrorKind, string>> = {
  missing: 'an access token is required',
  malformed: 'the access token is malformed',
  signature: 'the access token signature is invalid',
  expired: 'the access token expired',
  issuer: 'the access token comes from another issuer',
  audience: 'the access token is for another audience',
  claims: 'the access token claims are invalid',
  'jwks-unavailable': 'the keys of the issuer are not available',
};

/** Starts the API on 127.0.0.1 and resolves when it listens. */
export async function startProtectedApi(
  options: ProtectedApiOptions,
): Promise<RunningProtectedApi> {
  const verify = createTokenVerifier({ issuer: options.issuer, audience: options.audience });
  const origins = new Set(
    typeof options.allowedOrigin === 'string' ? [options.allowedOrigin] : options.allowedOrigin,
  );
  const realm = 'digione';

  function cors(req: IncomingMessage, res: ServerResponse): void {
    res.setHeader('Vary', 'Origin');
    const origin = req.headers.origin;
    if (origin && origins.has(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Expose-Headers', 'WWW-Authenticate');
    }
  }

  function json(
    res: ServerResponse,
    status: number,
    body: unknown,
    extra: Record<string, string> = {},
  ): void {
    res.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...extra,
    });
    res.end(JSON.stringify(body));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    cors(req, res);
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'OPTIONS') {
      const origin = req.headers.origin;
      if (!origin || !origins.has(origin)) {
        res.writeHead(403).end();
        return;
      }
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET',
        'Access-Control-Allow-Headers': 'Authorization',
        'Access-Control-Max-Age': '600',
      });
      res.end();
      return;
    }
    if (pathname !== '/me') {
      json(res, 404, { error: 'not_found' });
      return;
    }
    if (req.method !== 'GET') {
      json(res, 405, { error: 'method_not_allowed' }, { Allow: 'GET, OPTIONS' });
      return;
    }
    try {
      const token = await verify(req.headers.authorization);
      const body: MeResponse = {
        sub: token.sub,
        aud: token.aud,
        scope: token.scope,
        ...(token.clientId ? { client_id: token.clientId } : {}),
      };
      json(res, 200, body);
    } catch (error) {
      if (!(error instanceof TokenVerificationError)) throw error;
      if (error.kind === 'jwks-unavailable') {
        json(res, 503, {
          error: 'temporarily_unavailable',
          error_description: DESCRIPTIONS[error.kind],
        });
        return;
      }
      // RFC 6750: no error code when the request carried no token at all.
      const challenge =
        error.kind === 'missing'
          ? `Bearer realm="${realm}"`
          : `Bearer realm="${realm}", error="invalid_token", error_description="${DESCRIPTIONS[error.kind]}"`;
      json(
        res,
        401,
        {
          error: error.kind === 'missing' ? 'unauthorized' : 'invalid_token',
          error_description: DESCRIPTIONS[error.kind],
        },
        { 'WWW-Authenticate': challenge },
      );
    }
  }

  const host = options.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) json(res, 500, { error: 'server_error' });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}
