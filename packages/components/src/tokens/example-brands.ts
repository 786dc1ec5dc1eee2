/**
 * Two example education providers' brands, shaped as the portal's configuration gives a brand
 * (`/config.json` `providers.<business id>.brand`), for development, Storybook and the SDK's
 * sandbox. The portal itself wears only the brands its configuration names; nothing here is
 * applied by default. Data only, so Node reads it too.
 */
import type { BrandPalette } from './tenants.js';

/** A brand as the configuration gives one: name (fi/sv/en), logo and colours. */
export interface ExampleBrand {
  readonly name: { readonly fi: string; readonly sv: string; readonly en: string };
  readonly logo: string;
  readonly colors: BrandPalette;
}

/** A shield with a letter, as an SVG data URL (what an operator may give as a logo). */
const shield = (fill: string, letter: string): string =>
  'data:image/svg+xml,' +
  encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path d="M4 3h24v14c0 7-6 11-12 13C10 28 4 24 4 17z" fill="${fill}"/><text x="16" y="21" font-family="sans-serif" font-size="14" font-weight="700" fill="#fff" text-anchor="middle">${letter}</text></svg>`,
  );

/** The example brands by education provider (business id): Vantaa's and Espoo's. */
export const EXAMPLE_BRANDS = {
  '0124610-9': {
    name: { fi: 'Vantaan kaupunki', sv: 'Vanda stad', en: 'City of Vantaa' },
    logo: shield('#b0153b', 'V'),
    colors: {
      light: { accent: '#b0153b', accentHover: '#8a0f2d', accentSubtle: '#fbe8ed' },
      dark: {
        accent: '#ff8fa6',
        accentHover: '#ffc2cf',
        accentSubtle: '#3d1019',
        onAccent: '#2a0710',
      },
    },
  },
  '0101263-6': {
    name: { fi: 'Espoon kaupunki', sv: 'Esbo stad', en: 'City of Espoo' },
    logo: shield('#00657a', 'E'),
    colors: {
      light: { accent: '#00657a', accentHover: '#004c5c', accentSubtle: '#e0f3f6' },
      dark: {
        accent: '#5fd3e8',
        accentHover: '#a6e8f3',
        accentSubtle: '#06323b',
        onAccent: '#002a33',
      },
    },
  },
} as const satisfies Readonly<Record<string, ExampleBrand>>;
