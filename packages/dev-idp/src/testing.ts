/**
 * `@digione/dev-idp/testing`: a minimal OpenID Connect client for tests against the local identity
 * provider — PKCE, the authorization URL, a cookie jar, signing in through the real login form
 * over HTTP, the token endpoint — and `accessTokenFor`, the real access token an app's API gets.
 * Node only; never part of an app's browser code.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { userByUsername } from './users.js';

export const CLIENT_ID = 'digione-portal';

export interface Pkce {
  readonly verifier: string;
  readonly challenge: string;
}

/** A fresh PKCE verifier and its S256 challenge. */
export function pkce(): Pkce {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export interface AuthorizationRequest {
  readonly redirectUri: string;
  readonly challenge?: string;
  readonly challengeMethod?: string;
  readonly scope?: string;
  readonly resources?: readonly string[];
  readonly uiLocales?: string;
  readonly prompt?: string;
  readonly state?: string;
  readonly clientId?: string;
}

/** The authorization endpoint URL of a code flow request. */
export function authorizationUrl(issuer: string, request: AuthorizationRequest): string {
  const url = new URL('/auth', issuer);
  const params = url.searchParams;
  params.set('client_id', request.clientId ?? CLIENT_ID);
  params.set('response_type', 'code');
  params.set('redirect_uri', request.redirectUri);
  params.set('scope', request.scope ?? 'openid profile');
  params.set('state', request.state ?? randomBytes(8).toString('hex'));
  params.set('nonce', randomBytes(8).toString('hex'));
  if (request.challenge) {
    params.set('code_challenge', request.challenge);
    params.set('code_challenge_method', request.challengeMethod ?? 'S256');
  }
  for (const resource of request.resources ?? []) params.append('resource', resource);
  if (request.uiLocales) params.set('ui_locales', request.uiLocales);
  if (request.prompt) params.set('prompt', request.prompt);
  return url.href;
}

/** Cookies by name, as a browser would keep them for one site (paths are not told apart). */
export class CookieJar {
  readonly #cookies = new Map<string, string>();

  store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = header.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((attribute) => {
        const [key = '', date = ''] = attribute.trim().split('=');
        return key.toLowerCase() === 'expires' && Date.parse(date) <= Date.now();
      });
      if (expired || !value) this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/** Fetches without following redirects, sending and keeping the jar's cookies. */
export async function fetchWithJar(
  jar: CookieJar,
  url: string,
  init: RequestInit = {},
): Promise<Response> {
  const headers = new Headers(init.headers);
  const cookie = jar.header();
  if (cookie) headers.set('cookie', cookie);
  const response = await fetch(url, { ...init, headers, redirect: 'manual' });
  jar.store(response);
  return response;
}

/** Follows redirects from `url` until one leaves the issuer; returns the last response and URL. */
export async function follow(
  jar: CookieJar,
  issuer: string,
  url: string,
  init: RequestInit = {},
): Promise<{ response: Response; url: string }> {
  let current = url;
  let response = await fetchWithJar(jar, current, init);
  for (let hops = 0; hops < 10; hops += 1) {
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) break;
    current = new URL(location, current).href;
    if (!current.startsWith(`${issuer}/`)) break;
    response = await fetchWithJar(jar, current);
  }
  return { response, url: current };
}

/** The redirect back to the client: its query parameters. */
export function callbackParams(response: Response): URLSearchParams {
  const location = response.headers.get('location');
  if (!location) throw new Error(`expected a redirect to the client, got ${response.status}`);
  return new URL(location).searchParams;
}

/**
 * Signs in over HTTP the way the login form does: opens the authorization URL, posts the form of
 * the door, and returns the parameters of the redirect back to the client (`code` or `error`).
 */
export async function signInOverHttp(
  jar: CookieJar,
  issuer: string,
  url: string,
  user: { readonly username: string; readonly door: string; readonly password?: string },
): Promise<URLSearchParams> {
  const page = await follow(jar, issuer, url);
  const interaction = /\/interaction\/[\w-]+/.exec(page.url)?.[0];
  if (!interaction) return callbackParams(page.response);
  const form = new URLSearchParams({
    door: user.door,
    lang: 'fi',
    username: user.username,
    password: user.password ?? 'digione',
  });
  const done = await follow(jar, issuer, `${issuer}${interaction}/login`, {
    method: 'POST',
    body: form,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  return callbackParams(done.response);
}

export interface TokenResponse {
  readonly access_token?: string;
  readonly id_token?: string;
  readonly refresh_token?: string;
  readonly token_type?: string;
  readonly expires_in?: number;
  readonly scope?: string;
  readonly error?: string;
  readonly error_description?: string;
}

/** Posts to the token endpoint as the public portal client. */
export async function tokenRequest(
  issuer: string,
  params: Record<string, string | readonly string[]>,
  origin?: string,
): Promise<{ status: number; body: TokenResponse; headers: Headers }> {
  const body = new URLSearchParams({ client_id: CLIENT_ID });
  for (const [name, value] of Object.entries(params)) {
    for (const each of typeof value === 'string' ? [value] : value) body.append(name, each);
  }
  const response = await fetch(`${issuer}/token`, {
    method: 'POST',
    body,
    headers: origin ? { origin } : {},
  });
  return {
    status: response.status,
    body: (await response.json()) as TokenResponse,
    headers: response.headers,
  };
}

/**
 * Signs `username` in over HTTP (the right door for the test user) and redeems the code without a
 * resource, as the portal does. Throws when any step fails.
 */
export async function signInAndRedeem(
  issuer: string,
  options: {
    readonly redirectUri: string;
    readonly username: string;
    readonly door: string;
    readonly resources?: readonly string[];
    readonly scope?: string;
    readonly jar?: CookieJar;
  },
): Promise<TokenResponse> {
  const jar = options.jar ?? new CookieJar();
  const { verifier, challenge } = pkce();
  const url = authorizationUrl(issuer, {
    redirectUri: options.redirectUri,
    challenge,
    resources: options.resources ?? [],
    ...(options.scope ? { scope: options.scope } : {}),
  });
  const callback = await signInOverHttp(jar, issuer, url, options);
  const code = callback.get('code');
  if (!code) throw new Error(`sign-in failed: ${callback.toString()}`);
  const { status, body } = await tokenRequest(issuer, {
    grant_type: 'authorization_code',
    code,
    code_verifier: verifier,
    redirect_uri: options.redirectUri,
  });
  if (status !== 200) throw new Error(`code redemption failed: ${JSON.stringify(body)}`);
  return body;
}

/** The claims of a JWT, unverified (the tests verify signatures separately). */
export function jwtClaims(jwt: string): Record<string, unknown> {
  const payload = jwt.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** A tiny web server standing in for the portal: its callback page says "signed in". */
export async function startClientServer(): Promise<{
  readonly origin: string;
  stop(): Promise<void>;
}> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      '<!DOCTYPE html><html lang="en"><head><title>Portal</title></head><body><main><h1>Portal</h1></main></body></html>',
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}

/**
 * Signs `username` in as the portal does (the test user's own door, password "digione"; the
 * resources announced at sign-in) and returns a function that gives an access token for one of
 * those resources, by the refresh-token grant with `resource` — what an app's API receives.
 */
export async function signInForTokens(
  issuer: string,
  options: {
    readonly username: string;
    readonly redirectUri: string;
    readonly resources: readonly string[];
  },
): Promise<(audience: string) => Promise<string>> {
  const user = userByUsername(options.username);
  if (!user) throw new Error(`No test user "${options.username}".`);
  const signIn = await signInAndRedeem(issuer, {
    redirectUri: options.redirectUri,
    username: user.username,
    door: user.door,
    resources: options.resources,
  });
  // Refresh tokens rotate: each grant answers with the one to use next.
  let refreshToken = signIn.refresh_token ?? '';
  return async (audience) => {
    const { body } = await tokenRequest(issuer, {
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      resource: audience,
    });
    if (!body.access_token) throw new Error(`No token for ${audience}: ${JSON.stringify(body)}`);
    refreshToken = body.refresh_token ?? refreshToken;
    return body.access_token;
  };
}

/** Signs `username` in and returns an access token for `audience` (announced at sign-in). */
export async function accessTokenFor(options: {
  readonly issuer: string;
  readonly redirectUri: string;
  readonly username: string;
  readonly audience: string;
  /** Other audiences to announce at sign-in. */
  readonly otherAudiences?: readonly string[];
}): Promise<string> {
  const tokenFor = await signInForTokens(options.issuer, {
    username: options.username,
    redirectUri: options.redirectUri,
    resources: [options.audience, ...(options.otherAudiences ?? [])],
  });
  return tokenFor(options.audience);
}
