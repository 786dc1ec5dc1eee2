import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@digione/components/define';
import { localization } from '@digione/components/localization';
import type { D1Select } from '@digione/components/select';
import type { D1TextField } from '@digione/components/text-field';
import { addShellTranslations } from '../localization/translations.js';
import { defineShellPages } from './define.js';
import type { D1ShellAccessibilityStatement } from './accessibility-statement.js';
import type {
  D1ShellDiagnostics,
  DiagnosticsLoadedApp,
  DiagnosticsSkippedApp,
} from './diagnostics.js';
import { ShellFeedbackSubmitEvent, type D1ShellFeedback } from './feedback.js';
import type { D1ShellNoAccess } from './no-access.js';
import type { D1ShellNotFound } from './not-found.js';

defineShellPages();
addShellTranslations();

/** Markup a hostile registry or address could carry: it must stay text. */
const HOSTILE = '<img src="x" onerror="window.__d1Pwned = true">';

/** Every page, as the shell renders it by tag name. */
const PAGES = [
  'd1-shell-accessibility-statement',
  'd1-shell-feedback',
  'd1-shell-not-found',
  'd1-shell-no-access',
  'd1-shell-diagnostics',
] as const;

type PageTag = (typeof PAGES)[number];

async function page<T extends PageTag>(tag: T): Promise<HTMLElementTagNameMap[T]> {
  const el = await fixture<HTMLElementTagNameMap[T]>(document.createElement(tag));
  await el.updateComplete;
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const h1 = (el: Element) => text(root(el).querySelector('h1'));

/** The page's headings in document order, as levels and text. */
function headings(el: Element): { level: number; text: string }[] {
  return [...root(el).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => ({
    level: Number(h.tagName.slice(1)),
    text: text(h) ?? '',
  }));
}

/** One h1, first; no level skipped on the way down. */
function expectHeadingStructure(el: Element): void {
  const levels = headings(el).map((h) => h.level);
  expect(levels[0], 'the first heading is the h1').to.equal(1);
  expect(levels.filter((l) => l === 1).length, 'exactly one h1').to.equal(1);
  levels.forEach((level, i) => {
    if (i > 0) expect(level, `heading ${i} skips no level`).to.be.at.most(levels[i - 1] + 1);
  });
}

const links = (el: Element) =>
  [...root(el).querySelectorAll('a')].map((a) => ({
    href: a.getAttribute('href'),
    text: text(a),
  }));

describe('shell pages', () => {
  afterEach(async () => {
    await localization().setLocale('fi');
  });

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

  describe('d1-shell-accessibility-statement', () => {
    it('says what the law asks: conformance, gaps, assessment, feedback and supervision', async () => {
      const el: D1ShellAccessibilityStatement = await page('d1-shell-accessibility-statement');
      const h2s = headings(el)
        .filter((h) => h.level === 2)
        .map((h) => h.text);
      expect(h2s).to.deep.equal([
        'Saavutettavuuden tila',
        'Sisältö, joka ei ole saavutettavaa',
        'Sisältö, jota saavutettavuusvaatimukset eivät koske',
        'Miten saavutettavuutta on arvioitu',
        'Palaute ja yhteystiedot',
        'Valvontaviranomainen',
      ]);
      const conformance = text(root(el).querySelector('[data-testid="conformance"]'));
      expect(conformance).to.contain('täyttää osittain');
      expect(conformance).to.contain('WCAG 2.1');
      expect(conformance).to.contain('AA');
      expect(text(root(el).querySelector('[data-testid="date"]'))).to.contain('marraskuussa 2026');
      const gaps = root(el).querySelectorAll('h2 + ul > li');
      expect(gaps.length).to.be.at.least(2);
      expect(text(gaps[0])).to.contain('arvioidaan erikseen');
      expect(links(el)).to.deep.include({
        href: '/palaute',
        text: 'Anna palautetta saavutettavuudesta',
      });
    });

    it("names Traficom's accessibility supervision and how to reach it", async () => {
      const el = await page('d1-shell-accessibility-statement');
      const supervision = root(el).querySelector('[data-testid="supervision"]')!;
      expect(text(supervision)).to.contain('Liikenne- ja viestintävirasto Traficom');
      expect(text(supervision)).to.contain('Saavutettavuusvalvonta');
      expect(text(supervision)).to.contain('029 534 5000');
      const hrefs = [...supervision.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal([
        'https://www.saavutettavuusvaatimukset.fi/',
        'mailto:saavutettavuus@traficom.fi',
        'tel:+358295345000',
      ]);
    });

    it('is in Swedish and English from the first word to the last', async () => {
      const el = await page('d1-shell-accessibility-statement');
      await localization().setLocale('sv');
      await el.updateComplete;
      expect(text(root(el).querySelector('[data-testid="conformance"]'))).to.contain('WCAG 2.1');
      expect(text(root(el).querySelector('[data-testid="supervision"]'))).to.contain(
        'Transport- och kommunikationsverket Traficom',
      );
      expect(text(el.shadowRoot)).not.to.contain('Saavutettavuusvalvonta');
      await localization().setLocale('en');
      await el.updateComplete;
      expect(text(root(el).querySelector('[data-testid="supervision"]'))).to.contain(
        'Finnish Transport and Communications Agency Traficom',
      );
      expect(headings(el).map((h) => h.text)).to.include('Supervisory authority');
    });
  });

  describe('d1-shell-feedback', () => {
    const topic = (el: D1ShellFeedback) => root(el).querySelector<D1Select>('#topic')!;
    const message = (el: D1ShellFeedback) => root(el).querySelector<D1TextField>('#message')!;
    const email = (el: D1ShellFeedback) => root(el).querySelector<D1TextField>('#email')!;
    const submit = (el: D1ShellFeedback) =>
      root(el).querySelector<HTMLElement>('d1-button[type="submit"]')!;
    const status = (el: D1ShellFeedback) => root(el).querySelector('[role="status"]')!;
    const shownError = (field: D1Select | D1TextField) =>
      text(field.shadowRoot!.querySelector('[part="message"]'));

    /** Records the feedback events that reach the page's parent (they bubble out of it). */
    function record(el: D1ShellFeedback): ShellFeedbackSubmitEvent[] {
      const events: ShellFeedbackSubmitEvent[] = [];
      el.parentElement!.addEventListener(ShellFeedbackSubmitEvent.type, (e) => {
        events.push(e);
        e.deliver(Promise.resolve(true));
      });
      return events;
    }

    /** Waits for the page and whichever of its fields are on screen to finish rendering. */
    async function settle(el: D1ShellFeedback): Promise<void> {
      await el.updateComplete;
      const fields = root(el).querySelectorAll<D1Select | D1TextField>('d1-select, d1-text-field');
      await Promise.all([...fields].map((f) => f.updateComplete));
    }

    async function typeMessage(el: D1ShellFeedback, value: string): Promise<void> {
      message(el).focus();
      await sendKeys({ type: value });
      await settle(el);
    }

    it('when sent empty, shows every required field its message and fires nothing', async () => {
      const el = await page('d1-shell-feedback');
      const events = record(el);
      submit(el).click();
      await settle(el);
      expect(events).to.have.length(0);
      expect(shownError(topic(el))).to.equal('Valitse vaihtoehto.');
      expect(shownError(message(el))).to.equal('Täytä tämä kenttä.');
      expect(shownError(email(el)), 'the email is optional').to.equal(undefined);
      expect(text(status(el))).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('refuses a message of only spaces, and an address that is not one', async () => {
      const el = await page('d1-shell-feedback');
      const events = record(el);
      topic(el).value = 'other';
      await typeMessage(el, '   ');
      submit(el).click();
      await settle(el);
      expect(events).to.have.length(0);
      expect(shownError(message(el))).to.equal('Kirjoita palaute. Pelkät välilyönnit eivät riitä.');
      expect(root(el).activeElement).to.equal(message(el));

      await sendKeys({ type: 'Lukujärjestys ei aukea.' });
      await settle(el);
      expect(shownError(message(el)), 'typing clears the message').to.equal(undefined);
      email(el).focus();
      await sendKeys({ type: 'aino' });
      submit(el).click();
      await settle(el);
      expect(events).to.have.length(0);
      expect(shownError(email(el))).to.equal('Anna sähköpostiosoite muodossa nimi@esimerkki.fi.');
    });

    it('when the feedback does not go through, says so and keeps the message', async () => {
      const el = await page('d1-shell-feedback');
      // Nobody delivers it (no listener answers with deliver()), as when the shell cannot send.
      topic(el).value = 'other';
      await typeMessage(el, 'Kiitos hyvästä palvelusta.');
      submit(el).click();
      await settle(el);
      expect(text(status(el))).to.contain('Palautteen lähettäminen ei onnistunut');
      expect(text(status(el))).not.to.contain('Kiitos palautteestasi!');
      expect(message(el).value).to.equal('Kiitos hyvästä palvelusta.');
      expect(root(el).activeElement).to.equal(status(el));
      await expect(el).to.be.accessible();
    });

    it('when valid, fires the feedback, thanks the person in a status and moves focus there', async () => {
      const el = await page('d1-shell-feedback');
      const events = record(el);
      topic(el).value = 'accessibility';
      await typeMessage(el, '  Valikko ei toimi näppäimistöllä.  ');
      submit(el).click();
      await settle(el);
      expect(events).to.have.length(1);
      const event = events[0];
      expect(event).to.be.instanceOf(ShellFeedbackSubmitEvent);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({
        topic: 'accessibility',
        message: 'Valikko ei toimi näppäimistöllä.',
      });
      expect('email' in event.detail, 'no email was given').to.equal(false);
      expect(text(status(el))).to.contain('Kiitos palautteestasi!');
      expect(root(el).activeElement).to.equal(status(el));
      expect(root(el).querySelector('form'), 'the form gives way to the thanks').to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('carries the email address when one is given, and starts afresh on request', async () => {
      const el = await page('d1-shell-feedback');
      const events = record(el);
      topic(el).value = 'sign-in';
      await typeMessage(el, 'Kirjautuminen katkeaa.');
      email(el).focus();
      await sendKeys({ type: ' sanna@example.fi ' });
      await settle(el);
      submit(el).click();
      await settle(el);
      expect(events.map((e) => e.detail)).to.deep.equal([
        { topic: 'sign-in', message: 'Kirjautuminen katkeaa.', email: 'sanna@example.fi' },
      ]);

      root(el).querySelector<HTMLElement>('.again d1-button')!.click();
      await el.updateComplete;
      await settle(el);
      expect(text(status(el))).to.equal('');
      expect(message(el).value).to.equal('');
      expect(root(el).activeElement).to.equal(topic(el));
    });

    it('opens with a topic chosen, when the shell gives one', async () => {
      const el = await fixture<D1ShellFeedback>(
        html`<d1-shell-feedback topic="accessibility"></d1-shell-feedback>`,
      );
      await settle(el);
      expect(topic(el).value).to.equal('accessibility');
    });

    it('validates and thanks in Swedish', async () => {
      const el = await page('d1-shell-feedback');
      record(el);
      await localization().setLocale('sv');
      await settle(el);
      submit(el).click();
      await settle(el);
      expect(shownError(message(el))).to.equal('Fyll i det här fältet.');
      topic(el).value = 'service';
      await typeMessage(el, 'Tack!');
      submit(el).click();
      await settle(el);
      expect(text(status(el))).to.contain('Tack för din respons!');
      await expect(el).to.be.accessible();
    });
  });

  describe('d1-shell-not-found', () => {
    it('shows the address asked for as text, and leads home', async () => {
      const el: D1ShellNotFound = await page('d1-shell-not-found');
      expect(root(el).querySelector('[data-testid="path"]')).to.equal(null);
      el.path = `/viestit/${HOSTILE}`;
      await el.updateComplete;
      expect(h1(el)).to.equal('Sivua ei löytynyt');
      expect(root(el).querySelector('[data-testid="path"]')!.textContent).to.equal(
        `/viestit/${HOSTILE}`,
      );
      expect(root(el).querySelector('img')).to.equal(null);
      expect(links(el)[0]).to.deep.equal({ href: '/', text: 'Siirry etusivulle' });
      await expect(el).to.be.accessible();
    });
  });

  describe('d1-shell-no-access', () => {
    it('explains the role and acting-as context, names the service as text, and leads home', async () => {
      const el: D1ShellNoAccess = await page('d1-shell-no-access');
      expect(h1(el)).to.equal('Ei käyttöoikeutta');
      expect(text(el.shadowRoot)).to.contain('roolissasi');
      expect(root(el).querySelector('[data-testid="service"]')).to.equal(null);
      expect(root(el).querySelector('[data-testid="switch-hint"]')).to.equal(null);
      el.service = `Arviointi ${HOSTILE}`;
      await el.updateComplete;
      expect(root(el).querySelector('[data-testid="service"]')!.textContent).to.equal(
        `Arviointi ${HOSTILE}`,
      );
      expect(root(el).querySelector('img')).to.equal(null);
      expect(links(el)).to.deep.equal([{ href: '/', text: 'Siirry etusivulle' }]);
      await expect(el).to.be.accessible();
    });

    it('suggests switching the acting-as context only when there is another to switch to', async () => {
      const el = await fixture<D1ShellNoAccess>(
        html`<d1-shell-no-access can-switch service="Lukujärjestys"></d1-shell-no-access>`,
      );
      const hint = root(el).querySelector('[data-testid="switch-hint"]');
      expect(text(hint)).to.contain('käyttäjävalikosta');
      await localization().setLocale('en');
      await el.updateComplete;
      expect(h1(el)).to.equal('No access');
      expect(text(root(el).querySelector('[data-testid="switch-hint"]'))).to.contain('user menu');
      await expect(el).to.be.accessible();
    });
  });

  describe('d1-shell-diagnostics', () => {
    it('says so when nothing runs and nothing was skipped', async () => {
      const el: D1ShellDiagnostics = await page('d1-shell-diagnostics');
      expect(root(el).querySelector('table')).to.equal(null);
      expect(text(root(el).querySelector('[data-testid="no-loaded"]'))).to.contain(
        'Yhtään sovellusta ei ole käytössä',
      );
      expect(text(root(el).querySelector('[data-testid="no-skipped"]'))).to.contain(
        'läpäisivät tarkistuksen',
      );
      await localization().setLocale('sv');
      await el.updateComplete;
      expect(text(root(el).querySelector('[data-testid="no-loaded"]'))).not.to.contain('Yhtään');
    });

    it('lists the apps that run in a table', async () => {
      const el: D1ShellDiagnostics = await page('d1-shell-diagnostics');
      el.loaded = LOADED;
      await el.updateComplete;
      const table = root(el).querySelector('table')!;
      expect([...table.querySelectorAll('th')].map(text)).to.deep.equal([
        'Tunnus',
        'Nimi',
        'Versio',
        'Eristys',
      ]);
      const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.querySelectorAll('td')].map(text),
      );
      expect(rows).to.deep.equal([
        ['timetable', 'Lukujärjestys', '2.3.1', 'moduuli (samalla sivulla)'],
        ['well-being', `Hyvinvointi ${HOSTILE}`, 'ei tiedossa', 'iframe (eristetty)'],
      ]);
      expect(table.querySelector('img')).to.equal(null);
      expect(text(root(el).querySelector('[data-testid="loaded-count"]'))).to.equal('2');
      await expect(el).to.be.accessible();
    });

    it('lists each skipped app by id or registry position, with every error path and message', async () => {
      const el: D1ShellDiagnostics = await page('d1-shell-diagnostics');
      el.skipped = SKIPPED;
      await el.updateComplete;
      const apps = [...root(el).querySelectorAll('[data-testid="skipped-app"]')];
      expect(apps.map((app) => text(app.querySelector('h3')))).to.deep.equal(['messages', '#3']);
      expect(apps[0].querySelector('h3 code')).not.to.equal(null);
      const errors = [...apps[0].querySelectorAll('.errors li')];
      expect(errors.map((li) => text(li.querySelector('code')))).to.deep.equal([
        '[1].nav[0].label.sv',
        '[1].entry',
      ]);
      expect(text(errors[0].querySelector('[lang="en"]'))).to.equal(
        'Give the nav label in Swedish (sv).',
      );
      expect(text(apps[1].querySelector('.errors code'))).to.equal('[3]');
      expect(text(apps[1].querySelector('.errors [lang="en"]'))).to.equal(HOSTILE);
      expect(root(el).querySelector('img')).to.equal(null);
      expect(text(root(el).querySelector('[data-testid="skipped-count"]'))).to.equal('2');
      await expect(el).to.be.accessible();
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
  'd1-shell-diagnostics': () => {
    const el = document.querySelector('d1-shell-diagnostics')!;
    el.loaded = LOADED;
    el.skipped = SKIPPED;
  },
};

const LOADED: readonly DiagnosticsLoadedApp[] = [
  { id: 'timetable', name: 'Lukujärjestys', version: '2.3.1', isolation: 'module' },
  { id: 'well-being', name: `Hyvinvointi ${HOSTILE}`, isolation: 'iframe' },
];

const SKIPPED: readonly DiagnosticsSkippedApp[] = [
  {
    id: 'messages',
    index: 1,
    errors: [
      { path: '[1].nav[0].label.sv', message: 'Give the nav label in Swedish (sv).' },
      { path: '[1].entry', message: 'Give the entry as an https URL or a path starting with "/".' },
    ],
  },
  { index: 3, errors: [{ path: '[3]', message: HOSTILE }] },
];
