import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@digione/components/select/define';
import type { D1Select, D1SelectOption } from '@digione/components/select';
import { localization } from '@digione/components/localization';
import { describeFormField } from '../fixtures/form-field.js';

const select = (el: D1Select) => el.shadowRoot!.querySelector('select')!;
const shownOptions = (el: D1Select) =>
  [...select(el).options].map((o) => `${o.value}:${o.text}${o.disabled ? ':disabled' : ''}`);

const SCHOOLS: D1SelectOption[] = [
  { value: 'kallio', label: 'Kallion ala-aste' },
  { value: 'pasila', label: 'Pasilan peruskoulu' },
  { value: 'vallila', label: 'Vallilan yläaste', disabled: true },
];

// Assertions compare primitives, never elements: a failing assertion on an element makes the test
// runner hang while it serializes the element.
describe('d1-select', () => {
  afterEach(() => localization().setLocale('fi'));

  describeFormField<D1Select>({
    tag: 'd1-select',
    setUp: (el) => {
      el.placeholder = 'Valitse koulu';
      el.options = SCHOOLS;
    },
    value: 'kallio',
    // End chooses the last option that can be chosen.
    filled: 'pasila',
    fill: async (el) => {
      el.focus();
      await sendKeys({ press: 'End' });
    },
    missing: { fi: 'Valitse vaihtoehto.', sv: 'Välj ett alternativ.', en: 'Choose an option.' },
  });

  describe('accessibility', () => {
    it('is accessible with options, a hint and a placeholder', async () => {
      const el = await fixture<D1Select>(html`
        <d1-select
          label="Koulu"
          hint="Koulu, jossa lapsesi opiskelee."
          placeholder="Valitse koulu"
          .options=${SCHOOLS}
        ></d1-select>
      `);
      await expect(el).to.be.accessible();
      el.value = 'pasila';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible with <option> children', async () => {
      const el = await fixture<D1Select>(html`
        <d1-select label="Lukukausi">
          <option value="syksy">Syyslukukausi</option>
          <option value="kevat">Kevätlukukausi</option>
        </d1-select>
      `);
      await expect(el).to.be.accessible();
    });
  });

  describe('options', () => {
    it('lists the options property with a disabled placeholder first', async () => {
      const el = await fixture<D1Select>(html`
        <d1-select label="Koulu" placeholder="Valitse koulu" .options=${SCHOOLS}></d1-select>
      `);
      expect(shownOptions(el)).to.deep.equal([
        ':Valitse koulu:disabled',
        'kallio:Kallion ala-aste',
        'pasila:Pasilan peruskoulu',
        'vallila:Vallilan yläaste:disabled',
      ]);
      expect(el.value).to.equal('');
      expect(select(el).selectedIndex).to.equal(0);
    });

    it('chooses the first enabled option without a placeholder, as a native select', async () => {
      const el = await fixture<D1Select>(html`
        <d1-select label="Koulu" .options=${[{ ...SCHOOLS[0], disabled: true }, SCHOOLS[1]]}>
        </d1-select>
      `);
      expect(el.value).to.equal('pasila');
      expect(select(el).value).to.equal('pasila');
    });

    it('reads <option> children, and follows changes to them, without displaying them', async () => {
      const el = await fixture<D1Select>(html`
        <d1-select label="Lukukausi">
          <option value="syksy">Syyslukukausi</option>
          <option value="kevat" selected>Kevätlukukausi</option>
          <option value="kesa" disabled>Kesä</option>
        </d1-select>
      `);
      expect(shownOptions(el)).to.deep.equal([
        'syksy:Syyslukukausi',
        'kevat:Kevätlukukausi',
        'kesa:Kesä:disabled',
      ]);
      expect(el.value).to.equal('kevat');
      expect(select(el).value).to.equal('kevat');
      for (const option of el.querySelectorAll('option')) {
        expect(option.getClientRects().length).to.equal(0);
      }

      const added = document.createElement('option');
      added.value = 'jakso5';
      added.textContent = 'Jakso 5';
      el.append(added);
      el.querySelector('option')!.textContent = 'Syksy';
      await aTimeout(0);
      await el.updateComplete;
      expect(shownOptions(el)).to.deep.equal([
        'syksy:Syksy',
        'kevat:Kevätlukukausi',
        'kesa:Kesä:disabled',
        'jakso5:Jakso 5',
      ]);
      expect(select(el).value).to.equal('kevat');
    });

    it('selects a value set before its option exists, once the option arrives', async () => {
      const el = await fixture<D1Select>(
        html`<d1-select label="Koulu" value="pasila"></d1-select>`,
      );
      expect(el.value).to.equal('pasila');
      el.options = SCHOOLS;
      await el.updateComplete;
      expect(select(el).value).to.equal('pasila');
    });
  });

  describe('with the keyboard', () => {
    it('changes the choice with the arrow keys and fires input and change', async () => {
      const el = await fixture<D1Select>(html`
        <d1-select label="Koulu" .options=${SCHOOLS}></d1-select>
      `);
      const events: Event[] = [];
      el.addEventListener('input', (e) => events.push(e));
      el.addEventListener('change', (e) => events.push(e));
      el.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(el.value).to.equal('pasila');
      expect(events.map((e) => e.type)).to.deep.equal(['input', 'change']);
      for (const e of events) {
        expect(e.target === el, `${e.type} comes from the host`).to.equal(true);
        expect(e.bubbles && e.composed).to.equal(true);
      }
    });
  });
});
