/**
 * DigiOne Portal's field signals, gathered in one batch and sent in OTLP/HTTP JSON when the page
 * is hidden:
 * - each app's steps (`digione:app:<id>:load|bootstrap|mount` measures, the shell's boot);
 * - each app's failures, with the SDK's error code (a metric and a log record);
 * - the page's Web Vitals (the web-vitals library), once per page view each;
 * - Content-Security-Policy violations (a metric and a log record).
 * Records name apps by id and version only; see redact.ts for what else they may say.
 */
import { onCLS, onFCP, onINP, onLCP, onTTFB } from 'web-vitals';
import type { AppManifest } from '@digione/sdk';
import { TelemetryBatch } from './batch.js';
import { beaconTransport, onPageHide, signalUrl, type Transport } from './beacon.js';
import type { Attributes, Origin } from './otlp.js';
import { appId, appVersion, blockedOf, directiveOf, errorType, originOf } from './redact.js';
import {
  APP_DURATION,
  APP_FAILURES,
  BOOT_DURATION,
  CSP_VIOLATIONS,
  vitalSpec,
  type VitalName,
} from './signals.js';

/** An app the portal gave up on, as its area shows it. */
export interface AppFailure {
  readonly phase: string;
  readonly error: unknown;
  readonly timedOut: boolean;
  /** Which try failed (0 the first, 1 after one retry…). */
  readonly attempt: number;
}

/** What the collector reads from the running portal. */
export interface TelemetryHost {
  readonly win: Window;
  /** The apps registered now. */
  apps(): readonly AppManifest[];
  /** The app's failure while it is failed; undefined otherwise. */
  failureOf(id: string): AppFailure | undefined;
  /**
   * Calls `listener` whenever the apps may have changed state (each time routing has settled);
   * returns the function that stops.
   */
  onSettled(listener: () => void): () => void;
  /** The app whose route is open; undefined on the portal's own pages. */
  currentApp(): string | undefined;
}

/** A Web Vital's report, as the web-vitals library gives it. */
export interface VitalReport {
  readonly name: VitalName;
  readonly value: number;
  readonly rating: string;
  /** Unique per page view and vital. */
  readonly id: string;
}

export interface CollectorOptions {
  /** The OTLP/HTTP receiver's base: a path on the portal or a URL. */
  readonly endpoint: string;
  /** The share of page views that report (told to the backend, to scale counts back up). */
  readonly sampleRate: number;
  /** Sends a request; default `sendBeacon` (beacon.ts). */
  readonly transport?: Transport;
  /** Milliseconds since the epoch; default `performance.timeOrigin + performance.now()`. */
  readonly now?: () => number;
  /** Subscribes to the page's Web Vitals; default the web-vitals library. */
  readonly vitals?: (report: (vital: VitalReport) => void) => void;
}

export interface Collector {
  /** Sends what was gathered since the last send (done by itself when the page is hidden). */
  flush(): void;
  /** Stops gathering and listening (what is gathered is sent first). */
  stop(): void;
}

/** Who reports: the portal, with the share of page views that report. */
function originFor(sampleRate: number): Origin {
  return {
    resource: {
      'service.name': 'digione-portal',
      'service.namespace': 'digione',
      'telemetry.sdk.name': 'digione-portal',
      'telemetry.sdk.language': 'webjs',
      // A double whatever its value, so that the attribute keeps one type in a backend.
      'digione.telemetry.sample_rate': { double: sampleRate },
    },
    scope: { name: 'digione-portal/shell', version: '1.0.0' },
  };
}

/** The page's Web Vitals through the web-vitals library, each final value as it comes. */
export function webVitals(report: (vital: VitalReport) => void): void {
  for (const on of [onCLS, onFCP, onINP, onLCP, onTTFB]) on(report);
}

/** `digione:app:<id>:<step>` and `digione:shell:boot` (shell/src/apps/perf.ts). */
const APP_MEASURE = /^digione:app:(.+):(load|bootstrap|mount)$/;
const BOOT_MEASURE = 'digione:shell:boot';

export function startCollector(host: TelemetryHost, options: CollectorOptions): Collector {
  const { win } = host;
  const perf = win.performance;
  const now = options.now ?? (() => perf.timeOrigin + perf.now());
  const transport = options.transport ?? beaconTransport(win);
  const batch = new TelemetryBatch(originFor(options.sampleRate), now);
  let stopped = false;

  /** An app's id and version as records carry them. */
  const appAttributes = (id: string): Attributes => {
    const version = host.apps().find((app) => app.id === id)?.version;
    return { 'digione.app.id': appId(id), 'digione.app.version': appVersion(version) };
  };

  const measured = (entries: readonly PerformanceEntry[]): void => {
    for (const entry of entries) {
      if (entry.name === BOOT_MEASURE) {
        batch.record(BOOT_DURATION, {}, entry.duration);
        continue;
      }
      const [, id = '', phase] = APP_MEASURE.exec(entry.name) ?? [];
      if (!phase || !appId(id)) continue;
      batch.record(
        APP_DURATION,
        { ...appAttributes(id), 'digione.app.phase': phase },
        entry.duration,
      );
    }
  };
  const measures = new PerformanceObserver((list) => {
    measured(list.getEntries());
  });
  // Measures taken before the collector started are in the page's buffer.
  measures.observe({ type: 'measure', buffered: true });

  const flush = (): void => {
    // Measures the observer has not handed over yet (taken just now, or buffered) count too, and
    // so do failures since routing last settled.
    measured(measures.takeRecords());
    sweep();
    for (const request of batch.take()) {
      transport(signalUrl(options.endpoint, request.path, win.location.href), request.body);
    }
  };
  /** Each failure once: an app fails at most once per try. */
  const reported = new Set<string>();
  const failed = (id: string): void => {
    const failure = host.failureOf(id);
    const key = `${id}#${failure?.attempt ?? ''}`;
    if (!failure || !appId(id) || reported.has(key)) return;
    reported.add(key);
    const attributes = {
      ...appAttributes(id),
      'digione.app.phase': failure.phase,
      'error.type': errorType(failure.error, failure.timedOut),
      'digione.app.timed_out': failure.timedOut,
    };
    batch.add(APP_FAILURES, attributes);
    batch.log({
      time: now(),
      severity: 'ERROR',
      body: 'An app failed',
      attributes: { 'event.name': 'digione.app.failure', ...attributes },
    });
  };
  /** Looks for apps that failed: those that had before the collector started, then new ones. */
  function sweep(): void {
    for (const app of host.apps()) failed(app.id);
  }
  sweep();
  const stopSettled = host.onSettled(() => {
    sweep();
    if (batch.full) flush();
  });

  const violation = (event: SecurityPolicyViolationEvent): void => {
    const attributes = {
      'csp.directive': directiveOf(event.effectiveDirective),
      'csp.disposition': event.disposition === 'report' ? 'report' : 'enforce',
    };
    batch.add(CSP_VIOLATIONS, attributes);
    batch.log({
      time: now(),
      severity: 'WARN',
      body: 'Content-Security-Policy violation',
      attributes: {
        'event.name': 'digione.csp.violation',
        ...attributes,
        'csp.blocked': blockedOf(event.blockedURI),
        'csp.source': originOf(event.sourceFile),
        'code.lineno': event.lineNumber > 0 ? event.lineNumber : undefined,
        'code.column': event.columnNumber > 0 ? event.columnNumber : undefined,
        'digione.app.id': appId(host.currentApp()),
      },
    });
    if (batch.full) flush();
  };
  win.document.addEventListener('securitypolicyviolation', violation, true);

  /** Each vital once per page view: its first final value. */
  const vitalsSeen = new Set<string>();
  (options.vitals ?? webVitals)((vital) => {
    if (stopped || vitalsSeen.has(vital.id)) return;
    vitalsSeen.add(vital.id);
    const rating = /^[a-z-]{1,20}$/.test(vital.rating) ? vital.rating : undefined;
    batch.record(vitalSpec(vital.name), { 'web_vital.rating': rating }, vital.value);
  });

  const stopHide = onPageHide(win, flush);
  return {
    flush,
    stop() {
      if (stopped) return;
      flush();
      stopped = true;
      measures.disconnect();
      stopSettled();
      win.document.removeEventListener('securitypolicyviolation', violation, true);
      stopHide();
    },
  };
}
