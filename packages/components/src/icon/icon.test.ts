import { expect, fixture, html } from '@open-wc/testing';
import '@digione/components/icon/define';
import { D1Icon, ICON_NAMES } from '@digione/components/icon';

describe('d1-icon', () => {
  it('offers the set of icons a portal needs', () => {
    expect(ICON_NAMES.length).to.be.at.least(30);
    for (const name of ['home', 'calendar', 'message', 'close', 'apps', 'sign-out', 'language']) {
      expect(ICON_NAMES).to.include(name);
    }
  });

  it('draws every icon inline as SVG with at least one shape', async () => {
    for (const name of ICON_NAMES) {
      const el = await fixture<D1Icon>(html`<d1-icon name=${name}></d1-icon>`);
      const svg = el.shadowRoot!.querySelector('svg')!;
      expect(svg.namespaceURI, name).to.equal('http://www.w3.org/2000/svg');
      expect(svg.children.length, name).to.be.greaterThan(0);
    }
  });

  describe('without a label', () => {
    it('is hidden from assistive technology', async () => {
      const el = await fixture<D1Icon>(html`<d1-icon name="calendar"></d1-icon>`);
      expect(el.getAttribute('aria-hidden')).to.equal('true');
      expect(el.hasAttribute('role')).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  describe('with a label', () => {
    it('is an image named by the label, and hides again when the label is cleared', async () => {
      const el = await fixture<D1Icon>(html`<d1-icon name="bell" label="Ilmoitukset"></d1-icon>`);
      expect(el.getAttribute('role')).to.equal('img');
      expect(el.getAttribute('aria-label')).to.equal('Ilmoitukset');
      expect(el.hasAttribute('aria-hidden')).to.equal(false);
      await expect(el).to.be.accessible();
      el.label = '';
      await el.updateComplete;
      expect(el.getAttribute('aria-hidden')).to.equal('true');
    });
  });

  describe('with an unknown name', () => {
    it('draws an empty icon and warns once, naming the icon', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        await fixture(html`<d1-icon name="no-such-icon"></d1-icon>`);
        await fixture(html`<d1-icon name="no-such-icon"></d1-icon>`);
      } finally {
        console.warn = original;
      }
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('no-such-icon');
    });
  });
});
