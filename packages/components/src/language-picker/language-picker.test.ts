import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@digione/components/language-picker/define';
import type { D1LanguagePicker } from '@digione/components/language-picker';
import { localization } from '@digione/components/localization';
import { D1LocaleChangeEvent, D1SelectEvent } from '@digione/components/events';

const menu = (el: D1LanguagePicker) => el.shadowRoot!.querySelector('d1-menu')!;
const trigger = (el: D1LanguagePicker) =>
  menu(el).shadowRoot!.querySelector<HTMLButtonElement>('[part="trigger"]')!;
const items = (el: D1LanguagePicker) => [...el.shadowRoot!.querySelectorAll('d1-menu-item')];
const focusedItem = (el: D1LanguagePicker) => el.shadowRoot!.activeElement;

describe('d1-language-picker', () => {
  afterEach(() => localization().setLocale('fi'));

  describe('by default', () => {
    it('shows the current language and names the button with the label', async () => {
      const el = await fixture<D1LanguagePicker>(html`<d1-language-picker></d1-language-picker>`);
      await menu(el).updateComplete;
      expect(el.locale).to.equal('fi');
      expect(el.shadowRoot!.querySelector('[slot="label"]')!.textContent.trim()).to.equal('suomi');
      expect(trigger(el).getAttribute('aria-label')).to.equal('Kieli: suomi');
      expect(trigger(el).getAttribute('aria-haspopup')).to.equal('menu');
      await expect(el).to.be.accessible();
    });
  });

  describe('in every language', () => {
    it('names the button in the page language and the language in itself', async () => {
      const el = await fixture<D1LanguagePicker>(
        html`<d1-language-picker locale="sv"></d1-language-picker>`,
      );
      await localization().setLocale('sv');
      await el.updateComplete;
      await menu(el).updateComplete;
      expect(trigger(el).getAttribute('aria-label')).to.equal('Språk: svenska');
      expect(el.shadowRoot!.querySelector('.current [lang="sv"]')!.textContent).to.equal('svenska');
      await localization().setLocale('en');
      el.locale = 'en';
      await el.updateComplete;
      await menu(el).updateComplete;
      expect(trigger(el).getAttribute('aria-label')).to.equal('Language: English');
      await expect(el).to.be.accessible();
    });

    it('uses the label attribute over the built-in string', async () => {
      const el = await fixture<D1LanguagePicker>(
        html`<d1-language-picker label="Asiointikieli"></d1-language-picker>`,
      );
      await menu(el).updateComplete;
      expect(trigger(el).getAttribute('aria-label')).to.equal('Asiointikieli: suomi');
    });
  });

  describe('when open', () => {
    it('offers the three languages, each in itself, with the current one checked', async () => {
      const el = await fixture<D1LanguagePicker>(
        html`<d1-language-picker locale="en" open></d1-language-picker>`,
      );
      await menu(el).updateComplete;
      const options = items(el);
      expect(options.map((o) => o.textContent.trim())).to.deep.equal([
        'suomi',
        'svenska',
        'English',
      ]);
      expect(options.map((o) => o.getAttribute('lang'))).to.deep.equal(['fi', 'sv', 'en']);
      expect(options.map((o) => o.getAttribute('role'))).to.deep.equal([
        'menuitemradio',
        'menuitemradio',
        'menuitemradio',
      ]);
      expect(options.map((o) => o.getAttribute('aria-checked'))).to.deep.equal([
        'false',
        'false',
        'true',
      ]);
      await expect(el).to.be.accessible();
    });
  });

  describe('with the keyboard', () => {
    it('chooses a language: fires d1-locale-change and updates locale, not the page', async () => {
      const el = await fixture<D1LanguagePicker>(html`<d1-language-picker></d1-language-picker>`);
      await menu(el).updateComplete;
      let innerSelects = 0;
      document.addEventListener(D1SelectEvent.type, () => innerSelects++);
      trigger(el).focus();
      await sendKeys({ press: 'ArrowDown' });
      await aTimeout(0);
      expect(el.open).to.equal(true);
      expect(focusedItem(el)?.textContent.trim()).to.equal('suomi');
      await sendKeys({ press: 'ArrowDown' });
      const changed = oneEvent<D1LocaleChangeEvent>(el, D1LocaleChangeEvent.type);
      await sendKeys({ press: 'Enter' });
      expect((await changed).locale).to.equal('sv');
      await el.updateComplete;
      expect(el.locale).to.equal('sv');
      expect(el.getAttribute('locale')).to.equal('sv');
      expect(el.open).to.equal(false);
      expect(innerSelects).to.equal(0);
      expect(localization().getLocale()).to.equal('fi');
      await menu(el).updateComplete;
      expect(trigger(el).getAttribute('aria-label')).to.equal('Kieli: svenska');
    });

    it('fires nothing when the current language is chosen again', async () => {
      const el = await fixture<D1LanguagePicker>(
        html`<d1-language-picker open></d1-language-picker>`,
      );
      await menu(el).updateComplete;
      let changes = 0;
      el.addEventListener(D1LocaleChangeEvent.type, () => changes++);
      items(el)[0].click();
      await el.updateComplete;
      expect(changes).to.equal(0);
      expect(el.open).to.equal(false);
    });
  });
});
