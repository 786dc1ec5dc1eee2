import { expect } from '@open-wc/testing';
import { fetchRegistry } from '../apps/registry.js';
import { REGISTRY_REQUEST, requestRegistryEarly } from './early-registry.js';

const PORTAL = 'http://portal.test/';
const ENTRIES = [{ id: 'timetable' }];

interface Network {
  readonly win: Window;
  /** Every request the page made, in order. */
  readonly requests: { readonly url: string; readonly init: RequestInit | undefined }[];
  /** Resolves at the page's next request. */
  next(): Promise<void>;
}

/** A page whose requests are answered with the registry's entries (or hang until cancelled). */
function network(hang = false): Network {
  const requests: Network['requests'] = [];
  let waiting: (() => void) | undefined;
  const fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    requests.push({ url: input instanceof Request ? input.url : String(input), init });
    waiting?.();
    if (!hang) return Promise.resolve(Response.json(ENTRIES));
    // As fetch does: an aborted request rejects, at once if it was aborted before it began.
    return new Promise((_, reject) => {
      const stopped = () => {
        reject(new DOMException('stopped', 'AbortError'));
      };
      if (init?.signal?.aborted) stopped();
      init?.signal?.addEventListener('abort', stopped);
    });
  };
  return {
    win: { fetch, location: { href: `${PORTAL}kokeet` } } as unknown as Window,
    requests,
    next: () =>
      new Promise((resolve) => {
        waiting = resolve;
      }),
  };
}

const config = (body: unknown, status = 200): Promise<Response> =>
  Promise.resolve(new Response(JSON.stringify(body), { status }));

describe('requestRegistryEarly', () => {
  it('asks for a registry on the portal’s origin once the configuration names it, and hands that answer to the loader’s first request', async () => {
    const page = network();
    const asked = page.next();
    const registryFetch = requestRegistryEarly(page.win, config({ registry: '/registry.json' }));
    await asked;
    expect(page.requests).to.deep.equal([
      {
        url: `${PORTAL}registry.json`,
        init: { ...REGISTRY_REQUEST, signal: page.requests[0]?.init?.signal },
      },
    ]);
    const options = { fetch: registryFetch, base: page.win.location.href };
    expect(await fetchRegistry('/registry.json', options)).to.deep.equal(ENTRIES);
    expect(page.requests).to.have.length(1);
    // A retry asks the network again.
    expect(await fetchRegistry('/registry.json', options)).to.deep.equal(ENTRIES);
    expect(page.requests).to.have.length(2);
  });

  it('leaves the configuration’s body for the boot to read', async () => {
    const page = network();
    const answer = config({ registry: '/registry.json' });
    requestRegistryEarly(page.win, answer);
    expect(await (await answer).json()).to.deep.equal({ registry: '/registry.json' });
  });

  for (const [what, body, status] of [
    ['a registry on another origin', { registry: 'https://cdn.example.fi/registry.json' }, 200],
    ['a path that leads to another host', { registry: '//cdn.example.fi/registry.json' }, 200],
    ['no registry', {}, 200],
    ['a configuration that failed', { registry: '/registry.json' }, 500],
  ] as const) {
    it(`asks for nothing early with ${what}, and lets the loader ask`, async () => {
      const page = network();
      const registryFetch = requestRegistryEarly(page.win, config(body, status));
      const url = 'https://cdn.example.fi/registry.json';
      await registryFetch(url, REGISTRY_REQUEST);
      expect(page.requests.map((request) => request.url)).to.deep.equal([url]);
    });
  }

  it('cancels the early request when the loader cancels its own', async () => {
    const page = network(true);
    const asked = page.next();
    const registryFetch = requestRegistryEarly(page.win, config({ registry: '/registry.json' }));
    await asked;
    const stop = new AbortController();
    const answer = registryFetch(`${PORTAL}registry.json`, {
      ...REGISTRY_REQUEST,
      signal: stop.signal,
    });
    // The loader holds the early answer (no second request) until it gives up on it: aborted once
    // the tasks under way have run, not before.
    await new Promise((resolve) => setTimeout(resolve));
    stop.abort();
    let error: unknown;
    try {
      await answer;
    } catch (caught) {
      error = caught;
    }
    expect((error as DOMException | undefined)?.name).to.equal('AbortError');
    expect(page.requests).to.have.length(1);
    expect(page.requests[0]?.init?.signal?.aborted).to.equal(true);
  });
});
