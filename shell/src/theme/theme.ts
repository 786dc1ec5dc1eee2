/**
 * The portal's theme: the device's (the operating system's colour scheme, contrast and forced
 * colours) until the person chooses light, dark or high contrast in the user menu. The choice is
 * remembered for that person on this device. Pure functions, except the storage they are handed.
 */
import { deviceTheme } from './device.js';
import { THEME_PREFERENCES, type Theme, type ThemePreference } from '@digione/components/tenants';

export type { ThemePreference };

/** Whether `value` is a choice the user menu offers. */
export function isThemePreference(value: unknown): value is ThemePreference {
  return (THEME_PREFERENCES as readonly unknown[]).includes(value);
}

/** What the device asks for, as its media queries answer. */
export interface DeviceTheme {
  /** `prefers-color-scheme: dark` */
  readonly dark: boolean;
  /** `prefers-contrast: more` */
  readonly moreContrast: boolean;
  /** `forced-colors: active` (Windows contrast themes) */
  readonly forcedColors: boolean;
}

/** A device that asks for nothing: light. */
export const PLAIN_DEVICE: DeviceTheme = { dark: false, moreContrast: false, forcedColors: false };

/**
 * The theme the portal and its apps wear: the person's choice; else, following the device, high
 * contrast when it asks for more contrast or forces its colours, dark when it prefers dark, light
 * otherwise.
 */
export function resolveTheme(preference: ThemePreference, device: DeviceTheme): Theme {
  return preference === 'system' ? deviceTheme(device) : preference;
}

/** Where a person's choice is kept on this device (per person: people share computers at school). */
export function themeStorageKey(userId: string): string {
  return `digione.theme.${userId}`;
}

/** The person's remembered choice; following the device when there is none (or storage refuses). */
export function savedThemePreference(
  userId: string,
  storage: Pick<Storage, 'getItem'> | undefined,
): ThemePreference {
  try {
    const saved = storage?.getItem(themeStorageKey(userId));
    return isThemePreference(saved) ? saved : 'system';
  } catch {
    return 'system';
  }
}

/** Remembers the person's choice for their next visit on this device ("follow the device" too). */
export function rememberThemePreference(
  userId: string,
  preference: ThemePreference,
  storage: Pick<Storage, 'setItem'> | undefined,
): void {
  try {
    storage?.setItem(themeStorageKey(userId), preference);
  } catch {
    // Not remembered where storage is refused; the choice still holds on this page.
  }
}
