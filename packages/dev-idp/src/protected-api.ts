/**
 * A small JSON API protected by access tokens for one audience: what an app's API does with the
 * tokens the portal hands out. `GET /me` answers with the verified token's subject, audience and
 * scopes; an app's API adds its own routes. A request without a valid token for the audience is
 * refused with 401 and a `WWW-Authenticate` challenge (RFC 6750) before any route runs.
 * Cross-origin calls are allowed from the given browser origins only.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createTokenVerifier,
  TokenVerificationError,
  type TokenErrorKind,
  type VerifiedToken,
} from './verifier.js';

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
  /** The API's own routes, beside `GET /me`. */
  readonly routes?: readonly ApiRoute[];
}

export type ApiMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a route's handler receives: the request, already authenticated. */
export interface ApiRequest {
  /** The verified access token (its `sub` is the person). */
  readonly token: VerifiedToken;
  /** The path's named segments: `/threads/:id` gives `{ id }` (decoded). */
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /** The parsed JSON body (POST, PUT, PATCH), or undefined. */
  readonly body: unknown;
}

/** A route's answer: a status (default 200) and a JSON body (none for 204). */
export interface ApiResponse {
  readonly status?: number;
  readonly body?: unknown;
}

export interface ApiRoute {
  readonly method: ApiMethod;
  /** A path with named segments, e.g. `/threads/:id/replies`. */
  readonly path: string;
  handle(request: ApiRequest): ApiResponse | Promise<ApiResponse>;
}

/** An answer that ends a request with a client error, e.g. `throw new ApiError(403, 'forbidden', '…')`. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    description: string,
  ) {
    super(description);
  }
}

/** The largest JSON body an API accepts. */
const MAX_BODY_BYTES = 64 * 1024;

interface CompiledRoute {
  readonly route: ApiRoute;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

function compile(route: ApiRoute): CompiledRoute {
  const names: string[] = [];
  const source = route.path
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(segment.slice(1));
      return '([^/]+)';
    })
    .join('/');
  return { route, pattern: new RegExp(`^${source}$`), names };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES)
      throw new ApiError(413, 'payload_too_large', 'the body is too large');
    chunks.push(chunk);
  }
  if (size === 0) return undefined;
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
    throw new ApiError(415, 'unsupported_media_type', 'the body must be application/json');
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new ApiError(400, 'invalid_request', 'the body is not valid JSON');
  }
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
  const meRoute: ApiRoute = {
    method: 'GET',
    path: '/me',
    handle: ({ token }) => {
      const body: MeResponse = {
        sub: token.sub,
        aud: token.aud,
        scope: token.scope,
        ...(token.clientId ? { client_id: token.clientId } : {}),
      };
      return { body };
    },
  };
  const routes = [meRoute, ...(options.routes ?? [])].map(compile);
  const methods = [...new Set(routes.map(({ route }) => route.method))].join(', ');

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
        'Access-Control-Allow-Methods': methods,
        'Access-Control-Allow-Headers': 'Authorization, Content-Type',
        'Access-Control-Max-Age': '600',
      });
      res.end();
      return;
    }
    const matches = routes
      .map((compiled) => ({ compiled, match: compiled.pattern.exec(pathname) }))
      .filter((candidate) => candidate.match !== null);
    if (matches.length === 0) {
      json(res, 404, { error: 'not_found' });
      return;
    }
    const found = matches.find(({ compiled }) => compiled.route.method === req.method);
    if (!found?.match) {
      const allowed = [...new Set(matches.map(({ compiled }) => compiled.route.method))];
      json(
        res,
        405,
        { error: 'method_not_allowed' },
        { Allow: [...allowed, 'OPTIONS'].join(', ') },
      );
      return;
    }
    try {
      const token = await verify(req.headers.authorization);
      const params: Record<string, string> = {};
      found.compiled.names.forEach((name, index) => {
        try {
          params[name] = decodeURIComponent(found.match?.[index + 1] ?? '');
        } catch {
          throw new ApiError(400, 'invalid_request', `the path segment "${name}" is not valid`);
        }
      });
      const body =
        req.method === 'GET' || req.method === 'DELETE' ? undefined : await readJson(req);
      const answer = await found.compiled.route.handle({
        token,
        params,
        query: new URL(req.url ?? '/', 'http://localhost').searchParams,
        body,
      });
      const status = answer.status ?? 200;
      if (status === 204) {
        res.writeHead(204, { 'Cache-Control': 'no-store' }).end();
        return;
      }
      json(res, status, answer.body ?? null);
    } catch (error) {
      if (error instanceof ApiError) {
        json(res, error.status, { error: error.code, error_description: error.message });
        return;
      }
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
