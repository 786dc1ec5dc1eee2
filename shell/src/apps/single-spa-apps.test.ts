// Apps from the single-spa ecosystem, as they are: a Vue 3 app made with single-spa-vue and a
// React app made with single-spa-react, each exporting bootstrap, mount and unmount by name. The
// portal's loader takes their lifecycles, and each passes the conformance kit given its module
// namespace as it is.
import { expect } from '@open-wc/testing';
import type { AppManifest, Locale } from '@digione/sdk';
import { validateManifest } from '@digione/sdk/manifest';
import { checkConformance, deepText, mountApp, type TestLifecycles } from '@digione/sdk/testing';
import * as library from '../../../test/fixtures/single-spa-apps/vue/index.js';
import * as clubs from '../../../test/fixtures/single-spa-apps/react/index.js';
import { waitFor } from '../../../test/support/unit-wait.js';
import { importApp } from './loader.js';

interface Fixture {
  readonly folder: string;
  readonly app: TestLifecycles;
  readonly titles: Readonly<Record<Locale, string>>;
  readonly greetings: Readonly<Record<Locale, string>>;
}

const FIXTURES: readonly Fixture[] = [
  {
    folder: 'vue',
    app: library,
    titles: { fi: 'Koulukirjasto', sv: 'Skolbiblioteket', en: 'School library' },
    greetings: {
      fi: 'Tervetuloa kirjastoon.',
      sv: 'Välkommen till biblioteket.',
      en: 'Welcome to the library.',
    },
  },
  {
    folder: 'react',
    app: clubs,
    titles: { fi: 'Kerhot', sv: 'Klubbar', en: 'Clubs' },
    greetings: { fi: 'Valitse itsellesi kerho.', sv: 'Välj en klubb.', en: 'Choose a club.' },
  },
];

/**
 * Why the mount-error check is off for these apps: an app made with single-spa's helpers knows
 * nothing of context.reportError. single-spa-vue rejects its mount, which the portal shows in the
 * app's area itself; single-spa-react shows its error boundary instead.
 */
/**
 * Why the mount-error check is off for the React app: single-spa-react does not reject its mount on
 * a render error, it renders the app's error boundary in the app's area (single-spa-vue rejects,
 * which the check accepts: the portal shows and logs it).
 */
const REACT_MOUNT_ERRORS =
  'made with single-spa-react, the app shows a render error in its own error boundary, in its area, and neither rejects mount nor calls context.reportError';

const fixtureUrl = (folder: string, file: string): string =>
  new URL(`../../../test/fixtures/single-spa-apps/${folder}/${file}`, import.meta.url).href;

async function manifestOf(folder: string): Promise<AppManifest> {
  const response = await fetch(fixtureUrl(folder, 'manifest.json'));
  return (await response.json()) as AppManifest;
}

for (const { folder, app, titles, greetings } of FIXTURES) {
  describe(`the ${folder} app made with single-spa-${folder}`, () => {
    it('has a valid manifest', async () => {
      const result = validateManifest(await manifestOf(folder));
      expect(result.ok, JSON.stringify(result)).to.equal(true);
    });

    it("is loaded by the portal's loader from its named exports, and mounts in the shell's element", async () => {
      const manifest = await manifestOf(folder);
      const loaded = await importApp(manifest.id, fixtureUrl(folder, 'index.ts'), {
        timeoutMs: 10_000,
      });
      const mounted = await mountApp(loaded.lifecycles as TestLifecycles, { manifest });
      const name = mounted.context.user.value.givenName ?? '';
      expect(name).to.not.equal('');
      await waitFor(
        () => deepText(mounted.container).includes(`Hei, ${name}! ${greetings.fi}`),
        () => `the Finnish greeting; the app shows "${deepText(mounted.container)}"`,
      );
      // The portal's element itself, as single-spa's docs have an app render into props.domElement.
      expect(mounted.container.querySelector('h2')?.textContent).to.equal(titles.fi);
      await mounted.unmount();
      expect(mounted.container.childElementCount).to.equal(0);
    });

    it('follows the shell’s language, in its own words', async () => {
      const manifest = await manifestOf(folder);
      const mounted = await mountApp(app, { manifest, locale: 'sv' });
      const name = mounted.context.user.value.givenName ?? '';
      const shows = (locale: Locale, hello: string) => () =>
        mounted.container.querySelector('section')?.lang === locale &&
        deepText(mounted.container).includes(
          `${titles[locale]}${hello}, ${name}! ${greetings[locale]}`,
        );
      await waitFor(shows('sv', 'Hej'), 'the Swedish text');
      mounted.host.setLocale('en');
      await waitFor(shows('en', 'Hello'), 'the English text');
      mounted.host.setLocale('fi');
      await waitFor(shows('fi', 'Hei'), 'the Finnish text');
      await expect(mounted.container).to.be.accessible();
      await mounted.unmount();
    });

    it('passes the conformance kit given its module namespace as it is', async () => {
      const report = await checkConformance(app, {
        manifest: await manifestOf(folder),
        expectText: titles,
        ...(folder === 'react' ? { skip: { 'mount-error-reported': REACT_MOUNT_ERRORS } } : {}),
      });
      const failed = report.checks.filter((check) => !check.ok);
      expect(failed, JSON.stringify(failed)).to.deep.equal([]);
      const skipped = report.checks.filter((check) => check.skipped).map((check) => check.id);
      expect(skipped).to.deep.equal(folder === 'react' ? ['mount-error-reported'] : []);
    });
  });
}
