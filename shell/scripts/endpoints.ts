/**
 * The POST endpoints of the development server and of the tests' production portal: feedback
 * (`/api/feedback`, as a production feedback service takes it), Content-Security-Policy
 * violation reports (`/api/csp-reports`) and a local OpenTelemetry receiver (`/api/otlp`, OTLP/HTTP
 * JSON as an OpenTelemetry Collector's `otlp` receiver takes it). Each checks what comes before it
 * reads it: the method (else 405), the media type (else 415) and the size, declared or as it
 * arrives (else 413).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  CSP_REPORTS_MAX_BYTES,
  CSP_REPORT_TYPES,
  cspReportsOf,
  type CspReport,
} from './csp-reports.js';

/** Where the feedback page posts in development and in the tests. */
export const FEEDBACK_PATH = '/api/feedback';

/** The most a feedback may hold (a topic, a message, an address, the page): 16 KiB. */
export const FEEDBACK_MAX_BYTES = 16 * 1024;

/** What a POST endpoint takes. */
interface PostLimits {
  /** Media types, without parameters (`application/json`, not `…; charset=utf-8`). */
  readonly types: readonly string[];
  /** The most the body may hold, in bytes. */
  readonly maxBytes: number;
}

function refuse(res: ServerResponse, status: number): void {
  res.statusCode = status;
  res.setHeader('cache-control', 'no-store');
  res.end();
}

/**
 * The body of a POST the endpoint takes, with its media type; undefined once the request has been
 * refused. A body over the limit is not read on: the answer goes at once, and the connection is
 * closed after it (Node discards what the client still sends).
 */
function readPost(
  req: IncomingMessage,
  res: ServerResponse,
  limits: PostLimits,
): Promise<{ readonly type: string; readonly body: string } | undefined> {
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    refuse(res, 405);
    return Promise.resolve(undefined);
  }
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!limits.types.includes(type)) {
    refuse(res, 415);
    return Promise.resolve(undefined);
  }
  const tooLarge = (): void => {
    res.setHeader('connection', 'close');
    refuse(res, 413);
  };
  if (Number(req.headers['content-length'] ?? 0) > limits.maxBytes) {
    tooLarge();
    return Promise.resolve(undefined);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= limits.maxBytes) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      req.off('end', onEnd);
      chunks.length = 0;
      tooLarge();
      resolve(undefined);
    };
    const onEnd = (): void => {
      resolve({ type, body: Buffer.concat(chunks).toString('utf8') });
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', reject);
  });
}

/** Reads a POST as `limits` allows and hands it to `receive`: 204, or 400 when `receive` throws. */
async function takePost(
  req: IncomingMessage,
  res: ServerResponse,
  limits: PostLimits,
  receive: (type: string, body: string) => void,
): Promise<void> {
  const post = await readPost(req, res, limits);
  if (!post) return;
  try {
    receive(post.type, post.body);
    res.statusCode = 204;
  } catch {
    res.statusCode = 400;
  }
  res.end();
}

/** Takes feedback as a production feedback service would: a JSON POST, answered 204. */
export function takeFeedback(
  req: IncomingMessage,
  res: ServerResponse,
  receive: (entry: unknown) => void,
): Promise<void> {
  return takePost(
    req,
    res,
    { types: ['application/json'], maxBytes: FEEDBACK_MAX_BYTES },
    (_type, body) => {
      receive(JSON.parse(body));
    },
  );
}

/**
 * Takes violation reports in either format browsers send, each stripped of what could be
 * personal (csp-reports.ts), answered 204.
 */
export function takeCspReports(
  req: IncomingMessage,
  res: ServerResponse,
  receive: (report: CspReport) => void,
): Promise<void> {
  return takePost(
    req,
    res,
    { types: CSP_REPORT_TYPES, maxBytes: CSP_REPORTS_MAX_BYTES },
    (type, body) => {
      for (const report of cspReportsOf(type, body)) receive(report);
    },
  );
}

/** Where the development server and the tests' portal receive telemetry (`telemetry.endpoint`). */
export const OTLP_PATH = '/api/otlp';

/** The most one OTLP/HTTP request may hold: a page's batch is far smaller (a beacon's budget). */
export const OTLP_MAX_BYTES = 256 * 1024;

/** The signals of OTLP/HTTP, each at `<endpoint>/v1/<signal>`. */
export type OtlpSignal = 'traces' | 'metrics' | 'logs';

/** One OTLP/HTTP export the receiver took. */
export interface OtlpExport {
  readonly signal: OtlpSignal;
  /** The request body as received (ExportTraceServiceRequest, …MetricsService…, …LogsService…). */
  readonly raw: string;
  /** The body, parsed. */
  readonly body: Record<string, unknown>;
}

/** The top-level list of each signal's export request. */
const OTLP_LISTS: Readonly<Record<OtlpSignal, string>> = {
  traces: 'resourceSpans',
  metrics: 'resourceMetrics',
  logs: 'resourceLogs',
};

/**
 * Receives OTLP/HTTP JSON exports as a Collector's `otlp` receiver does, at `/v1/traces`,
 * `/v1/metrics` and `/v1/logs` under the path it is mounted on (`url`: the rest of the path):
 * 200 with an empty export response (`{}`) when taken, 404 for another path, 415 for anything
 * but JSON (this receiver takes no protobuf), 400 for a body that is not the signal's request.
 */
export async function takeOtlp(
  url: string,
  req: IncomingMessage,
  res: ServerResponse,
  receive: (received: OtlpExport) => void,
): Promise<void> {
  const signal = /^\/v1\/(traces|metrics|logs)\/?(?:\?.*)?$/.exec(url)?.[1] as
    OtlpSignal | undefined;
  if (!signal) {
    refuse(res, 404);
    return;
  }
  const post = await readPost(req, res, { types: ['application/json'], maxBytes: OTLP_MAX_BYTES });
  if (!post) return;
  let body: unknown;
  try {
    body = JSON.parse(post.body);
  } catch {
    body = undefined;
  }
  const list = OTLP_LISTS[signal];
  if (
    typeof body !== 'object' ||
    body === null ||
    !Array.isArray((body as Record<string, unknown>)[list])
  ) {
    refuse(res, 400);
    return;
  }
  receive({ signal, raw: post.body, body: body as Record<string, unknown> });
  res.statusCode = 200;
  res.setHeader('content-type', 'application/json');
  res.setHeader('cache-control', 'no-store');
  res.end('{}');
}

/** One line about an export, for the development server's console: what came, never its values. */
export function describeOtlp(received: OtlpExport): string {
  const names = new Set<string>();
  let records = 0;
  JSON.stringify(received.body, (key, value: unknown) => {
    if (key === 'metrics' && Array.isArray(value)) {
      for (const metric of value as { name?: unknown }[]) names.add(String(metric.name));
    }
    if ((key === 'logRecords' || key === 'spans') && Array.isArray(value)) records += value.length;
    return value;
  });
  const what = received.signal === 'metrics' ? [...names].join(', ') : `${records} records`;
  return `Telemetry (OTLP ${received.signal}, ${received.raw.length} bytes): ${what}`;
}
