import { expect } from '@open-wc/testing';
import { ISSUER, ORIGIN, TIMETABLE, MESSAGES, harness, signedIn, cleanUp } from './test-support.js';

/* The auth service signs a person in: to the provider and back with a code, or to its error page. */

describe('AuthService: signing in', () => {
  afterEach(cleanUp);

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
});
