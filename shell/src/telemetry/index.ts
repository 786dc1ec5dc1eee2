/**
 * DigiOne Portal's field signals, started once the portal stands (after its first paint): whether
 * this page view reports is drawn here, by `/config.json`'s `telemetry.sampleRate`, and only a
 * page view that reports loads the rest (the Web Vitals library, the encoder, the collector).
 */
import type { TelemetryConfig } from '../config/runtime-config.js';
import type { Portal } from '../portal/boot.js';
import type { Collector } from './collector.js';

/** Whether this page view reports: drawn once, with probability `rate` (0 never, 1 always). */
export function sampled(rate: number, random: () => number = Math.random): boolean {
  return rate >= 1 || random() < rate;
}

/**
 * Starts reporting for the running portal when its configuration names an endpoint and this page
 * view is drawn; resolves to the collector, or undefined. Never rejects: the portal goes on
 * whatever becomes of its telemetry.
 */
export async function startTelemetry(
  portal: Portal,
  random: () => number = Math.random,
): Promise<Collector | undefined> {
  const config: TelemetryConfig | undefined = portal.config.telemetry;
  if (!config || !sampled(config.sampleRate, random)) return undefined;
  try {
    const { portalTelemetry } = await import('./portal-telemetry.js');
    return portalTelemetry(portal, config);
  } catch (error) {
    console.warn('[DigiOne] Telemetry could not start:', error);
    return undefined;
  }
}
