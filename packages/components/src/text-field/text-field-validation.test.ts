import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@digione/components/text-field/define';
import type { D1TextField } from '@digione/components/text-field';
import { localization } from '@digione/components/localization';
import { control, message, messageShown, messageText } from '../fixtures/form-field.js';
import { formFixture } from '../fixtures/mount.js';

/** Types `text` into the field and leaves it with Tab, as a user who has finished. */
async function typeAndLeave(el: D1TextField, text: string): Promise<void> {
  el.focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' });
  await el.updateComplete;
}

// Assertions compare primitives, never elements: a failing assertion on an element makes the test
// runner hang while it serializes the element.
describe('d1-text-field validation and form values', () => {
  afterEach(() => localization().setLocale('fi'));

  describe('in a form', () => {
    it('submits typed text, several lines too, under its name', async () => {
      const { form, submits } = await formFixture(html`
        <d1-text-field label="Etunimi" name="etunimi" value="Aino"></d1-text-field>
        <d1-text-field label="Lisätiedot" name="lisatiedot" multiline></d1-text-field>
      `);
      const [, notes] = [...form.querySelectorAll('d1-text-field')] as D1TextField[];
      notes.focus();
      await sendKeys({ type: 'Allergia: pähkinä' });
      expect(new FormData(form).get('etunimi')).to.equal('Aino');
      form.requestSubmit();
      expect(submits.length).to.equal(1);
      expect(submits[0].get('lisatiedot')).to.equal('Allergia: pähkinä');
    });

    it('follows its value attribute until the user types, then keeps the typed value', async () => {
      const el = await fixture<D1TextField>(
        html`<d1-text-field label="Luokka" value="7B"></d1-text-field>`,
      );
      el.defaultValue = '8A';
      await el.updateComplete;
      expect(control(el).value).to.equal('8A');
      el.focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ type: 'X' });
      el.setAttribute('value', '9C');
      await el.updateComplete;
      expect(el.value).to.equal('8AX');
      expect(el.defaultValue).to.equal('9C');
    });

    it('submits but does not validate a read-only value', async () => {
      const { form, submits } = await formFixture(html`
        <d1-text-field label="Oppilasnumero" name="nro" required readonly></d1-text-field>
      `);
      const el = form.querySelector('d1-text-field')!;
      expect((control(el) as HTMLInputElement).readOnly).to.equal(true);
      expect(el.validity.valid).to.equal(true);
      form.requestSubmit();
      expect(submits.length).to.equal(1);
      expect(submits[0].get('nro')).to.equal('');
    });
  });

  describe('while typing', () => {
    it('waits until the user leaves the field, then follows every keystroke', async () => {
      const el = await fixture<D1TextField>(
        html`<d1-text-field label="Sähköposti" type="email"></d1-text-field>`,
      );
      el.focus();
      await sendKeys({ type: 'aino' });
      await el.updateComplete;
      expect(el.validity.typeMismatch).to.equal(true);
      expect(messageShown(el)).to.equal(false);
      expect(control(el).getAttribute('aria-invalid')).to.equal('false');
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(messageText(el)).to.equal('Anna sähköpostiosoite muodossa nimi@esimerkki.fi.');
      expect(message(el)!.querySelectorAll('d1-icon[name="error"]').length).to.equal(1);
      await expect(el).to.be.accessible();
      el.focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ type: '@koulu.fi' });
      await el.updateComplete;
      expect(messageShown(el)).to.equal(false);
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(el.value).to.equal('aino@koulu');
      expect(messageShown(el)).to.equal(false);
      for (let i = 0; i < 5; i++) await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(el.value).to.equal('aino@');
      expect(messageText(el)).to.equal('Anna sähköpostiosoite muodossa nimi@esimerkki.fi.');
    });

    const MESSAGES = [
      {
        what: 'too short',
        attrs: { minlength: '5' },
        typed: 'abc',
        says: 'Kirjoita vähintään 5 merkkiä.',
      },
      {
        what: 'in the wrong format',
        attrs: { pattern: '[a-z]+' },
        typed: 'abc1',
        says: 'Tarkista, että teksti on pyydetyssä muodossa.',
      },
      {
        what: 'not a web address',
        attrs: { type: 'url' },
        typed: 'koulu',
        says: 'Anna verkko-osoite muodossa https://esimerkki.fi.',
      },
      { what: 'not a number', attrs: { type: 'number' }, typed: '1e', says: 'Anna luku.' },
    ];
    for (const { what, attrs, typed, says } of MESSAGES) {
      it(`tells when the text is ${what}`, async () => {
        const el = await fixture<D1TextField>(html`<d1-text-field label="Tunnus"></d1-text-field>`);
        for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
        await el.updateComplete;
        await typeAndLeave(el, typed);
        expect(el.validity.valid).to.equal(false);
        expect(messageText(el)).to.equal(says);
        await expect(el).to.be.accessible();
      });
    }

    it('shows the messages in Swedish and English', async () => {
      const el = await fixture<D1TextField>(
        html`<d1-text-field label="E-post" type="email" minlength="8"></d1-text-field>`,
      );
      await typeAndLeave(el, 'a@b');
      expect(messageText(el)).to.equal('Kirjoita vähintään 8 merkkiä.');
      await localization().setLocale('sv');
      await el.updateComplete;
      expect(messageText(el)).to.equal('Skriv minst 8 tecken.');
      expect(el.validationMessage).to.equal('Skriv minst 8 tecken.');
      await localization().setLocale('en');
      await el.updateComplete;
      expect(messageText(el)).to.equal('Enter at least 8 characters.');
      el.value = 'aino';
      await el.updateComplete;
      expect(messageText(el)).to.equal('Enter an email address in the form name@example.fi.');
      el.value = '';
      el.required = true;
      await el.updateComplete;
      expect(messageText(el)).to.equal('Fill in this field.');
      await localization().setLocale('sv');
      await el.updateComplete;
      expect(messageText(el)).to.equal('Fyll i det här fältet.');
    });
  });
});
