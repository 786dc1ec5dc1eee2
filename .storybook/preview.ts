import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import '@digione/components/tokens.css';
import {
  DEFAULT_LOCALE,
  LOCALE_NAMES,
  LOCALES,
  isLocale,
  localization,
} from '@digione/components/localization';
import { THEMES, applyBranding, type Theme } from '@digione/components/tenants';
import { EXAMPLE_BRANDS } from '@digione/components/example-brands';
import manifest from '../packages/components/custom-elements.json';
import './preview.css';

setCustomElementsManifest(manifest);

const { setLocale } = localization();

/** The theme toolbar's item names, as the user menu's theme choices say them in English. */
const THEME_TITLES: Readonly<Record<Theme, string>> = {
  light: 'Light',
  dark: 'Dark',
  'high-contrast': 'High contrast',
};

/** The tenant toolbar's brands: none (DigiOne's own), or an example brand from a configuration. */
const BRANDS = new Map(Object.entries(EXAMPLE_BRANDS));

/**
 * Applies the toolbar's language, theme and tenant to the preview document before a story renders,
 * so every story shows in fi, sv or en, in every theme and with a tenant's brand, live. A brand is
 * applied as the portal applies one from its configuration.
 */
const withPortalGlobals: Decorator = (story, context) => {
  const root = document.documentElement;
  const locale: unknown = context.globals.locale;
  const lang = isLocale(locale) ? locale : DEFAULT_LOCALE;
  root.lang = lang;
  const theme: unknown = context.globals.theme;
  const tenant: unknown = context.globals.tenant;
  applyBranding(root, {
    theme: THEMES.find((t) => t === theme) ?? 'light',
    brand: (typeof tenant === 'string' ? BRANDS.get(tenant)?.colors : undefined) ?? null,
  });
  return story();
};

const preview: Preview = {
  initialGlobals: { locale: DEFAULT_LOCALE, theme: 'light', tenant: 'digione' },
  globalTypes: {
    locale: {
      description: 'Language of the built-in strings and the sample content',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LOCALES.map((value) => ({ value, title: LOCALE_NAMES[value] })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: THEMES.map((value) => ({ value, title: THEME_TITLES[value] })),
        dynamicTitle: true,
      },
    },
    tenant: {
      description: 'Tenant branding (municipality)',
      toolbar: {
        title: 'Tenant',
        icon: 'home',
        items: [
          { value: 'digione', title: 'DigiOne' },
          ...[...BRANDS].map(([id, brand]) => ({ value: id, title: brand.name.en })),
        ],
        dynamicTitle: true,
      },
    },
  },
  // The locale must be loaded before the story renders, so its strings are right on first paint.
  loaders: [
    async ({ globals }) => {
      const locale: unknown = globals.locale;
      await setLocale(isLocale(locale) ? locale : DEFAULT_LOCALE);
      return {};
    },
  ],
  decorators: [withPortalGlobals],
  parameters: {
    controls: { expanded: true, matchers: { color: /(background|color)$/i } },
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    },
    docs: { toc: true },
  },
  tags: ['autodocs'],
};

export default preview;
