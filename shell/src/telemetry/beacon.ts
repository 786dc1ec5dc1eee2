/**
 * How a batch leaves the page: with `navigator.sendBeacon` when the page is hidden (the person
 * switched tabs, locked the phone, left or closed the portal), which the browser delivers even as
 * the page goes away. OTLP/HTTP wants `Content-Type: application/json`; a beacon the browser will
 * not queue (over its size budget) goes as a `keepalive` fetch instead.
 */
import type { OtlpRequest } from './batch.js';

/** Sends one OTLP/HTTP request; never throws. */
export type Transport = (url: string, body: string) => void;

/** A signal's URL: the configured endpoint (a path on the portal or a URL) and the signal's path. */
export function signalUrl(endpoint: string, path: OtlpRequest['path'], base: string): string {
  return new URL(`${endpoint.replace(/\/+$/, '')}${path}`, base).href;
}

/** Sends with `sendBeacon`, falling back to a `keepalive` fetch without credentials. */
export function beaconTransport(win: Window): Transport {
  return (url, body) => {
    try {
      const blob = new Blob([body], { type: 'application/json' });
      if (win.navigator.sendBeacon(url, blob)) return;
    } catch {
      // A browser that refuses the beacon outright: the fetch below tries once more.
    }
    void win
      .fetch(url, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
        keepalive: true,
        credentials: 'omit',
      })
      .catch(() => undefined);
  };
}

/**
 * Calls `onHide` whenever the page is hidden or left: `visibilitychange` to hidden and `pagehide`
 * (one or both fire, in either order; a second call finds nothing left to send). Listened to on
 * the window, after the document's own listeners — the Web Vitals library gives its final values
 * there first. Returns the function that stops listening.
 */
export function onPageHide(win: Window, onHide: () => void): () => void {
  const visibility = (): void => {
    if (win.document.visibilityState === 'hidden') onHide();
  };
  win.addEventListener('visibilitychange', visibility);
  win.addEventListener('pagehide', onHide);
  return () => {
    win.removeEventListener('visibilitychange', visibility);
    win.removeEventListener('pagehide', onHide);
  };
}
