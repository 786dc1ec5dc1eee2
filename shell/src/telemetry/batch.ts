/**
 * What the page gathers between two sends: each metric's series (a histogram or a counter per set
 * of attributes) and the log records, taken out as OTLP/HTTP JSON bodies when the page is hidden.
 * Each body covers the interval since the one before (delta temporality), so a backend adds up
 * the page views of every person without counting one twice.
 */
import {
  encodeLogs,
  encodeMetrics,
  type Attributes,
  type LogData,
  type MetricData,
  type Origin,
} from './otlp.js';

interface MetricSpecBase {
  /** The metric's name, e.g. `digione.app.lifecycle.duration`. */
  readonly name: string;
  readonly description: string;
  /** UCUM: `ms`, `1`, `{failure}`. */
  readonly unit: string;
}

/** A histogram's definition: its explicit bucket bounds, ascending. */
export interface HistogramSpec extends MetricSpecBase {
  readonly kind: 'histogram';
  readonly bounds: readonly number[];
}

export interface CounterSpec extends MetricSpecBase {
  readonly kind: 'counter';
}

/** The most log records one batch holds; more are counted, not kept. */
export const MAX_LOGS = 50;

/** Log records left out of a batch because it held {@link MAX_LOGS} already. */
export const DROPPED_LOGS: CounterSpec = {
  kind: 'counter',
  name: 'digione.telemetry.dropped_logs',
  description: 'Log records the page left out because its batch was full.',
  unit: '{record}',
};

/** An OTLP/HTTP request to make: the signal's path under the endpoint, and its JSON body. */
export interface OtlpRequest {
  readonly path: '/v1/metrics' | '/v1/logs';
  readonly body: string;
}

interface Histogram {
  count: number;
  sum: number;
  min: number;
  max: number;
  readonly bucketCounts: number[];
}

interface Series {
  readonly spec: HistogramSpec | CounterSpec;
  readonly attributes: Attributes;
  readonly histogram?: Histogram;
  total: number;
}

/** The series' key: the metric and its attributes, in key order. */
function seriesKey(name: string, attributes: Attributes): string {
  const defined = Object.keys(attributes)
    .sort()
    .filter((key) => attributes[key] !== undefined)
    .map((key) => [key, attributes[key]]);
  return JSON.stringify([name, defined]);
}

/** The index of the bucket a value falls in: OTLP's buckets are (previous bound, bound]. */
function bucketOf(bounds: readonly number[], value: number): number {
  const index = bounds.findIndex((bound) => value <= bound);
  return index === -1 ? bounds.length : index;
}

export class TelemetryBatch {
  readonly #origin: Origin;
  readonly #now: () => number;
  #start: number;
  #series = new Map<string, Series>();
  #logs: LogData[] = [];

  /** `now`: the time in milliseconds since the epoch. */
  constructor(origin: Origin, now: () => number) {
    this.#origin = origin;
    this.#now = now;
    this.#start = now();
  }

  /** How many series and log records the batch holds. */
  get size(): number {
    return this.#series.size + this.#logs.length;
  }

  /** Whether the batch holds as many log records as it may. */
  get full(): boolean {
    return this.#logs.length >= MAX_LOGS;
  }

  /** Adds a value to a histogram's series. Values that are not finite and ≥ 0 are ignored. */
  record(spec: HistogramSpec, attributes: Attributes, value: number): void {
    if (!Number.isFinite(value) || value < 0) return;
    const series = this.#seriesOf(spec, attributes);
    const histogram = series.histogram;
    if (!histogram) return;
    histogram.count++;
    histogram.sum += value;
    histogram.min = Math.min(histogram.min, value);
    histogram.max = Math.max(histogram.max, value);
    histogram.bucketCounts[bucketOf(spec.bounds, value)]++;
  }

  /** Adds `by` (a whole number ≥ 1) to a counter's series. */
  add(spec: CounterSpec, attributes: Attributes, by = 1): void {
    if (!Number.isSafeInteger(by) || by < 1) return;
    this.#seriesOf(spec, attributes).total += by;
  }

  /** Keeps a log record; a full batch counts it as dropped instead. */
  log(record: LogData): void {
    if (this.full) {
      this.add(DROPPED_LOGS, {});
      return;
    }
    this.#logs.push(record);
  }

  /**
   * The OTLP/HTTP requests of what the batch holds (none when it is empty), and a new interval
   * from now.
   */
  take(): OtlpRequest[] {
    const end = this.#now();
    const start = this.#start;
    const series = [...this.#series.values()];
    const logs = this.#logs;
    this.#start = end;
    this.#series = new Map();
    this.#logs = [];
    const requests: OtlpRequest[] = [];
    if (series.length > 0) {
      const metrics = this.#metricsOf(series);
      const body = encodeMetrics(this.#origin, start, end, metrics);
      requests.push({ path: '/v1/metrics', body: JSON.stringify(body) });
    }
    if (logs.length > 0) {
      const body = encodeLogs(this.#origin, end, logs);
      requests.push({ path: '/v1/logs', body: JSON.stringify(body) });
    }
    return requests;
  }

  #seriesOf(spec: HistogramSpec | CounterSpec, attributes: Attributes): Series {
    const key = seriesKey(spec.name, attributes);
    let series = this.#series.get(key);
    if (!series) {
      series = {
        spec,
        attributes,
        total: 0,
        ...(spec.kind === 'histogram'
          ? {
              histogram: {
                count: 0,
                sum: 0,
                min: Infinity,
                max: -Infinity,
                bucketCounts: new Array<number>(spec.bounds.length + 1).fill(0),
              },
            }
          : {}),
      };
      this.#series.set(key, series);
    }
    return series;
  }

  /** The series grouped by metric, in the order each metric was first recorded. */
  #metricsOf(series: readonly Series[]): MetricData[] {
    const byName = new Map<string, Series[]>();
    for (const one of series) {
      const same = byName.get(one.spec.name) ?? [];
      same.push(one);
      byName.set(one.spec.name, same);
    }
    return [...byName.values()].map((group) => {
      const { spec } = group[0];
      const base = { name: spec.name, description: spec.description, unit: spec.unit };
      if (spec.kind === 'counter') {
        return {
          ...base,
          kind: 'counter',
          points: group.map((s) => ({ attributes: s.attributes, value: s.total })),
        };
      }
      return {
        ...base,
        kind: 'histogram',
        bounds: spec.bounds,
        points: group.flatMap((s) =>
          s.histogram ? [{ attributes: s.attributes, ...s.histogram }] : [],
        ),
      };
    });
  }
}
