/**
 * What the auth service's unit tests share: a scripted provider (discovery, token, revocation and
 * logout endpoints) and a harness that runs the service against it in Chromium, with the browser's
 * real Web Locks, BroadcastChannel and sessionStorage. The end-to-end specs
 * (test/e2e/sign-on*.spec.ts) run the same flows against the real local identity provider.
 */
import { firstValueFrom, filter } from 'rxjs';
import { parseRuntimeConfig } from '../config/check.js';
import { AuthService } from './auth-service.js';
import type { AuthEnvironment, AuthState } from './auth-state.js';

export const ISSUER = 'https://idp.test';
export const ORIGIN = 'https://portal.test';
export const TIMETABLE = 'urn:digione:api:timetable';
export const MESSAGES = 'urn:digione:api:messages';

function base64url(value: unknown): string {
  return btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

/**
 * The claims the local provider gives a teacher, Mikko Korhonen of Lumikorven koulu, signed in
 * through MPASSid at `now` (epoch seconds) for ten minutes.
 */
export function teacherClaims(
  issuer: string,
  audience: string,
  subject: string,
  now = Math.floor(Date.now() / 1000),
): Record<string, unknown> {
  return {
    iss: issuer,
    aud: audience,
    sub: subject,
    iat: now,
    exp: now + 600,
    auth_time: now,
    acr: 'mpassid',
    given_name: 'Mikko',
    family_name: 'Korhonen',
    digione_roles: ['teacher'],
    digione_schools: [
      { code: '09231', name: 'Lumikorven koulu', provider_id: '1', provider_name: 'Vantaa' },
    ],
  };
}

/**
 * An ID token as the provider would send it (the signature is not checked in the browser), with
 * `person` in place of the teacher's own claims when given.
 */
function idToken(nonce: string | undefined, person?: Record<string, unknown>): string {
  const { iss, aud, sub, iat, exp, auth_time, acr, ...teacher } = teacherClaims(
    ISSUER,
    'digione-portal',
    'teacher-1',
  );
  const claims = { iss, aud, sub, iat, exp, auth_time, acr, ...(person ?? teacher) };
  return [
    base64url({ alg: 'RS256', typ: 'JWT' }),
    base64url({ ...claims, nonce }),
    'signature',
  ].join('.');
}

export interface TokenRequest {
  readonly grant: string;
  readonly refreshToken: string | null;
  readonly resource: string | null;
}

/** Waits for `promise`, or rejects with the signal's reason when it is aborted, as fetch does. */
function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal | null | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const abort = (): void => {
      reject(signal.reason as Error);
    };
    if (signal.aborted) abort();
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject);
  });
}

/** A provider that answers as a real one would, and records what it was asked. */
export class ScriptedProvider {
  readonly tokenRequests: TokenRequest[] = [];
  /** Refresh tokens revoked at the revocation endpoint (RFC 7009), with their type hints. */
  readonly revocations: { readonly token: string; readonly hint: string | null }[] = [];
  reachable = true;
  /** The refresh token the provider accepts next; each use rotates it. */
  currentRefresh = 'refresh-0';
  #issued = 0;
  nonce: string | undefined;
  /** Makes every token answer wait this long (to let requests overlap). */
  delay = 0;
  /** Token requests never answer (until the client gives up on them). */
  hang = false;
  /** Token answers come with headers, but their body never ends. */
  hangBody = false;
  /** The revocation endpoint never answers. */
  revocationHangs = false;
  /** How many revocation requests have reached the provider (answered or not). */
  revocationsAsked = 0;
  /** The token endpoint refuses refresh requests with this OAuth error. */
  failWith: string | undefined;
  /** The person's claims in the ID token (names, roles…); the teacher's when unset. */
  person: Record<string, unknown> | undefined;
  #gate: Promise<void> | undefined;
  #arrivals: ((request: TokenRequest) => void)[] = [];

  /** Holds token answers back until the returned function lets them go. */
  hold(): () => void {
    let release = (): void => undefined;
    this.#gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    return () => {
      this.#gate = undefined;
      release();
    };
  }

  /** The next token request, when it reaches the provider. */
  arrived(): Promise<TokenRequest> {
    return new Promise((resolve) => this.#arrivals.push(resolve));
  }

  readonly fetch: typeof fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const signal = init?.signal;
    if (!this.reachable) throw new TypeError('Failed to fetch');
    if (url === `${ISSUER}/.well-known/openid-configuration`) {
      return Response.json({
        issuer: ISSUER,
        authorization_endpoint: `${ISSUER}/auth`,
        token_endpoint: `${ISSUER}/token`,
        revocation_endpoint: `${ISSUER}/token/revocation`,
        end_session_endpoint: `${ISSUER}/session/end`,
        jwks_uri: `${ISSUER}/jwks`,
      });
    }
    const body = new URLSearchParams(
      init?.body instanceof URLSearchParams
        ? init.body
        : typeof init?.body === 'string'
          ? init.body
          : '',
    );
    if (url === `${ISSUER}/token/revocation`) {
      this.revocationsAsked++;
      if (this.revocationHangs) await unlessAborted(new Promise(() => undefined), signal);
      const token = body.get('token') ?? '';
      this.revocations.push({ token, hint: body.get('token_type_hint') });
      if (token === this.currentRefresh) this.currentRefresh = 'revoked';
      return new Response('', { status: 200 });
    }
    if (url === `${ISSUER}/token`) {
      const request: TokenRequest = {
        grant: body.get('grant_type') ?? '',
        refreshToken: body.get('refresh_token'),
        resource: body.get('resource'),
      };
      this.tokenRequests.push(request);
      for (const arrived of this.#arrivals.splice(0)) arrived(request);
      if (this.delay) await new Promise((r) => setTimeout(r, this.delay));
      if (this.hang) await unlessAborted(new Promise(() => undefined), signal);
      if (this.#gate) await unlessAborted(this.#gate, signal);
      if (this.hangBody) {
        return new Response(new ReadableStream({ start: () => undefined }), {
          headers: { 'content-type': 'application/json' },
        });
      }
      if (request.grant === 'refresh_token' && this.failWith) {
        return Response.json({ error: this.failWith }, { status: 400 });
      }
      if (request.grant === 'refresh_token' && request.refreshToken !== this.currentRefresh) {
        return Response.json({ error: 'invalid_grant' }, { status: 400 });
      }
      this.#issued++;
      this.currentRefresh = `refresh-${this.#issued}`;
      return Response.json({
        access_token: request.resource
          ? `jwt-for-${request.resource}-${this.#issued}`
          : `opaque-${this.#issued}`,
        token_type: 'Bearer',
        expires_in: 300,
        refresh_token: this.currentRefresh,
        scope: 'openid profile',
        ...(request.grant === 'authorization_code'
          ? { id_token: idToken(this.nonce, this.person) }
          : {}),
      });
    }
    return new Response('not found', { status: 404 });
  };
}

export interface Harness {
  readonly service: AuthService;
  readonly provider: ScriptedProvider;
  readonly redirects: string[];
  url: string;
  readonly channel: BroadcastChannel;
  /** How many times the service forgot the person on this device (`onForget`). */
  readonly forgotten: { count: number };
}

export interface HarnessOptions {
  /** The configuration's `auth.userStore`. */
  readonly userStore?: 'memory' | 'session';
  /** The environment's time limit of each request to the provider. */
  readonly requestTimeoutMs?: number;
  /** The person's claims the provider signs in with (`signedIn`); the teacher's when unset. */
  readonly person?: Record<string, unknown>;
}

const browserFetch = window.fetch.bind(window);
let channelName = 0;
const services: AuthService[] = [];
const channels: BroadcastChannel[] = [];

export function harness(
  url = `${ORIGIN}/`,
  provider = new ScriptedProvider(),
  options: HarnessOptions = {},
): Harness {
  const name = `digione-auth-test-${++channelName}-${Math.random()}`;
  const channel = new BroadcastChannel(name);
  channels.push(channel);
  // oidc-client-ts fetches discovery and codes with the page's fetch: it meets the same provider.
  window.fetch = provider.fetch;
  const h = {
    provider,
    redirects: [] as string[],
    url,
    channel,
    forgotten: { count: 0 },
  } as Omit<Harness, 'service'> & { service?: AuthService };
  const env: AuthEnvironment = {
    origin: ORIGIN,
    currentUrl: () => h.url,
    replaceUrl: (path) => {
      h.url = ORIGIN + path;
    },
    redirect: (target) => {
      h.redirects.push(target);
    },
    fetch: provider.fetch,
    locks: navigator.locks,
    channel,
    sessionStorage,
    now: () => Date.now(),
    onForget: () => {
      h.forgotten.count++;
    },
    ...(options.requestTimeoutMs === undefined
      ? {}
      : { requestTimeoutMs: options.requestTimeoutMs }),
  };
  const config = parseRuntimeConfig({
    auth: {
      authority: ISSUER,
      clientId: 'digione-portal',
      resources: [TIMETABLE, MESSAGES],
      userStore: options.userStore ?? 'memory',
    },
  }).auth;
  h.service = new AuthService(config, env);
  services.push(h.service);
  return h as Harness;
}

export function until(service: AuthService, status: AuthState['status']): Promise<AuthState> {
  return firstValueFrom(service.state.pipe(filter((s) => s.status === status)));
}

/** Signs in: start, follow the redirect as the provider would, come back with a code. */
export async function signedIn(path = '/', options: HarnessOptions = {}): Promise<Harness> {
  const first = harness(`${ORIGIN}${path}`, new ScriptedProvider(), options);
  first.provider.person = options.person;
  await first.service.start();
  const authorize = new URL(first.redirects[0] ?? '');
  first.provider.nonce = authorize.searchParams.get('nonce') ?? undefined;
  const state = authorize.searchParams.get('state') ?? '';
  const back = harness(`${ORIGIN}/auth/callback?code=abc&state=${state}`, first.provider, options);
  await back.service.start();
  return back;
}

/** An app's token, as the shell's host asks for it for the app `appId`. */
export function appToken(service: AuthService, appId: string, audience: string): Promise<string> {
  return service.getAccessToken(appId, audience);
}

const realTimeout = AbortSignal.timeout.bind(AbortSignal);

/**
 * Holds the service's time limits (`AbortSignal.timeout`) until the test lets them pass, for the
 * tests of a provider that hangs. With real limits as short as those tests need, the requests that
 * are meant to get through (the sign-in, the request after the hang) would fail whenever a busy
 * machine kept them past the limit; held, a limit passes only at `passAll()`, called once the
 * hung request has reached the provider. Released after each test.
 */
export function holdTimeLimits(): { passAll(): void } {
  const held: AbortController[] = [];
  AbortSignal.timeout = () => {
    const controller = new AbortController();
    held.push(controller);
    return controller.signal;
  };
  return {
    passAll() {
      for (const controller of held.splice(0)) {
        controller.abort(new DOMException('signal timed out', 'TimeoutError'));
      }
    },
  };
}

/** What the tab keeps of a signed-in user in sessionStorage. */
export function keptUsers(): string[] {
  return Object.keys(sessionStorage).filter((k) => k.startsWith('digione.auth.'));
}

/** The failure a promise ends with. */
export async function failureOf(promise: Promise<unknown>): Promise<{ kind?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { kind?: string };
  }
  throw new Error('expected a failure');
}

/** Another tab of the same portal as `h`: its messages reach the service, and it hears them. */
export function otherTab(h: Pick<Harness, 'channel'>): BroadcastChannel {
  const other = new BroadcastChannel(h.channel.name);
  channels.push(other);
  return other;
}

/** Ends what a test started: services, tabs, storage, and the page's fetch and time limits. */
export function cleanUp(): void {
  for (const service of services.splice(0)) service.dispose();
  for (const channel of channels.splice(0)) channel.close();
  sessionStorage.clear();
  window.fetch = browserFetch;
  AbortSignal.timeout = realTimeout;
}
