/**
 * Content-Security-Policy violation reports as the development server and the tests' portal
 * collect them (`POST /api/csp-reports`, named as `cspReports` in `/config.json`): both formats
 * browsers send — `application/csp-report` of the policy's `report-uri`, and the Reporting API's
 * `application/reports+json` of `report-to` — read into one shape that keeps what says which rule
 * blocked what, and nothing about the person: no query or fragment of any URL (the page's query
 * can hold search terms or an authorization code), no referrer, no sample of the blocked code.
 * A production collector should strip the same before it stores or forwards a report.
 */

/** Where the development server and the tests' portal collect reports. */
export const CSP_REPORTS_PATH = '/api/csp-reports';

/** The media types of reports: `report-uri`'s and the Reporting API's. */
export const CSP_REPORT_TYPES = ['application/csp-report', 'application/reports+json'] as const;

/** The most a request of reports may hold: the Reporting API batches several in one. */
export const CSP_REPORTS_MAX_BYTES = 64 * 1024;

/** One violation, as the collector keeps it. */
export interface CspReport {
  /** The page, without its query or fragment. */
  readonly documentURL: string;
  /**
   * What was blocked: a URL without its query or fragment, or what the browser names instead
   * (`inline`, `eval`, `trusted-types-sink`, …).
   */
  readonly blockedURL: string;
  /** The directive that blocked it, e.g. `script-src-elem`, `require-trusted-types-for`. */
  readonly effectiveDirective: string;
  /** `enforce`, or `report` for a report-only policy. */
  readonly disposition: string;
  /** The script that caused it, without query or fragment, and where in it. */
  readonly sourceFile?: string;
  readonly lineNumber?: number;
  readonly columnNumber?: number;
  readonly statusCode?: number;
}

/**
 * A URL without what can be personal: its query, fragment and credentials. A keyword the browser
 * reports instead of a URL stays as it is; anything else becomes the empty string.
 */
export function withoutQuery(value: unknown): string {
  if (typeof value !== 'string' || value === '') return '';
  if (/^[a-z][a-z-]*$/.test(value)) return value;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return '';
  }
  // data:, blob: and the like are reported by their scheme alone.
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return url.protocol.replace(/:$/, '');
  return `${url.origin}${url.pathname}`;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** A report's fields (either format's names), stripped to what `CspReport` keeps. */
function stripped(fields: {
  documentURL: unknown;
  blockedURL: unknown;
  effectiveDirective: unknown;
  disposition: unknown;
  sourceFile: unknown;
  lineNumber: unknown;
  columnNumber: unknown;
  statusCode: unknown;
}): CspReport {
  const sourceFile = withoutQuery(fields.sourceFile);
  const lineNumber = count(fields.lineNumber);
  const columnNumber = count(fields.columnNumber);
  const statusCode = count(fields.statusCode);
  return {
    documentURL: withoutQuery(fields.documentURL),
    blockedURL: withoutQuery(fields.blockedURL),
    // report-uri's `violated-directive` is the effective one in CSP 3.
    effectiveDirective: text(fields.effectiveDirective),
    disposition: text(fields.disposition) || 'enforce',
    ...(sourceFile ? { sourceFile } : {}),
    ...(lineNumber === undefined ? {} : { lineNumber }),
    ...(columnNumber === undefined ? {} : { columnNumber }),
    ...(statusCode === undefined ? {} : { statusCode }),
  };
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/**
 * The violations of one request's body, by its media type (`CSP_REPORT_TYPES`). Other Reporting
 * API reports (deprecations, interventions) are left out. Throws for a body that is not JSON of
 * the type's shape.
 */
export function cspReportsOf(type: string, body: string): CspReport[] {
  const parsed: unknown = JSON.parse(body);
  if (type === 'application/csp-report') {
    const report = record(record(parsed)?.['csp-report']);
    if (!report) throw new Error('A report-uri report holds "csp-report".');
    return [
      stripped({
        documentURL: report['document-uri'],
        blockedURL: report['blocked-uri'],
        effectiveDirective: report['effective-directive'] ?? report['violated-directive'],
        disposition: report.disposition,
        sourceFile: report['source-file'],
        lineNumber: report['line-number'],
        columnNumber: report['column-number'],
        statusCode: report['status-code'],
      }),
    ];
  }
  if (!Array.isArray(parsed)) throw new Error('Reporting API reports come as a list.');
  return parsed.flatMap((entry: unknown) => {
    const report = record(entry);
    const body = record(report?.body);
    if (report?.type !== 'csp-violation' || !body) return [];
    return [
      stripped({
        documentURL: body.documentURL,
        blockedURL: body.blockedURL,
        effectiveDirective: body.effectiveDirective,
        disposition: body.disposition,
        sourceFile: body.sourceFile,
        lineNumber: body.lineNumber,
        columnNumber: body.columnNumber,
        statusCode: body.statusCode,
      }),
    ];
  });
}
