import { expect, fixture, html } from '@open-wc/testing';
import '@digione/components/badge/define';
import type { D1Badge } from '@digione/components/badge';
import { mount } from '../fixtures/mount.js';

const base = (el: D1Badge) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
/** The text a screen reader gets: visible text outside aria-hidden, plus visually hidden text. */
const spoken = (el: D1Badge) => {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return;
    if (node instanceof HTMLSlotElement) {
      node.assignedNodes().forEach(walk);
      return;
    }
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    node.childNodes.forEach(walk);
  };
  walk(base(el));
  return parts.join('').trim();
};

describe('d1-badge', () => {
  for (const variant of ['neutral', 'accent', 'success', 'warning', 'danger'] as const) {
    it(`is accessible as ${variant}`, async () => {
      const el = await fixture<D1Badge>(html`<d1-badge variant=${variant}>Uusi</d1-badge>`);
      expect(el.getAttribute('variant')).to.equal(variant);
      await expect(el).to.be.accessible();
    });
  }

  it('defaults to neutral and reflects the variant', async () => {
    const el = await fixture<D1Badge>(html`<d1-badge>Luonnos</d1-badge>`);
    expect(el.variant).to.equal('neutral');
    expect(el.getAttribute('variant')).to.equal('neutral');
    el.variant = 'danger';
    await el.updateComplete;
    expect(el.getAttribute('variant')).to.equal('danger');
  });

  it('uses a different colour for each variant', async () => {
    const wrapper = await mount(
      html`<div>
        <d1-badge variant="neutral">a</d1-badge><d1-badge variant="danger">b</d1-badge>
      </div>`,
    );
    const [neutral, danger] = [...wrapper.querySelectorAll('d1-badge')];
    expect(getComputedStyle(base(neutral)).backgroundColor).not.to.equal(
      getComputedStyle(base(danger)).backgroundColor,
    );
  });

  describe('with text', () => {
    it('shows and speaks the slotted text', async () => {
      const el = await fixture<D1Badge>(html`<d1-badge variant="warning">Myöhässä</d1-badge>`);
      expect(spoken(el)).to.equal('Myöhässä');
      expect(base(el).querySelector('[aria-hidden]')).to.equal(null);
    });
  });

  describe('with a count', () => {
    it('shows the number and speaks the label once, not the number', async () => {
      const el = await fixture<D1Badge>(
        html`<d1-badge variant="accent" count="3" label="3 lukematonta viestiä"></d1-badge>`,
      );
      const visible = base(el).querySelector('[aria-hidden="true"]')!;
      expect(visible.textContent.trim()).to.equal('3');
      expect(spoken(el)).to.equal('3 lukematonta viestiä');
      await expect(el).to.be.accessible();
    });

    it('caps the number at max, 99 by default', async () => {
      const el = await fixture<D1Badge>(
        html`<d1-badge count="120" label="120 uutta ilmoitusta"></d1-badge>`,
      );
      expect(base(el).textContent).to.contain('99+');
      el.max = 9;
      el.count = 9;
      await el.updateComplete;
      expect(el.displayCount).to.equal('9');
      el.count = 10;
      await el.updateComplete;
      expect(el.displayCount).to.equal('9+');
      await expect(el).to.be.accessible();
    });

    it('shows the count instead of slotted text, and zero as 0', async () => {
      const el = await fixture<D1Badge>(
        html`<d1-badge count="0" label="Ei uusia">teksti</d1-badge>`,
      );
      expect(base(el).querySelector('slot')).to.equal(null);
      expect(el.displayCount).to.equal('0');
    });

    it('warns once when a count has no label', async () => {
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (message: unknown) => warnings.push(message);
      try {
        await mount(
          html`<div><d1-badge count="2"></d1-badge><d1-badge count="4"></d1-badge></div>`,
        );
      } finally {
        console.warn = warn;
      }
      expect(warnings.filter((w) => String(w).includes('D1-BADGE-001')).length).to.equal(1);
    });
  });

  describe('with a label and text', () => {
    it('speaks the label instead of the text', async () => {
      const el = await fixture<D1Badge>(
        html`<d1-badge variant="success" label="Tehtävä palautettu">Palautettu</d1-badge>`,
      );
      expect(spoken(el)).to.equal('Tehtävä palautettu');
      await expect(el).to.be.accessible();
    });
  });
});
