import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { localization } from '@digione/components/localization';
import { defineShellPages } from './define.js';
import {
  PAGES,
  page,
  root,
  h1,
  headings,
  LOADED,
  SKIPPED,
  resetLocale,
  type PageTag,
} from './page-test-support.js';

/** One h1, first; no level skipped on the way down. */
function expectHeadingStructure(el: Element): void {
  const levels = headings(el).map((h) => h.level);
  expect(levels[0], 'the first heading is the h1').to.equal(1);
  expect(levels.filter((l) => l === 1).length, 'exactly one h1').to.equal(1);
  levels.forEach((level, i) => {
    if (i > 0) expect(level, `heading ${i} skips no level`).to.be.at.most(levels[i - 1] + 1);
  });
}

describe('shell pages', () => {
  afterEach(resetLocale);

  describe('registration', () => {
    it('defines every page once; a second call changes nothing', () => {
      expect(() => {
        defineShellPages();
      }).not.to.throw();
      for (const tag of PAGES) expect(customElements.get(tag), tag).to.be.a('function');
    });

    it('defines into the registry it is given', () => {
      const defined: string[] = [];
      const registry = {
        get: () => undefined,
        define: (tag: string) => defined.push(tag),
      } as unknown as CustomElementRegistry;
      defineShellPages(registry);
      expect(defined).to.deep.equal([...PAGES]);
    });
  });

  describe('every page', () => {
    for (const tag of PAGES) {
      describe(tag, () => {
        it('has one focusable h1 and headings that descend a level at a time', async () => {
          const el = await page(tag);
          expectHeadingStructure(el);
          const heading = root(el).querySelector('h1')!;
          expect(heading.getAttribute('tabindex')).to.equal('-1');
          el.focusHeading();
          expect(root(el).activeElement).to.equal(heading);
        });

        it('is accessible', async () => {
          const el = await page(tag);
          await expect(el).to.be.accessible();
        });

        it('fits a 360 px wide phone without sideways scrolling', async () => {
          await setViewport({ width: 360, height: 740 });
          try {
            const el = await page(tag);
            FILL[tag]?.();
            await el.updateComplete;
            expect(el.getBoundingClientRect().width).to.be.at.most(360);
            expect(document.documentElement.scrollWidth).to.be.at.most(360);
          } finally {
            await setViewport({ width: 800, height: 600 });
          }
        });
      });
    }

    it('speaks Swedish and English', async () => {
      const expected: Record<PageTag, { sv: string; en: string }> = {
        'd1-shell-accessibility-statement': {
          sv: 'Tillgänglighetsutlåtande',
          en: 'Accessibility statement',
        },
        'd1-shell-feedback': { sv: 'Ge respons', en: 'Give feedback' },
        'd1-shell-not-found': { sv: 'Sidan hittades inte', en: 'Page not found' },
        'd1-shell-no-access': { sv: 'Ingen behörighet', en: 'No access' },
        'd1-shell-not-available': {
          sv: 'Tjänsten används inte här',
          en: 'This service is not in use here',
        },
        'd1-shell-diagnostics': { sv: 'Appregistrets status', en: 'App registry status' },
      };
      const pages = await Promise.all(PAGES.map((tag) => page(tag)));
      for (const locale of ['sv', 'en'] as const) {
        await localization().setLocale(locale);
        for (const el of pages) {
          await el.updateComplete;
          expect(h1(el), `${el.localName} in ${locale}`).to.equal(
            expected[el.localName as PageTag][locale],
          );
          await expect(el).to.be.accessible();
        }
      }
      await localization().setLocale('fi');
      await pages[0].updateComplete;
      expect(h1(pages[0])).to.equal('Saavutettavuusseloste');
    });
  });
});

/** Long, unbroken data each page must wrap or scroll within itself on a narrow screen. */
const FILL: Partial<Record<PageTag, () => void>> = {
  'd1-shell-not-found': () => {
    document.querySelector('d1-shell-not-found')!.path =
      `/${'lukujarjestys-'.repeat(12)}/viikko/42`;
  },
  'd1-shell-no-access': () => {
    const el = document.querySelector('d1-shell-no-access')!;
    el.service = 'Oppimisen ja hyvinvoinnin tukipalvelu'.repeat(3);
    el.canSwitch = true;
  },
  'd1-shell-not-available': () => {
    const el = document.querySelector('d1-shell-not-available')!;
    el.service = 'Oppimisen ja hyvinvoinnin tukipalvelu'.repeat(3);
    el.where = 'Merituulen koulu (Espoon kaupunki)'.repeat(3);
    el.choices = [{ id: 'child:a', label: 'Aino Mäkelä, Lumikorven koulu '.repeat(3) }];
  },
  'd1-shell-diagnostics': () => {
    const el = document.querySelector('d1-shell-diagnostics')!;
    el.loaded = LOADED;
    el.skipped = SKIPPED;
  },
};
