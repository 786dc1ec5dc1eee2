import { expect } from '@open-wc/testing';
import type { Portal } from '../portal/boot.js';
import { testApp } from '../apps/test-manifests.js';
import { sampled, startTelemetry } from './index.js';

/** A running portal as telemetry reads it: its configuration and its apps. */
function portalWith(telemetry: unknown): Portal {
  const apps = [testApp('probe-index', ['learner'])];
  return {
    config: { telemetry },
    apps: { apps, stateOf: () => ({ status: 'idle', attempt: 0 }) },
  } as unknown as Portal;
}

describe('starting telemetry', () => {
  it('draws each page view with the configured probability', () => {
    expect(sampled(0, () => 0)).to.equal(false);
    expect(sampled(1, () => 0.999999)).to.equal(true);
    expect(sampled(0.25, () => 0.2499)).to.equal(true);
    expect(sampled(0.25, () => 0.25)).to.equal(false);
    let drawn = 0;
    for (let i = 0; i < 20_000; i++) if (sampled(0.3)) drawn++;
    // 20 000 draws at 0.3: the share is within ±0.02 but once in many millions.
    expect(drawn / 20_000).to.be.within(0.28, 0.32);
  });

  it('starts nothing without an endpoint, or in a page view not drawn', async () => {
    expect(await startTelemetry(portalWith(undefined), () => 0)).to.equal(undefined);
    const config = { endpoint: '/otlp', sampleRate: 0.1 };
    expect(await startTelemetry(portalWith(config), () => 0.5)).to.equal(undefined);
  });

  it('starts the collector for the running portal in a page view drawn', async () => {
    const collector = await startTelemetry(
      portalWith({ endpoint: '/otlp', sampleRate: 0.1 }),
      () => 0.05,
    );
    expect(collector).not.to.equal(undefined);
    collector?.stop();
  });
});
