import { expect } from '@open-wc/testing';
import { localization } from '@digione/components/localization';
import type { D1ShellAccessibilityStatement } from './accessibility-statement.js';
import { page, root, text, headings, links, resetLocale } from './page-test-support.js';

describe('d1-shell-accessibility-statement', () => {
  afterEach(resetLocale);

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
