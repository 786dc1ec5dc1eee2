// The conformance report as a vendor attaches it to a DigiOne compatibility application: the
// JSON document (its JSON Schema: conformance-report.schema.json beside this file), and its
// writing to a file of the project through the web-test-runner preset of `@digione/sdk/test-runner`.
import { CONTRACT_VERSION } from '../contract.js';
import type { ConformanceCheckId } from './checks.js';
import { errorText } from './page-inspection.js';

/** The `$id` of the report's JSON Schema, whose major version is the report format's. */
export const CONFORMANCE_REPORT_SCHEMA_ID =
  'https://schemas.digione.fi/sdk/conformance-report/1.0.0.json';

export interface ConformanceCheck {
  readonly id: ConformanceCheckId;
  /** True when the check passed or was skipped. */
  readonly ok: boolean;
  /** Set when the check did not run: why (turned off with `skip`, or it could not run). */
  readonly skipped?: string;
  /** What was found and, when it failed, what to do about it. */
  readonly message: string;
  /** Milliseconds the check took (0 for one that did not run). */
  readonly durationMs: number;
}

export interface ConformanceReport {
  /** True when no check failed. */
  readonly ok: boolean;
  readonly checks: readonly ConformanceCheck[];
  /** Milliseconds the first mount took (NaN when it failed). */
  readonly mountMs: number;
  /** The app checked: its id, and its manifest's `version` and `contract` when a manifest was given. */
  readonly app: { readonly id: string; readonly version?: string; readonly contract?: string };
  /** The SDK that checked it, and the contract version it speaks. */
  readonly sdk: { readonly version: string; readonly contractVersion: string };
  /** The browser's user agent. */
  readonly userAgent: string;
  /** When the check ended (ISO 8601, UTC). */
  readonly date: string;
}

/** The report as JSON: what `conformance-report.json` holds. */
export interface ConformanceReportDocument {
  readonly $schema: string;
  readonly app: {
    readonly id: string;
    readonly version: string | null;
    readonly contract: string | null;
  };
  readonly sdk: { readonly version: string; readonly contractVersion: string };
  readonly browser: { readonly userAgent: string };
  readonly date: string;
  readonly ok: boolean;
  readonly mountMs: number | null;
  readonly checks: readonly {
    readonly id: ConformanceCheckId;
    readonly ok: boolean;
    readonly skipped: string | null;
    readonly message: string;
    readonly durationMs: number;
  }[];
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

/** A report as the JSON document a vendor attaches to a DigiOne compatibility application. */
export function conformanceReportDocument(report: ConformanceReport): ConformanceReportDocument {
  return {
    $schema: CONFORMANCE_REPORT_SCHEMA_ID,
    app: {
      id: report.app.id,
      version: report.app.version ?? null,
      contract: report.app.contract ?? null,
    },
    sdk: { ...report.sdk },
    browser: { userAgent: report.userAgent },
    date: report.date,
    ok: report.ok,
    mountMs: Number.isNaN(report.mountMs) ? null : round(report.mountMs),
    checks: report.checks.map((c) => ({
      id: c.id,
      ok: c.ok,
      skipped: c.skipped ?? null,
      message: c.message,
      durationMs: round(c.durationMs),
    })),
  };
}

let sdkVersion: Promise<string> | undefined;

/** This SDK's version, from its package.json (served beside its modules); "unknown" when not. */
export function readSdkVersion(): Promise<string> {
  sdkVersion ??= (async () => {
    try {
      const response = await fetch(new URL('../../package.json', import.meta.url));
      const pkg = (await response.json()) as { name?: unknown; version?: unknown };
      return pkg.name === '@digione/sdk' && typeof pkg.version === 'string'
        ? pkg.version
        : 'unknown';
    } catch {
      return 'unknown';
    }
  })();
  return sdkVersion;
}

export const SDK_CONTRACT_VERSION = CONTRACT_VERSION;

/** The server command of the preset's report plugin (sdk/test-runner/report-plugin.mjs). */
const COMMAND = 'digione-conformance-report';
/** The default file, in the project's folder. */
export const DEFAULT_REPORT_FILE = 'conformance-report.json';

interface TestRunnerSocket {
  sendMessageWaitForResponse(message: object): Promise<{ executed?: boolean; result?: unknown }>;
}

/**
 * Sends the report to web-test-runner, whose `digioneTestRunner()` preset writes it to `file` in
 * the project. Under another runner, or a web-test-runner configuration without the preset's
 * plugin, nothing is written: an error when the file was asked for (`required`), else nothing.
 */
export async function writeReport(
  report: ConformanceReport,
  file: string,
  required: boolean,
  timeoutMs: number,
): Promise<void> {
  const cannot = (why: string): void => {
    if (required) {
      throw new Error(
        `checkConformance: the report could not be written to ${JSON.stringify(file)}: ${why}.`,
      );
    }
  };
  const sessionId = new URL(window.location.href).searchParams.get('wtr-session-id');
  if (!sessionId) {
    cannot(
      'the test does not run under web-test-runner. Run it with the digioneTestRunner() preset of @digione/sdk/test-runner, or write conformanceReportDocument(report) yourself',
    );
    return;
  }
  // web-test-runner's own channel to its server, as its server commands use it.
  const socketModule = '/__web-dev-server__web-socket.js';
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const socket = (await import(/* @vite-ignore */ socketModule)) as TestRunnerSocket;
    const response = await Promise.race([
      socket.sendMessageWaitForResponse({
        type: 'wtr-command',
        sessionId,
        command: COMMAND,
        payload: { file, report: conformanceReportDocument(report) },
      }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          reject(new Error(`no answer from the test runner within ${timeoutMs} ms`));
        }, timeoutMs);
      }),
    ]);
    if (!response.executed) {
      cannot(
        'the web-test-runner configuration has no conformance report plugin: use digioneTestRunner() from @digione/sdk/test-runner, or add its conformanceReportPlugin()',
      );
    } else if (typeof response.result === 'string') {
      cannot(response.result);
    }
  } catch (error) {
    cannot(errorText(error));
  } finally {
    clearTimeout(timer);
  }
}
