import { expect } from '@open-wc/testing';
import { waitFor } from '../../../test/support/unit-wait.js';
import {
  ISSUER,
  ORIGIN,
  TIMETABLE,
  MESSAGES,
  harness,
  until,
  signedIn,
  appToken,
  holdTimeLimits,
  keptUsers,
  failureOf,
  otherTab,
  cleanUp,
} from './test-support.js';

/* Signing out: at the provider, and over every request still under way. */

describe('AuthService: signing out', () => {
  afterEach(cleanUp);

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
      const other = otherTab({ channel });
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
      const other = otherTab({ channel });
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
      const other = otherTab(elsewhere);
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
      const other = otherTab({ channel });
      const signedOut = until(service, 'signed-out');
      other.postMessage({ type: 'signed-out' });
      expect(await signedOut).to.deep.equal({ status: 'signed-out', reason: 'other-tab' });
      expect(keptUsers()).to.deep.equal([]);
      expect((await failureOf(appToken(service, 'timetable', TIMETABLE))).kind).to.equal('session');
    });
  });

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
