import { expect } from '@open-wc/testing';
import { AppLoadError, importApp } from './loader.js';

const entry = new URL('./test-fixtures/signed-app.ts', import.meta.url).href;
const runs = (): number => (globalThis as { d1SignedAppRuns?: number }).d1SignedAppRuns ?? 0;

/** The subresource integrity of what the server sends for `url`, as a vendor computes it. */
async function sha384(url: string): Promise<string> {
  const body = await (await fetch(url)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', body));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

describe('importApp with an integrity hash', () => {
  it('runs an entry whose code matches the hash of its manifest', async () => {
    const url = `${entry}?case=matches`;
    const before = runs();
    const loaded = await importApp('signed', url, {
      timeoutMs: 10_000,
      integrity: await sha384(url),
    });
    expect(typeof loaded.lifecycles.mount).to.equal('function');
    expect(runs()).to.equal(before + 1);
  });

  it('refuses an entry whose code differs, and never runs it, retried or not', async () => {
    const before = runs();
    // The hash of other code: what a tampered CDN copy would meet.
    const integrity = await sha384(new URL('./loader.ts', import.meta.url).href);
    for (const attempt of ['first', 'retry']) {
      let error: unknown;
      try {
        await importApp('signed', `${entry}?case=${attempt}`, { timeoutMs: 10_000, integrity });
      } catch (caught) {
        error = caught;
      }
      expect(error).to.be.instanceOf(AppLoadError);
      expect((error as Error).message).to.contain('does not match the integrity hash');
      expect((error as Error).message).to.contain('"signed"');
    }
    expect(runs()).to.equal(before);
  });

  it('imports as before when the manifest gives no hash', async () => {
    const loaded = await importApp('signed', `${entry}?case=unsigned`, { timeoutMs: 10_000 });
    expect(typeof loaded.lifecycles.unmount).to.equal('function');
  });
});
