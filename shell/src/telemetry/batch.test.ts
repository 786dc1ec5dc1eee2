import { expect } from '@open-wc/testing';
import { DROPPED_LOGS, MAX_LOGS, TelemetryBatch, type HistogramSpec } from './batch.js';
import type { Origin } from './otlp.js';

const ORIGIN: Origin = {
  resource: { 'service.name': 'digione-portal' },
  scope: { name: 'digione-portal/shell', version: '1.0.0' },
};

const DURATION: HistogramSpec = {
  kind: 'histogram',
  name: 'test.duration',
  description: 'A duration.',
  unit: 'ms',
  bounds: [10, 100],
};

interface Point {
  attributes: { key: string; value: Record<string, unknown> }[];
  startTimeUnixNano: string;
  timeUnixNano: string;
  count?: string;
  sum?: number;
  min?: number;
  max?: number;
  bucketCounts?: string[];
  asInt?: string;
}
interface Metric {
  name: string;
  histogram?: { dataPoints: Point[] };
  sum?: { dataPoints: Point[] };
}

/** The metrics of a batch's `/v1/metrics` request. */
function metricsOf(batch: TelemetryBatch): { metrics: Metric[]; paths: string[] } {
  const requests = batch.take();
  const metrics = requests.find((r) => r.path === '/v1/metrics');
  const body = metrics
    ? (JSON.parse(metrics.body) as {
        resourceMetrics: { scopeMetrics: { metrics: Metric[] }[] }[];
      })
    : undefined;
  return {
    metrics: body?.resourceMetrics[0]?.scopeMetrics[0]?.metrics ?? [],
    paths: requests.map((r) => r.path),
  };
}

describe('the telemetry batch', () => {
  let clock = 0;
  const now = (): number => clock;
  beforeEach(() => {
    clock = 1_000_000;
  });

  it('is empty at first: taking it makes no request', () => {
    const batch = new TelemetryBatch(ORIGIN, now);
    expect(batch.size).to.equal(0);
    expect(batch.take()).to.deep.equal([]);
  });

  it('counts each value in the bucket whose upper bound holds it', () => {
    const batch = new TelemetryBatch(ORIGIN, now);
    for (const value of [0, 10, 10.5, 100, 250, 5]) batch.record(DURATION, { app: 'a' }, value);
    const [metric] = metricsOf(batch).metrics;
    const [point] = metric.histogram!.dataPoints;
    expect(point.bucketCounts).to.deep.equal(['3', '2', '1']);
    expect(point.count).to.equal('6');
    expect(point.sum).to.equal(375.5);
    expect([point.min, point.max]).to.deep.equal([0, 250]);
  });

  it('ignores durations that are negative or not finite', () => {
    const batch = new TelemetryBatch(ORIGIN, now);
    for (const value of [-1, NaN, Infinity]) batch.record(DURATION, {}, value);
    expect(batch.size).to.equal(0);
  });

  it('keeps one series per set of attributes, whatever their order', () => {
    const batch = new TelemetryBatch(ORIGIN, now);
    batch.record(DURATION, { app: 'a', phase: 'load' }, 1);
    batch.record(DURATION, { phase: 'load', app: 'a' }, 2);
    batch.record(DURATION, { app: 'b', phase: 'load', version: undefined }, 3);
    batch.record(DURATION, { app: 'b', phase: 'load' }, 4);
    const [metric] = metricsOf(batch).metrics;
    expect(metric.histogram!.dataPoints.map((p) => p.count)).to.deep.equal(['2', '2']);
  });

  it('adds up counters', () => {
    const batch = new TelemetryBatch(ORIGIN, now);
    batch.add(DROPPED_LOGS, {});
    batch.add(DROPPED_LOGS, {}, 4);
    batch.add(DROPPED_LOGS, {}, 0.5);
    const [metric] = metricsOf(batch).metrics;
    expect(metric.name).to.equal('digione.telemetry.dropped_logs');
    expect(metric.sum!.dataPoints[0].asInt).to.equal('5');
  });

  it('sends what happened since the last send, each interval following the one before', () => {
    const batch = new TelemetryBatch(ORIGIN, now);
    clock += 500;
    batch.record(DURATION, {}, 1);
    clock += 500;
    const first = metricsOf(batch).metrics[0].histogram!.dataPoints[0];
    expect([first.startTimeUnixNano, first.timeUnixNano]).to.deep.equal([
      '1000000000000',
      '1001000000000',
    ]);
    expect(batch.size).to.equal(0);
    clock += 2000;
    batch.record(DURATION, {}, 7);
    const second = metricsOf(batch).metrics[0].histogram!.dataPoints[0];
    expect([second.startTimeUnixNano, second.timeUnixNano]).to.deep.equal([
      '1001000000000',
      '1003000000000',
    ]);
    expect(second.count).to.equal('1');
  });

  it(`holds at most ${MAX_LOGS} log records and counts the ones it leaves out`, () => {
    const batch = new TelemetryBatch(ORIGIN, now);
    for (let i = 0; i < MAX_LOGS + 3; i++) {
      batch.log({ time: clock, severity: 'WARN', body: `record ${i}`, attributes: {} });
    }
    expect(batch.full).to.equal(true);
    const requests = batch.take();
    expect(requests.map((r) => r.path)).to.deep.equal(['/v1/metrics', '/v1/logs']);
    const logs = JSON.parse(requests[1].body) as {
      resourceLogs: { scopeLogs: { logRecords: unknown[] }[] }[];
    };
    expect(logs.resourceLogs[0].scopeLogs[0].logRecords).to.have.length(MAX_LOGS);
    const metrics = JSON.parse(requests[0].body) as {
      resourceMetrics: { scopeMetrics: { metrics: Metric[] }[] }[];
    };
    const dropped = metrics.resourceMetrics[0].scopeMetrics[0].metrics[0];
    expect(dropped.sum!.dataPoints[0].asInt).to.equal('3');
    expect(batch.full).to.equal(false);
  });
});
