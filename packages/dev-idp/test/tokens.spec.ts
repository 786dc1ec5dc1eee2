/**
 * The local identity provider's refresh tokens: rotation, resource indicators (one API's audience
 * a token), and revocation (RFC 7009).
 */
import { expect, test } from '@playwright/test';
import { jwtClaims } from '../src/testing.js';
import {
  MESSAGES,
  PORTAL,
  refresh,
  signIn,
  TIMETABLE,
  UNREGISTERED,
  useIdentityProvider,
} from './support.js';

const idp = useIdentityProvider();

test.describe('refresh tokens', () => {
  test('rotate: a used refresh token is refused, and reusing it revokes the grant', async () => {
    const { tokens } = await signIn(idp);
    const first = await refresh(idp, tokens.refresh_token);
    expect(first.status).toBe(200);
    expect(first.body.refresh_token).toBeTruthy();
    expect(first.body.refresh_token).not.toBe(tokens.refresh_token);
    expect(first.body.id_token).toBeTruthy();

    const replay = await refresh(idp, tokens.refresh_token);
    expect(replay.status).toBe(400);
    expect(replay.body.error).toBe('invalid_grant');

    // Reuse means the token leaked: the newer token dies with the grant.
    const newer = await refresh(idp, first.body.refresh_token);
    expect(newer.body.error).toBe('invalid_grant');
  });

  test('with a resource: a JWT access token for that audience only', async () => {
    const { tokens } = await signIn(idp);
    const timetable = await refresh(idp, tokens.refresh_token, TIMETABLE);
    expect(timetable.status, JSON.stringify(timetable.body)).toBe(200);
    const claims = jwtClaims(timetable.body.access_token ?? '');
    expect(claims.aud).toBe(TIMETABLE);
    expect(claims.iss).toBe(idp.issuer);
    expect(claims.client_id).toBe('digione-portal');
    expect(Number(claims.exp) - Number(claims.iat)).toBe(300);

    const messages = await refresh(idp, timetable.body.refresh_token, MESSAGES);
    expect(messages.status).toBe(200);
    expect(jwtClaims(messages.body.access_token ?? '').aud).toBe(MESSAGES);
  });

  test("an API's scope is in its token when the portal asked for it", async () => {
    const { tokens } = await signIn(idp, { scope: 'openid profile timetable:read' });
    const timetable = await refresh(idp, tokens.refresh_token, TIMETABLE);
    expect(jwtClaims(timetable.body.access_token ?? '').scope).toBe('timetable:read');
  });

  test('an unknown resource, or one not named at sign-in, is refused and burns nothing', async () => {
    const { tokens } = await signIn(idp, { resources: [TIMETABLE] });
    const unknown = await refresh(idp, tokens.refresh_token, UNREGISTERED);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toBe('invalid_target');
    const notRequested = await refresh(idp, tokens.refresh_token, MESSAGES);
    expect(notRequested.body.error).toBe('invalid_target');
    const two = await refresh(idp, tokens.refresh_token, [TIMETABLE, MESSAGES]);
    expect(two.body.error).toBe('invalid_target');
    // A refused request consumed nothing: the same refresh token still works.
    const timetable = await refresh(idp, tokens.refresh_token, TIMETABLE);
    expect(timetable.status, JSON.stringify(timetable.body)).toBe(200);
  });
});

test.describe('revocation', () => {
  test('the portal revokes its refresh token from its own origin (RFC 7009, CORS)', async () => {
    const metadata = (await (
      await fetch(`${idp.issuer}/.well-known/openid-configuration`)
    ).json()) as { revocation_endpoint?: string };
    expect(metadata.revocation_endpoint).toBe(`${idp.issuer}/token/revocation`);
    const { tokens } = await signIn(idp);
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
    const refreshed = await refresh(idp, tokens.refresh_token);
    expect(refreshed.status).toBe(400);
    expect(refreshed.body.error).toBe('invalid_grant');
  });

  test('a client cannot revoke the refresh token of another', async () => {
    const { tokens } = await signIn(idp);
    const revoked = await fetch(`${idp.issuer}/token/revocation`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: tokens.refresh_token ?? '', client_id: 'other-client' }),
    });
    expect(revoked.status).toBe(200);
    const refreshed = await refresh(idp, tokens.refresh_token);
    expect(refreshed.status).toBe(200);
  });
});
