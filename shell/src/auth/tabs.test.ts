import { expect } from '@open-wc/testing';
import { waitFor } from '../../../test/support/unit-wait.js';
import { ISSUER, ORIGIN, harness, until, signedIn, otherTab, cleanUp } from './test-support.js';

/* The tabs of one portal: sign-in and sign-out told to each other, and each tab's own refresh-token family. */

describe('AuthService: between tabs', () => {
  afterEach(cleanUp);

  it('signs out when another tab does', async () => {
    const back = await signedIn();
    const other = otherTab(back);
    const signedOut = until(back.service, 'signed-out');
    other.postMessage({ type: 'signed-out' });
    expect(await signedOut).to.deep.equal({ status: 'signed-out', reason: 'other-tab' });
  });

  it('tells other tabs when it signs in and out', async () => {
    const first = harness();
    await first.service.start();
    const state = new URL(first.redirects[0] ?? '').searchParams.get('state') ?? '';
    first.provider.nonce = new URL(first.redirects[0] ?? '').searchParams.get('nonce') ?? undefined;
    const back = harness(`${ORIGIN}/auth/callback?code=abc&state=${state}`, first.provider);
    const listener = otherTab(back);
    const heard: unknown[] = [];
    listener.onmessage = (event) => heard.push(event.data);
    await back.service.start();
    await back.service.signOut();
    await waitFor(() => heard.length >= 2, 'both messages in the other tab');
    expect(heard).to.deep.equal([{ type: 'signed-in' }, { type: 'signed-out' }]);
    expect(back.redirects.at(-1)).to.match(new RegExp(`^${ISSUER}/session/end\\?`));
  });

  it('a duplicated tab signs in for a refresh-token family of its own', async () => {
    // Both tabs of this page share sessionStorage, as a duplicated tab starts with a copy of it.
    const original = await signedIn('/', { userStore: 'session' });
    const spent = original.provider.tokenRequests.length;
    const duplicate = harness(`${ORIGIN}/viestit`, original.provider, { userStore: 'session' });
    await duplicate.service.start();
    expect(duplicate.service.current.status).to.equal('redirecting');
    expect(new URL(duplicate.redirects[0] ?? '').pathname).to.equal('/auth');
    expect(original.provider.tokenRequests).to.have.length(spent);
    expect(original.service.current.status).to.equal('signed-in');
  });

  it('a reloaded tab keeps its own refresh-token family', async () => {
    const before = await signedIn('/', { userStore: 'session' });
    before.service.dispose();
    // The page that went away has let go of its family (the lock is free again).
    const family = sessionStorage.getItem('digione.auth.family') ?? '';
    await navigator.locks.request(`digione.auth.family.${family}`, () => undefined);
    const reloaded = harness(`${ORIGIN}/viestit`, before.provider, { userStore: 'session' });
    await reloaded.service.start();
    expect(reloaded.service.current.status).to.equal('signed-in');
    expect(reloaded.redirects).to.deep.equal([]);
  });
});
