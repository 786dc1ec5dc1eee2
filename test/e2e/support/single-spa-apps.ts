/**
 * The apps from the single-spa ecosystem that the portal runs as they are (test/fixtures/
 * single-spa-apps): a Vue 3 app made with single-spa-vue and a React app made with
 * single-spa-react, each registered by its own manifest.json and served from its folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { AppManifest, Locale } from '@digione/sdk';

const FOLDER = join(import.meta.dirname, '..', '..', 'fixtures', 'single-spa-apps');

/** One of the apps: its folder, its manifest, and what it shows a person in each language. */
export interface SingleSpaApp {
  readonly folder: string;
  readonly manifest: AppManifest;
  readonly title: Readonly<Record<Locale, string>>;
  /** The greeting it shows the person called `name`. */
  readonly greeting: (locale: Locale, name: string) => string;
}

function app(
  folder: string,
  title: SingleSpaApp['title'],
  welcome: Readonly<Record<Locale, string>>,
): SingleSpaApp {
  const hello: Readonly<Record<Locale, string>> = { fi: 'Hei', sv: 'Hej', en: 'Hello' };
  return {
    folder: join(FOLDER, folder),
    manifest: JSON.parse(
      readFileSync(join(FOLDER, folder, 'manifest.json'), 'utf8'),
    ) as AppManifest,
    title,
    greeting: (locale, name) => `${hello[locale]}, ${name}! ${welcome[locale]}`,
  };
}

/** The Vue app (single-spa-vue) and the React app (single-spa-react). */
export const SINGLE_SPA_APPS: readonly SingleSpaApp[] = [
  app(
    'vue',
    { fi: 'Koulukirjasto', sv: 'Skolbiblioteket', en: 'School library' },
    {
      fi: 'Tervetuloa kirjastoon.',
      sv: 'Välkommen till biblioteket.',
      en: 'Welcome to the library.',
    },
  ),
  app(
    'react',
    { fi: 'Kerhot', sv: 'Klubbar', en: 'Clubs' },
    { fi: 'Valitse itsellesi kerho.', sv: 'Välj en klubb.', en: 'Choose a club.' },
  ),
];

/** The folders the app host serves under `/apps/<id>/`, by app id. */
export function singleSpaFolders(): Record<string, string> {
  return Object.fromEntries(SINGLE_SPA_APPS.map((a) => [a.manifest.id, a.folder]));
}

/** The element the portal renders an app in, inside the app's area. */
export function appRoot(page: Page, id: string): Locator {
  return page.locator(`d1-shell > section.d1-app-area[data-d1-app="${id}"] [data-d1-app-root]`);
}
