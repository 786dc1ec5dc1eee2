/**
 * The device's theme as the browser's media queries tell it, read at once (first paint) and
 * followed as the person changes their operating system's settings.
 */
// Types only: this module is on the first paint's path, which loads no component module beyond
// localization (a value import from '@digione/components/tenants' brings the library's chunk).
import type { Theme } from '@digione/components/tenants';
import type { DeviceTheme } from './theme.js';

/** The media queries behind each field of `DeviceTheme`. */
const QUERIES: Readonly<Record<keyof DeviceTheme, string>> = {
  dark: '(prefers-color-scheme: dark)',
  moreContrast: '(prefers-contrast: more)',
  forcedColors: '(forced-colors: active)',
};

const FIELDS = Object.keys(QUERIES) as (keyof DeviceTheme)[];

/** What answers media queries: the window (a test may stand in for it). */
export interface MediaQueries {
  matchMedia(query: string): Pick<MediaQueryList, 'matches'>;
}

/** What the device asks for now. */
export function readDeviceTheme(win: MediaQueries = window): DeviceTheme {
  const matches = (field: keyof DeviceTheme): boolean => win.matchMedia(QUERIES[field]).matches;
  return {
    dark: matches('dark'),
    moreContrast: matches('moreContrast'),
    forcedColors: matches('forcedColors'),
  };
}

/** The theme the device asks for: high contrast for forced colours or more contrast, else dark or light. */
export function deviceTheme(device: DeviceTheme): Theme {
  if (device.forcedColors || device.moreContrast) return 'high-contrast';
  return device.dark ? 'dark' : 'light';
}

/**
 * Calls `onChange` with what the device asks for whenever one of its media queries changes; the
 * returned function stops following.
 */
export function watchDeviceTheme(
  win: Pick<Window, 'matchMedia'>,
  onChange: (device: DeviceTheme) => void,
): () => void {
  const lists = FIELDS.map((field) => win.matchMedia(QUERIES[field]));
  const changed = (): void => {
    onChange(readDeviceTheme(win));
  };
  for (const list of lists) list.addEventListener('change', changed);
  return () => {
    for (const list of lists) list.removeEventListener('change', changed);
  };
}
