import { expect } from '@open-wc/testing';
import { renewalRetryDelay } from './renewal.js';
import { nextTask } from '../../../test/support/unit-wait.js';
import {
  TIMETABLE,
  MESSAGES,
  signedIn,
  appToken,
  holdTimeLimits,
  failureOf,
  cleanUp,
} from './test-support.js';

/* A provider that does not answer: every request bounded in time, renewal backing off. */

describe('AuthService: when the provider hangs or cannot be reached', () => {
  afterEach(cleanUp);

  it('a token request fails as unreachable within the limit, and the next one gets through', async () => {
    const limits = holdTimeLimits();
    const { service, provider } = await signedIn('/', { requestTimeoutMs: 200 });
    provider.hang = true;
    const arrived = provider.arrived();
    const failing = failureOf(appToken(service, 'timetable', TIMETABLE));
    await arrived;
    limits.passAll();
    expect((await failing).kind).to.equal('unreachable');
    provider.hang = false;
    expect(await appToken(service, 'timetable', TIMETABLE)).to.match(/^jwt-for-/);
  });

  it('a token answer whose body never ends fails as unreachable within the limit', async () => {
    const limits = holdTimeLimits();
    const { service, provider } = await signedIn('/', { requestTimeoutMs: 200 });
    provider.hangBody = true;
    const arrived = provider.arrived();
    const failing = failureOf(appToken(service, 'timetable', TIMETABLE));
    await arrived;
    // The answer's headers reach the service in promises: a task later, it is reading the body.
    await nextTask();
    limits.passAll();
    expect((await failing).kind).to.equal('unreachable');
    provider.hangBody = false;
    expect(await appToken(service, 'messages', MESSAGES)).to.match(/^jwt-for-/);
  });

  it('a renewal gives up within the limit and the token still in hand keeps working', async () => {
    const limits = holdTimeLimits();
    const { service, provider } = await signedIn('/', { requestTimeoutMs: 200 });
    provider.hang = true;
    const arrived = provider.arrived();
    const renewing = service.renew();
    await arrived;
    limits.passAll();
    await renewing;
    expect(service.current.status).to.equal('signed-in');
    provider.hang = false;
    await service.renew();
    expect(service.current.status).to.equal('signed-in');
    expect(provider.tokenRequests.filter((r) => r.grant === 'refresh_token')).to.have.length(2);
  });

  it('a request hung in one tab does not hold up renewal in another', async () => {
    const stuck = await signedIn('/', { requestTimeoutMs: 60_000 });
    stuck.provider.hang = true;
    const arrived = stuck.provider.arrived();
    const hung = appToken(stuck.service, 'timetable', TIMETABLE).catch(() => undefined);
    await arrived;
    const other = await signedIn();
    await other.service.renew();
    expect(other.service.current.status).to.equal('signed-in');
    expect(other.provider.tokenRequests.map((r) => r.grant)).to.deep.equal([
      'authorization_code',
      'refresh_token',
    ]);
    stuck.service.dispose();
    await hung;
  });

  it('backs off renewal while the provider is unreachable: exponential, full jitter, capped', () => {
    const most = (attempt: number): number => renewalRetryDelay(attempt, () => 0.999_999);
    expect([0, 1, 2, 3, 4, 5].map(most)).to.deep.equal([
      1_999, 3_999, 7_999, 15_999, 31_999, 59_999,
    ]);
    expect(most(20)).to.equal(59_999);
    expect(renewalRetryDelay(3, () => 0)).to.equal(0);
    expect(renewalRetryDelay(3, () => 0.5)).to.equal(8_000);
  });
});
