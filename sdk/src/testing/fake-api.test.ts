import { expect } from '@open-wc/testing';
import { createApiClient, type ShellContext } from '@digione/sdk';
import { fakeApi, type FakeApi } from '@digione/sdk/testing';

const API = 'https://api.example.fi';

describe('fakeApi', () => {
  let api: FakeApi | undefined;
  afterEach(() => api?.restore());

  it('records each call as the API sees it and answers with JSON', async () => {
    api = fakeApi(API, (call) =>
      call.path === '/week?w=2026-W49' ? { body: { days: 5 } } : undefined,
    );
    const response = await fetch(`${API}/week?w=2026-W49`, {
      method: 'post',
      headers: { Authorization: 'Bearer t1' },
      body: JSON.stringify({ a: 1 }),
    });
    expect(response.status).to.equal(200);
    expect(await response.json()).to.deep.equal({ days: 5 });
    const call = api.lastCall();
    expect(call.method).to.equal('POST');
    expect(call.path).to.equal('/week?w=2026-W49');
    expect(call.authorization).to.equal('Bearer t1');
    expect(call.body).to.deep.equal({ a: 1 });
  });

  it("answers the API's 404 for an unknown route, a status of the test's choosing, and a network failure", async () => {
    api = fakeApi(API, () => undefined);
    expect((await fetch(`${API}/nothing`)).status).to.equal(404);
    api.answer(() => ({ status: 503, body: { error: 'down' } }));
    expect((await fetch(`${API}/x`)).status).to.equal(503);
    api.answer(() => 'network-error');
    let failure: unknown;
    await fetch(`${API}/x`).catch((e: unknown) => (failure = e));
    expect(failure).to.be.instanceOf(TypeError);
    expect(api.calls).to.have.length(3);
  });

  it('fails a call to another origin as an unreachable server, without recording it', async () => {
    api = fakeApi(API, () => ({ body: {} }));
    let failure: unknown;
    await fetch('https://elsewhere.example.fi/').catch((e: unknown) => (failure = e));
    expect(failure).to.be.instanceOf(TypeError);
    expect(api.calls).to.deep.equal([]);
    expect(() => api?.lastCall()).to.throw(/no call to https:\/\/api.example.fi/);
  });

  it('holds answers until released, so a test can see the loading state', async () => {
    api = fakeApi(API, () => ({ body: 'done' }));
    const release = api.hold();
    let settled = false;
    const pending = fetch(`${API}/slow`).then((r) => {
      settled = true;
      return r.json() as Promise<unknown>;
    });
    await new Promise((resolve) => setTimeout(resolve));
    expect(api.calls).to.have.length(1);
    expect(settled).to.equal(false);
    release();
    expect(await pending).to.equal('done');
  });

  it('records the abort signal, and rejects a request given up before it is answered or while held', async () => {
    api = fakeApi(API, () => ({ body: 'late' }));
    const before = new AbortController();
    before.abort();
    let failure: unknown;
    await fetch(`${API}/x`, { signal: before.signal }).catch((e: unknown) => (failure = e));
    expect((failure as DOMException).name).to.equal('AbortError');
    const release = api.hold();
    const during = new AbortController();
    const pending = fetch(`${API}/y`, { signal: during.signal }).catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve));
    during.abort();
    release();
    expect(((await pending) as DOMException).name).to.equal('AbortError');
    expect(api.calls.map((call) => call.signal?.aborted)).to.deep.equal([true, true]);
  });

  it("serves the SDK's API client, token included", async () => {
    api = fakeApi(API, (call) => ({ body: { auth: call.authorization } }));
    const context = {
      apiUrl: API,
      getAccessToken: () => Promise.resolve('t2'),
    } as unknown as ShellContext;
    const client = createApiClient(context);
    expect(await client.get('/me')).to.deep.equal({ auth: 'Bearer t2' });
  });

  it('puts the real fetch back on restore', () => {
    const real = globalThis.fetch;
    api = fakeApi(API, () => undefined);
    expect(globalThis.fetch).not.to.equal(real);
    api.restore();
    expect(globalThis.fetch).to.equal(real);
  });
});
