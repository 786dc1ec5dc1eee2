/**
 * Whether an education provider's brand can be worn: its name and logo well formed, and its colours
 * meeting WCAG AA contrast in the light and dark themes (high contrast never takes a brand's
 * colours). The portal checks a brand before it wears one; the operator's check runs the same code
 * before a configuration goes live. Pure, and free of the component library's built code, so both
 * the page and Node run it.
 */
import type { BrandConfig } from '../config/runtime-config.js';
import { isSafeLogoUrl } from './logo-url.js';
import {
  BRANDED_THEMES,
  THEME_COLORS,
  contrastRatio,
  hexToRgb,
  type BrandedTheme,
  type Rgb,
  type ThemeColors,
} from '../../../packages/components/src/tokens/contrast.js';

export { isSafeLogoUrl };

/** Something that makes a brand unusable. */
export interface BrandProblem {
  /** `light` or `dark` for a colour; `all` for what every theme shows (name, logo). */
  readonly theme: string;
  /** The field at fault, from the brand object: `colors.dark.accent`, `logo`, `name.sv`. */
  readonly field: string;
  readonly message: string;
}

/** WCAG 1.4.3: text (and the accent is a link and text colour). */
const TEXT = 4.5;
/** WCAG 1.4.11: a control's boundary, an accent fill, the focus ring. */
const NON_TEXT = 3;

const COLOR_FIELDS = ['accent', 'accentHover', 'accentSubtle', 'onAccent'] as const;
type ColorField = (typeof COLOR_FIELDS)[number];
type BrandRgb = Record<Exclude<ColorField, 'onAccent'>, Rgb> & { readonly onAccent?: Rgb };

/** The problems that keep `brand` from being worn; none when it can be. */
export function checkBrand(brand: BrandConfig): BrandProblem[] {
  const given = brand as unknown;
  if (!isRecord(given)) return [{ theme: 'all', field: '', message: 'must be an object' }];
  const problems = [...checkName(given.name), ...checkLogo(given.logo)];
  const colors = given.colors;
  if (!isRecord(colors)) {
    problems.push({
      theme: 'all',
      field: 'colors',
      message: 'must be an object with "light" and "dark"',
    });
    return problems;
  }
  for (const theme of BRANDED_THEMES) problems.push(...checkColors(theme, colors[theme]));
  return problems;
}

function checkName(name: unknown): BrandProblem[] {
  if (name === undefined) return [];
  if (!isRecord(name)) {
    return [{ theme: 'all', field: 'name', message: 'must be an object with "fi", "sv" and "en"' }];
  }
  return (['fi', 'sv', 'en'] as const)
    .filter((locale) => {
      const text = name[locale];
      return typeof text !== 'string' || text.trim() === '';
    })
    .map((locale) => ({
      theme: 'all',
      field: `name.${locale}`,
      message: 'must be a non-empty text',
    }));
}

function checkLogo(logo: unknown): BrandProblem[] {
  if (isSafeLogoUrl(logo)) return [];
  return [
    {
      theme: 'all',
      field: 'logo',
      message: `must be a path on the portal ("/…"), an https URL or a data:image/svg+xml URL (is ${describe(logo)})`,
    },
  ];
}

function checkColors(theme: BrandedTheme, colors: unknown): BrandProblem[] {
  const at = `colors.${theme}`;
  if (!isRecord(colors)) return [{ theme, field: at, message: 'must be an object' }];
  const rgb: Partial<Record<ColorField, Rgb>> = {};
  const problems: BrandProblem[] = [];
  for (const field of COLOR_FIELDS) {
    const value = colors[field];
    if (value === undefined && field === 'onAccent') continue;
    const parsed = typeof value === 'string' ? hexToRgb(value) : undefined;
    if (parsed) rgb[field] = parsed;
    else {
      problems.push({
        theme,
        field: `${at}.${field}`,
        message: `must be a colour as #rrggbb (is ${describe(value)})`,
      });
    }
  }
  if (problems.length > 0) return problems;
  return contrastProblems(theme, rgb as BrandRgb);
}

/** One pair a component draws: `fore` on `back`, needing `minimum`; the fault is `field`'s. */
interface Pair {
  readonly field: ColorField;
  readonly fore: readonly [name: string, color: Rgb];
  readonly back: readonly [name: string, color: Rgb];
  readonly minimum: number;
  readonly use: string;
}

function contrastProblems(theme: BrandedTheme, brand: BrandRgb): BrandProblem[] {
  const themeColors = THEME_COLORS[theme];
  const own = (name: keyof ThemeColors): readonly [string, Rgb] => [
    `the ${theme} theme's ${name}`,
    themeRgb(themeColors[name]),
  ];
  const surfaces = (['surface', 'surfaceRaised', 'surfaceSunken'] as const).map(own);
  const onAccent: readonly [string, Rgb] = brand.onAccent
    ? ['onAccent', brand.onAccent]
    : own('onAccent');
  const pairs: Pair[] = [
    ...surfaces.map((surface): Pair => ({
      field: 'accent',
      fore: ['accent', brand.accent],
      back: surface,
      minimum: TEXT,
      use: 'used as text, links and the focus ring,',
    })),
    ...surfaces.map((surface): Pair => ({
      field: 'accentHover',
      fore: ['accentHover', brand.accentHover],
      back: surface,
      minimum: NON_TEXT,
      use: 'used as a control under the pointer,',
    })),
    ...(['accent', 'accentHover'] as const).map((fill): Pair => ({
      field: brand.onAccent ? 'onAccent' : fill,
      fore: onAccent,
      back: [fill, brand[fill]],
      minimum: TEXT,
      use: 'as text on an accent fill',
    })),
    ...(['text', 'textMuted'] as const).map((name): Pair => ({
      field: 'accentSubtle',
      fore: own(name),
      back: ['accentSubtle', brand.accentSubtle],
      minimum: TEXT,
      use: 'behind text',
    })),
    {
      field: 'accentSubtle',
      fore: ['accent', brand.accent],
      back: ['accentSubtle', brand.accentSubtle],
      minimum: TEXT,
      use: 'behind accent text (a selected item)',
    },
  ];
  const problems: BrandProblem[] = [];
  for (const { field, fore, back, minimum, use } of pairs) {
    const ratio = contrastRatio(fore[1], back[1]);
    if (ratio >= minimum) continue;
    const message =
      `${fore[0]} ${hex(fore[1])} on ${back[0]} ${hex(back[1])} is ${floor(ratio)}:1; ` +
      `${use} it needs at least ${minimum}:1 (WCAG AA)`;
    // One problem per field and theme: the first pair that fails says enough to fix it.
    if (!problems.some((p) => p.field.endsWith(`.${field}`))) {
      problems.push({ theme, field: `colors.${theme}.${field}`, message });
    }
  }
  return problems;
}

/** Two decimals, rounded down, so a ratio just short of the minimum never reads as meeting it. */
function floor(ratio: number): string {
  return (Math.floor(ratio * 100) / 100).toFixed(2);
}

function themeRgb(color: string): Rgb {
  const rgb = hexToRgb(color);
  if (!rgb) throw new Error(`The theme colour ${color} is not #rrggbb`);
  return rgb;
}

function hex(rgb: Rgb): string {
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
