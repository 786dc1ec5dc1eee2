import type { Locale } from '../localization/localization.js';

/**
 * A tenant: the municipality or education provider whose portal this is. Its branding is a set of
 * token overrides (in `tokens.css`, under `[data-d1-tenant="<id>"]`) plus a name and a logo.
 */
export interface Tenant {
  readonly id: string;
  readonly name: Readonly<Record<Locale, string>>;
  /** URL of the logo (an SVG data URL in the examples); decorative beside the tenant's name. */
  readonly logo: string;
}

const logo = (fill: string, letter: string): string =>
  'data:image/svg+xml,' +
  encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path d="M4 3h24v14c0 7-6 11-12 13C10 28 4 24 4 17z" fill="${fill}"/><text x="16" y="21" font-family="sans-serif" font-size="14" font-weight="700" fill="#fff" text-anchor="middle">${letter}</text></svg>`,
  );

/** The example tenants shipped for development, Storybook and tests. */
export const TENANTS: readonly Tenant[] = [
  {
    id: 'digione',
    name: { fi: 'DigiOne', sv: 'DigiOne', en: 'DigiOne' },
    logo: logo('#1d4fa3', 'D1'),
  },
  {
    id: 'vantaa',
    name: { fi: 'Vantaan kaupunki', sv: 'Vanda stad', en: 'City of Vantaa' },
    logo: logo('#b0153b', 'V'),
  },
  {
    id: 'espoo',
    name: { fi: 'Espoon kaupunki', sv: 'Esbo stad', en: 'City of Espoo' },
    logo: logo('#00657a', 'E'),
  },
];

/** The colour themes of `tokens.css`, set on the root element as `data-d1-theme`. */
export const THEMES = ['light', 'dark', 'high-contrast'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * What a person can choose in the user menu: `system` follows the device (its dark mode and contrast
 * settings), the others pick one of the themes.
 */
export const THEME_PREFERENCES = ['system', ...THEMES] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

/** Applies a theme and a tenant to a document (or any root element) through its data attributes. */
export function applyBranding(
  root: HTMLElement,
  { theme, tenant }: { theme?: Theme; tenant?: string },
): void {
  if (theme) root.dataset.d1Theme = theme;
  if (tenant) root.dataset.d1Tenant = tenant;
}
