/**
 * Benchmark app "Viestit": the latest messages from home and school, as a Lit element that follows
 * the shell's language and marks every render (lit-app.ts).
 */
import { html, type TemplateResult } from 'lit';
import { defineMicroApp, type Locale } from '@digione/sdk';
import { BenchLitApp } from '../lit-app.js';

interface Message {
  readonly from: string;
  readonly subject: Readonly<Record<Locale, string>>;
  readonly sent: string;
}

const MESSAGES: readonly Message[] = [
  {
    from: 'Aino Virtanen',
    subject: {
      fi: 'Retkipäivä Nuuksioon torstaina',
      sv: 'Utflykt till Noux på torsdag',
      en: 'Field trip to Nuuksio on Thursday',
    },
    sent: '12.11.',
  },
  {
    from: 'Kalle Mäkinen',
    subject: {
      fi: 'Poissaolo maanantaina',
      sv: 'Frånvaro på måndag',
      en: 'Absence on Monday',
    },
    sent: '11.11.',
  },
  {
    from: 'Rehtori Leena Korhonen',
    subject: {
      fi: 'Vanhempainilta 7. luokkien huoltajille',
      sv: 'Föräldramöte för vårdnadshavare i årskurs 7',
      en: 'Parents’ evening for guardians of year 7',
    },
    sent: '8.11.',
  },
];

const TITLE: Readonly<Record<Locale, string>> = {
  fi: 'Uusimmat viestit',
  sv: 'Senaste meddelanden',
  en: 'Latest messages',
};

class BenchMessages extends BenchLitApp {
  protected override renderIn(locale: Locale): TemplateResult {
    return html`<h2>${TITLE[locale]}</h2>
      <ul>
        ${MESSAGES.map(
          (m) =>
            html`<li><strong>${m.from}</strong> ${m.subject[locale]} <time>${m.sent}</time></li>`,
        )}
      </ul>`;
  }
}

export default defineMicroApp({ element: BenchMessages, tagName: 'bench-messages' });

declare global {
  interface HTMLElementTagNameMap {
    'bench-messages': BenchMessages;
  }
}
