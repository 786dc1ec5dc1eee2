import { expect } from '@open-wc/testing';
import type { AppManifest } from '@digione/sdk';
import { DigiOneSdkError } from '../../../sdk/src/app/errors.js';
import { testApp } from '../apps/test-manifests.js';
import { MAX_LOGS } from './batch.js';
import { signalUrl } from './beacon.js';
import {
  startCollector,
  type AppFailure,
  type Collector,
  type TelemetryHost,
  type VitalReport,
} from './collector.js';
import { attributesOf, hideThePage } from './test-support.js';

interface Sent {
  readonly url: string;
  readonly body: Record<string, unknown>;
}

/** A running portal as the collector sees it, with apps and failures the test sets. */
class FakeHost implements TelemetryHost {
  readonly win = window;
  manifests: AppManifest[] = [];
  failures = new Map<string, AppFailure>();
  current: string | undefined;
  #listeners = new Set<() => void>();
  apps = (): readonly AppManifest[] => this.manifests;
  failureOf = (id: string): AppFailure | undefined => this.failures.get(id);
  currentApp = (): string | undefined => this.current;
  onSettled(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
  /** The app fails, and routing settles. */
  fail(id: string, failure: AppFailure): void {
    this.failures.set(id, failure);
    for (const listener of this.#listeners) listener();
  }
}

function metricNamed(sent: readonly Sent[], name: string): Record<string, unknown> | undefined {
  for (const request of sent) {
    const body = request.body as {
      resourceMetrics?: { scopeMetrics: { metrics: { name: string }[] }[] }[];
    };
    const metric = body.resourceMetrics?.[0]?.scopeMetrics[0]?.metrics.find((m) => m.name === name);
    if (metric) return metric;
  }
  return undefined;
}

function logRecordsOf(sent: readonly Sent[]): { body: { stringValue: string } }[] {
  return sent.flatMap(
    (request) =>
      (
        request.body as {
          resourceLogs?: { scopeLogs: { logRecords: { body: { stringValue: string } }[] }[] }[];
        }
      ).resourceLogs?.[0]?.scopeLogs[0]?.logRecords ?? [],
  );
}

describe('the telemetry collector', () => {
  let host: FakeHost;
  let sent: Sent[];
  let collector: Collector | undefined;
  let vitals: ((vital: VitalReport) => void) | undefined;

  const start = (): Collector => {
    collector = startCollector(host, {
      endpoint: '/otlp/',
      sampleRate: 0.5,
      transport: (url, body) =>
        sent.push({ url, body: JSON.parse(body) as Record<string, unknown> }),
      vitals: (report) => {
        vitals = report;
      },
    });
    return collector;
  };

  beforeEach(() => {
    host = new FakeHost();
    sent = [];
    vitals = undefined;
  });
  afterEach(() => {
    collector?.stop();
    collector = undefined;
  });

  it('sends nothing before the page is hidden, and everything gathered when it is', () => {
    host.manifests = [{ ...testApp('probe-one', ['learner']), version: '2.3.1' }];
    start();
    performance.measure('digione:app:probe-one:load', { start: 0, duration: 120 });
    performance.measure('digione:app:probe-one:mount', { start: 0, duration: 30 });
    performance.measure('digione:app:probe-one:unmount', { start: 0, duration: 5 });
    performance.measure('somebody-else', { start: 0, duration: 5 });
    expect(sent).to.deep.equal([]);
    hideThePage();
    expect(sent.map((s) => s.url)).to.deep.equal([
      signalUrl('/otlp', '/v1/metrics', location.href),
    ]);
    expect(sent[0].url).to.equal(`${location.origin}/otlp/v1/metrics`);
    const metric = metricNamed(sent, 'digione.app.lifecycle.duration') as {
      unit: string;
      histogram: { dataPoints: { count: string; sum: number }[] };
    };
    expect(metric.unit).to.equal('ms');
    expect(metric.histogram.dataPoints.map((p) => [p.count, p.sum])).to.deep.equal([
      ['1', 120],
      ['1', 30],
    ]);
    const attributes = attributesOf(sent);
    expect(attributes).to.include.members([
      'digione.app.id=probe-one',
      'digione.app.version=2.3.1',
      'digione.app.phase=load',
      'digione.app.phase=mount',
      'digione.telemetry.sample_rate=0.5',
    ]);
    expect(attributes).not.to.include('digione.app.phase=unmount');
    // A second hide finds nothing new to send.
    hideThePage();
    expect(sent).to.have.length(1);
  });

  it('reports measures taken before it started', () => {
    performance.measure('digione:app:probe-early:bootstrap', { start: 0, duration: 42 });
    performance.measure('digione:shell:boot', { start: 0, duration: 900 });
    start().flush();
    expect(attributesOf(sent)).to.include('digione.app.id=probe-early');
    const boot = metricNamed(sent, 'digione.shell.boot.duration') as {
      histogram: { dataPoints: { sum: number }[] };
    };
    expect(boot.histogram.dataPoints[0].sum).to.be.at.least(900);
  });

  it("reports an app's failure once, with the SDK's error code and never its message", () => {
    host.manifests = [testApp('probe-failing', ['learner'])];
    start();
    const error = new DigiOneSdkError('D1-SDK-131', 'mount: Mikko Korhonen token=eyJhbGciOi');
    host.fail('probe-failing', { phase: 'mount', error, timedOut: false, attempt: 0 });
    host.fail('probe-failing', { phase: 'mount', error, timedOut: false, attempt: 0 });
    host.fail('probe-failing', {
      phase: 'load',
      error: new Error('https://cdn.example.fi/x.js?ticket=1 timed out'),
      timedOut: true,
      attempt: 1,
    });
    collector!.flush();
    const failures = metricNamed(sent, 'digione.app.failures') as {
      sum: { dataPoints: { asInt: string }[] };
    };
    expect(failures.sum.dataPoints.map((p) => p.asInt)).to.deep.equal(['1', '1']);
    expect(attributesOf(sent)).to.include.members([
      'error.type=D1-SDK-131',
      'error.type=timeout',
      'digione.app.timed_out=true',
      'event.name=digione.app.failure',
    ]);
    expect(logRecordsOf(sent)).to.have.length(2);
    const raw = JSON.stringify(sent);
    for (const secret of ['Mikko', 'eyJhbGciOi', 'ticket', 'cdn.example.fi']) {
      expect(raw).not.to.contain(secret);
    }
  });

  it('reports apps that had failed before it started', () => {
    host.manifests = [testApp('probe-down', ['learner'])];
    host.failures.set('probe-down', {
      phase: 'load',
      error: new TypeError('Failed to fetch dynamically imported module'),
      timedOut: false,
      attempt: 0,
    });
    start().flush();
    expect(attributesOf(sent)).to.include.members([
      'digione.app.id=probe-down',
      'error.type=TypeError',
    ]);
  });

  it('reports CSP violations by directive and origin, without paths, queries or samples', () => {
    host.current = 'probe-csp';
    start();
    document.dispatchEvent(
      new SecurityPolicyViolationEvent('securitypolicyviolation', {
        blockedURI: 'https://tracker.example.com/pixel.gif?user=aino.makela',
        documentURI: `${location.origin}/lukujarjestys?child=eetu`,
        effectiveDirective: 'img-src',
        violatedDirective: 'img-src',
        originalPolicy: "img-src 'self'",
        sourceFile: `${location.origin}/apps/probe-csp/index.js?token=secret`,
        sample: 'Aino Mäkelä',
        disposition: 'enforce',
        statusCode: 200,
        lineNumber: 12,
        columnNumber: 3,
      }),
    );
    collector!.flush();
    expect(attributesOf(sent)).to.include.members([
      'csp.directive=img-src',
      'csp.disposition=enforce',
      'csp.blocked=https://tracker.example.com',
      `csp.source=${location.origin}`,
      'code.lineno=12',
      'digione.app.id=probe-csp',
    ]);
    const raw = JSON.stringify(sent);
    for (const secret of ['aino', 'Aino', 'eetu', 'secret', 'pixel.gif', 'lukujarjestys', '?']) {
      expect(raw).not.to.contain(secret);
    }
  });

  it('sends at once when a storm of violations fills the batch', () => {
    start();
    for (let i = 0; i < MAX_LOGS; i++) {
      document.dispatchEvent(
        new SecurityPolicyViolationEvent('securitypolicyviolation', {
          blockedURI: 'eval',
          effectiveDirective: 'script-src',
          violatedDirective: 'script-src',
          originalPolicy: "script-src 'self'",
          disposition: 'enforce',
          statusCode: 200,
        }),
      );
    }
    expect(sent.map((s) => new URL(s.url).pathname)).to.deep.equal([
      '/otlp/v1/metrics',
      '/otlp/v1/logs',
    ]);
    expect(logRecordsOf(sent)).to.have.length(MAX_LOGS);
  });

  it('records each Web Vital once per page view, with its rating only', () => {
    start();
    vitals!({ name: 'LCP', value: 1234.5, rating: 'good', id: 'v5-1' });
    vitals!({ name: 'LCP', value: 9999, rating: 'poor', id: 'v5-1' });
    vitals!({ name: 'CLS', value: 0.02, rating: 'good', id: 'v5-2' });
    collector!.flush();
    const lcp = metricNamed(sent, 'digione.web_vitals.lcp') as {
      unit: string;
      histogram: { dataPoints: { count: string; sum: number }[] };
    };
    expect(lcp.unit).to.equal('ms');
    expect(lcp.histogram.dataPoints.map((p) => [p.count, p.sum])).to.deep.equal([['1', 1234.5]]);
    expect(metricNamed(sent, 'digione.web_vitals.cls')).to.have.property('unit', '1');
    expect(attributesOf(sent)).to.include('web_vital.rating=good');
  });

  it('sends what it has when stopped, then listens no more', () => {
    host.manifests = [testApp('probe-stop', ['learner'])];
    start();
    performance.measure('digione:app:probe-stop:load', { start: 0, duration: 10 });
    collector!.stop();
    expect(attributesOf(sent)).to.include('digione.app.id=probe-stop');
    sent = [];
    host.fail('probe-stop', { phase: 'mount', error: new Error('x'), timedOut: false, attempt: 0 });
    hideThePage();
    expect(sent).to.deep.equal([]);
  });
});
