import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '@digione/components/select/define';
import type { D1Select, D1SelectOption } from '@digione/components/select';
import { localization } from '@digione/components/localization';

const select = (el: D1Select) => el.shadowRoot!.querySelector('select')!;
const message = (el: D1Select) => el.shadowRoot!.querySelector('#message');
const messageShown = (el: D1Select) => message(el) !== null;
const messageText = (el: D1Select) => message(el)?.textContent.trim() ?? '';
const shownOptions = (el: D1Select) =>
  [...select(el).options].map((o) => `${o.value}:${o.text}${o.disabled ? ':disabled' : ''}`);

const SCHOOLS: D1SelectOption[] = [
  { value: 'kallio', label: 'Kallion ala-aste' },
  { value: 'pasila', label: 'Pasilan peruskoulu' },
  { value: 'vallila', label: 'Vallilan yläaste', disabled: true },
];

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
describe('d1-select', () => {
  afterEach(() => localization().setLocale('fi'));

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

    it('is accessible when required, and when disabled', async () => {
      const el = await fixture<D1Select>(
        html`<d1-select label="Luokka" required .options=${SCHOOLS}></d1-select>`,
      );
      await expect(el).to.be.accessible();
      el.disabled = true;
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

  describe('labelling', () => {
    it('is a native select named by a real <label for>, described by the hint', async () => {
      const el = await fixture<D1Select>(
        html`<d1-select label="Koulu" hint="Valitse ensisijainen koulu." required></d1-select>`,
      );
      const label = select(el).labels[0];
      expect(label.textContent).to.contain('Koulu');
      expect(label.querySelector('.visually-hidden')!.textContent).to.equal('pakollinen');
      expect(label.querySelector('[aria-hidden="true"]')!.textContent).to.equal('*');
      expect(select(el).required).to.equal(true);
      expect(select(el).getAttribute('aria-describedby')).to.equal('hint');
      expect(el.shadowRoot!.getElementById('hint')!.textContent).to.equal(
        'Valitse ensisijainen koulu.',
      );
    });

    it('focuses the select when the label is clicked, or on focus()', async () => {
      const el = await fixture<D1Select>(
        html`<d1-select label="Koulu" .options=${SCHOOLS}></d1-select>`,
      );
      await click(el.shadowRoot!.querySelector('label')!);
      expect(el.shadowRoot!.activeElement === select(el), 'the select has focus').to.equal(true);
      select(el).blur();
      el.focus();
      expect(el.shadowRoot!.activeElement === select(el), 'the select has focus').to.equal(true);
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

  describe('in a form', () => {
    it('submits the chosen value, and form.reset() restores the default', async () => {
      const { form, submits } = await formFixture(html`
        <d1-select label="Koulu" name="koulu" value="kallio" .options=${SCHOOLS}></d1-select>
      `);
      const el = form.querySelector('d1-select')!;
      expect(new FormData(form).get('koulu')).to.equal('kallio');
      el.focus();
      await sendKeys({ press: 'ArrowDown' });
      form.requestSubmit();
      expect(submits[0].get('koulu')).to.equal('pasila');
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('kallio');
      expect(select(el).value).to.equal('kallio');
      expect(new FormData(form).get('koulu')).to.equal('kallio');
    });

    it('blocks submit while the placeholder is chosen, then shows the message', async () => {
      const { form, submits } = await formFixture(html`
        <d1-select
          label="Koulu"
          name="koulu"
          placeholder="Valitse koulu"
          required
          .options=${SCHOOLS}
        ></d1-select>
      `);
      const el = form.querySelector('d1-select')!;
      expect(el.validity.valueMissing).to.equal(true);
      expect(messageShown(el)).to.equal(false);
      const invalid = oneEvent(el, 'invalid');
      form.requestSubmit();
      await invalid;
      await el.updateComplete;
      expect(submits.length).to.equal(0);
      expect(messageText(el)).to.equal('Valitse vaihtoehto.');
      expect(select(el).getAttribute('aria-invalid')).to.equal('true');
      expect(select(el).getAttribute('aria-describedby')).to.equal('message');
      await expect(el).to.be.accessible();

      await localization().setLocale('sv');
      await el.updateComplete;
      expect(messageText(el)).to.equal('Välj ett alternativ.');
      await localization().setLocale('en');
      await el.updateComplete;
      expect(messageText(el)).to.equal('Choose an option.');
      expect(el.validationMessage).to.equal('Choose an option.');

      el.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(el.value).to.equal('kallio');
      expect(messageShown(el)).to.equal(false);
      form.requestSubmit();
      expect(submits.length).to.equal(1);
      expect(submits[0].get('koulu')).to.equal('kallio');
    });

    it('shows no message when the user passes through or on checkValidity(), but on reportValidity()', async () => {
      const el = await fixture<D1Select>(html`
        <d1-select label="Koulu" placeholder="Valitse" required .options=${SCHOOLS}></d1-select>
      `);
      el.focus();
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(el.validity.valueMissing).to.equal(true);
      expect(messageShown(el)).to.equal(false);
      let invalid = 0;
      el.addEventListener('invalid', () => invalid++);
      expect(el.checkValidity()).to.equal(false);
      await el.updateComplete;
      expect(invalid).to.equal(1);
      expect(messageShown(el)).to.equal(false);
      expect(el.reportValidity()).to.equal(false);
      await el.updateComplete;
      expect(messageText(el)).to.equal('Valitse vaihtoehto.');
    });

    it('is invalid with an error from the app, shown at once', async () => {
      const { form, submits } = await formFixture(html`
        <d1-select
          label="Koulu"
          name="koulu"
          hint="Vain oman kunnan koulut."
          error="Koulussa ei ole tilaa."
          .options=${SCHOOLS}
        ></d1-select>
      `);
      const el = form.querySelector('d1-select')!;
      expect(messageText(el)).to.equal('Koulussa ei ole tilaa.');
      expect(el.validity.customError).to.equal(true);
      expect(select(el).getAttribute('aria-describedby')).to.equal('message hint');
      await expect(el).to.be.accessible();
      form.requestSubmit();
      expect(submits.length).to.equal(0);
      el.error = '';
      await el.updateComplete;
      form.requestSubmit();
      expect(submits.length).to.equal(1);
    });

    it('is disabled by a disabled fieldset', async () => {
      const { form } = await formFixture(html`
        <fieldset disabled>
          <legend>Koulu</legend>
          <d1-select label="Koulu" name="koulu" .options=${SCHOOLS}></d1-select>
        </fieldset>
      `);
      const el = form.querySelector('d1-select')!;
      await el.updateComplete;
      expect(select(el).disabled).to.equal(true);
      expect(el.willValidate).to.equal(false);
      expect(new FormData(form).has('koulu')).to.equal(false);
      await expect(form).to.be.accessible();
      form.querySelector('fieldset')!.disabled = false;
      await el.updateComplete;
      expect(select(el).disabled).to.equal(false);
      expect(new FormData(form).get('koulu')).to.equal('kallio');
    });
  });
});
