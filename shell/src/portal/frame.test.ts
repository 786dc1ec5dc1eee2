import { expect } from '@open-wc/testing';
import '@digione/components/spinner/define';
import { localization } from '@digione/components/localization';
import { paintFrame } from './frame.js';

/*
 * The first paint alone, before the boot module: the frame in the person's language, saying that
 * sign-in is under way.
 */

describe('the first paint', () => {
  afterEach(async () => {
    localStorage.removeItem('digione.locale');
    document.querySelector('d1-shell')?.remove();
    await localization().setLocale('fi');
  });

  it('says sign-in is under way, as a status, and defines nothing the boot module defines', async () => {
    localStorage.setItem('digione.locale', 'fi');
    const { element } = await paintFrame(document);
    const status = element.shadowRoot?.querySelector('main [role="status"]');
    expect(status?.textContent).to.contain('Kirjaudutaan DigiOneen…');
    // The screens of the other sign-in states come with the boot module, not before first paint.
    expect(customElements.get('d1-shell-auth-screen')).to.equal(undefined);
    await expect(element).to.be.accessible();
  });

  it('says it in the language the person chose before', async () => {
    localStorage.setItem('digione.locale', 'sv');
    const { element, locale } = await paintFrame(document);
    expect(locale).to.equal('sv');
    const status = element.shadowRoot?.querySelector('main [role="status"]');
    expect(status?.textContent).to.contain('Loggar in i DigiOne…');
  });
});
