/**
 * The metrics DigiOne Portal reports, defined once: names, units and bucket bounds. Attributes
 * are the apps' ids and versions, steps, error codes and CSP directives — never a person's data.
 */
import type { CounterSpec, HistogramSpec } from './batch.js';

/** Bounds of the steps' durations, in milliseconds: a fast phone to a hung app's time limit. */
const DURATION_BOUNDS = [25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000] as const;

/** Bounds of the Web Vitals measured in milliseconds, with each one's "good" and "poor" limits. */
const VITAL_MS_BOUNDS = [
  50, 100, 200, 500, 800, 1000, 1800, 2500, 3000, 4000, 6000, 10000,
] as const;

/** Bounds of the Cumulative Layout Shift score, with its limits 0.1 and 0.25. */
const CLS_BOUNDS = [0.01, 0.05, 0.1, 0.15, 0.25, 0.5, 1] as const;

/**
 * How long each step of an app took, every time it ran: `load` (its code), `bootstrap`, `mount`.
 * Attributes: `digione.app.id`, `digione.app.version`, `digione.app.phase`.
 */
export const APP_DURATION: HistogramSpec = {
  kind: 'histogram',
  name: 'digione.app.lifecycle.duration',
  description: "How long a step of an app's life took: loading its code, bootstrap or mount.",
  unit: 'ms',
  bounds: DURATION_BOUNDS,
};

/** From the page's start to the portal's frame standing, signed in, with the apps registered. */
export const BOOT_DURATION: HistogramSpec = {
  kind: 'histogram',
  name: 'digione.shell.boot.duration',
  description: "From the page's start to the portal standing with the person's apps registered.",
  unit: 'ms',
  bounds: DURATION_BOUNDS,
};

/**
 * Apps the portal gave up on. Attributes: `digione.app.id`, `digione.app.version`,
 * `digione.app.phase`, `error.type` (the SDK's error code, `timeout`, or the error's class).
 */
export const APP_FAILURES: CounterSpec = {
  kind: 'counter',
  name: 'digione.app.failures',
  description: 'Steps of an app that failed: its area shows an error with a retry.',
  unit: '{failure}',
};

/** Content-Security-Policy violations. Attributes: `csp.directive`, `csp.disposition`. */
export const CSP_VIOLATIONS: CounterSpec = {
  kind: 'counter',
  name: 'digione.csp.violations',
  description: "Violations of the portal's Content-Security-Policy seen by the page.",
  unit: '{violation}',
};

/** The Web Vitals the portal reports, as the web-vitals library names them. */
export type VitalName = 'CLS' | 'FCP' | 'INP' | 'LCP' | 'TTFB';

const VITAL_DESCRIPTIONS: Readonly<Record<VitalName, string>> = {
  CLS: 'Cumulative Layout Shift of the page view.',
  FCP: 'First Contentful Paint of the page view.',
  INP: 'Interaction to Next Paint of the page view.',
  LCP: 'Largest Contentful Paint of the page view.',
  TTFB: 'Time to First Byte of the page view.',
};

/** A Web Vital's histogram (`digione.web_vitals.lcp`…), one value per page view. */
export function vitalSpec(name: VitalName): HistogramSpec {
  return {
    kind: 'histogram',
    name: `digione.web_vitals.${name.toLowerCase()}`,
    description: VITAL_DESCRIPTIONS[name],
    unit: name === 'CLS' ? '1' : 'ms',
    bounds: name === 'CLS' ? CLS_BOUNDS : VITAL_MS_BOUNDS,
  };
}
