/**
 * Themes and tenant branding. The themes are token sets of `tokens.css`, chosen by the root
 * element's `data-d1-theme`. A tenant's brand (the education provider's accent colours in the light
 * and dark themes) comes from the portal's configuration at run time and overrides the accent tokens
 * in the same cascade layer; high contrast and forced colours never take it.
 */

/** The colour themes of `tokens.css`, set on the root element as `data-d1-theme`. */
export const THEMES = ['light', 'dark', 'high-contrast'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * What a person can choose in the user menu: `system` follows the device (its dark mode and contrast
 * settings), the others pick one of the themes.
 */
export const THEME_PREFERENCES = ['system', ...THEMES] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

/** A brand's colours in one theme, as `#rrggbb`. */
export interface BrandColors {
  readonly accent: string;
  readonly accentHover: string;
  readonly accentSubtle: string;
  /** Text on an accent fill; the theme's own when absent. */
  readonly onAccent?: string;
}

/** A tenant's colours in the themes that take a brand (high contrast never does). */
export interface BrandPalette {
  readonly light: BrandColors;
  readonly dark: BrandColors;
}

/** The accent tokens a brand's colours set, in one theme. */
export function brandTokens(colors: BrandColors): Record<string, string> {
  return {
    '--d1-color-accent': colors.accent,
    '--d1-color-accent-hover': colors.accentHover,
    '--d1-color-accent-text': colors.accent,
    '--d1-color-accent-subtle': colors.accentSubtle,
    '--d1-color-focus-ring': colors.accent,
    ...(colors.onAccent ? { '--d1-color-on-accent': colors.onAccent } : {}),
  };
}

const COLOR = /^#[0-9a-f]{6}$/i;

/**
 * The style sheet that makes `palette` the accent of a document: in the `d1.tokens` layer (an app
 * still overrides any token with an ordinary rule), for the light and dark themes, never for high
 * contrast or forced colours. Only `#rrggbb` values reach it.
 */
export function brandStyleSheetText(palette: BrandPalette): string {
  const block = (colors: BrandColors) =>
    Object.entries(brandTokens(colors))
      .map(([name, value]) => {
        if (!COLOR.test(value)) throw new TypeError(`${name}: "${value}" is not a #rrggbb colour`);
        return `${name}: ${value};`;
      })
      .join(' ');
  return (
    '@layer d1.tokens { @media (forced-colors: none) { ' +
    `:root:not([data-d1-theme='dark'], [data-d1-theme='high-contrast']) { ${block(palette.light)} } ` +
    `:root[data-d1-theme='dark'] { ${block(palette.dark)} } } }`
  );
}

const brandSheets = new WeakMap<Document, CSSStyleSheet>();

/**
 * Applies a theme and a tenant's brand to a document through its root element: the theme as
 * `data-d1-theme`, the brand as a style sheet of accent tokens (`null`: the platform's own accent).
 * A field left out is left as it is.
 */
export function applyBranding(
  root: HTMLElement,
  { theme, brand }: { theme?: Theme; brand?: BrandPalette | null },
): void {
  if (theme) root.dataset.d1Theme = theme;
  if (brand === undefined) return;
  const doc = root.ownerDocument;
  let sheet = brandSheets.get(doc);
  if (!sheet) {
    sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    brandSheets.set(doc, sheet);
  }
  if (!doc.adoptedStyleSheets.includes(sheet)) {
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync(brand ? brandStyleSheetText(brand) : '');
}
