import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitFor } from '../../../test/support/unit-wait.js';
import { startCollector, webVitals, type TelemetryHost, type VitalReport } from './collector.js';
import { hideThePage } from './test-support.js';

// The web-vitals library keeps its state per page: this file has the page to itself.
describe("the page's Web Vitals, through the web-vitals library", () => {
  it('reports FCP and TTFB as they come, LCP at the first input, and CLS when the page is hidden', async () => {
    const heading = document.createElement('h1');
    heading.textContent = 'Lukujärjestys';
    document.body.append(heading);
    const host: TelemetryHost = {
      win: window,
      apps: () => [],
      failureOf: () => undefined,
      onSettled: () => () => undefined,
      currentApp: () => undefined,
    };
    const seen: VitalReport['name'][] = [];
    const bodies: string[] = [];
    const collector = startCollector(host, {
      endpoint: '/otlp',
      sampleRate: 1,
      transport: (_url, body) => bodies.push(body),
      vitals: (report) => {
        webVitals((vital) => {
          seen.push(vital.name);
          report(vital);
        });
      },
    });
    try {
      await waitFor(() => seen.includes('FCP') && seen.includes('TTFB'), 'FCP and TTFB reported');
      // The largest paint is final once the person acts (the library wants a real key press).
      await sendKeys({ press: 'Shift' });
      await waitFor(() => seen.includes('LCP'), 'LCP reported after a key press');
      expect(bodies, 'nothing sent while the page is visible').to.deep.equal([]);
      hideThePage();
      expect(seen).to.include('CLS');
      const names = bodies.flatMap((body) =>
        [...body.matchAll(/"name":"(digione\.web_vitals\.[a-z]+)"/g)].map((m) => m[1]),
      );
      expect(names).to.include.members([
        'digione.web_vitals.fcp',
        'digione.web_vitals.ttfb',
        'digione.web_vitals.lcp',
        'digione.web_vitals.cls',
      ]);
    } finally {
      collector.stop();
      heading.remove();
    }
  });
});
