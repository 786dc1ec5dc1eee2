import { expect } from '@open-wc/testing';
import { firstValueFrom, filter } from 'rxjs';
import { parseRuntimeConfig } from '../config/runtime-config.js';
import {
  AuthService,
  safeReturnPath,
  type AuthEnvironment,
  type AuthState,
} from './auth-service.js';

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

/** A provider that answers as a real one would, and records what it was asked. */
class ScriptedProvider {
  readonly tokenRequests: TokenRequest[] = [];
  reachable = true;
  /** The refresh token the provider accepts next; each use rotates it. */
  currentRefresh = 'refresh-0';
  #issued = 0;
  nonce: string | undefined;
  /** Makes every token answer wait this long (to let requests overlap). */
  delay = 0;

  readonly fetch: typeof fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!this.reachable) throw new TypeError('Failed to fetch');
    if (url === `${ISSUER}/.well-known/openid-configuration`) {
      return Response.json({
        issuer: ISSUER,
        authorization_endpoint: `${ISSUER}/auth`,
        token_endpoint: `${ISSUER}/token`,
        end_session_endpoint: `${ISSUER}/session/end`,
        jwks_uri: `${ISSUER}/jwks`,
      });
    }
    if (url === `${ISSUER}/token`) {
      const sent = init?.body;
      const body = new URLSearchParams(
        sent instanceof URLSearchParams ? sent : typeof sent === 'string' ? sent : '',
      );
      const request: TokenRequest = {
        grant: body.get('grant_type') ?? '',
        refreshToken: body.get('refresh_token'),
        resource: body.get('resource'),
      };
      this.tokenRequests.push(request);
      if (this.delay) await new Promise((r) => setTimeout(r, this.delay));
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
}

const browserFetch = window.fetch.bind(window);
let channelName = 0;
const services: AuthService[] = [];
const channels: BroadcastChannel[] = [];

function harness(url = `${ORIGIN}/`, provider = new ScriptedProvider()): Harness {
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
  };
  const config = parseRuntimeConfig({
    auth: { authority: ISSUER, clientId: 'digione-portal', resources: [TIMETABLE, MESSAGES] },
  }).auth;
  h.service = new AuthService(config, env);
  services.push(h.service);
  return h as Harness;
}

function until(service: AuthService, status: AuthState['status']): Promise<AuthState> {
  return firstValueFrom(service.state.pipe(filter((s) => s.status === status)));
}

/** Signs in: start, follow the redirect as the provider would, come back with a code. */
async function signedIn(path = '/'): Promise<Harness> {
  const first = harness(`${ORIGIN}${path}`);
  await first.service.start();
  const authorize = new URL(first.redirects[0] ?? '');
  first.provider.nonce = authorize.searchParams.get('nonce') ?? undefined;
  const state = authorize.searchParams.get('state') ?? '';
  const back = harness(`${ORIGIN}/auth/callback?code=abc&state=${state}`, first.provider);
  await back.service.start();
  return back;
}

describe('AuthService', () => {
  afterEach(() => {
    for (const service of services.splice(0)) service.dispose();
    for (const channel of channels.splice(0)) channel.close();
    sessionStorage.clear();
    window.fetch = browserFetch;
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
    const timetable = await service.getAccessToken(TIMETABLE);
    const messages = await service.getAccessToken(MESSAGES);
    expect(timetable).to.match(new RegExp(`^jwt-for-${TIMETABLE}`));
    expect(messages).to.match(new RegExp(`^jwt-for-${MESSAGES}`));
    const refreshes = provider.tokenRequests.filter((r) => r.grant === 'refresh_token');
    expect(refreshes.map((r) => [r.resource, r.refreshToken])).to.deep.equal([
      [TIMETABLE, 'refresh-1'],
      [MESSAGES, 'refresh-2'],
    ]);
    // Asked again: the cached token, no new request.
    expect(await service.getAccessToken(TIMETABLE)).to.equal(timetable);
    expect(provider.tokenRequests.filter((r) => r.grant === 'refresh_token')).to.have.length(2);
  });

  it('serialises overlapping token requests so no refresh token is used twice', async () => {
    const { service, provider } = await signedIn();
    provider.delay = 30;
    const tokens = await Promise.all([
      service.getAccessToken(TIMETABLE),
      service.getAccessToken(MESSAGES),
      service.getAccessToken(TIMETABLE),
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
    const error = await service.getAccessToken('urn:digione:api:other').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(Error);
    expect((error as { kind: string }).kind).to.equal('audience');
    expect(provider.tokenRequests).to.have.length(before);
  });

  it('says the session ended when the provider refuses the refresh token', async () => {
    const { service, provider } = await signedIn();
    provider.currentRefresh = 'revoked-elsewhere';
    await service.getAccessToken(TIMETABLE).catch(() => undefined);
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
    await new Promise((r) => setTimeout(r, 50));
    expect(heard).to.deep.equal([{ type: 'signed-in' }, { type: 'signed-out' }]);
    expect(back.redirects.at(-1)).to.match(new RegExp(`^${ISSUER}/session/end\\?`));
  });

  it('follows only paths on the portal after sign-in', () => {
    expect(safeReturnPath('/viestit?x=1#y')).to.equal('/viestit?x=1#y');
    expect(safeReturnPath('//evil.example/')).to.equal('/');
    expect(safeReturnPath('/\\evil.example')).to.equal('/');
    expect(safeReturnPath('https://evil.example/')).to.equal('/');
  });
});
