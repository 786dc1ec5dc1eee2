/**
 * What the telemetry tests share: hiding the page, as switching tabs or locking a phone does, and
 * reading the attributes of OTLP bodies (in the unit tests and in test/e2e/telemetry.spec.ts).
 */

/** Every attribute of the OTLP bodies (resource, data points, log records) as `key=value`. */
export function attributesOf(bodies: readonly unknown[]): string[] {
  const found: string[] = [];
  JSON.stringify(bodies, (key, value: unknown) => {
    if (key === 'attributes' && Array.isArray(value)) {
      for (const { key: k, value: v } of value as { key: string; value: object }[]) {
        found.push(`${k}=${String(Object.values(v)[0])}`);
      }
    }
    return value;
  });
  return found;
}

/**
 * Hides the page for the time of one `visibilitychange` event: the document says "hidden" while
 * its listeners (the Web Vitals library's, the collector's) run, then the page is visible again.
 */
export function hideThePage(doc: Document = document): void {
  Object.defineProperty(doc, 'visibilityState', { configurable: true, get: () => 'hidden' });
  try {
    doc.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  } finally {
    delete (doc as { visibilityState?: unknown }).visibilityState;
  }
}
