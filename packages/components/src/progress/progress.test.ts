import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '@digione/components/progress/define';
import type { D1Progress } from '@digione/components/progress';
import { localization } from '@digione/components/localization';

const bar = (el: D1Progress) => el.shadowRoot!.querySelector<HTMLElement>('[role="progressbar"]')!;
const part = (el: D1Progress, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
/** The bar's accessible name, resolved through aria-labelledby as a browser does. */
const nameOf = (el: D1Progress) =>
  bar(el)
    .getAttribute('aria-labelledby')!
    .split(' ')
    .map((id) => el.shadowRoot!.getElementById(id)!.textContent.trim())
    .join(' ');

describe('d1-progress', () => {
  afterEach(() => localization().setLocale('fi'));

  describe('with a value', () => {
    it('is a progressbar with its value, range and label', async () => {
      const el = await fixture<D1Progress>(
        html`<d1-progress label="Liitteen lataus" value="40"></d1-progress>`,
      );
      const b = bar(el);
      expect(b.getAttribute('aria-valuenow')).to.equal('40');
      expect(b.getAttribute('aria-valuemin')).to.equal('0');
      expect(b.getAttribute('aria-valuemax')).to.equal('100');
      expect(nameOf(el)).to.equal('Liitteen lataus');
      expect(part(el, 'label')!.getBoundingClientRect().width).to.be.greaterThan(1);
      await expect(el).to.be.accessible();
    });

    it('fills the track in proportion to value / max', async () => {
      const el = await fixture<D1Progress>(
        html`<d1-progress label="Tehtävät" value="3" max="4" style="width: 200px"></d1-progress>`,
      );
      const track = part(el, 'track')!.getBoundingClientRect().width;
      const filled = part(el, 'indicator')!.getBoundingClientRect().width;
      expect(filled / track).to.be.closeTo(0.75, 0.01);
      expect(bar(el).getAttribute('aria-valuemax')).to.equal('4');
      expect(bar(el).getAttribute('aria-valuetext')).to.equal('75\u00a0%');
    });

    it('clamps values outside 0–max', async () => {
      const el = await fixture<D1Progress>(
        html`<d1-progress label="Lataus" value="150"></d1-progress>`,
      );
      expect(bar(el).getAttribute('aria-valuenow')).to.equal('100');
      el.value = -5;
      await el.updateComplete;
      expect(bar(el).getAttribute('aria-valuenow')).to.equal('0');
    });

    it('formats the percentage for the current language', async () => {
      const el = await fixture<D1Progress>(
        html`<d1-progress label="Lataus" value="40"></d1-progress>`,
      );
      const expected = (locale: string) =>
        new Intl.NumberFormat(locale, { style: 'percent' }).format(0.4);
      expect(bar(el).getAttribute('aria-valuetext')).to.equal(expected('fi'));
      expect(bar(el).getAttribute('aria-valuetext')).to.equal('40\u00a0%');
      expect(part(el, 'value')!.textContent.trim()).to.equal(expected('fi'));
      await localization().setLocale('sv');
      await el.updateComplete;
      expect(bar(el).getAttribute('aria-valuetext')).to.equal(expected('sv'));
      await localization().setLocale('en');
      await el.updateComplete;
      expect(bar(el).getAttribute('aria-valuetext')).to.equal('40%');
      await expect(el).to.be.accessible();
    });

    it('updates when value changes', async () => {
      const el = await fixture<D1Progress>(
        html`<d1-progress label="Lataus" value="10"></d1-progress>`,
      );
      el.value = 90;
      await el.updateComplete;
      expect(bar(el).getAttribute('aria-valuenow')).to.equal('90');
      expect(el.fraction).to.equal(0.9);
    });
  });

  describe('when indeterminate', () => {
    it('has no value, and keeps its name', async () => {
      const el = await fixture<D1Progress>(
        html`<d1-progress label="Haetaan viestejä"></d1-progress>`,
      );
      expect(el.indeterminate).to.equal(true);
      expect(bar(el).hasAttribute('aria-valuenow')).to.equal(false);
      expect(bar(el).hasAttribute('aria-valuetext')).to.equal(false);
      expect(part(el, 'value')).to.equal(null);
      expect(part(el, 'indicator')!.classList.contains('indeterminate')).to.equal(true);
      expect(nameOf(el)).to.equal('Haetaan viestejä');
      await expect(el).to.be.accessible();
    });

    it('becomes determinate once value is set, and back when it is removed', async () => {
      const el = await fixture<D1Progress>(html`<d1-progress label="Lataus"></d1-progress>`);
      el.setAttribute('value', '20');
      await el.updateComplete;
      expect(bar(el).getAttribute('aria-valuenow')).to.equal('20');
      el.removeAttribute('value');
      await el.updateComplete;
      expect(el.indeterminate).to.equal(true);
      expect(bar(el).hasAttribute('aria-valuenow')).to.equal(false);
    });
  });

  describe('when indeterminate and the user prefers reduced motion', () => {
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    it('fills the track with a still pattern instead of a sliding bar', async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      const el = await fixture<D1Progress>(html`<d1-progress label="Haetaan"></d1-progress>`);
      const track = () => part(el, 'track')!.getBoundingClientRect().width;
      const indicator = () => part(el, 'indicator')!.getBoundingClientRect().width;
      expect(indicator()).to.be.below(track());
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(indicator()).to.equal(track());
      expect(getComputedStyle(part(el, 'indicator')!).backgroundImage).to.contain('gradient');
      await expect(el).to.be.accessible();
    });
  });

  describe('with hide-label', () => {
    it('hides the label visually but keeps it as the accessible name', async () => {
      const el = await fixture<D1Progress>(
        html`<d1-progress hide-label label="Lomakkeen täyttö" value="60"></d1-progress>`,
      );
      expect(part(el, 'label')!.parentElement!.getBoundingClientRect().width).to.be.at.most(1);
      expect(nameOf(el)).to.equal('Lomakkeen täyttö');
      await expect(el).to.be.accessible();
    });
  });

  describe('without a label', () => {
    it('warns with a code', async () => {
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (message: unknown) => warnings.push(message);
      try {
        await fixture(html`<d1-progress value="5"></d1-progress>`);
      } finally {
        console.warn = warn;
      }
      expect(warnings.some((w) => String(w).includes('D1-PROGRESS-001'))).to.equal(true);
    });
  });
});
