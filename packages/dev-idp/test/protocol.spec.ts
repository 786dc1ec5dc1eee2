/**
 * The local identity provider over plain HTTP: discovery, PKCE, the code flow, refresh-token
 * rotation, resource indicators, RP-initiated logout, and the pages' headers. A real provider on a
 * free port, started before and stopped after.
 */
import { expect, test } from '@playwright/test';
import { portalClient, startIdentityProvider, type RunningIdentityProvider } from '../src/index.js';
import {
  authorizationUrl,
  callbackParams,
  CookieJar,
  fetchWithJar,
  follow,
  jwtClaims,
  pkce,
  signInAndRedeem,
  signInOverHttp,
  tokenRequest,
  type TokenResponse,
} from '../src/testing.js';

const PORTAL = 'http://127.0.0.1:5999';
const REDIRECT_URI = `${PORTAL}/auth/callback`;
const TIMETABLE = 'https://api.digione.test/timetable';
const MESSAGES = 'urn:digione:api:messages';
const UNREGISTERED = 'urn:digione:api:unknown';

let idp: RunningIdentityProvider;

test.beforeAll(async () => {
  idp = await startIdentityProvider({
    log: false,
    clients: [portalClient([PORTAL]), portalClient(['http://127.0.0.1:6001'], 'other-client')],
    resources: [{ audience: TIMETABLE, scope: 'timetable:read' }, { audience: MESSAGES }],
  });
});

test.afterAll(async () => {
  await idp.stop();
});

/** Signs a user in over HTTP and redeems the code without a resource, as the portal does. */
async function signIn(
  options: { resources?: readonly string[]; scope?: string; username?: string } = {},
): Promise<{ jar: CookieJar; tokens: TokenResponse }> {
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

test('discovery describes a code + PKCE provider with the DigiOne claims', async () => {
  const response = await fetch(`${idp.issuer}/.well-known/openid-configuration`);
  expect(response.status).toBe(200);
  const metadata = (await response.json()) as Record<string, unknown>;
  expect(metadata.issuer).toBe(idp.issuer);
  expect(metadata.jwks_uri).toBe(idp.jwksUri);
  expect(metadata.response_types_supported).toEqual(['code']);
  expect(metadata.code_challenge_methods_supported).toEqual(['S256']);
  expect(metadata.grant_types_supported).toEqual(
    expect.arrayContaining(['authorization_code', 'refresh_token']),
  );
  expect(metadata.grant_types_supported).not.toContain('implicit');
  expect(metadata.acr_values_supported).toEqual(['mpassid', 'suomifi']);
  expect(metadata.claims_supported).toEqual(
    expect.arrayContaining([
      'sub',
      'acr',
      'given_name',
      'family_name',
      'digione_roles',
      'digione_schools',
      'digione_group',
      'digione_grade',
      'digione_children',
    ]),
  );
  expect(metadata.end_session_endpoint).toBe(`${idp.issuer}/session/end`);
  expect(metadata.authorization_response_iss_parameter_supported).toBe(true);

  const jwks = (await (await fetch(idp.jwksUri)).json()) as { keys: Record<string, unknown>[] };
  expect(jwks.keys.map((key) => key.alg)).toEqual(['RS256', 'ES256']);
  for (const key of jwks.keys) {
    expect(key).not.toHaveProperty('d');
    expect(key.use).toBe('sig');
  }
});

test.describe('PKCE', () => {
  test('an authorization request without a code challenge is refused', async () => {
    const jar = new CookieJar();
    const { response } = await follow(
      jar,
      idp.issuer,
      authorizationUrl(idp.issuer, { redirectUri: REDIRECT_URI }),
    );
    const params = callbackParams(response);
    expect(params.get('error')).toBe('invalid_request');
    expect(params.get('error_description')).toContain('PKCE');
    expect(params.get('code')).toBeNull();
  });

  test('the plain method is refused; only S256 is accepted', async () => {
    const jar = new CookieJar();
    const { verifier } = pkce();
    const { response } = await follow(
      jar,
      idp.issuer,
      authorizationUrl(idp.issuer, {
        redirectUri: REDIRECT_URI,
        challenge: verifier,
        challengeMethod: 'plain',
      }),
    );
    const params = callbackParams(response);
    expect(params.get('error')).toBe('invalid_request');
    expect(params.get('error_description')).toContain('code_challenge_method');
  });

  test('a code is redeemed only with its verifier', async () => {
    const jar = new CookieJar();
    const { verifier, challenge } = pkce();
    const callback = await signInOverHttp(
      jar,
      idp.issuer,
      authorizationUrl(idp.issuer, { redirectUri: REDIRECT_URI, challenge }),
      { username: 'pupil', door: 'mpassid' },
    );
    const code = callback.get('code') ?? '';
    const wrong = await tokenRequest(idp.issuer, {
      grant_type: 'authorization_code',
      code,
      code_verifier: pkce().verifier,
      redirect_uri: REDIRECT_URI,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toBe('invalid_grant');
    const missing = await tokenRequest(idp.issuer, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
    });
    expect(missing.body.error).toBe('invalid_grant');
    const right = await tokenRequest(idp.issuer, {
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      redirect_uri: REDIRECT_URI,
    });
    expect(right.status).toBe(200);
    // A code is single use.
    const again = await tokenRequest(idp.issuer, {
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      redirect_uri: REDIRECT_URI,
    });
    expect(again.body.error).toBe('invalid_grant');
  });
});

test('the code flow gives an ID token, an access token for userinfo and a refresh token', async () => {
  const { tokens } = await signIn({ username: 'pupil' });
  expect(tokens.token_type).toBe('Bearer');
  expect(tokens.expires_in).toBe(300);
  expect(tokens.refresh_token).toBeTruthy();
  // Redeemed without a resource, the access token is opaque and good for userinfo only.
  expect(tokens.access_token?.split('.')).toHaveLength(1);
  const idToken = jwtClaims(tokens.id_token ?? '');
  expect(idToken).toMatchObject({
    iss: idp.issuer,
    aud: 'digione-portal',
    acr: 'mpassid',
    given_name: 'Aino',
    digione_roles: ['learner'],
    digione_grade: '7',
  });
  const userinfo = await fetch(`${idp.issuer}/me`, {
    headers: { authorization: `Bearer ${tokens.access_token ?? ''}` },
  });
  expect(userinfo.status).toBe(200);
  expect(await userinfo.json()).toMatchObject({
    sub: idToken.sub,
    family_name: 'Mäkelä',
    digione_group: '7B',
  });
});

test('the token endpoint answers the portal origin only (CORS)', async () => {
  const allowed = await tokenRequest(
    idp.issuer,
    { grant_type: 'refresh_token', refresh_token: 'none' },
    PORTAL,
  );
  expect(allowed.headers.get('access-control-allow-origin')).toBe(PORTAL);
  const other = await tokenRequest(
    idp.issuer,
    { grant_type: 'refresh_token', refresh_token: 'none' },
    'http://127.0.0.1:6000',
  );
  expect(other.headers.get('access-control-allow-origin')).toBeNull();
  expect(other.body.error).toBe('invalid_request');
});

test.describe('refresh tokens', () => {
  test('rotate: a used refresh token is refused, and reusing it revokes the grant', async () => {
    const { tokens } = await signIn();
    const first = await tokenRequest(idp.issuer, {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token ?? '',
    });
    expect(first.status).toBe(200);
    expect(first.body.refresh_token).toBeTruthy();
    expect(first.body.refresh_token).not.toBe(tokens.refresh_token);
    expect(first.body.id_token).toBeTruthy();

    const replay = await tokenRequest(idp.issuer, {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token ?? '',
    });
    expect(replay.status).toBe(400);
    expect(replay.body.error).toBe('invalid_grant');

    // Reuse means the token leaked: the newer token dies with the grant.
    const newer = await tokenRequest(idp.issuer, {
      grant_type: 'refresh_token',
      refresh_token: first.body.refresh_token ?? '',
    });
    expect(newer.body.error).toBe('invalid_grant');
  });

  test('with a resource: a JWT access token for that audience only', async () => {
    const { tokens } = await signIn();
    const timetable = await tokenRequest(idp.issuer, {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token ?? '',
      resource: TIMETABLE,
    });
    expect(timetable.status, JSON.stringify(timetable.body)).toBe(200);
    const claims = jwtClaims(timetable.body.access_token ?? '');
    expect(claims.aud).toBe(TIMETABLE);
    expect(claims.iss).toBe(idp.issuer);
    expect(claims.client_id).toBe('digione-portal');
    expect(Number(claims.exp) - Number(claims.iat)).toBe(300);

    const messages = await tokenRequest(idp.issuer, {
      grant_type: 'refresh_token',
      refresh_token: timetable.body.refresh_token ?? '',
      resource: MESSAGES,
    });
    expect(messages.status).toBe(200);
    expect(jwtClaims(messages.body.access_token ?? '').aud).toBe(MESSAGES);
  });

  test("an API's scope is in its token when the portal asked for it", async () => {
    const { tokens } = await signIn({ scope: 'openid profile timetable:read' });
    const timetable = await tokenRequest(idp.issuer, {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token ?? '',
      resource: TIMETABLE,
    });
    expect(jwtClaims(timetable.body.access_token ?? '').scope).toBe('timetable:read');
  });

  test('an unknown resource, or one not named at sign-in, is refused and burns nothing', async () => {
    const { tokens } = await signIn({ resources: [TIMETABLE] });
    const unknown = await tokenRequest(idp.issuer, {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token ?? '',
      resource: UNREGISTERED,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toBe('invalid_target');
    const notRequested = await tokenRequest(idp.issuer, {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token ?? '',
      resource: MESSAGES,
    });
    expect(notRequested.body.error).toBe('invalid_target');
    const two = await tokenRequest(idp.issuer, {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token ?? '',
      resource: [TIMETABLE, MESSAGES],
    });
    expect(two.body.error).toBe('invalid_target');
    // A refused request consumed nothing: the same refresh token still works.
    const timetable = await tokenRequest(idp.issuer, {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token ?? '',
      resource: TIMETABLE,
    });
    expect(timetable.status, JSON.stringify(timetable.body)).toBe(200);
  });
});

test('an authorization request for an unknown resource is refused (invalid_target)', async () => {
  const jar = new CookieJar();
  const { response } = await follow(
    jar,
    idp.issuer,
    authorizationUrl(idp.issuer, {
      redirectUri: REDIRECT_URI,
      challenge: pkce().challenge,
      resources: [TIMETABLE, UNREGISTERED],
    }),
  );
  expect(callbackParams(response).get('error')).toBe('invalid_target');
});

test('cancelling the sign-in returns access_denied to the client', async () => {
  const jar = new CookieJar();
  const state = 'cancel-state';
  const page = await follow(
    jar,
    idp.issuer,
    authorizationUrl(idp.issuer, { redirectUri: REDIRECT_URI, challenge: pkce().challenge, state }),
  );
  const interaction = /\/interaction\/[\w-]+/.exec(page.url)?.[0] ?? '';
  const { response } = await follow(jar, idp.issuer, `${idp.issuer}${interaction}/abort`, {
    method: 'POST',
    body: new URLSearchParams({ lang: 'fi' }),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  const params = callbackParams(response);
  expect(params.get('error')).toBe('access_denied');
  expect(params.get('state')).toBe(state);
});

test('RP-initiated logout ends the session and its refresh tokens', async () => {
  const { jar, tokens } = await signIn({ username: 'guardian' });
  const end = new URL(`${idp.issuer}/session/end`);
  end.searchParams.set('id_token_hint', tokens.id_token ?? '');
  end.searchParams.set('post_logout_redirect_uri', `${PORTAL}/`);
  end.searchParams.set('state', 'bye');
  const confirm = await fetchWithJar(jar, end.href);
  expect(confirm.status).toBe(200);
  const page = await confirm.text();
  expect(page).toContain('<html lang="fi">');
  const action = /<form method="post" action="([^"]+)"/.exec(page)?.[1] ?? '';
  const xsrf = /name="xsrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
  const done = await fetchWithJar(jar, new URL(action, idp.issuer).href, {
    method: 'POST',
    body: new URLSearchParams({ xsrf, logout: 'yes' }),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  expect(done.status).toBe(303);
  expect(done.headers.get('location')).toBe(`${PORTAL}/?state=bye`);

  const refresh = await tokenRequest(idp.issuer, {
    grant_type: 'refresh_token',
    refresh_token: tokens.refresh_token ?? '',
  });
  expect(refresh.body.error).toBe('invalid_grant');

  // The next authorization asks the person again instead of answering at once.
  const again = await follow(
    jar,
    idp.issuer,
    authorizationUrl(idp.issuer, { redirectUri: REDIRECT_URI, challenge: pkce().challenge }),
  );
  expect(again.url).toMatch(/\/interaction\/[\w-]+$/);
  expect(again.response.status).toBe(200);
});

test('RP-initiated logout names the client, not the person: no ID token needed', async () => {
  const { jar, tokens } = await signIn({ username: 'pupil' });
  const end = new URL(`${idp.issuer}/session/end`);
  end.searchParams.set('client_id', 'digione-portal');
  end.searchParams.set('post_logout_redirect_uri', `${PORTAL}/`);
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
  expect(done.status).toBe(303);
  expect(done.headers.get('location')).toBe(`${PORTAL}/`);
  const refresh = await tokenRequest(idp.issuer, {
    grant_type: 'refresh_token',
    refresh_token: tokens.refresh_token ?? '',
  });
  expect(refresh.body.error).toBe('invalid_grant');
});

test('RP-initiated logout to an unregistered address is refused', async () => {
  const end = new URL(`${idp.issuer}/session/end`);
  end.searchParams.set('client_id', 'digione-portal');
  end.searchParams.set('post_logout_redirect_uri', 'https://evil.example/');
  const answer = await fetch(end.href, { redirect: 'manual' });
  expect(answer.status).toBe(400);
  expect(await answer.text()).toContain('invalid_request');
});

test('the portal revokes its refresh token from its own origin (RFC 7009, CORS)', async () => {
  const metadata = (await (
    await fetch(`${idp.issuer}/.well-known/openid-configuration`)
  ).json()) as { revocation_endpoint?: string };
  expect(metadata.revocation_endpoint).toBe(`${idp.issuer}/token/revocation`);
  const { tokens } = await signIn();
  const revoked = await fetch(metadata.revocation_endpoint ?? '', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: PORTAL },
    body: new URLSearchParams({
      token: tokens.refresh_token ?? '',
      token_type_hint: 'refresh_token',
      client_id: 'digione-portal',
    }),
  });
  expect(revoked.status).toBe(200);
  expect(revoked.headers.get('access-control-allow-origin')).toBe(PORTAL);
  const refresh = await tokenRequest(idp.issuer, {
    grant_type: 'refresh_token',
    refresh_token: tokens.refresh_token ?? '',
  });
  expect(refresh.status).toBe(400);
  expect(refresh.body.error).toBe('invalid_grant');
});

test('a client cannot revoke the refresh token of another', async () => {
  const { tokens } = await signIn();
  const revoked = await fetch(`${idp.issuer}/token/revocation`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token: tokens.refresh_token ?? '', client_id: 'other-client' }),
  });
  expect(revoked.status).toBe(200);
  const refresh = await tokenRequest(idp.issuer, {
    grant_type: 'refresh_token',
    refresh_token: tokens.refresh_token ?? '',
  });
  expect(refresh.status).toBe(200);
});

test('a signed-in session answers the next authorization without the login page', async () => {
  const { jar } = await signIn();
  const again = await follow(
    jar,
    idp.issuer,
    authorizationUrl(idp.issuer, {
      redirectUri: REDIRECT_URI,
      challenge: pkce().challenge,
      resources: [TIMETABLE],
    }),
  );
  expect(callbackParams(again.response).get('code')).toBeTruthy();
});

test('a paused provider refuses connections and resumes with its sessions', async () => {
  const { jar, tokens } = await signIn();
  await idp.pause();
  await expect(fetch(`${idp.issuer}/.well-known/openid-configuration`)).rejects.toThrow();
  await idp.resume();
  const refresh = await tokenRequest(idp.issuer, {
    grant_type: 'refresh_token',
    refresh_token: tokens.refresh_token ?? '',
  });
  expect(refresh.status).toBe(200);
  const again = await follow(
    jar,
    idp.issuer,
    authorizationUrl(idp.issuer, { redirectUri: REDIRECT_URI, challenge: pkce().challenge }),
  );
  expect(callbackParams(again.response).get('code')).toBeTruthy();
});

test.describe('pages', () => {
  test('carry a strict CSP and security headers, and escape what the user typed', async () => {
    const jar = new CookieJar();
    const page = await follow(
      jar,
      idp.issuer,
      authorizationUrl(idp.issuer, { redirectUri: REDIRECT_URI, challenge: pkce().challenge }),
    );
    const headers = page.response.headers;
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain(`form-action 'self' ${PORTAL}`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(await page.response.text()).not.toMatch(/<script|style=/);

    const interaction = /\/interaction\/[\w-]+/.exec(page.url)?.[0] ?? '';
    const failed = await fetchWithJar(jar, `${idp.issuer}${interaction}/login`, {
      method: 'POST',
      body: new URLSearchParams({
        door: 'mpassid',
        lang: 'en',
        username: '"><script>alert(1)</script>',
        password: 'x',
      }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const text = await failed.text();
    expect(text).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(text).not.toContain('<script>');

    const css = await fetch(`${idp.issuer}/assets/digione-idp.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  test('follow ui_locales, and an unknown interaction gives a localized error', async () => {
    const jar = new CookieJar();
    const page = await follow(
      jar,
      idp.issuer,
      authorizationUrl(idp.issuer, {
        redirectUri: REDIRECT_URI,
        challenge: pkce().challenge,
        uiLocales: 'sv-FI en',
      }),
    );
    expect(await page.response.text()).toContain('<html lang="sv">');
    const missing = await fetch(`${idp.issuer}/interaction/nonexistent?lang=en`);
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('The sign-in expired');
  });
});
