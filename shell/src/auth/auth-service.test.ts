import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { firstValueFrom, filter } from 'rxjs';
import { parseRuntimeConfig } from '../config/runtime-config.js';
import {
  AuthService,
  renewalRetryDelay,
  safeReturnPath,
  type AuthEnvironment,
  type AuthState,
} from './auth-service.js';
import { nextTask, waitFor } from '../../../test/support/unit-wait.js';

/*
 * The auth service against a scripted provider (discovery, token endpoint) in Chromium, with the
 * browser's real Web Locks, BroadcastChannel and sessionStorage. The end-to-end specs
 * (test/e2e/sign-on*.spec.ts) run the same flows against the real local identity provider.
 */

const ISSUER = 'https://idp.test';
const ORIGIN = 'https://portal.test';
const TIMETABLE = 'urn:digione:api:timetable';
const MESSAGES = 'urn:digione:api:messages';

function base64url(value: unknown): string {
  return btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

/** An ID token as the provider would send it (the signature is not checked in the browser). */
function idToken(nonce: string | undefined): string {
  const now = Math.floor(Date.now() / 1000);
  return [
    base64url({ alg: 'RS256', typ: 'JWT' }),
    base64url({
      iss: ISSUER,
      aud: 'digione-portal',
      sub: 'teacher-1',
      iat: now,
      exp: now + 600,
      auth_time: now,
      nonce,
      acr: 'mpassid',
      given_name: 'Mikko',
      family_name: 'Korhonen',
      digione_roles: ['teacher'],
      digione_schools: [
        { code: '09231', name: 'Lumikorven koulu', provider_id: '1', provider_name: 'Vantaa' },
      ],
    }),
    'signature',
  ].join('.');
}

interface TokenRequest {
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
class ScriptedProvider {
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
        ...(request.grant === 'authorization_code' ? { id_token: idToken(this.nonce) } : {}),
      });
    }
    return new Response('not found', { status: 404 });
  };
}

interface Harness {
  readonly service: AuthService;
  readonly provider: ScriptedProvider;
  readonly redirects: string[];
  url: string;
  readonly channel: BroadcastChannel;
  /** How many times the service forgot the person on this device (`onForget`). */
  readonly forgotten: { count: number };
}

interface HarnessOptions {
  /** The configuration's `auth.userStore`. */
  readonly userStore?: 'memory' | 'session';
  /** The environment's time limit of each request to the provider. */
  readonly requestTimeoutMs?: number;
}

const browserFetch = window.fetch.bind(window);
let channelName = 0;
const services: AuthService[] = [];
const channels: BroadcastChannel[] = [];

function harness(
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

function until(service: AuthService, status: AuthState['status']): Promise<AuthState> {
  return firstValueFrom(service.state.pipe(filter((s) => s.status === status)));
}

/** Signs in: start, follow the redirect as the provider would, come back with a code. */
async function signedIn(path = '/', options: HarnessOptions = {}): Promise<Harness> {
  const first = harness(`${ORIGIN}${path}`, new ScriptedProvider(), options);
  await first.service.start();
  const authorize = new URL(first.redirects[0] ?? '');
  first.provider.nonce = authorize.searchParams.get('nonce') ?? undefined;
  const state = authorize.searchParams.get('state') ?? '';
  const back = harness(`${ORIGIN}/auth/callback?code=abc&state=${state}`, first.provider, options);
  await back.service.start();
  return back;
}

/** An app's token, as the shell's host asks for it for the app `appId`. */
function appToken(service: AuthService, appId: string, audience: string): Promise<string> {
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
function holdTimeLimits(): { passAll(): void } {
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
function keptUsers(): string[] {
  return Object.keys(sessionStorage).filter((k) => k.startsWith('digione.auth.'));
}

/** The failure a promise ends with. */
async function failureOf(promise: Promise<unknown>): Promise<{ kind?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { kind?: string };
  }
  throw new Error('expected a failure');
}

describe('AuthService', () => {
  afterEach(() => {
    for (const service of services.splice(0)) service.dispose();
    for (const channel of channels.splice(0)) channel.close();
    sessionStorage.clear();
    window.fetch = browserFetch;
    AbortSignal.timeout = realTimeout;
  });

  it('sends a person without a session to the provider: code flow, PKCE S256, every API audience', async () => {
    const { service, redirects } = harness(`${ORIGIN}/viestit/7?kansio=uudet`);
    await service.start();
    expect(service.current.status).to.equal('redirecting');
    const url = new URL(redirects[0] ?? '');
    expect(url.origin + url.pathname).to.equal(`${ISSUER}/auth`);
    expect(url.searchParams.get('response_type')).to.equal('code');
    expect(url.searchParams.get('code_challenge_method')).to.equal('S256');
    expect(url.searchParams.get('code_challenge')).to.match(/^[\w-]{43}$/);
    expect(url.searchParams.getAll('resource')).to.deep.equal([TIMETABLE, MESSAGES]);
    expect(url.searchParams.get('redirect_uri')).to.equal(`${ORIGIN}/auth/callback`);
  });

  it('completes the callback: the person signed in, back on the page they opened', async () => {
    const back = await signedIn('/viestit/7?kansio=uudet');
    const state = back.service.current;
    expect(state.status).to.equal('signed-in');
    if (state.status !== 'signed-in') return;
    expect(state.user.givenName).to.equal('Mikko');
    expect(state.user.schools[0]?.name).to.equal('Lumikorven koulu');
    expect(state.door).to.equal('mpassid');
    expect(back.url).to.equal(`${ORIGIN}/viestit/7?kansio=uudet`);
    expect(back.provider.tokenRequests.map((r) => r.grant)).to.deep.equal(['authorization_code']);
  });

  it('keeps the user in memory only by default', async () => {
    await signedIn();
    const kept = Object.keys(sessionStorage).filter((k) => k.startsWith('digione.auth.'));
    expect(kept).to.deep.equal([]);
  });

  it('gets each app a token for its own audience, spending each rotated refresh token once', async () => {
    const { service, provider } = await signedIn();
    const timetable = await appToken(service, 'timetable', TIMETABLE);
    const messages = await appToken(service, 'messages', MESSAGES);
    expect(timetable).to.match(new RegExp(`^jwt-for-${TIMETABLE}`));
    expect(messages).to.match(new RegExp(`^jwt-for-${MESSAGES}`));
    const refreshes = provider.tokenRequests.filter((r) => r.grant === 'refresh_token');
    expect(refreshes.map((r) => [r.resource, r.refreshToken])).to.deep.equal([
      [TIMETABLE, 'refresh-1'],
      [MESSAGES, 'refresh-2'],
    ]);
    // Asked again: the cached token, no new request.
    expect(await appToken(service, 'timetable', TIMETABLE)).to.equal(timetable);
    expect(provider.tokenRequests.filter((r) => r.grant === 'refresh_token')).to.have.length(2);
  });

  it('serialises overlapping token requests so no refresh token is used twice', async () => {
    const { service, provider } = await signedIn();
    provider.delay = 30;
    const tokens = await Promise.all([
      appToken(service, 'timetable', TIMETABLE),
      appToken(service, 'messages', MESSAGES),
      appToken(service, 'timetable', TIMETABLE),
      service.renew(),
    ]);
    expect(tokens[0]).to.equal(tokens[2]);
    const spent = provider.tokenRequests
      .filter((r) => r.grant === 'refresh_token')
      .map((r) => r.refreshToken);
    expect(spent).to.have.length(3);
    expect(new Set(spent).size).to.equal(spent.length);
    expect(service.current.status).to.equal('signed-in');
  });

  it('refuses a token for an audience the portal does not know, without asking the provider', async () => {
    const { service, provider } = await signedIn();
    const before = provider.tokenRequests.length;
    const error = await appToken(service, 'other', 'urn:digione:api:other').catch(
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(Error);
    expect((error as { kind: string }).kind).to.equal('audience');
    expect(provider.tokenRequests).to.have.length(before);
  });

  it('says the session ended when the provider refuses the refresh token', async () => {
    const { service, provider } = await signedIn();
    provider.currentRefresh = 'revoked-elsewhere';
    await appToken(service, 'timetable', TIMETABLE).catch(() => undefined);
    expect(service.current).to.deep.equal({ status: 'signed-out', reason: 'session-ended' });
  });

  it('explains an unreachable provider, and signs in when it answers again', async () => {
    const h = harness();
    h.provider.reachable = false;
    await h.service.start();
    const state = h.service.current;
    expect(state.status).to.equal('error');
    if (state.status !== 'error') return;
    expect(state.error.kind).to.equal('unreachable');
    h.provider.reachable = true;
    await h.service.retry(state.error);
    expect(h.redirects).to.have.length(1);
  });

  it('tells a cancelled sign-in apart, and remembers where the person was going', async () => {
    const first = harness(`${ORIGIN}/arviointi`);
    await first.service.start();
    const state = new URL(first.redirects[0] ?? '').searchParams.get('state') ?? '';
    const back = harness(
      `${ORIGIN}/auth/callback?error=access_denied&error_description=cancelled&state=${state}`,
      first.provider,
    );
    await back.service.start();
    const result = back.service.current;
    expect(result.status).to.equal('error');
    if (result.status !== 'error') return;
    expect(result.error.kind).to.equal('cancelled');
    expect(result.error.returnTo).to.equal('/arviointi');
  });

  it('signs out when another tab does', async () => {
    const back = await signedIn();
    const other = new BroadcastChannel(back.channel.name);
    channels.push(other);
    const signedOut = until(back.service, 'signed-out');
    other.postMessage({ type: 'signed-out' });
    expect(await signedOut).to.deep.equal({ status: 'signed-out', reason: 'other-tab' });
  });

  it('tells other tabs when it signs in and out', async () => {
    const first = harness();
    await first.service.start();
    const state = new URL(first.redirects[0] ?? '').searchParams.get('state') ?? '';
    first.provider.nonce = new URL(first.redirects[0] ?? '').searchParams.get('nonce') ?? undefined;
    const back = harness(`${ORIGIN}/auth/callback?code=abc&state=${state}`, first.provider);
    const listener = new BroadcastChannel(back.channel.name);
    channels.push(listener);
    const heard: unknown[] = [];
    listener.onmessage = (event) => heard.push(event.data);
    await back.service.start();
    await back.service.signOut();
    await waitFor(() => heard.length >= 2, 'both messages in the other tab');
    expect(heard).to.deep.equal([{ type: 'signed-in' }, { type: 'signed-out' }]);
    expect(back.redirects.at(-1)).to.match(new RegExp(`^${ISSUER}/session/end\\?`));
  });

  describe('when the person signs out while a request is in flight', () => {
    it('drops a renewal that answers after sign-out, and keeps nothing in the tab', async () => {
      const { service, provider } = await signedIn('/', { userStore: 'session' });
      const release = provider.hold();
      const arrived = provider.arrived();
      const renewing = service.renew();
      await arrived;
      await service.signOut();
      release();
      await renewing;
      expect(service.current.status).to.equal('redirecting');
      expect(keptUsers()).to.deep.equal([]);
    });

    it('drops a renewal that answers after another tab signed out', async () => {
      const { service, provider, channel } = await signedIn('/', { userStore: 'session' });
      const other = new BroadcastChannel(channel.name);
      channels.push(other);
      const release = provider.hold();
      const arrived = provider.arrived();
      const renewing = service.renew();
      await arrived;
      const signedOut = until(service, 'signed-out');
      other.postMessage({ type: 'signed-out' });
      await signedOut;
      release();
      await renewing;
      expect(service.current).to.deep.equal({ status: 'signed-out', reason: 'other-tab' });
      expect(keptUsers()).to.deep.equal([]);
    });

    it('rejects an app token asked before sign-out with a session error, and keeps nothing', async () => {
      const { service, provider } = await signedIn('/', { userStore: 'session' });
      const release = provider.hold();
      const arrived = provider.arrived();
      const asked = appToken(service, 'timetable', TIMETABLE);
      await arrived;
      await service.signOut();
      release();
      expect((await failureOf(asked)).kind).to.equal('session');
      expect(keptUsers()).to.deep.equal([]);
    });

    it('rejects an app token still waiting for its turn when another tab signs out', async () => {
      const { service, provider, channel } = await signedIn();
      const other = new BroadcastChannel(channel.name);
      channels.push(other);
      const release = provider.hold();
      const arrived = provider.arrived();
      const first = appToken(service, 'timetable', TIMETABLE);
      const second = appToken(service, 'messages', MESSAGES);
      await arrived;
      other.postMessage({ type: 'signed-out' });
      const failures = await Promise.all([failureOf(first), failureOf(second)]);
      release();
      expect(failures.map((f) => f.kind)).to.deep.equal(['session', 'session']);
      // The second was never sent: sign-out came first.
      expect(provider.tokenRequests.filter((r) => r.resource === MESSAGES)).to.deep.equal([]);
    });

    it('the signed-out page removes a user kept in the tab', async () => {
      const { provider } = await signedIn('/', { userStore: 'session' });
      expect(keptUsers()).to.include.members(['digione.auth.family']);
      expect(keptUsers().filter((k) => k.startsWith('digione.auth.user:'))).to.have.length(1);
      const after = harness(`${ORIGIN}/signed-out`, provider, { userStore: 'session' });
      await after.service.start();
      expect(after.service.current).to.deep.equal({ status: 'signed-out', reason: 'signed-out' });
      expect(keptUsers()).to.deep.equal([]);
      expect(after.forgotten.count).to.equal(1);
    });

    it('forgets the person on the device at sign-out, at another tab’s, and when the session ends', async () => {
      const own = await signedIn();
      await own.service.signOut();
      expect(own.forgotten.count).to.equal(1);

      const elsewhere = await signedIn();
      const other = new BroadcastChannel(elsewhere.channel.name);
      channels.push(other);
      const signedOut = until(elsewhere.service, 'signed-out');
      other.postMessage({ type: 'signed-out' });
      await signedOut;
      expect(elsewhere.forgotten.count).to.equal(1);

      const ended = await signedIn();
      ended.provider.currentRefresh = 'revoked-elsewhere';
      await failureOf(appToken(ended.service, 'timetable', TIMETABLE));
      expect(ended.service.current).to.deep.equal({
        status: 'signed-out',
        reason: 'session-ended',
      });
      expect(ended.forgotten.count).to.equal(1);
    });

    it('a tab on the error page forgets the person when another tab signs out', async () => {
      const { service, provider, channel } = await signedIn('/', { userStore: 'session' });
      provider.failWith = 'temporarily_unavailable';
      await service.renew();
      expect(service.current.status).to.equal('error');
      const other = new BroadcastChannel(channel.name);
      channels.push(other);
      const signedOut = until(service, 'signed-out');
      other.postMessage({ type: 'signed-out' });
      expect(await signedOut).to.deep.equal({ status: 'signed-out', reason: 'other-tab' });
      expect(keptUsers()).to.deep.equal([]);
      expect((await failureOf(appToken(service, 'timetable', TIMETABLE))).kind).to.equal('session');
    });
  });

  describe('when the provider hangs', () => {
    it('a token request fails as unreachable within the limit, and the next one gets through', async () => {
      const limits = holdTimeLimits();
      const { service, provider } = await signedIn('/', { requestTimeoutMs: 200 });
      provider.hang = true;
      const arrived = provider.arrived();
      const failing = failureOf(appToken(service, 'timetable', TIMETABLE));
      await arrived;
      limits.passAll();
      expect((await failing).kind).to.equal('unreachable');
      provider.hang = false;
      expect(await appToken(service, 'timetable', TIMETABLE)).to.match(/^jwt-for-/);
    });

    it('a token answer whose body never ends fails as unreachable within the limit', async () => {
      const limits = holdTimeLimits();
      const { service, provider } = await signedIn('/', { requestTimeoutMs: 200 });
      provider.hangBody = true;
      const arrived = provider.arrived();
      const failing = failureOf(appToken(service, 'timetable', TIMETABLE));
      await arrived;
      // The answer's headers reach the service in promises: a task later, it is reading the body.
      await nextTask();
      limits.passAll();
      expect((await failing).kind).to.equal('unreachable');
      provider.hangBody = false;
      expect(await appToken(service, 'messages', MESSAGES)).to.match(/^jwt-for-/);
    });

    it('a renewal gives up within the limit and the token still in hand keeps working', async () => {
      const limits = holdTimeLimits();
      const { service, provider } = await signedIn('/', { requestTimeoutMs: 200 });
      provider.hang = true;
      const arrived = provider.arrived();
      const renewing = service.renew();
      await arrived;
      limits.passAll();
      await renewing;
      expect(service.current.status).to.equal('signed-in');
      provider.hang = false;
      await service.renew();
      expect(service.current.status).to.equal('signed-in');
      expect(provider.tokenRequests.filter((r) => r.grant === 'refresh_token')).to.have.length(2);
    });

    it('a request hung in one tab does not hold up renewal in another', async () => {
      const stuck = await signedIn('/', { requestTimeoutMs: 60_000 });
      stuck.provider.hang = true;
      const arrived = stuck.provider.arrived();
      const hung = appToken(stuck.service, 'timetable', TIMETABLE).catch(() => undefined);
      await arrived;
      const other = await signedIn();
      await other.service.renew();
      expect(other.service.current.status).to.equal('signed-in');
      expect(other.provider.tokenRequests.map((r) => r.grant)).to.deep.equal([
        'authorization_code',
        'refresh_token',
      ]);
      stuck.service.dispose();
      await hung;
    });
  });

  it('backs off renewal while the provider is unreachable: exponential, full jitter, capped', () => {
    const most = (attempt: number): number => renewalRetryDelay(attempt, () => 0.999_999);
    expect([0, 1, 2, 3, 4, 5].map(most)).to.deep.equal([
      1_999, 3_999, 7_999, 15_999, 31_999, 59_999,
    ]);
    expect(most(20)).to.equal(59_999);
    expect(renewalRetryDelay(3, () => 0)).to.equal(0);
    expect(renewalRetryDelay(3, () => 0.5)).to.equal(8_000);
  });

  it('a duplicated tab signs in for a refresh-token family of its own', async () => {
    // Both tabs of this page share sessionStorage, as a duplicated tab starts with a copy of it.
    const original = await signedIn('/', { userStore: 'session' });
    const spent = original.provider.tokenRequests.length;
    const duplicate = harness(`${ORIGIN}/viestit`, original.provider, { userStore: 'session' });
    await duplicate.service.start();
    expect(duplicate.service.current.status).to.equal('redirecting');
    expect(new URL(duplicate.redirects[0] ?? '').pathname).to.equal('/auth');
    expect(original.provider.tokenRequests).to.have.length(spent);
    expect(original.service.current.status).to.equal('signed-in');
  });

  it('a reloaded tab keeps its own refresh-token family', async () => {
    const before = await signedIn('/', { userStore: 'session' });
    before.service.dispose();
    // The page that went away has let go of its family (the lock is free again).
    const family = sessionStorage.getItem('digione.auth.family') ?? '';
    await navigator.locks.request(`digione.auth.family.${family}`, () => undefined);
    const reloaded = harness(`${ORIGIN}/viestit`, before.provider, { userStore: 'session' });
    await reloaded.service.start();
    expect(reloaded.service.current.status).to.equal('signed-in');
    expect(reloaded.redirects).to.deep.equal([]);
  });

  it('keeps apps of the same audience apart: each app gets its own token', async () => {
    const { service, provider } = await signedIn();
    const timetable = await appToken(service, 'timetable', TIMETABLE);
    const widget = await appToken(service, 'timetable-widget', TIMETABLE);
    expect(widget).not.to.equal(timetable);
    expect(provider.tokenRequests.filter((r) => r.resource === TIMETABLE)).to.have.length(2);
    expect(await appToken(service, 'timetable', TIMETABLE)).to.equal(timetable);
    expect(await appToken(service, 'timetable-widget', TIMETABLE)).to.equal(widget);
  });

  describe('signing out', () => {
    it('revokes the refresh token and sends no ID token in the logout URL', async () => {
      const { service, provider, redirects } = await signedIn();
      const refresh = provider.currentRefresh;
      await service.signOut();
      expect(provider.revocations).to.deep.equal([{ token: refresh, hint: 'refresh_token' }]);
      const logout = new URL(redirects.at(-1) ?? '');
      expect(logout.origin + logout.pathname).to.equal(`${ISSUER}/session/end`);
      expect(logout.searchParams.has('id_token_hint')).to.equal(false);
      expect(logout.searchParams.get('client_id')).to.equal('digione-portal');
      expect(logout.searchParams.get('post_logout_redirect_uri')).to.equal(`${ORIGIN}/signed-out`);
    });

    it('revokes the newest refresh token after app tokens rotated it', async () => {
      const { service, provider } = await signedIn();
      await appToken(service, 'timetable', TIMETABLE);
      const refresh = provider.currentRefresh;
      await service.signOut();
      expect(provider.revocations.map((r) => r.token)).to.deep.equal([refresh]);
    });

    it('still leaves for the provider when the revocation does not answer in time', async () => {
      const limits = holdTimeLimits();
      const { service, provider, redirects } = await signedIn('/', { requestTimeoutMs: 200 });
      provider.revocationHangs = true;
      const leaving = service.signOut();
      await waitFor(() => provider.revocationsAsked === 1, 'the revocation asked');
      limits.passAll();
      await leaving;
      expect(redirects.at(-1)).to.match(new RegExp(`^${ISSUER}/session/end\\?`));
    });
  });

  describe('the path followed after sign-in', () => {
    const PORTAL = new URL(ORIGIN);

    it('keeps paths on the portal, with their query and hash', () => {
      expect(safeReturnPath('/viestit?x=1#y')).to.equal('/viestit?x=1#y');
      expect(safeReturnPath('/')).to.equal('/');
      expect(safeReturnPath('/%5Cevil')).to.equal('/%5Cevil');
      expect(safeReturnPath('/viestit/../arviointi')).to.equal('/arviointi');
    });

    for (const [name, value] of [
      ['another origin', 'https://evil.example/'],
      ['a scheme-relative URL', '//evil.example/'],
      ['a backslash after the slash', '/\\evil.example'],
      ['two backslashes', '\\\\evil.example'],
      ['a tab between the slashes', '/\t/evil.example'],
      ['a newline between the slashes', '/\n/evil.example'],
      ['leading spaces', '  //evil.example'],
      ['a javascript: URL', 'javascript:alert(1)'],
      ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
      ['credentials and a host', '//user@evil.example'],
      ['a dot segment before two slashes', '/.//evil.example'],
      ['a parent segment before two slashes', '..//evil.example'],
    ] as const) {
      it(`sends ${name} to the front page`, () => {
        expect(safeReturnPath(value)).to.equal('/');
      });
    }

    it('never leaves the portal, whatever the value (property)', () => {
      const pieces = fc.constantFrom(
        '/',
        '\\',
        '//',
        '\t',
        '\n',
        ' ',
        '%5C',
        '%2F',
        'evil.example',
        '@',
        ':',
        'javascript:',
        'https:',
        '?',
        '#',
        '..',
        'viestit',
      );
      const values = fc.oneof(
        fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join('')),
        fc.string(),
      );
      fc.assert(
        fc.property(values, (value) => {
          const path = safeReturnPath(value);
          const resolved = new URL(path, PORTAL);
          return (
            resolved.origin === PORTAL.origin &&
            path.startsWith('/') &&
            resolved.pathname + resolved.search + resolved.hash === path
          );
        }),
        { numRuns: 500 },
      );
    });
  });
});
