import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { localization } from '@digione/components/localization';
import { D1ContextChangeEvent } from '@digione/components/events';
import type { D1ShellNotAvailable } from './not-available.js';
import {
  HOSTILE,
  h1,
  headings,
  links,
  page,
  resetLocale,
  root,
  text,
} from './page-test-support.js';

describe('d1-shell-not-available', () => {
  afterEach(resetLocale);

  it('names the service and where the person acts, as text, apart from "no access"', async () => {
    const el: D1ShellNotAvailable = await page('d1-shell-not-available');
    expect(h1(el)).to.equal('Palvelu ei ole käytössä täällä');
    expect(text(root(el).querySelector('[data-testid="where"]'))).to.equal(
      'Tämä palvelu ei ole käytössä siellä, missä nyt toimit.',
    );
    expect(text(el.shadowRoot)).not.to.contain('roolissasi');
    el.service = `Viestit ${HOSTILE}`;
    el.where = `Merituulen koulu (Espoon kaupunki) ${HOSTILE}`;
    await el.updateComplete;
    expect(root(el).querySelector('[data-testid="service"]')!.textContent).to.equal(
      `Viestit ${HOSTILE}`,
    );
    expect(text(root(el).querySelector('[data-testid="where"]'))).to.equal(
      `Tämä palvelu ei ole käytössä siellä, missä nyt toimit: Merituulen koulu (Espoon kaupunki) ${HOSTILE}.`,
    );
    expect(root(el).querySelector('img')).to.equal(null);
    expect(root(el).querySelector('[data-testid="switch"]')).to.equal(null);
    expect(links(el)).to.deep.equal([{ href: '/', text: 'Siirry etusivulle' }]);
    await expect(el).to.be.accessible();
  });

  it('offers each choice where the service is in use, and asks the portal to switch to it', async () => {
    const el = await fixture<D1ShellNotAvailable>(
      html`<d1-shell-not-available
        service="Viestit"
        where="Aino Mäkelä, Lumikorven koulu (Vantaan kaupunki)"
        .choices=${[{ id: 'child:eetu', label: 'Eetu Mäkelä, Merituulen koulu (Espoon kaupunki)' }]}
      ></d1-shell-not-available>`,
    );
    expect(headings(el).map((h) => h.level)).to.deep.equal([1, 2]);
    const button = root(el).querySelector('[data-testid="switch"] d1-button')!;
    expect(text(button)).to.equal('Toimi: Eetu Mäkelä, Merituulen koulu (Espoon kaupunki)');
    await expect(el).to.be.accessible();
    setTimeout(() => {
      (button as HTMLElement).click();
    });
    const event: Event = await oneEvent(el, D1ContextChangeEvent.type);
    if (!(event instanceof D1ContextChangeEvent)) throw new Error('not a d1-context-change');
    expect(event.contextId).to.equal('child:eetu');
    expect(event.composed).to.equal(true);
    await localization().setLocale('sv');
    await el.updateComplete;
    expect(h1(el)).to.equal('Tjänsten används inte här');
    expect(text(root(el).querySelector('[data-testid="where"]'))).to.contain('där du nu agerar');
    await localization().setLocale('en');
    await el.updateComplete;
    expect(text(button)).to.equal('Act as: Eetu Mäkelä, Merituulen koulu (Espoon kaupunki)');
    await expect(el).to.be.accessible();
  });
});
