import { expect } from '@open-wc/testing';
import { RegistryError, describeSkipped, loadRegistry, readRegistry } from './registry.js';
import { testApp } from './test-manifests.js';

function collect(): { lines: string[]; log: (line: string) => void } {
  const lines: string[] = [];
  return { lines, log: (line) => lines.push(line) };
}

/** A fetch that never answers; `signals` collects the signal of each request. */
function silent(signals: AbortSignal[] = []): typeof fetch {
  return (_url, init) => {
    if (init?.signal) signals.push(init.signal);
    return new Promise<Response>(() => undefined);
  };
}

/**
 * A body that `chunk` starts and that then never ends (`endless: false`, it waits forever) or
 * streams 64 KiB chunks forever (`endless: true`). `cancelled` resolves once the reader cancels it.
 */
function stream(
  chunk: string,
  endless: boolean,
): { body: ReadableStream; cancelled: Promise<void> } {
  let cancel = (): void => undefined;
  const cancelled = new Promise<void>((resolve) => (cancel = resolve));
  const encoder = new TextEncoder();
  let started = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(chunk));
        return undefined;
      }
      if (endless) {
        controller.enqueue(encoder.encode(' '.repeat(64 * 1024)));
        return undefined;
      }
      return new Promise<void>(() => undefined);
    },
    cancel() {
      cancel();
    },
  });
  return { body, cancelled };
}

const BASE = 'https://portal.example.fi/';

describe('the app registry', () => {
  describe('when every manifest is valid', () => {
    it('runs every app, in order, and logs nothing', () => {
      const { lines, log } = collect();
      const result = readRegistry(
        [testApp('timetable', ['learner']), testApp('messages', ['teacher'])],
        log,
      );
      expect(result.apps.map((a) => a.id)).to.deep.equal(['timetable', 'messages']);
      expect(result.skipped).to.deep.equal([]);
      expect(lines).to.deep.equal([]);
    });
  });

  describe('when some manifests are invalid', () => {
    it('skips each with one console line naming the app and every field, and runs the rest', () => {
      const { lines, log } = collect();
      const broken = {
        ...testApp('broken', ['learner']),
        entry: 'javascript:alert(1)',
        roles: ['wizard'],
      };
      const nameless = { icon: 'apps' };
      const result = readRegistry(
        [testApp('timetable', ['learner']), broken, nameless, testApp('messages', ['teacher'])],
        log,
      );
      expect(result.apps.map((a) => a.id)).to.deep.equal(['timetable', 'messages']);
      expect(result.skipped.map((s) => [s.id, s.index])).to.deep.equal([
        ['broken', 1],
        [undefined, 2],
      ]);
      const paths = result.skipped[0]?.errors.map((e) => e.path);
      expect(paths).to.include('entry');
      expect(paths).to.include('roles[0]');
      expect(lines).to.have.length(2);
      expect(lines[0]).to.contain('"broken"').and.contain('[1]').and.contain('entry:');
      expect(lines[0]).to.contain('roles[0]:');
      expect(lines[1]).to.contain('registry entry [2]');
    });

    it('refuses an app whose contract range this shell does not satisfy', () => {
      const { log } = collect();
      const result = readRegistry([testApp('future', ['learner'], { contract: '^2.0.0' })], log);
      expect(result.apps).to.deep.equal([]);
      expect(result.skipped[0]?.errors[0]?.path).to.equal('contract');
    });

    it('keeps the first of two apps with one id or overlapping routes', () => {
      const { log } = collect();
      const result = readRegistry(
        [
          testApp('timetable', ['learner']),
          testApp('timetable', ['teacher'], { routes: ['/other'], nav: [] }),
          testApp('copy', ['learner'], { routes: ['/timetable/week'], nav: [] }),
        ],
        log,
      );
      expect(result.apps.map((a) => a.id)).to.deep.equal(['timetable']);
      expect(result.skipped.map((s) => s.index)).to.deep.equal([1, 2]);
    });

    it("refuses an app that claims one of the portal's own pages", () => {
      const { lines, log } = collect();
      const result = readRegistry(
        [testApp('feedback', ['learner'], { routes: ['/palaute'], nav: [] })],
        log,
      );
      expect(result.apps).to.deep.equal([]);
      expect(result.skipped[0]).to.deep.include({ id: 'feedback', index: 0 });
      expect(result.skipped[0]?.errors[0]?.path).to.equal('routes[0]');
      expect(lines[0]).to.contain('/palaute');
    });
  });

  describe('when two apps declare one API audience', () => {
    it('skips the later one, naming it, the field and the app that has the audience', () => {
      const { lines, log } = collect();
      const audience = { audience: 'https://api.shared.example.fi' };
      const result = readRegistry(
        [
          testApp('first', ['learner'], { api: audience }),
          testApp('second', ['learner'], { api: audience }),
          testApp('third', ['learner']),
        ],
        log,
      );
      expect(result.apps.map((a) => a.id)).to.deep.equal(['first', 'third']);
      expect(result.skipped).to.have.length(1);
      expect(result.skipped[0]).to.deep.include({ id: 'second', index: 1 });
      expect(result.skipped[0]?.errors.map((e) => e.path)).to.deep.equal(['api.audience']);
      expect(lines).to.have.length(1);
      expect(lines[0])
        .to.contain('"second"')
        .and.contain('api.audience:')
        .and.contain('app "first"');
    });
  });

  describe('when checked as the production portal checks it', () => {
    const registry = [
      testApp('local-api', ['learner'], {
        api: { audience: 'urn:digione:api:local-api', url: 'http://localhost:8080' },
      }),
      testApp('cdn', ['learner'], { entry: 'https://cdn.example.fi/app.js' }),
      testApp('framed', ['learner'], {
        isolation: 'iframe',
        origin: 'https://framed.example.fi',
        entry: 'https://framed.example.fi/index.html',
        integrity: 'sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC',
      }),
      testApp('timetable', ['learner']),
    ];
    it('runs apps on localhost and from another origin while developing', () => {
      const { log } = collect();
      const result = readRegistry(registry, log);
      expect(result.apps.map((a) => a.id)).to.deep.equal(['local-api', 'cdn', 'timetable']);
    });
    it('skips them in production, naming each field, and skips an iframe app with integrity', () => {
      const { lines, log } = collect();
      const result = readRegistry(registry, log, {
        production: true,
        portalOrigin: 'https://portal.example.fi',
      });
      expect(result.apps.map((a) => a.id)).to.deep.equal(['timetable']);
      expect(result.skipped.map((s) => [s.id, s.errors.map((e) => e.path)])).to.deep.equal([
        ['local-api', ['api.url']],
        ['cdn', ['integrity']],
        ['framed', ['integrity']],
      ]);
      expect(lines[2]).to.contain('cannot be enforced on a framed page');
    });
    it('checks a loaded registry the same way', async () => {
      const result = await loadRegistry('/registry.json', {
        fetch: () => Promise.resolve(new Response(JSON.stringify(registry))),
        base: BASE,
        log: () => undefined,
        production: true,
        portalOrigin: 'https://portal.example.fi',
      });
      expect(result.apps.map((a) => a.id)).to.deep.equal(['timetable']);
    });
  });

  describe('when the registry is not a list', () => {
    it('throws a RegistryError, for the shell to show with a retry', () => {
      expect(() => readRegistry({ apps: [] })).to.throw(RegistryError);
    });
  });

  it('describes a skipped entry for the operator', () => {
    expect(
      describeSkipped({ index: 3, errors: [{ path: 'nav[0].label.sv', message: 'Add it.' }] }),
    ).to.equal(
      '[DigiOne] The app at registry entry [3] was skipped: its manifest is not valid.\n  nav[0].label.sv: Add it.',
    );
  });

  describe('loading over HTTP', () => {
    const answer =
      (status: number, body: string, seen: string[] = []): typeof fetch =>
      (url) => {
        seen.push(url instanceof Request ? url.url : url.toString());
        return Promise.resolve(new Response(body, { status }));
      };

    it('resolves a path against the portal and revalidates', async () => {
      const seen: string[] = [];
      const result = await loadRegistry('/registry.json', {
        fetch: answer(200, JSON.stringify([testApp('timetable', ['learner'])]), seen),
        base: 'https://portal.example.fi/some/page',
      });
      expect(seen).to.deep.equal(['https://portal.example.fi/registry.json']);
      expect(result.apps).to.have.length(1);
    });

    it('says why a registry cannot be used', async () => {
      const failing = (fetchImpl: typeof fetch) =>
        loadRegistry('/registry.json', { fetch: fetchImpl, base: 'https://p.example.fi/' }).catch(
          (e: unknown) => e,
        );
      const http = (await failing(answer(503, ''))) as RegistryError;
      expect(http.kind).to.equal('http');
      expect(http.message).to.contain('503');
      const json = (await failing(answer(200, '<html>'))) as RegistryError;
      expect(json.kind).to.equal('invalid');
      const down = (await failing(() =>
        Promise.reject(new TypeError('Failed to fetch')),
      )) as RegistryError;
      expect(down.kind).to.equal('unreachable');
    });
  });

  describe('when the registry is slow or large', () => {
    const failing = (options: Parameters<typeof loadRegistry>[1]) =>
      loadRegistry('/registry.json', { base: BASE, ...options }).then(
        () => {
          throw new Error('the registry loaded');
        },
        (error: unknown) => error as RegistryError,
      );

    it('gives up on an answer that never comes, cancelling the request', async () => {
      const signals: AbortSignal[] = [];
      const error = await failing({ fetch: silent(signals), timeoutMs: 20 });
      expect(error).to.be.instanceOf(RegistryError);
      expect(error.kind).to.equal('timeout');
      expect(error.message).to.equal(
        'The app registry https://portal.example.fi/registry.json did not load within 20 ms.',
      );
      expect(signals).to.have.length(1);
      expect(signals[0]?.aborted).to.equal(true);
    });

    it('gives up on a body that never ends, and stops reading it', async () => {
      const { body, cancelled } = stream('[', false);
      const error = await failing({
        fetch: () => Promise.resolve(new Response(body)),
        timeoutMs: 20,
      });
      expect(error.kind).to.equal('timeout');
      await cancelled;
    });

    it('stops reading a body past its size limit', async () => {
      const { body, cancelled } = stream('[', true);
      const error = await failing({
        fetch: () => Promise.resolve(new Response(body)),
        maxBytes: 256 * 1024,
        timeoutMs: 60_000,
      });
      expect(error.kind).to.equal('too-large');
      expect(error.message).to.equal(
        'The app registry https://portal.example.fi/registry.json is larger than 256 KiB, the most the portal reads.',
      );
      await cancelled;
    });

    it('stops reading by default past 2 MiB', async () => {
      const { body } = stream('[', true);
      const error = await failing({ fetch: () => Promise.resolve(new Response(body)) });
      expect(error.kind).to.equal('too-large');
      expect(error.message).to.contain('larger than 2 MiB');
    });

    it('fails at once when the announced length is over the limit', async () => {
      const { body, cancelled } = stream('[', false);
      const error = await failing({
        fetch: () =>
          Promise.resolve(new Response(body, { headers: { 'content-length': '1048577' } })),
        maxBytes: 1024 * 1024,
        timeoutMs: 60_000,
      });
      expect(error.kind).to.equal('too-large');
      await cancelled;
    });

    it('reads a body that arrives in pieces, split inside a character', async () => {
      const name = { fi: 'Päiväkirja', sv: 'Dagbok' };
      const bytes = new TextEncoder().encode(
        JSON.stringify([testApp('paivakirja', ['learner'], { name })]),
      );
      // Between the two bytes of the first "ä".
      const split = bytes.indexOf(0xc3) + 1;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes.slice(0, split));
          controller.enqueue(bytes.slice(split));
          controller.close();
        },
      });
      const result = await loadRegistry('/registry.json', {
        fetch: () => Promise.resolve(new Response(body)),
        base: BASE,
        maxBytes: bytes.length,
      });
      expect(result.apps.map((a) => a.name)).to.deep.equal([name]);
    });

    it('stops at once when the caller aborts, without waiting for the time limit', async () => {
      const controller = new AbortController();
      const signals: AbortSignal[] = [];
      const pending = failing({
        fetch: silent(signals),
        timeoutMs: 60_000,
        signal: controller.signal,
      });
      controller.abort();
      const error = await pending;
      expect(error.kind).to.equal('aborted');
      expect(signals[0]?.aborted).to.equal(true);
    });
  });
});
