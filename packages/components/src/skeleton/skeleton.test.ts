import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '@digione/components/skeleton/define';
import type { D1Skeleton } from '@digione/components/skeleton';

const shapes = (el: D1Skeleton) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="shape"]'),
];

describe('d1-skeleton', () => {
  for (const shape of ['text', 'circle', 'rect'] as const) {
    it(`is hidden from assistive technology as ${shape}`, async () => {
      const el = await fixture<D1Skeleton>(html`<d1-skeleton shape=${shape}></d1-skeleton>`);
      expect(el.getAttribute('aria-hidden')).to.equal('true');
      expect(shapes(el)).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  }

  describe('as text', () => {
    it('draws one line by default', async () => {
      const el = await fixture<D1Skeleton>(html`<d1-skeleton></d1-skeleton>`);
      expect(el.shape).to.equal('text');
      expect(shapes(el)).to.have.length(1);
    });

    it('draws the given number of lines, the last one shorter', async () => {
      const el = await fixture<D1Skeleton>(
        html`<d1-skeleton lines="3" style="width: 300px"></d1-skeleton>`,
      );
      const lines = shapes(el);
      expect(lines).to.have.length(3);
      const widths = lines.map((l) => l.getBoundingClientRect().width);
      expect(widths[0]).to.equal(300);
      expect(widths[2]).to.be.below(widths[0]);
      await expect(el).to.be.accessible();
    });

    it('treats a nonsense line count as one line', async () => {
      const el = await fixture<D1Skeleton>(html`<d1-skeleton lines="0"></d1-skeleton>`);
      expect(shapes(el)).to.have.length(1);
    });
  });

  describe('sizing through custom properties', () => {
    it('sizes a rectangle with --d1-skeleton-width and --d1-skeleton-height', async () => {
      const el = await fixture<D1Skeleton>(
        html`<d1-skeleton
          shape="rect"
          style="--d1-skeleton-width: 120px; --d1-skeleton-height: 80px"
        ></d1-skeleton>`,
      );
      const box = shapes(el)[0].getBoundingClientRect();
      expect(box.width).to.equal(120);
      expect(box.height).to.equal(80);
    });

    it('draws a round circle of --d1-skeleton-size, ignoring lines', async () => {
      const el = await fixture<D1Skeleton>(
        html`<d1-skeleton shape="circle" lines="4" style="--d1-skeleton-size: 48px"></d1-skeleton>`,
      );
      expect(shapes(el)).to.have.length(1);
      const shape = shapes(el)[0];
      const box = shape.getBoundingClientRect();
      expect(box.width).to.equal(48);
      expect(box.height).to.equal(48);
      expect(getComputedStyle(shape).borderTopLeftRadius).not.to.equal('0px');
    });
  });

  describe('motion', () => {
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    it('shimmers with an animation', async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      const el = await fixture<D1Skeleton>(html`<d1-skeleton></d1-skeleton>`);
      expect(getComputedStyle(shapes(el)[0]).animationName).to.equal('shimmer');
    });

    it('stands still when the user prefers reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await fixture<D1Skeleton>(html`<d1-skeleton></d1-skeleton>`);
      expect(getComputedStyle(shapes(el)[0]).animationName).to.equal('none');
    });
  });
});
