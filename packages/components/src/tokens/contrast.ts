/**
 * WCAG 2 colour contrast, and the theme colours a brand's accent is drawn with or over. Pure (no
 * page needed), so the portal checks a brand when it loads and an operator's tools check it before
 * it goes live, with the same arithmetic the token tests use.
 */

/** A colour's red, green and blue, 0–255. */
export type Rgb = readonly [r: number, g: number, b: number];

const HEX = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i;

/** A `#rrggbb` colour's components; undefined for anything else. */
export function hexToRgb(hex: string): Rgb | undefined {
  const match = HEX.exec(hex);
  if (!match) return undefined;
  const [, r, g, b] = match;
  return [parseInt(r, 16), parseInt(g, 16), parseInt(b, 16)];
}

/** sRGB relative luminance (WCAG 2). */
export function relativeLuminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio of two colours, 1 to 21 (WCAG 2). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (lighter + 0.05) / (darker + 0.05);
}

/** The themes a brand gives colours for; high contrast never takes a brand's colours. */
export const BRANDED_THEMES = ['light', 'dark'] as const;
export type BrandedTheme = (typeof BRANDED_THEMES)[number];

/** The colours of a theme that a brand's accent meets. */
export interface ThemeColors {
  readonly surface: string;
  readonly surfaceRaised: string;
  readonly surfaceSunken: string;
  readonly text: string;
  readonly textMuted: string;
  /** Text on an accent fill, when the brand names none. */
  readonly onAccent: string;
}

/**
 * The values of `--d1-color-*` in `tokens.css` for the light and dark themes (the token tests fail
 * when the two part ways).
 */
export const THEME_COLORS: Readonly<Record<BrandedTheme, ThemeColors>> = {
  light: {
    surface: '#ffffff',
    surfaceRaised: '#ffffff',
    surfaceSunken: '#f3f5f8',
    text: '#1b1f24',
    textMuted: '#4a5563',
    onAccent: '#ffffff',
  },
  dark: {
    surface: '#121417',
    surfaceRaised: '#1c2026',
    surfaceSunken: '#0c0e10',
    text: '#e8ebef',
    textMuted: '#b0b8c4',
    onAccent: '#0b1b36',
  },
};
