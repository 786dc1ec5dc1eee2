import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@digione/components/card/define';
import type { D1Card } from '@digione/components/card';
import { center, mount } from '../fixtures/mount.js';

const part = (el: D1Card, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;

const IMAGE =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="120"><rect width="320" height="120" fill="#8ab4f8"/></svg>',
  );

describe('d1-card', () => {
  describe('without href', () => {
    it('shows every slot, with a level 3 heading by default', async () => {
      const el = await fixture<D1Card>(html`
        <d1-card>
          <img slot="media" src=${IMAGE} alt="Luokkahuone" />
          <span slot="heading">Matematiikka 7A</span>
          <p>Seuraava koe maanantaina.</p>
          <span slot="footer">Opettaja Aino Virtanen</span>
        </d1-card>
      `);
      const heading = part(el, 'heading');
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('3');
      expect(heading.hidden).to.equal(false);
      expect(part(el, 'media').hidden).to.equal(false);
      expect(part(el, 'footer').hidden).to.equal(false);
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('puts the heading before the media in reading order, and the media on top visually', async () => {
      const el = await fixture<D1Card>(html`
        <d1-card>
          <img slot="media" src=${IMAGE} alt="" />
          <span slot="heading">Kevätjuhla</span>
        </d1-card>
      `);
      const heading = part(el, 'heading');
      const media = part(el, 'media');
      expect(
        heading.compareDocumentPosition(media) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).to.not.equal(0);
      expect(media.getBoundingClientRect().top).to.be.below(heading.getBoundingClientRect().top);
    });

    it('hides empty regions, and shows them when content arrives', async () => {
      const el = await fixture<D1Card>(html`<d1-card><p>Pelkkä sisältö</p></d1-card>`);
      expect(part(el, 'heading').hidden).to.equal(true);
      expect(part(el, 'media').hidden).to.equal(true);
      expect(part(el, 'footer').hidden).to.equal(true);
      await expect(el).to.be.accessible();
      const footer = document.createElement('span');
      footer.slot = 'footer';
      footer.textContent = 'Päivitetty tänään';
      el.append(footer);
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(part(el, 'footer').hidden).to.equal(false);
      footer.remove();
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(part(el, 'footer').hidden).to.equal(true);
    });

    it('takes heading-level 2–6 and clamps anything else', async () => {
      const el = await fixture<D1Card>(
        html`<d1-card heading-level="2"><span slot="heading">Viestit</span></d1-card>`,
      );
      expect(part(el, 'heading').getAttribute('aria-level')).to.equal('2');
      el.headingLevel = 6;
      await el.updateComplete;
      expect(part(el, 'heading').getAttribute('aria-level')).to.equal('6');
      el.headingLevel = 1;
      await el.updateComplete;
      expect(part(el, 'heading').getAttribute('aria-level')).to.equal('2');
      el.headingLevel = 9;
      await el.updateComplete;
      expect(part(el, 'heading').getAttribute('aria-level')).to.equal('6');
      await expect(el).to.be.accessible();
    });
  });

  describe('with href', () => {
    const linked = () =>
      mount<HTMLDivElement>(html`
        <div>
          <input aria-label="Haku" />
          <d1-card href="#kurssi" style="width: 320px">
            <span slot="heading">Historia 8B</span>
            <p>Tehtävä: Suomen itsenäistyminen, palautus perjantaina.</p>
            <button slot="footer" type="button">Merkitse luetuksi</button>
          </d1-card>
        </div>
      `);

    it('makes the heading a link named by the heading text', async () => {
      const wrapper = await linked();
      const el = wrapper.querySelector('d1-card')!;
      const link = part(el, 'link') as HTMLAnchorElement;
      expect(link.tagName).to.equal('A');
      expect(link.getAttribute('href')).to.equal('#kurssi');
      expect(link.closest('[role="heading"]')).to.equal(part(el, 'heading'));
      const slot = link.querySelector('slot')!;
      expect(
        slot
          .assignedNodes()
          .map((n) => n.textContent)
          .join(''),
      ).to.equal('Historia 8B');
      await expect(el).to.be.accessible();
    });

    it('is clickable anywhere on the card, through the one link', async () => {
      const wrapper = await linked();
      const el = wrapper.querySelector('d1-card')!;
      const [x, y] = center(part(el, 'content'));
      expect(el.shadowRoot!.elementFromPoint(x, y)).to.equal(part(el, 'link'));
      const [mx, my] = center(part(el, 'base'));
      expect(el.shadowRoot!.elementFromPoint(mx, my)).to.equal(part(el, 'link'));
    });

    it('keeps buttons in the footer clickable', async () => {
      const wrapper = await linked();
      const button = wrapper.querySelector('button')!;
      const [x, y] = center(button);
      expect(document.elementFromPoint(x, y)).to.equal(button);
    });

    it('has one tab stop for the card, then the footer button', async () => {
      const wrapper = await linked();
      const el = wrapper.querySelector('d1-card')!;
      wrapper.querySelector('input')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'link'));
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(null);
      expect(document.activeElement).to.equal(wrapper.querySelector('button'));
    });

    it('follows the link with Enter', async () => {
      const wrapper = await linked();
      const el = wrapper.querySelector('d1-card')!;
      let clicked = false;
      part(el, 'link').addEventListener('click', (event) => {
        clicked = true;
        event.preventDefault();
      });
      part(el, 'link').focus();
      await sendKeys({ press: 'Enter' });
      expect(clicked).to.equal(true);
    });
  });
});
