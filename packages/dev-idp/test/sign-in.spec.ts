/**
 * Signing in at the local identity provider over plain HTTP: discovery, PKCE, the code flow, the
 * token endpoint's CORS, cancelling, and a session that outlives an outage.
 */
import { expect, test } from '@playwright/test';
import {
  authorizationUrl,
  callbackParams,
  CookieJar,
  follow,
  jwtClaims,
  pkce,
  signInOverHttp,
  tokenRequest,
} from '../src/testing.js';
import {
  authorize,
  PORTAL,
  REDIRECT_URI,
  refresh,
  signIn,
  TIMETABLE,
  UNREGISTERED,
  useIdentityProvider,
} from './support.js';

const idp = useIdentityProvider();

test.describe('signing in', () => {
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
        'digione_affiliations',
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
    const { tokens } = await signIn(idp, { username: 'pupil' });
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

  test('an authorization request for an unknown resource is refused (invalid_target)', async () => {
    const jar = new CookieJar();
    const { response } = await authorize(jar, idp, { resources: [TIMETABLE, UNREGISTERED] });
    expect(callbackParams(response).get('error')).toBe('invalid_target');
  });

  test('cancelling the sign-in returns access_denied to the client', async () => {
    const jar = new CookieJar();
    const state = 'cancel-state';
    const page = await authorize(jar, idp, { state });
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

  test('a signed-in session answers the next authorization without the login page', async () => {
    const { jar } = await signIn(idp);
    const again = await authorize(jar, idp, { resources: [TIMETABLE] });
    expect(callbackParams(again.response).get('code')).toBeTruthy();
  });

  test('a paused provider refuses connections and resumes with its sessions', async () => {
    const { jar, tokens } = await signIn(idp);
    await idp.pause();
    await expect(fetch(`${idp.issuer}/.well-known/openid-configuration`)).rejects.toThrow();
    await idp.resume();
    const refreshed = await refresh(idp, tokens.refresh_token);
    expect(refreshed.status).toBe(200);
    const again = await authorize(jar, idp);
    expect(callbackParams(again.response).get('code')).toBeTruthy();
  });
});
