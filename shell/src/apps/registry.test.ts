import { expect } from '@open-wc/testing';
import { RegistryError, describeSkipped, loadRegistry, readRegistry } from './registry.js';
import { testApp } from './test-manifests.js';

function collect(): { lines: string[]; log: (line: string) => void } {
  const lines: string[] = [];
  return { lines, log: (line) => lines.push(line) };
}

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
});
