/**
 * Benchmark app "Ruokalista": this week's school lunch, as a Lit element that follows the shell's
 * language and marks every render (lit-app.ts).
 */
import { html, type TemplateResult } from 'lit';
import { defineMicroApp, type Locale } from '@digione/sdk';
import { BenchLitApp } from '../lit-app.js';

type Text = Readonly<Record<Locale, string>>;

const DAYS: readonly (readonly [Text, Text])[] = [
  [
    { fi: 'Maanantai', sv: 'Måndag', en: 'Monday' },
    { fi: 'Kalakeitto ja ruisleipä', sv: 'Fisksoppa och rågbröd', en: 'Fish soup and rye bread' },
  ],
  [
    { fi: 'Tiistai', sv: 'Tisdag', en: 'Tuesday' },
    { fi: 'Makaronilaatikko', sv: 'Makaronilåda', en: 'Macaroni casserole' },
  ],
  [
    { fi: 'Keskiviikko', sv: 'Onsdag', en: 'Wednesday' },
    { fi: 'Kasvissosekeitto', sv: 'Grönsakspurésoppa', en: 'Vegetable purée soup' },
  ],
  [
    { fi: 'Torstai', sv: 'Torsdag', en: 'Thursday' },
    {
      fi: 'Hernekeitto ja pannukakku',
      sv: 'Ärtsoppa och pannkaka',
      en: 'Pea soup and oven pancake',
    },
  ],
  [
    { fi: 'Perjantai', sv: 'Fredag', en: 'Friday' },
    { fi: 'Broileripasta', sv: 'Kycklingpasta', en: 'Chicken pasta' },
  ],
];

const TITLE: Text = { fi: 'Viikon ruokalista', sv: 'Veckans matsedel', en: 'This week’s lunch' };

class BenchLunchMenu extends BenchLitApp {
  protected override renderIn(locale: Locale): TemplateResult {
    return html`<h2>${TITLE[locale]}</h2>
      <dl>
        ${DAYS.map(
          ([day, food]) =>
            html`<dt>${day[locale]}</dt>
              <dd>${food[locale]}</dd>`,
        )}
      </dl>`;
  }
}

export default defineMicroApp({ element: BenchLunchMenu, tagName: 'bench-lunch-menu' });

declare global {
  interface HTMLElementTagNameMap {
    'bench-lunch-menu': BenchLunchMenu;
  }
}
