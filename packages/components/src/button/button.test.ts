import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@digione/components/button/define';
import type { D1Button } from '@digione/components/button';
import { localization } from '@digione/components/localization';

const control = (el: D1Button) => el.shadowRoot!.querySelector<HTMLElement>('[part="control"]')!;

describe('d1-button', () => {
  afterEach(() => localization().setLocale('fi'));

  for (const variant of ['primary', 'secondary', 'ghost', 'danger'] as const) {
    it(`is accessible as ${variant}`, async () => {
      const el = await fixture<D1Button>(html`<d1-button variant=${variant}>Tallenna</d1-button>`);
      await expect(el).to.be.accessible();
    });
  }

  it('is a native button named by its label', async () => {
    const el = await fixture<D1Button>(html`<d1-button>Lähetä viesti</d1-button>`);
    const button = control(el);
    expect(button.tagName).to.equal('BUTTON');
    expect(el.textContent).to.equal('Lähetä viesti');
  });

  describe('when pressed with the keyboard', () => {
    it('fires click on Enter and on Space', async () => {
      const el = await fixture<D1Button>(html`<d1-button>Avaa</d1-button>`);
      let clicks = 0;
      el.addEventListener('click', () => clicks++);
      el.focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Space' });
      expect(clicks).to.equal(2);
    });
  });

  describe('when disabled', () => {
    it('fires no click and is skipped by Tab', async () => {
      const wrapper = await fixture(
        html`<div><input aria-label="ennen" /><d1-button disabled>Ei käytössä</d1-button></div>`,
      );
      const el = wrapper.querySelector('d1-button')!;
      let clicks = 0;
      el.addEventListener('click', () => clicks++);
      el.click();
      control(el).click();
      expect(clicks).to.equal(0);
      expect((control(el) as HTMLButtonElement).disabled).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('when loading', () => {
    it('announces the localized loading label and ignores presses', async () => {
      const el = await fixture<D1Button>(html`<d1-button loading>Tallenna</d1-button>`);
      let clicks = 0;
      el.addEventListener('click', () => clicks++);
      control(el).click();
      expect(clicks).to.equal(0);
      expect(control(el).getAttribute('aria-busy')).to.equal('true');
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(status.textContent.trim()).to.equal('Ladataan…');
      await localization().setLocale('sv');
      await el.updateComplete;
      expect(status.textContent.trim()).to.equal('Laddar…');
      await localization().setLocale('en');
      await el.updateComplete;
      expect(status.textContent.trim()).to.equal('Loading…');
      await expect(el).to.be.accessible();
    });

    it('uses the loading-label attribute over the built-in string', async () => {
      const el = await fixture<D1Button>(
        html`<d1-button loading loading-label="Lähetetään">Lähetä</d1-button>`,
      );
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent.trim()).to.equal(
        'Lähetetään',
      );
    });
  });

  describe('with href', () => {
    it('renders a link, and a plain button when disabled', async () => {
      const el = await fixture<D1Button>(html`<d1-button href="/viestit">Viestit</d1-button>`);
      expect(control(el).tagName).to.equal('A');
      expect(control(el).getAttribute('href')).to.equal('/viestit');
      await expect(el).to.be.accessible();
      el.disabled = true;
      await el.updateComplete;
      expect(control(el).tagName).to.equal('BUTTON');
    });

    it('protects new windows with rel=noopener', async () => {
      const el = await fixture<D1Button>(
        html`<d1-button href="https://opetus.example" target="_blank">Opas</d1-button>`,
      );
      expect(control(el).getAttribute('rel')).to.equal('noopener noreferrer');
    });
  });

  describe('in a form', () => {
    it('submits the form as type=submit, and resets it as type=reset', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form
          @submit=${(e: Event) => {
            e.preventDefault();
          }}
        >
          <input name="q" aria-label="Haku" value="alku" />
          <d1-button type="submit">Hae</d1-button>
          <d1-button type="reset">Tyhjennä</d1-button>
        </form>
      `);
      const [submit, reset] = [...form.querySelectorAll('d1-button')] as [D1Button, D1Button];
      setTimeout(() => {
        submit.click();
      });
      await oneEvent(form, 'submit');
      form.querySelector('input')!.value = 'muutettu';
      reset.click();
      expect(form.querySelector('input')!.value).to.equal('alku');
    });
  });
});
