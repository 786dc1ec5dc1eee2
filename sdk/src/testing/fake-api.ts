/**
 * A fake of an app's HTTP API for its unit tests: `fetch` is replaced for the test, every call is
 * recorded as the API would see it (method, URL, bearer token, JSON body), and the test answers each
 * call. A call to any other origin fails as an unreachable server does, so an app that calls the
 * wrong address fails its test rather than reaching the network.
 *
 *   const api = fakeApi('https://api.timetable.example.fi', (call) =>
 *     call.url.pathname === '/week' ? { body: WEEK } : undefined);
 *   afterEach(() => api.restore());
 *   ...
 *   expect(api.calls[0].authorization).to.equal('Bearer token-for-the-timetable-api');
 */

/** One call the app made, as the API would see it. */
export interface ApiCall {
  readonly method: string;
  readonly url: URL;
  /** `pathname + search`, for matching routes in tests. */
  readonly path: string;
  /** The `Authorization` header, or null. */
  readonly authorization: string | null;
  /** The JSON body parsed, or undefined when there was none. */
  readonly body: unknown;
  /** The call's abort signal, or null: a test can see whether the app gave the request up. */
  readonly signal: AbortSignal | null;
}

/**
 * What the fake answers: a `Response`; `{ status?, body? }` for a JSON response (status 200 by
 * default); `'network-error'` for a failed connection; `undefined` for the API's 404.
 */
export type ApiAnswer =
  Response | { readonly status?: number; readonly body?: unknown } | 'network-error' | undefined;

/** Answers one call; may be async (a test that holds an answer returns a promise). */
export type ApiHandler = (call: ApiCall) => ApiAnswer | Promise<ApiAnswer>;

/** The fake in place: its calls, and ways to change its answers and to take it away. */
export interface FakeApi {
  /** Every call made to the API's origin since the fake was put in place, in order. */
  readonly calls: readonly ApiCall[];
  /** The most recent call; throws when there has been none. */
  lastCall(): ApiCall;
  /** Answers the following calls with `handler`. */
  answer(handler: ApiHandler): void;
  /** Holds every answer until the returned function is called (to see a loading state). */
  hold(): () => void;
  /** Puts the real `fetch` back. Safe to call twice. */
  restore(): void;
}

const toResponse = (answer: Exclude<ApiAnswer, 'network-error'>): Response => {
  if (answer instanceof Response) return answer;
  if (answer === undefined) return Response.json({ error: 'not_found' }, { status: 404 });
  return Response.json(answer.body ?? null, { status: answer.status ?? 200 });
};

/** Replaces `globalThis.fetch` with a fake of the API at `origin` answering with `handler`. */
export function fakeApi(origin: string, handler: ApiHandler): FakeApi {
  const expected = new URL(origin).origin;
  const realFetch = globalThis.fetch;
  const calls: ApiCall[] = [];
  let answer = handler;
  let gate: Promise<void> | undefined;

  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : undefined;
    const url = new URL(
      input instanceof Request ? input.url : input instanceof URL ? input.href : input,
    );
    if (url.origin !== expected) throw new TypeError('Failed to fetch');
    const headers = new Headers(init?.headers ?? request?.headers);
    const text = typeof init?.body === 'string' ? init.body : undefined;
    const signal = init?.signal ?? request?.signal ?? null;
    const call: ApiCall = {
      method: (init?.method ?? request?.method ?? 'GET').toUpperCase(),
      url,
      path: url.pathname + url.search,
      authorization: headers.get('authorization'),
      body: text === undefined || text === '' ? undefined : (JSON.parse(text) as unknown),
      signal,
    };
    calls.push(call);
    // A request given up before it is answered (or while held) rejects with the reason, as a real
    // fetch does; an answer the handler is still making arrives, so a test can see the app ignore it.
    signal?.throwIfAborted();
    await gate;
    signal?.throwIfAborted();
    const result = await answer(call);
    if (result === 'network-error') throw new TypeError('Failed to fetch');
    return toResponse(result);
  };

  return {
    calls,
    lastCall() {
      const last = calls.at(-1);
      if (!last) throw new Error(`fakeApi: the app has made no call to ${expected}.`);
      return last;
    },
    answer(next) {
      answer = next;
    },
    hold() {
      let release = (): void => undefined;
      const held = new Promise<void>((resolve) => {
        release = () => {
          if (gate === held) gate = undefined;
          resolve();
        };
      });
      gate = held;
      return release;
    },
    restore() {
      globalThis.fetch = realFetch;
    },
  };
}
