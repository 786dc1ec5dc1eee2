import { expect, fixture, html } from '@open-wc/testing';
import '@digione/components/spinner/define';
import type { D1Spinner } from '@digione/components/spinner';
import { localization } from '@digione/components/localization';

const status = (el: D1Spinner) => el.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!;

describe('d1-spinner', () => {
  afterEach(() => localization().setLocale('fi'));

  it('is a status announcing the localized loading label', async () => {
    const el = await fixture<D1Spinner>(html`<d1-spinner></d1-spinner>`);
    expect(status(el).textContent.trim()).to.equal('Ladataan…');
    await expect(el).to.be.accessible();
    await localization().setLocale('sv');
    await el.updateComplete;
    expect(status(el).textContent.trim()).to.equal('Laddar…');
    await expect(el).to.be.accessible();
    await localization().setLocale('en');
    await el.updateComplete;
    expect(status(el).textContent.trim()).to.equal('Loading…');
  });

  it('keeps the label out of sight and the ring out of the accessibility tree', async () => {
    const el = await fixture<D1Spinner>(html`<d1-spinner></d1-spinner>`);
    expect(status(el).classList.contains('visually-hidden')).to.equal(true);
    expect(status(el).getBoundingClientRect().width).to.be.at.most(1);
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-hidden')).to.equal(
      'true',
    );
  });

  describe('with a label', () => {
    it('announces the label over the built-in string, in every language', async () => {
      const el = await fixture<D1Spinner>(
        html`<d1-spinner label="Ladataan lukujärjestystä"></d1-spinner>`,
      );
      expect(status(el).textContent.trim()).to.equal('Ladataan lukujärjestystä');
      await localization().setLocale('en');
      await el.updateComplete;
      expect(status(el).textContent.trim()).to.equal('Ladataan lukujärjestystä');
      await expect(el).to.be.accessible();
    });
  });

  describe('sizing', () => {
    it('follows --d1-spinner-size', async () => {
      const el = await fixture<D1Spinner>(
        html`<d1-spinner style="--d1-spinner-size: 48px"></d1-spinner>`,
      );
      const box = el.getBoundingClientRect();
      expect(box.width).to.equal(48);
      expect(box.height).to.equal(48);
    });
  });
});
