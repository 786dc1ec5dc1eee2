import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@digione/components/empty-state/define';
import type { D1EmptyState } from '@digione/components/empty-state';
import { mount } from '../fixtures/mount.js';

const part = (el: D1EmptyState, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);

describe('d1-empty-state', () => {
  it('shows a decorative inbox icon, a level 2 heading, a description and actions', async () => {
    const el = await fixture<D1EmptyState>(html`
      <d1-empty-state heading="Ei uusia viestejä">
        Kun opettaja lähettää viestin, se näkyy tässä.
        <button slot="actions" type="button">Kirjoita viesti</button>
      </d1-empty-state>
    `);
    const icon = part(el, 'icon')!.querySelector('d1-icon')!;
    expect(icon.getAttribute('name')).to.equal('inbox');
    await icon.updateComplete;
    expect(icon.getAttribute('aria-hidden')).to.equal('true');
    expect(icon.shadowRoot!.querySelector('svg')!.childElementCount).to.be.greaterThan(0);
    const heading = part(el, 'heading')!;
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(heading.textContent.trim()).to.equal('Ei uusia viestejä');
    expect(part(el, 'description')!.hidden).to.equal(false);
    expect(part(el, 'actions')!.hidden).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('takes another icon, or none', async () => {
    const el = await fixture<D1EmptyState>(
      html`<d1-empty-state
        icon="calendar"
        heading="Ei tapahtumia tällä viikolla"
      ></d1-empty-state>`,
    );
    expect(part(el, 'icon')!.querySelector('d1-icon')!.getAttribute('name')).to.equal('calendar');
    el.icon = '';
    await el.updateComplete;
    expect(part(el, 'icon')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('takes heading-level 1–6 and clamps anything else', async () => {
    const el = await fixture<D1EmptyState>(
      html`<d1-empty-state heading-level="4" heading="Ei hakutuloksia"></d1-empty-state>`,
    );
    expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('4');
    el.headingLevel = 1;
    await el.updateComplete;
    expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('1');
    el.headingLevel = 8;
    await el.updateComplete;
    expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('6');
    await expect(el).to.be.accessible();
  });

  it('renders no empty heading, description or actions', async () => {
    const el = await fixture<D1EmptyState>(html`<d1-empty-state></d1-empty-state>`);
    expect(part(el, 'heading')).to.equal(null);
    expect(part(el, 'description')!.hidden).to.equal(true);
    expect(part(el, 'actions')!.hidden).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows actions added later', async () => {
    const el = await fixture<D1EmptyState>(
      html`<d1-empty-state heading="Ei tehtäviä"></d1-empty-state>`,
    );
    const button = document.createElement('button');
    button.slot = 'actions';
    button.textContent = 'Päivitä';
    el.append(button);
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(part(el, 'actions')!.hidden).to.equal(false);
    expect(part(el, 'description')!.hidden).to.equal(true);
  });

  it('renders the heading as text, never as HTML', async () => {
    const el = await fixture<D1EmptyState>(
      html`<d1-empty-state heading=${'<b>Ei</b> viestejä'}></d1-empty-state>`,
    );
    expect(part(el, 'heading')!.querySelector('b')).to.equal(null);
    expect(part(el, 'heading')!.textContent.trim()).to.equal('<b>Ei</b> viestejä');
  });

  describe('with the keyboard', () => {
    it('reaches the actions with Tab and nothing else', async () => {
      const wrapper = await mount<HTMLDivElement>(html`
        <div>
          <input aria-label="Haku" />
          <d1-empty-state heading="Ei hakutuloksia">
            Kokeile toista hakusanaa.
            <button slot="actions" type="button">Tyhjennä haku</button>
          </d1-empty-state>
        </div>
      `);
      wrapper.querySelector('input')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(wrapper.querySelector('button'));
    });
  });
});
