import { expect } from '@open-wc/testing';
import { TIMETABLE, MESSAGES, signedIn, appToken, cleanUp } from './test-support.js';

/* Each app's token for its own API audience, from the tab's one refresh token. */

describe('AuthService: app tokens', () => {
  afterEach(cleanUp);

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

  it('keeps apps of the same audience apart: each app gets its own token', async () => {
    const { service, provider } = await signedIn();
    const timetable = await appToken(service, 'timetable', TIMETABLE);
    const widget = await appToken(service, 'timetable-widget', TIMETABLE);
    expect(widget).not.to.equal(timetable);
    expect(provider.tokenRequests.filter((r) => r.resource === TIMETABLE)).to.have.length(2);
    expect(await appToken(service, 'timetable', TIMETABLE)).to.equal(timetable);
    expect(await appToken(service, 'timetable-widget', TIMETABLE)).to.equal(widget);
  });
});
