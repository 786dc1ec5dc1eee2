import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '@digione/components/avatar/define';
import { initials, type D1Avatar } from '@digione/components/avatar';
import { mount } from '../fixtures/mount.js';
import { waitFor } from '../../../../test/support/unit-wait.js';

const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=';

const part = (el: D1Avatar, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);

describe('d1-avatar', () => {
  describe('initials', () => {
    it('come from the first and last word of the name', () => {
      expect(initials('Aino Virtanen')).to.equal('AV');
      expect(initials('  aino  maria   virtanen ')).to.equal('AV');
      expect(initials('Anna-Liisa Mäkelä')).to.equal('AM');
      expect(initials('Ilmari')).to.equal('I');
      expect(initials('Åsa Öberg')).to.equal('ÅÖ');
      expect(initials('')).to.equal('');
    });
  });

  describe('without an image', () => {
    it('shows the initials as an image named by the full name', async () => {
      const el = await fixture<D1Avatar>(html`<d1-avatar name="Aino Virtanen"></d1-avatar>`);
      const shown = part(el, 'initials')!;
      expect(shown.textContent.trim()).to.equal('AV');
      expect(shown.getAttribute('role')).to.equal('img');
      expect(shown.getAttribute('aria-label')).to.equal('Aino Virtanen');
      await expect(el).to.be.accessible();
    });

    for (const size of ['s', 'm', 'l'] as const) {
      it(`is accessible and sized at ${size}`, async () => {
        const el = await fixture<D1Avatar>(
          html`<d1-avatar size=${size} name="Mikko Korhonen"></d1-avatar>`,
        );
        expect(el.getAttribute('size')).to.equal(size);
        await expect(el).to.be.accessible();
      });
    }

    it('grows from s to m to l', async () => {
      const wrapper = await mount(
        html`<div>
          <d1-avatar size="s" name="A B"></d1-avatar><d1-avatar name="A B"></d1-avatar
          ><d1-avatar size="l" name="A B"></d1-avatar>
        </div>`,
      );
      const [s, m, l] = [...wrapper.querySelectorAll('d1-avatar')].map(
        (a) => a.getBoundingClientRect().width,
      );
      expect(s).to.be.below(m);
      expect(m).to.be.below(l);
    });

    it('shows a generic figure hidden from assistive technology when there is no name', async () => {
      const el = await fixture<D1Avatar>(html`<d1-avatar></d1-avatar>`);
      const shown = part(el, 'initials')!;
      expect(shown.getAttribute('aria-hidden')).to.equal('true');
      expect(shown.querySelector('svg')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('with an image', () => {
    it('shows the image with the name as its alt text', async () => {
      const el = await fixture<D1Avatar>(
        html`<d1-avatar name="Aino Virtanen" src=${PIXEL}></d1-avatar>`,
      );
      const img = part(el, 'image') as HTMLImageElement;
      expect(img.getAttribute('alt')).to.equal('Aino Virtanen');
      expect(part(el, 'initials')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('falls back to the initials when the image fails to load', async () => {
      const el = await fixture<D1Avatar>(
        html`<d1-avatar name="Aino Virtanen" src="/does-not-exist/aino.png"></d1-avatar>`,
      );
      await waitFor(() => part(el, 'initials'), 'initials shown after the error');
      expect(part(el, 'image')).to.equal(null);
      expect(part(el, 'initials')!.textContent.trim()).to.equal('AV');
      await expect(el).to.be.accessible();
    });

    it('tries again when src changes after a failure', async () => {
      const el = await fixture<D1Avatar>(
        html`<d1-avatar name="Aino Virtanen" src="/does-not-exist/aino.png"></d1-avatar>`,
      );
      await waitFor(() => part(el, 'initials'), 'initials shown after the error');
      el.src = PIXEL;
      await el.updateComplete;
      const img = part(el, 'image') as HTMLImageElement;
      expect(img).not.to.equal(null);
      if (!img.complete) await oneEvent(img, 'load');
      expect(img.naturalWidth).to.equal(1);
    });
  });

  describe('when decorative', () => {
    it('hides the initials from assistive technology', async () => {
      const el = await fixture<D1Avatar>(
        html`<d1-avatar decorative name="Aino Virtanen"></d1-avatar>`,
      );
      const shown = part(el, 'initials')!;
      expect(shown.getAttribute('aria-hidden')).to.equal('true');
      expect(shown.hasAttribute('role')).to.equal(false);
      expect(shown.hasAttribute('aria-label')).to.equal(false);
      expect(shown.textContent.trim()).to.equal('AV');
      await expect(el).to.be.accessible();
    });

    it('gives the image an empty alt', async () => {
      const el = await fixture<D1Avatar>(
        html`<d1-avatar decorative name="Aino Virtanen" src=${PIXEL}></d1-avatar>`,
      );
      expect(part(el, 'image')!.getAttribute('alt')).to.equal('');
      await expect(el).to.be.accessible();
    });
  });
});
