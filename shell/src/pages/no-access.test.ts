import { expect, fixture, html } from '@open-wc/testing';
import { localization } from '@digione/components/localization';
import type { D1ShellNoAccess } from './no-access.js';
import { HOSTILE, page, root, text, h1, links, resetLocale } from './page-test-support.js';

describe('d1-shell-no-access', () => {
  afterEach(resetLocale);

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
