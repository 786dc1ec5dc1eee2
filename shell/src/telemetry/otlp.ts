/**
 * OpenTelemetry's OTLP/HTTP JSON encoding of what DigiOne Portal reports: the request bodies of
 * `POST <endpoint>/v1/metrics` (ExportMetricsServiceRequest) and `POST <endpoint>/v1/logs`
 * (ExportLogsServiceRequest), as opentelemetry-proto defines them and a stock OpenTelemetry
 * Collector's `otlp` receiver takes them.
 *
 * The JSON mapping is protobuf's canonical one with OTLP's exceptions: field names in
 * lowerCamelCase, enumerations as integers, 64-bit integers (timestamps, counts) as decimal
 * strings. Written by the specification rather than with `@opentelemetry/otlp-transformer`, which
 * serialises the OpenTelemetry SDK's own objects: the SDK's metrics and logs pipelines would
 * weigh several times what this module does, for the three kinds of record the portal sends.
 */

/** A number sent as a double even when it is whole (a share such as a sample rate). */
export interface Double {
  readonly double: number;
}

/**
 * An attribute's value: OTLP's AnyValue of a string, a boolean, a number (an integer when whole)
 * or a {@link Double}.
 */
export type AttributeValue = string | number | boolean | Double;

/** Attributes by key (absent values are left out). */
export type Attributes = Readonly<Record<string, AttributeValue | undefined>>;

/** OTLP's AnyValue. */
export type AnyValue =
  | { readonly stringValue: string }
  | { readonly intValue: string }
  | { readonly doubleValue: number }
  | { readonly boolValue: boolean };

/** OTLP's KeyValue. */
export interface KeyValue {
  readonly key: string;
  readonly value: AnyValue;
}

/** Who reports: the resource's attributes and the instrumentation scope. */
export interface Origin {
  readonly resource: Attributes;
  readonly scope: { readonly name: string; readonly version: string };
}

/** One series of an explicit-bucket histogram over the batch's interval. */
export interface HistogramPoint {
  readonly attributes: Attributes;
  readonly count: number;
  readonly sum: number;
  readonly min: number;
  readonly max: number;
  /** One more than the bounds: the last counts values above the highest bound. */
  readonly bucketCounts: readonly number[];
}

/** A counter's series over the batch's interval. */
export interface SumPoint {
  readonly attributes: Attributes;
  readonly value: number;
}

interface MetricBase {
  readonly name: string;
  readonly description: string;
  /** UCUM: `ms`, `1`, `{failure}`. */
  readonly unit: string;
}

/** A metric of the batch, with its series. */
export type MetricData =
  | (MetricBase & {
      readonly kind: 'histogram';
      readonly bounds: readonly number[];
      readonly points: readonly HistogramPoint[];
    })
  | (MetricBase & { readonly kind: 'counter'; readonly points: readonly SumPoint[] });

/** How a log record's severity is named, with OTLP's SeverityNumber. */
export const SEVERITY = { INFO: 9, WARN: 13, ERROR: 17 } as const;

/** A log record: an event of the page. */
export interface LogData {
  /** When it happened, in milliseconds since the epoch. */
  readonly time: number;
  readonly severity: keyof typeof SEVERITY;
  readonly body: string;
  readonly attributes: Attributes;
}

/** OTLP's AggregationTemporality: each batch carries what happened since the one before. */
const DELTA = 1;

/** A time in milliseconds since the epoch as OTLP's `fixed64` nanoseconds, a decimal string. */
export function unixNano(epochMs: number): string {
  // Whole microseconds (a double holds them exactly), then in nanoseconds as a big integer.
  return (BigInt(Math.round(epochMs * 1000)) * 1000n).toString();
}

/** A value as OTLP's AnyValue: whole numbers as `intValue` (a decimal string). */
export function anyValue(value: AttributeValue): AnyValue {
  if (typeof value === 'string') return { stringValue: value };
  if (typeof value === 'boolean') return { boolValue: value };
  if (typeof value === 'object') return { doubleValue: value.double };
  return Number.isSafeInteger(value) ? { intValue: String(value) } : { doubleValue: value };
}

/** Attributes as OTLP's KeyValue list, in key order, without absent values. */
export function keyValues(attributes: Attributes): KeyValue[] {
  return Object.keys(attributes)
    .sort()
    .flatMap((key) => {
      const value = attributes[key];
      return value === undefined ? [] : [{ key, value: anyValue(value) }];
    });
}

function resourceOf(origin: Origin): { attributes: KeyValue[] } {
  return { attributes: keyValues(origin.resource) };
}

/**
 * The body of `POST /v1/metrics`: every metric as delta points over `[start, end]` (milliseconds
 * since the epoch).
 */
export function encodeMetrics(
  origin: Origin,
  start: number,
  end: number,
  metrics: readonly MetricData[],
): object {
  const startTimeUnixNano = unixNano(start);
  const timeUnixNano = unixNano(end);
  const metric = (data: MetricData): object => {
    const base = { name: data.name, description: data.description, unit: data.unit };
    if (data.kind === 'counter') {
      return {
        ...base,
        sum: {
          aggregationTemporality: DELTA,
          isMonotonic: true,
          dataPoints: data.points.map((point) => ({
            attributes: keyValues(point.attributes),
            startTimeUnixNano,
            timeUnixNano,
            asInt: String(point.value),
          })),
        },
      };
    }
    return {
      ...base,
      histogram: {
        aggregationTemporality: DELTA,
        dataPoints: data.points.map((point) => ({
          attributes: keyValues(point.attributes),
          startTimeUnixNano,
          timeUnixNano,
          count: String(point.count),
          sum: point.sum,
          bucketCounts: point.bucketCounts.map(String),
          explicitBounds: data.bounds,
          min: point.min,
          max: point.max,
        })),
      },
    };
  };
  return {
    resourceMetrics: [
      {
        resource: resourceOf(origin),
        scopeMetrics: [{ scope: origin.scope, metrics: metrics.map(metric) }],
      },
    ],
  };
}

/** The body of `POST /v1/logs`. */
export function encodeLogs(origin: Origin, observed: number, logs: readonly LogData[]): object {
  const observedTimeUnixNano = unixNano(observed);
  return {
    resourceLogs: [
      {
        resource: resourceOf(origin),
        scopeLogs: [
          {
            scope: origin.scope,
            logRecords: logs.map((log) => ({
              timeUnixNano: unixNano(log.time),
              observedTimeUnixNano,
              severityNumber: SEVERITY[log.severity],
              severityText: log.severity,
              body: { stringValue: log.body },
              attributes: keyValues(log.attributes),
            })),
          },
        ],
      },
    ],
  };
}
