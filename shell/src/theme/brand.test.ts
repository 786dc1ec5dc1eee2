import { expect, fixture, html } from '@open-wc/testing';
import '@digione/components/define';
import { EXAMPLE_BRANDS } from '@digione/components/example-brands';
import { applyBranding } from '@digione/components/tenants';
import type { ActingAs, TenantInfo } from '@digione/sdk';
import type { ShellHost } from '@digione/sdk/host';
import { initialProviders } from '../apps/providers.js';
import type { AppRuntime } from '../apps/runtime.js';
import { AS_GUARDIAN, AS_TEACHER, TEACHER_AND_GUARDIAN } from '../apps/test-manifests.js';
import type { BrandConfig, ProviderConfig } from '../config/runtime-config.js';
import { defineShellElements } from '../portal/define.js';
import { renderFrame } from '../portal/render.js';
import type { D1Shell } from '../portal/shell-element.js';
import { signedIn, stateAfter } from '../state/fixtures.js';
import { reducePortal, type PortalAction, type PortalState } from '../state/state.js';
import { frameView, type FrameView } from '../state/view.js';
import { checkBrand, isSafeLogoUrl } from './brand-check.js';
import { wornBrand } from './brand.js';

const VANTAA = '0124610-9';
const ESPOO = '0101263-6';
const vantaa = EXAMPLE_BRANDS[VANTAA];
const espoo = EXAMPLE_BRANDS[ESPOO];

/** `brand` with one colour of one theme changed. */
function withColor(
  brand: BrandConfig,
  theme: 'light' | 'dark',
  field: 'accent' | 'accentHover' | 'accentSubtle' | 'onAccent',
  value: string,
): BrandConfig {
  return {
    ...brand,
    colors: { ...brand.colors, [theme]: { ...brand.colors[theme], [field]: value } },
  };
}

describe('checkBrand', () => {
  it('passes the example brands in the light and dark themes', () => {
    expect(checkBrand(vantaa)).to.deep.equal([]);
    expect(checkBrand(espoo)).to.deep.equal([]);
  });

  const failing: [
    theme: 'light' | 'dark',
    field: 'accent' | 'accentHover' | 'accentSubtle' | 'onAccent',
    value: string,
    why: RegExp,
  ][] = [
    // Yellow on white: unreadable as text.
    [
      'light',
      'accent',
      '#e0b000',
      /accent #e0b000 on the light theme's surface #ffffff is 2\.02:1.*4\.5:1/,
    ],
    // Dark red on the dark surface.
    ['dark', 'accent', '#8a0f2d', /accent #8a0f2d on the dark theme's surface #121417/],
    ['light', 'accentHover', '#f4c9d3', /accentHover .* needs at least 3:1/],
    ['dark', 'accentHover', '#2a0710', /accentHover .* needs at least 3:1/],
    ['light', 'accentSubtle', '#d03050', /text #1b1f24 on accentSubtle #d03050/],
    ['dark', 'accentSubtle', '#ff8fa6', /on accentSubtle #ff8fa6/],
    ['light', 'onAccent', '#f0a0b0', /onAccent #f0a0b0 on accent #b0153b/],
    ['dark', 'onAccent', '#ffffff', /onAccent #ffffff on accent #ff8fa6/],
  ];
  for (const [theme, field, value, why] of failing) {
    it(`fails ${field} ${value} in the ${theme} theme, naming the theme and field`, () => {
      const problems = checkBrand(withColor(vantaa, theme, field, value));
      const at = `colors.${theme}.${field}`;
      expect(problems.map((p) => p.field)).to.include(at);
      expect(problems.find((p) => p.field === at)?.message).to.match(why);
      // One problem for each field at fault, all of them in that theme.
      expect(problems.every((p) => p.theme === theme)).to.equal(true);
      expect(new Set(problems.map((p) => p.field)).size).to.equal(problems.length);
    });
  }

  it('names each field that is not #rrggbb, or missing, and every ill-formed name and logo', () => {
    const brand = {
      name: { fi: 'Kunta', sv: '', en: 'Municipality' },
      logo: 'javascript:alert(1)',
      colors: { light: { ...vantaa.colors.light, accent: 'red' }, dark: {} },
    } as unknown as BrandConfig;
    expect(checkBrand(brand).map((p) => `${p.theme} ${p.field}`)).to.deep.equal([
      'all name.sv',
      'all logo',
      'light colors.light.accent',
      'dark colors.dark.accent',
      'dark colors.dark.accentHover',
      'dark colors.dark.accentSubtle',
    ]);
    expect(checkBrand({ logo: '/logo.svg' } as unknown as BrandConfig)).to.deep.equal([
      { theme: 'all', field: 'colors', message: 'must be an object with "light" and "dark"' },
    ]);
  });

  it('takes as a logo only a path on the portal, an https URL or an SVG data URL', () => {
    for (const url of ['/brands/vantaa.svg', 'https://cdn.example.fi/espoo.svg', vantaa.logo]) {
      expect(isSafeLogoUrl(url), url).to.equal(true);
    }
    for (const url of [
      'javascript:alert(1)',
      'http://cdn.example.fi/logo.svg',
      '//evil.example/logo.svg',
      '/\\evil.example/logo.svg',
      'data:text/html,<script>alert(1)</script>',
      'logo.svg',
      ' /logo.svg',
      '',
    ]) {
      expect(isSafeLogoUrl(url), url).to.equal(false);
    }
  });
});

describe('the brand the portal wears', () => {
  const providers: Record<string, ProviderConfig> = {
    [VANTAA]: { name: vantaa.name, brand: vantaa, apps: [] },
    [ESPOO]: {
      name: espoo.name,
      brand: { logo: espoo.logo, colors: espoo.colors },
      apps: [],
    },
  };
  const root = document.documentElement;
  const accent = () => getComputedStyle(root).getPropertyValue('--d1-color-accent').trim();
  let tenants: TenantInfo[] = [];
  let element: D1Shell;
  let shown: FrameView | undefined;

  /** Signed in as a teacher and guardian acting as `actingAs`, with `config` as the providers. */
  function acting(
    actingAs: ActingAs,
    config: Record<string, ProviderConfig> = providers,
    ...more: PortalAction[]
  ): PortalState {
    return [
      { type: 'auth', auth: signedIn(TEACHER_AND_GUARDIAN), actingAs } as const,
      ...more,
    ].reduce(reducePortal, { ...stateAfter(), providers: initialProviders(config) });
  }

  /** Renders `state` as the portal does, after what was shown last. */
  async function show(state: PortalState): Promise<FrameView> {
    const view = frameView(state);
    const host = { setTenant: (t: TenantInfo) => tenants.push(t) } as unknown as ShellHost;
    const runtime = { show: () => undefined } as unknown as AppRuntime;
    renderFrame({ doc: document, element, runtime, host }, state, view, shown);
    shown = view;
    await element.updateComplete;
    return view;
  }

  const header = () => {
    const link = element.shadowRoot?.querySelector('a.brand');
    return {
      name: link?.querySelector('span')?.textContent,
      logo: link?.querySelector('img')?.getAttribute('src'),
      alt: link?.querySelector('img')?.getAttribute('alt'),
    };
  };

  before(() => {
    defineShellElements();
  });
  beforeEach(async () => {
    tenants = [];
    shown = undefined;
    element = await fixture<D1Shell>(html`<d1-shell></d1-shell>`);
  });
  afterEach(() => {
    delete root.dataset.d1Theme;
    applyBranding(root, { brand: null });
  });

  it("sets the accent tokens and the header from the provider's brand, and tells the apps", async () => {
    applyBranding(root, { theme: 'light' });
    const platform = accent();
    await show(acting(AS_TEACHER));
    expect(accent()).to.equal(vantaa.colors.light.accent);
    expect(getComputedStyle(root).getPropertyValue('--d1-color-accent-subtle').trim()).to.equal(
      vantaa.colors.light.accentSubtle,
    );
    expect(header()).to.deep.equal({ name: 'Vantaan kaupunki', logo: vantaa.logo, alt: '' });
    expect(tenants).to.deep.equal([
      { id: VANTAA, name: 'Vantaan kaupunki', colors: vantaa.colors },
    ]);
    expect(platform).not.to.equal(vantaa.colors.light.accent);
  });

  it('switches the brand at once when the person acts in another provider, in its language', async () => {
    const atVantaa = acting(AS_TEACHER);
    await show(atVantaa);
    await show(reducePortal(atVantaa, { type: 'acting-as', choice: AS_GUARDIAN }));
    expect(accent()).to.equal(espoo.colors.light.accent);
    // Espoo's brand names no name of its own: the provider's.
    expect(header()).to.deep.equal({ name: 'Espoon kaupunki', logo: espoo.logo, alt: '' });
    expect(tenants.map((t) => t.id)).to.deep.equal([VANTAA, ESPOO]);
    await show(acting(AS_GUARDIAN, providers, { type: 'locale', locale: 'sv' }));
    expect(tenants.at(-1)?.name).to.equal('Esbo stad');
  });

  it('wears the dark colours in the dark theme, and none in high contrast', async () => {
    await show(acting(AS_TEACHER));
    applyBranding(root, { theme: 'dark' });
    expect(accent()).to.equal(vantaa.colors.dark.accent);
    expect(getComputedStyle(root).getPropertyValue('--d1-color-on-accent').trim()).to.equal(
      vantaa.colors.dark.onAccent,
    );
    applyBranding(root, { theme: 'high-contrast' });
    expect(accent()).to.equal('#ffff00');
    expect(getComputedStyle(root).getPropertyValue('--d1-color-focus-ring').trim()).to.equal(
      '#ffff00',
    );
  });

  it("wears DigiOne's without a provider's brand, or acting where none is configured", async () => {
    applyBranding(root, { theme: 'light' });
    const platform = accent();
    await show(acting(AS_TEACHER));
    await show(acting(AS_TEACHER, { [VANTAA]: { name: vantaa.name, apps: [] } }));
    expect(accent()).to.equal(platform);
    expect(header()).to.deep.equal({ name: 'DigiOne', logo: undefined, alt: undefined });
    expect(tenants.at(-1)).to.deep.equal({ id: 'digione', name: 'DigiOne' });
    await show(acting(AS_TEACHER, {}));
    expect(accent()).to.equal(platform);
  });

  it("falls back to DigiOne's for an unusable brand, with exactly one console error", async () => {
    const faint = withColor(vantaa, 'dark', 'accent', '#5a1020');
    const config = { [VANTAA]: { name: vantaa.name, brand: faint, apps: [] } };
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      applyBranding(root, { theme: 'light' });
      const platform = accent();
      await show(acting(AS_TEACHER, config));
      await show(acting(AS_TEACHER, config, { type: 'locale', locale: 'en' }));
      await show(acting(AS_TEACHER, config, { type: 'path', path: '/saavutettavuus' }));
      expect(accent()).to.equal(platform);
      expect(header().name).to.equal('DigiOne');
      expect(wornBrand({ id: VANTAA, name: vantaa.name, brand: faint })).to.equal(undefined);
    } finally {
      console.error = original;
    }
    expect(errors).to.have.length(1);
    expect(String(errors[0]?.[0])).to.contain(VANTAA).and.contain('brand.colors.dark.accent');
  });

  for (const theme of ['light', 'dark', 'high-contrast'] as const) {
    it(`is accessible with a brand in the ${theme} theme`, async () => {
      applyBranding(root, { theme });
      await show(acting(AS_TEACHER));
      await expect(element).to.be.accessible();
    });
  }
});
