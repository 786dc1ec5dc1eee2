import { expect } from '@open-wc/testing';
import type { D1ShellNotFound } from './not-found.js';
import { HOSTILE, page, root, h1, links, resetLocale } from './page-test-support.js';

describe('d1-shell-not-found', () => {
  afterEach(resetLocale);

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
