import { expect } from '@open-wc/testing';
import {
  createApiClient,
  DigiOneApiError,
  DigiOneSdkError,
  type AccessTokenOptions,
  type ShellContext,
} from '@digione/sdk';
import { createShellHost } from '@digione/sdk/host';

interface Call {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: string | undefined;
}

/** A context whose tokens count up (`t1`, `t2`…) and a fetch that answers from a script. */
function setup(
  answers: (Response | Error)[],
  apiUrl: string | null = 'https://api.example.fi/v1/',
) {
  const tokenAsks: (AccessTokenOptions | undefined)[] = [];
  const calls: Call[] = [];
  let issued = 0;
  const context = {
    appId: 'acme',
    apiUrl: apiUrl ?? undefined,
    getAccessToken: (options?: AccessTokenOptions) => {
      tokenAsks.push(options);
      if (options?.fresh) issued++;
      return Promise.resolve(`t${Math.max(issued, 1)}`);
    },
  } as unknown as ShellContext;
  const fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    calls.push({
      url: input instanceof Request ? input.url : input.toString(),
      method: init?.method ?? 'GET',
      headers: init?.headers as Record<string, string>,
      body: init?.body as string | undefined,
    });
    init?.signal?.throwIfAborted();
    const next = answers.shift();
    if (!next) return Promise.reject(new Error('no more answers'));
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
  };
  return { api: createApiClient(context, { fetch }), calls, tokenAsks, context };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('createApiClient', () => {
  describe('on a successful call', () => {
    it('calls the context API URL with the bearer token, JSON and the query', async () => {
      const { api, calls } = setup([json(200, { week: '2026-W48' })]);
      const answer = await api.get<{ week: string }>('/week', {
        query: { week: '2026-W48', school: undefined, page: 2 },
      });
      expect(answer).to.deep.equal({ week: '2026-W48' });
      expect(calls).to.have.length(1);
      expect(calls[0]?.url).to.equal('https://api.example.fi/v1/week?week=2026-W48&page=2');
      expect(calls[0]?.headers.Authorization).to.equal('Bearer t1');
      expect(calls[0]?.headers.Accept).to.equal('application/json');
    });

    it('sends a body as JSON and answers undefined for 204', async () => {
      const { api, calls } = setup([json(201, { id: 'a1' }), new Response(null, { status: 204 })]);
      expect(await api.post('/absences', { child: 'c1' })).to.deep.equal({ id: 'a1' });
      expect(calls[0]?.method).to.equal('POST');
      expect(calls[0]?.body).to.equal('{"child":"c1"}');
      expect(calls[0]?.headers['Content-Type']).to.equal('application/json');
      const deleted = await api.delete<unknown>('/absences/a1');
      expect(deleted).to.equal(undefined);
      expect(calls[1]?.method).to.equal('DELETE');
    });
  });

  describe('when the API answers 401', () => {
    it('asks for a fresh token once and retries once', async () => {
      const { api, calls, tokenAsks } = setup([
        json(401, { error: 'invalid_token' }),
        json(200, []),
      ]);
      expect(await api.get('/messages')).to.deep.equal([]);
      expect(tokenAsks).to.deep.equal([undefined, { fresh: true }]);
      expect(calls.map((c) => c.headers.Authorization)).to.deep.equal(['Bearer t1', 'Bearer t1']);
    });

    it('gets the fresh token from the portal host, past its cache', async () => {
      const asked: (AccessTokenOptions | undefined)[] = [];
      const host = createShellHost({
        locale: 'fi',
        services: {
          getAccessToken: (_appId, audience, options) => {
            asked.push(options);
            return Promise.resolve(options?.fresh ? `fresh:${audience}` : `cached:${audience}`);
          },
        },
      });
      const { context } = host.contextFor('acme', {
        userFields: [],
        audience: 'https://api.acme.example',
        apiUrl: 'https://api.acme.example',
      });
      const sent: string[] = [];
      const api = createApiClient(context, {
        fetch: (_input, init) => {
          const auth = (init?.headers as Partial<Record<string, string>>).Authorization ?? '';
          sent.push(auth);
          return Promise.resolve(auth.includes('fresh:') ? json(200, { ok: true }) : json(401, {}));
        },
      });
      expect(await api.get('/me')).to.deep.equal({ ok: true });
      expect(asked).to.deep.equal([undefined, { fresh: true }]);
      expect(sent).to.deep.equal([
        'Bearer cached:https://api.acme.example',
        'Bearer fresh:https://api.acme.example',
      ]);
      host.dispose();
    });

    it('fails with a coded session error when the fresh token is refused too', async () => {
      const { api, calls, tokenAsks } = setup([
        json(401, {}),
        json(401, { error: 'invalid_token' }),
      ]);
      const error = await failure(api.get('/messages'));
      expect(error).to.be.instanceOf(DigiOneApiError);
      expect(error).to.be.instanceOf(DigiOneSdkError);
      const e = error as DigiOneApiError;
      expect(e.kind).to.equal('session');
      expect(e.code).to.equal('D1-SDK-181');
      expect(e.status).to.equal(401);
      expect(e.apiCode).to.equal('invalid_token');
      expect(calls).to.have.length(2);
      expect(tokenAsks).to.have.length(2);
    });
  });

  describe('when the call fails', () => {
    const cases: [number, string][] = [
      [403, 'forbidden'],
      [404, 'not-found'],
      [400, 'invalid'],
      [503, 'server'],
    ];
    for (const [status, kind] of cases) {
      it(`sorts HTTP ${status} as "${kind}" and keeps the API's answer`, async () => {
        const { api } = setup([json(status, { error: 'x', fields: { to: 'required' } })]);
        const e = (await failure(api.put('/thing', {}))) as DigiOneApiError;
        expect(e.kind).to.equal(kind);
        expect(e.code).to.equal('D1-SDK-182');
        expect(e.status).to.equal(status);
        expect(e.body).to.deep.equal({ error: 'x', fields: { to: 'required' } });
        expect(e.message).to.contain(`PUT /v1/thing: HTTP ${status}`);
      });
    }

    it('is a network error when nothing answers', async () => {
      const { api } = setup([new TypeError('Failed to fetch')]);
      const e = (await failure(api.get('/x'))) as DigiOneApiError;
      expect([e.kind, e.code, e.status]).to.deep.equal(['network', 'D1-SDK-183', 0]);
    });

    it('is a server error when the answer is not JSON', async () => {
      const { api } = setup([new Response('<html>', { status: 200 })]);
      const e = (await failure(api.get('/x'))) as DigiOneApiError;
      expect([e.kind, e.code]).to.deep.equal(['server', 'D1-SDK-182']);
    });

    it('is a session error when the portal gives no token', async () => {
      const { api, context } = setup([]);
      (context as { getAccessToken: () => Promise<string> }).getAccessToken = () =>
        Promise.reject(new Error('signed out'));
      const e = (await failure(api.get('/x'))) as DigiOneApiError;
      expect([e.kind, e.code]).to.deep.equal(['session', 'D1-SDK-181']);
      expect(e.message).to.contain('signed out');
    });

    it('is a config error when the manifest gives no API URL', async () => {
      const { api, calls } = setup([], null);
      const e = (await failure(api.get('/x'))) as DigiOneApiError;
      expect([e.kind, e.code]).to.deep.equal(['config', 'D1-SDK-180']);
      expect(calls).to.have.length(0);
    });
  });

  describe('when the caller aborts', () => {
    it('rejects with the AbortError, not an API error', async () => {
      const { api } = setup([json(200, {})]);
      const controller = new AbortController();
      controller.abort();
      const error = await failure(api.get('/x', { signal: controller.signal }));
      expect((error as Error).name).to.equal('AbortError');
      expect(error).to.not.be.instanceOf(DigiOneApiError);
    });
  });

  describe('given bad input', () => {
    it('refuses a path that is not relative to the API', async () => {
      const { api } = setup([]);
      for (const path of ['week', '//evil.example/x', 'https://evil.example/']) {
        const e = (await failure(api.get(path))) as DigiOneSdkError;
        expect(e.code).to.equal('D1-SDK-184');
      }
    });

    it('refuses something that is not a context', () => {
      expect(() => createApiClient({} as ShellContext)).to.throw(DigiOneSdkError, 'D1-SDK-184');
    });
  });
});
