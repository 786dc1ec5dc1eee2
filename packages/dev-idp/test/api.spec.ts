/**
 * The access-token checks an app's API uses (`createTokenVerifier`, `startProtectedApi`) against
 * real tokens of the local identity provider, and the provider's key file.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  createTokenVerifier,
  portalClient,
  startIdentityProvider,
  startProtectedApi,
  ApiError,
  TokenVerificationError,
  type IdentityProviderOptions,
  type RunningIdentityProvider,
  type RunningProtectedApi,
  type TokenErrorKind,
} from '../src/index.js';
import { jwtClaims, type TokenResponse } from '../src/testing.js';
import { MESSAGES, PORTAL, refresh, signIn, TIMETABLE, useIdentityProvider } from './support.js';

/** The provider of these tests: the portal's client and two APIs. */
const PROVIDER = {
  clients: [portalClient([PORTAL])],
  resources: [{ audience: TIMETABLE }, { audience: MESSAGES }],
} as const satisfies IdentityProviderOptions;

/** An access token for `resource`, obtained the portal's way: sign in, then refresh with it. */
async function tokenFor(
  idp: RunningIdentityProvider,
  resource: string,
  username = 'teacher',
): Promise<{ accessToken: string; signIn: TokenResponse }> {
  const { tokens } = await signIn(idp, { username });
  const { body } = await refresh(idp, tokens.refresh_token, resource);
  if (!body.access_token) throw new Error(JSON.stringify(body));
  return { accessToken: body.access_token, signIn: tokens };
}

async function refusal(promise: Promise<unknown>): Promise<TokenErrorKind> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TokenVerificationError) return error.kind;
    throw error;
  }
  throw new Error('the token was accepted');
}

test.describe('with a running provider', () => {
  const idp = useIdentityProvider(PROVIDER);
  let api: RunningProtectedApi;

  test.beforeAll(async () => {
    api = await startProtectedApi({
      issuer: idp.issuer,
      audience: TIMETABLE,
      allowedOrigin: PORTAL,
      routes: [
        {
          method: 'GET',
          path: '/weeks/:week',
          handle: ({ token, params, query }) => ({
            body: { sub: token.sub, week: params.week, school: query.get('school') },
          }),
        },
        {
          method: 'POST',
          path: '/weeks/:week/notes',
          handle: ({ token, body }) => {
            if (token.sub !== '0c6b9e24-58d1-4a7f-b3e2-1d94f6a8c570') {
              throw new ApiError(403, 'forbidden', 'only the teacher writes notes');
            }
            return { status: 201, body: { saved: body } };
          },
        },
      ],
    });
  });

  test.afterAll(async () => {
    await api.stop();
  });

  test('the verifier accepts a token for its audience and refuses one for another', async () => {
    const { accessToken } = await tokenFor(idp, TIMETABLE, 'principal');
    const timetable = createTokenVerifier({ issuer: idp.issuer, audience: TIMETABLE });
    const token = await timetable(`Bearer ${accessToken}`);
    expect(token.aud).toBe(TIMETABLE);
    expect(token.clientId).toBe('digione-portal');
    expect(token.sub).toBe('9a47c1f0-2e6d-4b38-8f05-c3d7a1e4b962');

    const messages = createTokenVerifier({ issuer: idp.issuer, audience: MESSAGES });
    expect(await refusal(messages(`Bearer ${accessToken}`))).toBe('audience');
    const otherIssuer = createTokenVerifier({
      issuer: 'http://127.0.0.1:1',
      jwksUri: idp.jwksUri,
      audience: TIMETABLE,
    });
    expect(await refusal(otherIssuer(`Bearer ${accessToken}`))).toBe('issuer');
  });

  test('the verifier tells why it refuses', async () => {
    const { signIn } = await tokenFor(idp, MESSAGES);
    const verify = createTokenVerifier({ issuer: idp.issuer, audience: TIMETABLE });
    expect(await refusal(verify(undefined))).toBe('missing');
    expect(await refusal(verify('Basic dXNlcjpwYXNz'))).toBe('missing');
    expect(await refusal(verify('Bearer not-a-jwt'))).toBe('malformed');
    // The opaque userinfo token and the ID token are not access tokens for an API.
    expect(await refusal(verify(`Bearer ${signIn.access_token ?? ''}`))).toBe('malformed');
    expect(await refusal(verify(`Bearer ${signIn.id_token ?? ''}`))).toBe('malformed');

    // Signed by another provider's key.
    const stranger = await startIdentityProvider({
      log: false,
      clients: [portalClient([PORTAL])],
      resources: [{ audience: TIMETABLE }, { audience: MESSAGES }],
    });
    try {
      const { accessToken } = await tokenFor(stranger, TIMETABLE);
      const pretending = createTokenVerifier({
        issuer: stranger.issuer,
        jwksUri: idp.jwksUri,
        audience: TIMETABLE,
      });
      expect(await refusal(pretending(`Bearer ${accessToken}`))).toBe('signature');
    } finally {
      await stranger.stop();
    }

    const unreachable = createTokenVerifier({ issuer: 'http://127.0.0.1:9', audience: TIMETABLE });
    const { accessToken } = await tokenFor(idp, TIMETABLE);
    expect(await refusal(unreachable(`Bearer ${accessToken}`))).toBe('jwks-unavailable');
  });

  test('GET /me answers for a token of its audience, 401 with a challenge otherwise', async () => {
    const { accessToken } = await tokenFor(idp, TIMETABLE, 'guardian');
    const ok = await fetch(`${api.url}/me`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({
      sub: 'e3b8d5a2-7c19-4f6e-a0d4-58f2c9b1e736',
      aud: TIMETABLE,
      scope: [],
      client_id: 'digione-portal',
    });

    const other = await tokenFor(idp, MESSAGES);
    const refused = await fetch(`${api.url}/me`, {
      headers: { authorization: `Bearer ${other.accessToken}` },
    });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toBe(
      'Bearer realm="digione", error="invalid_token", error_description="the access token is for another audience"',
    );

    const anonymous = await fetch(`${api.url}/me`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="digione"');
    expect((await fetch(`${api.url}/elsewhere`)).status).toBe(404);
  });

  test('CORS: the portal origin may call with an Authorization header, others may not', async () => {
    const preflight = await fetch(`${api.url}/me`, {
      method: 'OPTIONS',
      headers: {
        origin: PORTAL,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(preflight.headers.get('access-control-allow-headers')).toBe(
      'Authorization, Content-Type',
    );
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, POST');

    const stranger = await fetch(`${api.url}/me`, {
      method: 'OPTIONS',
      headers: { origin: 'http://127.0.0.1:6000', 'access-control-request-method': 'GET' },
    });
    expect(stranger.status).toBe(403);
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();

    const call = await fetch(`${api.url}/me`, { headers: { origin: PORTAL } });
    expect(call.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(call.headers.get('access-control-expose-headers')).toBe('WWW-Authenticate');
    expect(call.headers.get('vary')).toBe('Origin');
  });

  test("an API's own routes run only with a valid token, get their parameters and JSON body, and answer errors as JSON", async () => {
    const { accessToken } = await tokenFor(idp, TIMETABLE, 'teacher');
    const auth = { authorization: `Bearer ${accessToken}` };

    const anonymous = await fetch(`${api.url}/weeks/2026-W48`);
    expect(anonymous.status).toBe(401);

    const week = await fetch(`${api.url}/weeks/2026-W48?school=09231`, { headers: auth });
    expect(await week.json()).toEqual({
      sub: '0c6b9e24-58d1-4a7f-b3e2-1d94f6a8c570',
      week: '2026-W48',
      school: '09231',
    });

    const json = { ...auth, 'content-type': 'application/json' };
    const saved = await fetch(`${api.url}/weeks/2026-W48/notes`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ text: 'Retki perjantaina' }),
    });
    expect(saved.status).toBe(201);
    expect(await saved.json()).toEqual({ saved: { text: 'Retki perjantaina' } });

    const notJson = await fetch(`${api.url}/weeks/2026-W48/notes`, {
      method: 'POST',
      headers: json,
      body: '{ not json',
    });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: string }).error).toBe('invalid_request');
    const plain = await fetch(`${api.url}/weeks/2026-W48/notes`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'text/plain' },
      body: 'hei',
    });
    expect(plain.status).toBe(415);

    const wrongMethod = await fetch(`${api.url}/weeks/2026-W48`, {
      method: 'DELETE',
      headers: auth,
    });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET, OPTIONS');

    const pupil = await tokenFor(idp, TIMETABLE, 'pupil');
    const refused = await fetch(`${api.url}/weeks/2026-W48/notes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${pupil.accessToken}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({
      error: 'forbidden',
      error_description: 'only the teacher writes notes',
    });
  });
});

test('an expired access token is refused', async () => {
  const idp = await startIdentityProvider({ ...PROVIDER, log: false, accessTokenTtl: 1 });
  const api = await startProtectedApi({
    issuer: idp.issuer,
    audience: TIMETABLE,
    allowedOrigin: PORTAL,
  });
  try {
    const { accessToken } = await tokenFor(idp, TIMETABLE);
    // Until the clock has passed the token's expiry (it lives one second), however long that takes.
    const exp = Number(jwtClaims(accessToken).exp);
    while (Date.now() / 1000 < exp + 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const verify = createTokenVerifier({ issuer: idp.issuer, audience: TIMETABLE });
    expect(await refusal(verify(`Bearer ${accessToken}`))).toBe('expired');
    const response = await fetch(`${api.url}/me`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('the access token expired');
  } finally {
    await api.stop();
    await idp.stop();
  }
});

test.describe('the key file', () => {
  let dir: string;
  test.beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'digione-idp-keys-'));
  });
  test.afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function kids(jwksUri: string): Promise<string[]> {
    const jwks = (await (await fetch(jwksUri)).json()) as { keys: { kid: string }[] };
    return jwks.keys.map((key) => key.kid);
  }

  test('is created on first start (owner-only) and reused on the next', async () => {
    const keyFile = join(dir, 'nested', 'jwks.json');
    const first = await startIdentityProvider({ log: false, keyFile });
    const firstKids = await kids(first.jwksUri);
    await first.stop();

    const stored = JSON.parse(await readFile(keyFile, 'utf8')) as {
      keys: { kid: string; d?: string }[];
      cookieKeys: string[];
    };
    expect(stored.keys.map((key) => key.kid)).toEqual(firstKids);
    expect(stored.keys.every((key) => typeof key.d === 'string')).toBe(true);
    expect(stored.cookieKeys).toHaveLength(1);
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    const before = await readFile(keyFile, 'utf8');

    const second = await startIdentityProvider({ log: false, keyFile });
    expect(await kids(second.jwksUri)).toEqual(firstKids);
    await second.stop();
    expect(await readFile(keyFile, 'utf8')).toBe(before);

    // Without a key file every start has fresh keys.
    const inMemory = await startIdentityProvider({ log: false });
    expect(await kids(inMemory.jwksUri)).not.toEqual(firstKids);
    await inMemory.stop();
  });

  test('that holds no keys stops the start, and is left alone', async () => {
    const keyFile = join(dir, 'jwks.json');
    await writeFile(keyFile, '{"keys":[]}');
    await expect(startIdentityProvider({ log: false, keyFile })).rejects.toThrow(
      'holds no DigiOne identity provider keys',
    );
    expect(await readFile(keyFile, 'utf8')).toBe('{"keys":[]}');
  });
});
