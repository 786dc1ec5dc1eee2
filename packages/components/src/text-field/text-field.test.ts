import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '@digione/components/text-field/define';
import type { D1TextField } from '@digione/components/text-field';
import { localization } from '@digione/components/localization';

const control = (el: D1TextField) =>
  el.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>('#control')!;
const message = (el: D1TextField) => el.shadowRoot!.querySelector('#message');
const messageShown = (el: D1TextField) => message(el) !== null;
const messageText = (el: D1TextField) => message(el)?.textContent.trim() ?? '';

/** The text a screen reader reads as the control's name: its label, minus aria-hidden parts. */
function accessibleName(el: D1TextField): string {
  const label = control(el).labels![0].cloneNode(true) as HTMLElement;
  label.querySelectorAll('[aria-hidden="true"]').forEach((n) => {
    n.remove();
  });
  return label.textContent.replace(/\s+/g, ' ').trim();
}

/** The text of the elements the control's aria-describedby names, in order. */
function description(el: D1TextField): string {
  const ids = control(el).getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => el.shadowRoot!.getElementById(id)!.textContent.trim()).join(' ');
}

/** Clicks the middle of an element with the real mouse. */
async function click(target: Element): Promise<void> {
  const rect = target.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)],
  });
}

/** A form that records its submits instead of navigating. */
async function formFixture(content: ReturnType<typeof html>) {
  const submits: FormData[] = [];
  const form = await fixture<HTMLFormElement>(html`
    <form
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        submits.push(new FormData(e.target as HTMLFormElement));
      }}
    >
      ${content}
    </form>
  `);
  return { form, submits };
}

// Assertions compare primitives, never elements: a failing assertion on an element makes the test
// runner hang while it serializes the element.
describe('d1-text-field', () => {
  afterEach(() => localization().setLocale('fi'));

  describe('accessibility', () => {
    for (const type of ['text', 'email', 'tel', 'password', 'search', 'number', 'url'] as const) {
      it(`is accessible as type ${type}`, async () => {
        const el = await fixture<D1TextField>(
          html`<d1-text-field label="Kenttä" type=${type}></d1-text-field>`,
        );
        expect(control(el).type).to.equal(type);
        await expect(el).to.be.accessible();
      });
    }

    it('is accessible when filled, with a hint and a placeholder', async () => {
      const el = await fixture<D1TextField>(html`
        <d1-text-field
          label="Sähköposti"
          type="email"
          value="maija.opettaja@koulu.fi"
          hint="Lähetämme vahvistuksen tähän osoitteeseen."
          placeholder="nimi@koulu.fi"
        ></d1-text-field>
      `);
      await expect(el).to.be.accessible();
    });

    it('is accessible when multiline', async () => {
      const el = await fixture<D1TextField>(html`
        <d1-text-field label="Viesti" multiline rows="5" required hint="Enintään 500 merkkiä.">
        </d1-text-field>
      `);
      await expect(el).to.be.accessible();
    });

    it('is accessible when disabled and when read-only', async () => {
      const el = await fixture<D1TextField>(
        html`<d1-text-field label="Oppilasnumero" value="12345" disabled></d1-text-field>`,
      );
      await expect(el).to.be.accessible();
      el.disabled = false;
      el.readonly = true;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('labelling', () => {
    it('names the control with a real <label for> inside the shadow root', async () => {
      const el = await fixture<D1TextField>(
        html`<d1-text-field label="Etunimi" hint="Kuten Wilmassa."></d1-text-field>`,
      );
      const input = control(el) as HTMLInputElement;
      expect(input.tagName).to.equal('INPUT');
      expect(input.labels![0].textContent.trim()).to.equal('Etunimi');
      expect(accessibleName(el)).to.equal('Etunimi');
      expect(description(el)).to.equal('Kuten Wilmassa.');
      expect(input.getAttribute('aria-describedby')).to.equal('hint');
    });

    it('focuses the control when the label is clicked', async () => {
      const el = await fixture<D1TextField>(html`<d1-text-field label="Sukunimi"></d1-text-field>`);
      await click(el.shadowRoot!.querySelector('label')!);
      expect(el.shadowRoot!.activeElement === control(el), 'the inner control has focus').to.equal(
        true,
      );
      expect(document.activeElement === el, 'the host has focus in the document').to.equal(true);
    });

    it('focus() focuses the inner control', async () => {
      const el = await fixture<D1TextField>(html`<d1-text-field label="Haku"></d1-text-field>`);
      el.focus();
      expect(el.shadowRoot!.activeElement === control(el), 'the inner control has focus').to.equal(
        true,
      );
    });

    it('marks a required field visibly and tells screen readers it is required', async () => {
      const el = await fixture<D1TextField>(
        html`<d1-text-field label="Huoltajan puhelin" type="tel" required></d1-text-field>`,
      );
      const marker = el.shadowRoot!.querySelector('.required')!;
      expect(marker.querySelector('[aria-hidden="true"]')!.textContent).to.equal('*');
      expect(accessibleName(el)).to.equal('Huoltajan puhelin pakollinen');
      expect(control(el).required).to.equal(true);
      await localization().setLocale('sv');
      await el.updateComplete;
      expect(accessibleName(el)).to.equal('Huoltajan puhelin obligatorisk');
      el.requiredLabel = 'vaaditaan';
      await el.updateComplete;
      expect(accessibleName(el)).to.equal('Huoltajan puhelin vaaditaan');
      await expect(el).to.be.accessible();
    });

    it('warns once when the label is missing', async () => {
      const warnings: unknown[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args[0]);
      try {
        await fixture(html`<d1-text-field></d1-text-field>`);
        await fixture(html`<d1-text-field></d1-text-field>`);
      } finally {
        console.warn = original;
      }
      const ours = warnings.filter((w) => String(w).includes('[D1-FORM-001] <d1-text-field>'));
      expect(ours.length).to.equal(1);
    });
  });

  describe('with the keyboard', () => {
    it('takes typed text and fires input while typing and change when left', async () => {
      const el = await fixture<D1TextField>(html`<d1-text-field label="Nimi"></d1-text-field>`);
      const inputs: Event[] = [];
      const changes: Event[] = [];
      el.addEventListener('input', (e) => inputs.push(e));
      el.addEventListener('change', (e) => changes.push(e));
      el.focus();
      await sendKeys({ type: 'Aino' });
      expect(el.value).to.equal('Aino');
      expect(inputs.length).to.equal(4);
      expect(inputs[0].target === el, 'input comes from the host').to.equal(true);
      expect(inputs[0].composed && inputs[0].bubbles).to.equal(true);
      expect(changes.length).to.equal(0);
      await sendKeys({ press: 'Tab' });
      expect(changes.length).to.equal(1);
      expect(changes[0].target === el, 'change comes from the host').to.equal(true);
      expect(changes[0].composed && changes[0].bubbles).to.equal(true);
    });

    it('reads the new value in an input listener', async () => {
      const el = await fixture<D1TextField>(html`<d1-text-field label="Nimi"></d1-text-field>`);
      const seen: string[] = [];
      el.addEventListener('input', () => seen.push(el.value));
      el.focus();
      await sendKeys({ type: 'Eo' });
      expect(seen).to.deep.equal(['E', 'Eo']);
    });

    it('takes several lines when multiline', async () => {
      const el = await fixture<D1TextField>(
        html`<d1-text-field label="Viesti opettajalle" multiline rows="4"></d1-text-field>`,
      );
      const textarea = control(el) as HTMLTextAreaElement;
      expect(textarea.tagName).to.equal('TEXTAREA');
      expect(textarea.rows).to.equal(4);
      el.focus();
      await sendKeys({ type: 'Hei!' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'Eetu on sairaana.' });
      expect(el.value).to.equal('Hei!\nEetu on sairaana.');
    });
  });

  describe('in a form', () => {
    it('submits its value under its name', async () => {
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

    it('returns to its default value on form.reset()', async () => {
      const { form } = await formFixture(html`
        <d1-text-field label="Luokka" name="luokka" value="7B" required></d1-text-field>
      `);
      const el = form.querySelector('d1-text-field')!;
      el.focus();
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(messageText(el)).to.equal('Täytä tämä kenttä.');
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('7B');
      expect(control(el).value).to.equal('7B');
      expect(new FormData(form).get('luokka')).to.equal('7B');
      expect(messageShown(el)).to.equal(false);
      el.defaultValue = '8A';
      await el.updateComplete;
      expect(control(el).value).to.equal('8A');
    });

    it('keeps a typed value when the value attribute changes, as native inputs do', async () => {
      const el = await fixture<D1TextField>(
        html`<d1-text-field label="Luokka" value="7B"></d1-text-field>`,
      );
      el.focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ type: 'X' });
      el.setAttribute('value', '9C');
      await el.updateComplete;
      expect(el.value).to.equal('7BX');
      expect(el.defaultValue).to.equal('9C');
    });

    it('restores a value from the browser', async () => {
      const el = await fixture<D1TextField>(html`<d1-text-field label="Nimi"></d1-text-field>`);
      el.formStateRestoreCallback('Eino');
      await el.updateComplete;
      expect(control(el).value).to.equal('Eino');
    });

    it('blocks submit when required and empty, and then shows the message', async () => {
      const { form, submits } = await formFixture(html`
        <d1-text-field label="Sähköposti" name="email" type="email" required></d1-text-field>
      `);
      const el = form.querySelector('d1-text-field')!;
      expect(el.checkValidity()).to.equal(false);
      await el.updateComplete;
      expect(messageShown(el)).to.equal(false);
      const invalid = oneEvent(el, 'invalid');
      form.requestSubmit();
      await invalid;
      await el.updateComplete;
      expect(submits.length).to.equal(0);
      expect(messageText(el)).to.equal('Täytä tämä kenttä.');
      expect(control(el).getAttribute('aria-invalid')).to.equal('true');
      expect(control(el).getAttribute('aria-describedby')).to.equal('message');
      expect(description(el)).to.equal('Täytä tämä kenttä.');
      await expect(el).to.be.accessible();

      el.focus();
      await sendKeys({ type: 'aino@koulu.fi' });
      await el.updateComplete;
      expect(messageShown(el)).to.equal(false);
      form.requestSubmit();
      expect(submits.length).to.equal(1);
      expect(submits[0].get('email')).to.equal('aino@koulu.fi');
    });

    it('is disabled by a disabled fieldset, and enabled again with it', async () => {
      const { form } = await formFixture(html`
        <fieldset disabled>
          <legend>Yhteystiedot</legend>
          <d1-text-field label="Puhelin" name="puhelin" value="040 123" required></d1-text-field>
        </fieldset>
      `);
      const el = form.querySelector('d1-text-field')!;
      const fieldset = form.querySelector('fieldset')!;
      await el.updateComplete;
      expect(control(el).disabled).to.equal(true);
      expect(el.matches(':disabled')).to.equal(true);
      expect(el.willValidate).to.equal(false);
      expect(new FormData(form).has('puhelin')).to.equal(false);
      await expect(form).to.be.accessible();
      fieldset.disabled = false;
      await el.updateComplete;
      expect(control(el).disabled).to.equal(false);
      expect(new FormData(form).get('puhelin')).to.equal('040 123');
    });

    it('is left out of the form data and validation when disabled', async () => {
      const { form, submits } = await formFixture(html`
        <d1-text-field label="Puhelin" name="puhelin" required disabled></d1-text-field>
      `);
      const el = form.querySelector('d1-text-field')!;
      expect(control(el).disabled).to.equal(true);
      expect(el.willValidate).to.equal(false);
      form.requestSubmit();
      expect(submits.length).to.equal(1);
      expect(submits[0].has('puhelin')).to.equal(false);
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

    it('offers the native validity API', async () => {
      const { form } = await formFixture(html`
        <d1-text-field label="Tunnus" name="tunnus" required minlength="3"></d1-text-field>
      `);
      const el = form.querySelector('d1-text-field')!;
      expect(el.form === form, 'form is the owner form').to.equal(true);
      expect(el.willValidate).to.equal(true);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal('Täytä tämä kenttä.');
      expect(el.reportValidity()).to.equal(false);
      await el.updateComplete;
      expect(messageText(el)).to.equal('Täytä tämä kenttä.');
      el.value = 'abc';
      await el.updateComplete;
      expect(el.validity.valid).to.equal(true);
      expect(el.validationMessage).to.equal('');
      expect(el.checkValidity()).to.equal(true);
      expect(messageShown(el)).to.equal(false);
    });
  });

  describe('validation while typing', () => {
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

    it('shows nothing when the user only passes through the field', async () => {
      const el = await fixture<D1TextField>(
        html`<d1-text-field label="Nimi" required></d1-text-field>`,
      );
      el.focus();
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(el.validity.valueMissing).to.equal(true);
      expect(messageShown(el)).to.equal(false);
    });

    it('tells when the text is too short, too long or in the wrong format', async () => {
      const el = await fixture<D1TextField>(
        html`<d1-text-field label="Tunnus" minlength="5" pattern="[a-z]+"></d1-text-field>`,
      );
      el.focus();
      await sendKeys({ type: 'abc' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(messageText(el)).to.equal('Kirjoita vähintään 5 merkkiä.');
      el.focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ type: 'de1' });
      await el.updateComplete;
      expect(messageText(el)).to.equal('Tarkista, että teksti on pyydetyssä muodossa.');
      await expect(el).to.be.accessible();
    });

    it('tells when a web address is not one, or a number is not a number', async () => {
      const url = await fixture<D1TextField>(
        html`<d1-text-field label="Kotisivu" type="url"></d1-text-field>`,
      );
      url.focus();
      await sendKeys({ type: 'koulu' });
      await sendKeys({ press: 'Tab' });
      await url.updateComplete;
      expect(messageText(url)).to.equal('Anna verkko-osoite muodossa https://esimerkki.fi.');

      const number = await fixture<D1TextField>(
        html`<d1-text-field label="Ikä" type="number"></d1-text-field>`,
      );
      number.focus();
      await sendKeys({ type: '1e' });
      await sendKeys({ press: 'Tab' });
      await number.updateComplete;
      expect(number.validity.badInput).to.equal(true);
      expect(messageText(number)).to.equal('Anna luku.');
    });

    it('shows the messages in Swedish and English', async () => {
      const el = await fixture<D1TextField>(
        html`<d1-text-field label="E-post" type="email" minlength="8"></d1-text-field>`,
      );
      el.focus();
      await sendKeys({ type: 'a@b' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
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

  describe('with an error from the app', () => {
    it('is invalid with that message at once, and valid again when it is cleared', async () => {
      const { form, submits } = await formFixture(html`
        <d1-text-field
          label="Käyttäjätunnus"
          name="tunnus"
          value="aino.k"
          hint="Vähintään 4 merkkiä."
          error="Tunnus on jo käytössä."
        ></d1-text-field>
      `);
      const el = form.querySelector('d1-text-field')!;
      expect(messageText(el)).to.equal('Tunnus on jo käytössä.');
      expect(el.validity.customError).to.equal(true);
      expect(el.validationMessage).to.equal('Tunnus on jo käytössä.');
      expect(control(el).getAttribute('aria-describedby')).to.equal('message hint');
      expect(description(el)).to.equal('Tunnus on jo käytössä. Vähintään 4 merkkiä.');
      await expect(el).to.be.accessible();
      form.requestSubmit();
      expect(submits.length).to.equal(0);
      el.error = '';
      await el.updateComplete;
      expect(messageShown(el)).to.equal(false);
      expect(el.validity.valid).to.equal(true);
      form.requestSubmit();
      expect(submits.length).to.equal(1);
    });
  });

  describe('when removed and added again', () => {
    it('keeps working', async () => {
      const el = await fixture<D1TextField>(
        html`<d1-text-field label="Nimi" value="Aino"></d1-text-field>`,
      );
      const parent = el.parentElement!;
      el.remove();
      await aTimeout(0);
      parent.append(el);
      await el.updateComplete;
      expect(control(el).value).to.equal('Aino');
    });
  });
});
