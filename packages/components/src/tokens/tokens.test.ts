import { expect } from '@open-wc/testing';
import * as components from '@digione/components';
import { THEMES, applyBranding, type BrandPalette } from '@digione/components/tenants';
import { BRANDED_THEMES, THEME_COLORS, contrastRatio, type Rgb } from './contrast.js';

/** Every custom property declared by the page's style sheets (tokens.css and what it imports). */
function definedTokens(): Set<string> {
  const names = new Set<string>();
  const visit = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSImportRule && rule.styleSheet) visit(rule.styleSheet.cssRules);
      else if (rule instanceof CSSStyleRule) {
        for (const name of Array.from(rule.style)) if (name.startsWith('--d1-')) names.add(name);
      }
      if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList) visit(rule.cssRules);
    }
  };
  for (const sheet of Array.from(document.styleSheets)) visit(sheet.cssRules);
  return names;
}

const uses = (cssText: string) => [...cssText.matchAll(/var\(\s*(--d1-[\w-]+)/g)].map((m) => m[1]);

type Styles = { cssText: string } | readonly Styles[] | undefined;
const cssTextOf = (styles: Styles): string =>
  styles === undefined
    ? ''
    : Array.isArray(styles)
      ? styles.map(cssTextOf).join('\n')
      : (styles as { cssText: string }).cssText;

/** The CSS text of every component's styles, by class name. */
function componentStyles(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of Object.entries(components)) {
    if (typeof value !== 'function' || !('styles' in value)) continue;
    out.set(name, cssTextOf((value as { styles: Styles }).styles));
  }
  return out;
}

function tokenSheetText(): string {
  const texts: string[] = [];
  const visit = (sheet: CSSStyleSheet) => {
    for (const rule of Array.from(sheet.cssRules)) {
      if (rule instanceof CSSImportRule && rule.styleSheet) visit(rule.styleSheet);
      else texts.push(rule.cssText);
    }
  };
  for (const sheet of Array.from(document.styleSheets)) visit(sheet);
  return texts.join('\n');
}

describe('design tokens', () => {
  it('are loaded on the page, in all three tiers', () => {
    const defined = definedTokens();
    expect([...defined].some((t) => t.startsWith('--d1-ref-'))).to.equal(true);
    expect(defined.has('--d1-color-surface')).to.equal(true);
    expect(defined.has('--d1-button-radius')).to.equal(true);
  });

  it('sit in the d1.tokens cascade layer, so apps override them without !important', () => {
    const text = tokenSheetText();
    expect(text).to.match(/@layer d1\.tokens/);
    const layered = document.createElement('div');
    const override = document.createElement('style');
    override.textContent = ':root { --d1-color-accent: rgb(1, 2, 3); }';
    document.head.append(override, layered);
    try {
      expect(
        getComputedStyle(document.documentElement).getPropertyValue('--d1-color-accent'),
      ).to.equal('rgb(1, 2, 3)');
    } finally {
      override.remove();
      layered.remove();
    }
  });

  it('that components use are all defined', () => {
    const defined = definedTokens();
    const styles = componentStyles();
    expect(styles.size, 'component classes found').to.be.greaterThan(1);
    const undefinedUses: string[] = [];
    for (const [component, css] of styles) {
      for (const token of uses(css)) {
        if (!defined.has(token)) undefinedUses.push(`${component} uses ${token}`);
      }
    }
    for (const token of uses(tokenSheetText())) {
      if (!defined.has(token)) undefinedUses.push(`tokens.css uses ${token}`);
    }
    expect(undefinedUses, 'used but never defined').to.deep.equal([]);
  });

  it('of the reference and component tiers are all used', () => {
    const defined = definedTokens();
    const used = new Set([...componentStyles().values(), tokenSheetText()].flatMap(uses));
    const unused = [...defined].filter(
      (token) =>
        !used.has(token) &&
        !/^--d1-(color|font|space|radius|shadow|focus|duration|target|z|line)-/.test(token) &&
        token !== '--d1-focus-ring',
    );
    expect(unused, 'defined but never used').to.deep.equal([]);
  });

  it('are never the reference palette inside a component', () => {
    const offenders = [...componentStyles()]
      .filter(([, css]) => /var\(\s*--d1-ref-/.test(css))
      .map(([name]) => name);
    expect(offenders).to.deep.equal([]);
  });
});

/** A CSS colour as the browser resolves it. */
function rgb(color: string, probe: HTMLElement): Rgb {
  probe.style.color = color;
  const match = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(getComputedStyle(probe).color);
  if (!match) throw new Error(`cannot resolve colour ${color}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** A tenant's brand, as the portal's configuration gives one. */
const BRAND: BrandPalette = {
  light: { accent: '#2f6b1f', accentHover: '#21501a', accentSubtle: '#e8f3e3' },
  dark: { accent: '#9fdc8a', accentHover: '#c9efbd', accentSubtle: '#1d3318', onAccent: '#10250a' },
};

/** Every semantic text-on-surface pair a component may draw. */
const PAIRS: [text: string, surface: string][] = [
  ...['surface', 'surface-raised', 'surface-sunken', 'accent-subtle', 'neutral-subtle'].flatMap(
    (surface): [string, string][] => [
      ['text', surface],
      ['text-muted', surface],
      ['accent-text', surface],
    ],
  ),
  ...['surface', 'surface-raised'].flatMap((surface): [string, string][] => [
    ['danger', surface],
    ['success', surface],
    ['warning', surface],
  ]),
  ['on-accent', 'accent'],
  ['on-accent', 'accent-hover'],
  ['on-danger', 'danger'],
  ['on-success', 'success'],
  ['on-warning', 'warning'],
  ['text', 'danger-subtle'],
  ['text', 'success-subtle'],
  ['text', 'warning-subtle'],
  ['danger', 'danger-subtle'],
  ['success', 'success-subtle'],
  ['warning', 'warning-subtle'],
];

/**
 * Every boundary or mark a person must see to use a control (WCAG 1.4.11, 3:1): a field's border,
 * the focus ring on each surface it can be drawn over, an accent fill (primary button, progress bar,
 * selected tab) and the invalid field's border.
 */
const NON_TEXT_PAIRS: [mark: string, surface: string][] = [
  ...['surface', 'surface-raised', 'surface-sunken'].flatMap((surface): [string, string][] => [
    ['border', surface],
    ['focus-ring', surface],
    ['accent', surface],
    ['danger', surface],
  ]),
  ['focus-ring', 'accent-subtle'],
];

/** The pairs of `pairs` whose contrast in the page's current theme and tenant is below `minimum`. */
function contrastFailures(pairs: [string, string][], minimum: number): string[] {
  const style = getComputedStyle(document.documentElement);
  const probe = document.createElement('span');
  document.body.append(probe);
  const failures: string[] = [];
  try {
    for (const [fore, back] of pairs) {
      const fg = style.getPropertyValue(`--d1-color-${fore}`).trim();
      const bg = style.getPropertyValue(`--d1-color-${back}`).trim();
      expect(fg, fore).not.to.equal('');
      expect(bg, back).not.to.equal('');
      const ratio = contrastRatio(rgb(fg, probe), rgb(bg, probe));
      if (ratio < minimum) failures.push(`${fore} on ${back}: ${ratio.toFixed(2)}:1`);
    }
  } finally {
    probe.remove();
  }
  return failures;
}

describe('colour contrast', () => {
  const root = document.documentElement;
  afterEach(() => {
    delete root.dataset.d1Theme;
    applyBranding(root, { brand: null });
  });

  for (const theme of THEMES) {
    for (const [name, brand] of [
      ['the platform', null],
      ['a tenant', BRAND],
    ] as const) {
      it(`meets 4.5:1 for every text-on-surface pair in the ${theme} theme for ${name}`, () => {
        applyBranding(root, { theme, brand });
        expect(contrastFailures(PAIRS, 4.5)).to.deep.equal([]);
      });

      it(`meets 3:1 for every control boundary and focus ring in the ${theme} theme for ${name}`, () => {
        applyBranding(root, { theme, brand });
        expect(contrastFailures(NON_TEXT_PAIRS, 3)).to.deep.equal([]);
      });
    }
  }

  it("gives a tenant's brand its accent in the light and dark themes, and none in high contrast", () => {
    const accent = () => getComputedStyle(root).getPropertyValue('--d1-color-accent').trim();
    const platform = Object.fromEntries(
      THEMES.map((theme) => {
        applyBranding(root, { theme });
        return [theme, accent()];
      }),
    );
    applyBranding(root, { brand: BRAND });
    for (const theme of BRANDED_THEMES) {
      applyBranding(root, { theme });
      expect(accent(), theme).to.equal(BRAND[theme].accent);
      expect(getComputedStyle(root).getPropertyValue('--d1-color-focus-ring').trim()).to.equal(
        BRAND[theme].accent,
      );
    }
    applyBranding(root, { theme: 'high-contrast' });
    expect(accent(), 'high contrast').to.equal(platform['high-contrast']);
    applyBranding(root, { theme: 'light', brand: null });
    expect(accent(), 'the brand taken away').to.equal(platform.light);
  });

  it("lets an app's ordinary rule override a brand's token", () => {
    const override = document.createElement('style');
    override.textContent = ':root { --d1-color-accent: rgb(1, 2, 3); }';
    document.head.append(override);
    try {
      applyBranding(root, { theme: 'light', brand: BRAND });
      expect(getComputedStyle(root).getPropertyValue('--d1-color-accent').trim()).to.equal(
        'rgb(1, 2, 3)',
      );
    } finally {
      override.remove();
    }
  });

  it('refuses a brand colour that is not #rrggbb, so nothing else reaches the style sheet', () => {
    const bad = { ...BRAND, light: { ...BRAND.light, accent: 'red; } body { display: none' } };
    expect(() => {
      applyBranding(root, { brand: bad });
    }).to.throw(/not a #rrggbb colour/);
  });

  it('are, for the surfaces a brand meets, those the brand check reads (THEME_COLORS)', () => {
    const probe = document.createElement('span');
    document.body.append(probe);
    const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    try {
      for (const theme of BRANDED_THEMES) {
        applyBranding(root, { theme });
        const style = getComputedStyle(root);
        for (const [name, value] of Object.entries(THEME_COLORS[theme]) as [string, string][]) {
          const token = style.getPropertyValue(`--d1-color-${kebab(name)}`).trim();
          expect(rgb(token, probe), `${theme} ${name}`).to.deep.equal(rgb(value, probe));
        }
      }
    } finally {
      probe.remove();
    }
  });

  it('would catch a failing pair (the check itself is sound)', () => {
    const probe = document.createElement('span');
    document.body.append(probe);
    try {
      expect(contrastRatio(rgb('#777777', probe), rgb('#ffffff', probe))).to.be.below(4.5);
      expect(contrastRatio(rgb('#000000', probe), rgb('#ffffff', probe))).to.be.closeTo(21, 0.01);
    } finally {
      probe.remove();
    }
  });
});
