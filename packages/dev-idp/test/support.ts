/**
 * What the identity provider's specs share: the portal client and APIs they register, a provider
 * started before a spec file's tests and stopped after them, and the portal's ways of signing in,
 * refreshing and signing out over plain HTTP.
 */
import { expect, test } from '@playwright/test';
import {
  portalClient,
  startIdentityProvider,
  type IdentityProviderOptions,
  type RunningIdentityProvider,
} from '../src/index.js';
import {
  authorizationUrl,
  CookieJar,
  fetchWithJar,
  follow,
  pkce,
  signInAndRedeem,
  tokenRequest,
  type AuthorizationRequest,
  type TokenResponse,
} from '../src/testing.js';

export const PORTAL = 'http://127.0.0.1:5999';
export const REDIRECT_URI = `${PORTAL}/auth/callback`;
export const TIMETABLE = 'https://api.digione.test/timetable';
export const MESSAGES = 'urn:digione:api:messages';
export const UNREGISTERED = 'urn:digione:api:unknown';

/** A sign-in: the browser's cookies at the provider and the tokens the code was redeemed for. */
export interface SignedIn {
  readonly jar: CookieJar;
  readonly tokens: TokenResponse;
}

export interface SignInOptions {
  /** The APIs named at sign-in; default the timetable and messages APIs. */
  readonly resources?: readonly string[];
  readonly scope?: string;
  /** A test user; default `teacher` (the door follows: Suomi.fi for the guardian). */
  readonly username?: string;
}

/** Signs a user in over HTTP and redeems the code without a resource, as the portal does. */
export async function signIn(
  idp: RunningIdentityProvider,
  options: SignInOptions = {},
): Promise<SignedIn> {
  const jar = new CookieJar();
  const username = options.username ?? 'teacher';
  const tokens = await signInAndRedeem(idp.issuer, {
    jar,
    redirectUri: REDIRECT_URI,
    username,
    door: username === 'guardian' ? 'suomifi' : 'mpassid',
    resources: options.resources ?? [TIMETABLE, MESSAGES],
    ...(options.scope ? { scope: options.scope } : {}),
  });
  return { jar, tokens };
}

/**
 * Starts an authorization as the portal does (its redirect URI, a fresh S256 challenge, whatever
 * `request` adds or changes) and follows the provider's answers to the page or the callback.
 */
export function authorize(
  jar: CookieJar,
  idp: RunningIdentityProvider,
  request: Partial<AuthorizationRequest> = {},
): ReturnType<typeof follow> {
  return follow(
    jar,
    idp.issuer,
    authorizationUrl(idp.issuer, {
      redirectUri: REDIRECT_URI,
      challenge: pkce().challenge,
      ...request,
    }),
  );
}

/** The portal's refresh: a refresh-token grant, for one API's audience when `resource` is given. */
export function refresh(
  idp: RunningIdentityProvider,
  refreshToken: string | undefined,
  resource?: string | readonly string[],
): ReturnType<typeof tokenRequest> {
  return tokenRequest(idp.issuer, {
    grant_type: 'refresh_token',
    refresh_token: refreshToken ?? '',
    ...(resource === undefined ? {} : { resource }),
  });
}

/**
 * RP-initiated logout as a browser does it: opens the end-session address, expects the
 * confirmation page, confirms it, and answers the confirmation page's text and the final response.
 */
export async function logOut(
  jar: CookieJar,
  idp: RunningIdentityProvider,
  end: URL,
): Promise<{ page: string; done: Response }> {
  const confirm = await fetchWithJar(jar, end.href);
  expect(confirm.status).toBe(200);
  const page = await confirm.text();
  const action = /<form method="post" action="([^"]+)"/.exec(page)?.[1] ?? '';
  const xsrf = /name="xsrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
  const done = await fetchWithJar(jar, new URL(action, idp.issuer).href, {
    method: 'POST',
    body: new URLSearchParams({ xsrf, logout: 'yes' }),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  return { page, done };
}

/**
 * A provider started before this spec file's tests and stopped after them, to be used inside the
 * tests. Default options: the portal client for {@link PORTAL}, a second client `other-client`,
 * and the timetable (scope `timetable:read`) and messages APIs.
 */
export function useIdentityProvider(
  options: IdentityProviderOptions = {
    clients: [portalClient([PORTAL]), portalClient(['http://127.0.0.1:6001'], 'other-client')],
    resources: [{ audience: TIMETABLE, scope: 'timetable:read' }, { audience: MESSAGES }],
  },
): RunningIdentityProvider {
  let idp: RunningIdentityProvider | undefined;
  test.beforeAll(async () => {
    idp = await startIdentityProvider({ log: false, ...options });
  });
  test.afterAll(async () => {
    await idp?.stop();
  });
  const running = (): RunningIdentityProvider => {
    if (!idp) throw new Error('the identity provider starts before the tests; use it inside one');
    return idp;
  };
  return {
    get issuer() {
      return running().issuer;
    },
    get jwksUri() {
      return running().jwksUri;
    },
    pause: () => running().pause(),
    resume: () => running().resume(),
    stop: () => running().stop(),
  };
}
