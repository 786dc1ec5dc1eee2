/** RP-initiated logout at the local identity provider, over plain HTTP. */
import { expect, test } from '@playwright/test';
import { authorize, logOut, PORTAL, refresh, signIn, useIdentityProvider } from './support.js';

const idp = useIdentityProvider();

test.describe('RP-initiated logout', () => {
  test('RP-initiated logout ends the session and its refresh tokens', async () => {
    const { jar, tokens } = await signIn(idp, { username: 'guardian' });
    const end = new URL(`${idp.issuer}/session/end`);
    end.searchParams.set('id_token_hint', tokens.id_token ?? '');
    end.searchParams.set('post_logout_redirect_uri', `${PORTAL}/`);
    end.searchParams.set('state', 'bye');
    const { page, done } = await logOut(jar, idp, end);
    expect(page).toContain('<html lang="fi">');
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`${PORTAL}/?state=bye`);

    const refreshed = await refresh(idp, tokens.refresh_token);
    expect(refreshed.body.error).toBe('invalid_grant');

    // The next authorization asks the person again instead of answering at once.
    const again = await authorize(jar, idp);
    expect(again.url).toMatch(/\/interaction\/[\w-]+$/);
    expect(again.response.status).toBe(200);
  });

  test('RP-initiated logout names the client, not the person: no ID token needed', async () => {
    const { jar, tokens } = await signIn(idp, { username: 'pupil' });
    const end = new URL(`${idp.issuer}/session/end`);
    end.searchParams.set('client_id', 'digione-portal');
    end.searchParams.set('post_logout_redirect_uri', `${PORTAL}/`);
    const { done } = await logOut(jar, idp, end);
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`${PORTAL}/`);
    const refreshed = await refresh(idp, tokens.refresh_token);
    expect(refreshed.body.error).toBe('invalid_grant');
  });

  test('RP-initiated logout to an unregistered address is refused', async () => {
    const end = new URL(`${idp.issuer}/session/end`);
    end.searchParams.set('client_id', 'digione-portal');
    end.searchParams.set('post_logout_redirect_uri', 'https://evil.example/');
    const answer = await fetch(end.href, { redirect: 'manual' });
    expect(answer.status).toBe(400);
    expect(await answer.text()).toContain('invalid_request');
  });
});
