/**
 * The collector wired to the running portal: its apps and their states (the single-spa root
 * config), single-spa's word that routing has settled, and the app on screen. It imports nothing
 * the portal's boot imports, so the boot's code stays in one piece, untouched by telemetry.
 */
import type { TelemetryConfig } from '../config/runtime-config.js';
import type { Portal } from '../portal/boot.js';
import { startCollector, type Collector, type TelemetryHost } from './collector.js';

/** single-spa's event after each change of route has run every app's lifecycles. */
const ROUTING_SETTLED = 'single-spa:routing-event';

/** What the collector reads from `portal`. */
export function telemetryHost(portal: Portal, win: Window = window): TelemetryHost {
  const runtime = portal.apps;
  return {
    win,
    apps: () => runtime.apps,
    failureOf(id) {
      const state = runtime.stateOf(id);
      return state?.status === 'failed' ? state : undefined;
    },
    onSettled(listener) {
      win.addEventListener(ROUTING_SETTLED, listener);
      return () => {
        win.removeEventListener(ROUTING_SETTLED, listener);
      };
    },
    // The app areas are the portal's children; only the current route's is shown.
    currentApp: () =>
      portal.element.querySelector<HTMLElement>(':scope > [data-d1-app]:not([hidden])')?.dataset
        .d1App,
  };
}

/** Starts the collector for `portal`, sending to the configured endpoint. */
export function portalTelemetry(portal: Portal, config: TelemetryConfig): Collector {
  return startCollector(telemetryHost(portal), {
    endpoint: config.endpoint,
    sampleRate: config.sampleRate,
  });
}
