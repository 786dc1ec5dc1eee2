import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@digione/components/text-field/define';
import type { D1TextField } from '@digione/components/text-field';
import { localization } from '@digione/components/localization';
import { control, describeFormField } from '../fixtures/form-field.js';

// Assertions compare primitives, never elements: a failing assertion on an element makes the test
// runner hang while it serializes the element.
describe('d1-text-field', () => {
  afterEach(() => localization().setLocale('fi'));

  describeFormField<D1TextField>({
    tag: 'd1-text-field',
    value: '7B',
    filled: 'Aino',
    fill: async (el) => {
      el.focus();
      await sendKeys({ type: 'Aino' });
    },
    missing: { fi: 'Täytä tämä kenttä.', sv: 'Fyll i det här fältet.', en: 'Fill in this field.' },
  });

  describe('accessibility', () => {
    for (const type of ['text', 'email', 'tel', 'password', 'search', 'number', 'url'] as const) {
      it(`is accessible as type ${type}`, async () => {
        const el = await fixture<D1TextField>(
          html`<d1-text-field label="Kenttä" type=${type}></d1-text-field>`,
        );
        expect(control(el).tagName).to.equal('INPUT');
        expect((control(el) as HTMLInputElement).type).to.equal(type);
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
});
