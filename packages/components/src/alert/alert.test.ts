import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@digione/components/alert/define';
import type { D1Alert } from '@digione/components/alert';
import { localization } from '@digione/components/localization';

const base = (el: D1Alert) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
const closeButton = (el: D1Alert) => el.shadowRoot!.querySelector<HTMLElement>('[part="close"]');
const innerButton = (el: D1Alert) =>
  closeButton(el)!.shadowRoot!.querySelector<HTMLButtonElement>('button')!;

describe('d1-alert', () => {
  afterEach(() => localization().setLocale('fi'));

  const icons = { info: 'info', success: 'success', warning: 'warning', danger: 'error' };
  for (const [variant, icon] of Object.entries(icons)) {
    it(`is accessible as ${variant}, with the ${icon} icon`, async () => {
      const el = await fixture<D1Alert>(
        html`<d1-alert variant=${variant} heading="Lukujärjestys"
          >Huomisen ensimmäinen tunti alkaa klo 9.</d1-alert
        >`,
      );
      expect(el.getAttribute('variant')).to.equal(variant);
      const iconEl = el.shadowRoot!.querySelector('[part="icon"]')!;
      expect(iconEl.getAttribute('name')).to.equal(icon);
      expect(iconEl.getAttribute('aria-hidden')).to.equal('true');
      await expect(el).to.be.accessible();
    });
  }

  it('reflects the variant and falls back to the info icon for an unknown one', async () => {
    const el = await fixture<D1Alert>(html`<d1-alert>Viesti</d1-alert>`);
    expect(el.getAttribute('variant')).to.equal('info');
    el.setAttribute('variant', 'tuntematon');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="icon"]')!.getAttribute('name')).to.equal('info');
  });

  it('shows the heading and the slotted message', async () => {
    const el = await fixture<D1Alert>(
      html`<d1-alert heading="Poissaolo merkitty">Opettaja kuittasi ilmoituksen.</d1-alert>`,
    );
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal(
      'Poissaolo merkitty',
    );
    expect(el.textContent).to.equal('Opettaja kuittasi ilmoituksen.');
  });

  it('renders no heading without the attribute', async () => {
    const el = await fixture<D1Alert>(html`<d1-alert>Viesti</d1-alert>`);
    expect(el.shadowRoot!.querySelector('[part="heading"]')).to.equal(null);
  });

  describe('when not live', () => {
    it('is a note, not a live region', async () => {
      const el = await fixture<D1Alert>(html`<d1-alert>Jakso päättyy perjantaina.</d1-alert>`);
      expect(base(el).getAttribute('role')).to.equal('note');
      expect(base(el).hasAttribute('aria-live')).to.equal(false);
    });
  });

  describe('when live', () => {
    it('has role="alert" so that it is announced', async () => {
      const el = await fixture<D1Alert>(
        html`<d1-alert live variant="danger">Tallennus epäonnistui.</d1-alert>`,
      );
      expect(base(el).getAttribute('role')).to.equal('alert');
      await expect(el).to.be.accessible();
    });
  });

  describe('when dismissible', () => {
    it('has a close button named "Sulje"', async () => {
      const el = await fixture<D1Alert>(html`<d1-alert dismissible>Uusi viesti</d1-alert>`);
      expect(closeButton(el)!.textContent.trim()).to.equal('Sulje');
      expect(innerButton(el).tagName).to.equal('BUTTON');
      await expect(el).to.be.accessible();
    });

    it('has no close button otherwise', async () => {
      const el = await fixture<D1Alert>(html`<d1-alert>Uusi viesti</d1-alert>`);
      expect(closeButton(el)).to.equal(null);
    });

    it('hides itself and fires d1-dismiss when closed', async () => {
      const el = await fixture<D1Alert>(html`<d1-alert dismissible>Uusi viesti</d1-alert>`);
      setTimeout(() => {
        innerButton(el).click();
      });
      const event = await oneEvent(el, 'd1-dismiss');
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(el.hidden).to.equal(true);
      expect(getComputedStyle(el).display).to.equal('none');
    });

    it('closes with the keyboard', async () => {
      const wrapper = fixtureSync(
        html`<div>
          <button>Ennen</button>
          <d1-alert dismissible variant="success">Viesti lähetetty.</d1-alert>
        </div>`,
      );
      const el = wrapper.querySelector('d1-alert')!;
      await el.updateComplete;
      let dismissed = 0;
      el.addEventListener('d1-dismiss', () => dismissed++);
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(closeButton(el));
      await sendKeys({ press: 'Enter' });
      expect(dismissed).to.equal(1);
      expect(el.hidden).to.equal(true);
      expect(document.activeElement, 'focus returns to the element before the alert').to.equal(
        wrapper.querySelector('button'),
      );
    });

    it('hands focus to the element after it when nothing before can take it', async () => {
      const wrapper = fixtureSync(
        html`<div>
          <d1-alert dismissible>Uusi viesti</d1-alert>
          <a href="#viestit">Viestit</a>
        </div>`,
      );
      const el = wrapper.querySelector('d1-alert')!;
      await el.updateComplete;
      closeButton(el)!.focus();
      el.dismiss();
      expect(document.activeElement).to.equal(wrapper.querySelector('a'));
    });

    it('leaves focus alone when it was elsewhere', async () => {
      const wrapper = fixtureSync(
        html`<div>
          <input aria-label="Haku" />
          <d1-alert dismissible>Uusi viesti</d1-alert>
          <button>Jälkeen</button>
        </div>`,
      );
      const el = wrapper.querySelector('d1-alert')!;
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();
      el.dismiss();
      expect(document.activeElement).to.equal(wrapper.querySelector('button'));
    });

    it('uses close-label over the built-in name', async () => {
      const el = await fixture<D1Alert>(
        html`<d1-alert dismissible close-label="Piilota ilmoitus">Uusi viesti</d1-alert>`,
      );
      expect(closeButton(el)!.textContent.trim()).to.equal('Piilota ilmoitus');
    });

    it('names the close button in Swedish and English', async () => {
      const el = await fixture<D1Alert>(html`<d1-alert dismissible>Uusi viesti</d1-alert>`);
      await localization().setLocale('sv');
      await el.updateComplete;
      expect(closeButton(el)!.textContent.trim()).to.equal('Stäng');
      await localization().setLocale('en');
      await el.updateComplete;
      expect(closeButton(el)!.textContent.trim()).to.equal('Close');
    });

    for (const variant of ['warning', 'danger'] as const) {
      it(`is accessible as a dismissible, live ${variant}`, async () => {
        const el = await fixture<D1Alert>(
          html`<d1-alert dismissible live variant=${variant} heading="Huomio"
            >Yhteys katkesi.</d1-alert
          >`,
        );
        await expect(el).to.be.accessible();
      });
    }
  });
});
