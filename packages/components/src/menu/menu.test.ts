import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@digione/components/menu/define';
import type { D1Menu, D1MenuItem } from '@digione/components/menu';
import { D1CloseEvent, D1OpenEvent, D1SelectEvent } from '@digione/components/events';
import { fakeClock } from '../../../../test/support/fake-clock.js';

const trigger = (el: D1Menu) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="trigger"]')!;
const menu = (el: D1Menu) => el.shadowRoot!.querySelector<HTMLElement>('[role="menu"]')!;
const panel = (el: D1Menu) => el.shadowRoot!.querySelector<HTMLElement>('[part="panel"]')!;
const focused = () => document.activeElement;
const label = (item: Element | null) => item?.textContent.trim();

async function actions(): Promise<D1Menu> {
  const el = await fixture<D1Menu>(html`
    <d1-menu label="Toiminnot">
      <d1-menu-item value="reply" icon="send">Vastaa</d1-menu-item>
      <d1-menu-item value="forward">Välitä</d1-menu-item>
      <d1-menu-item value="archive" disabled>Arkistoi</d1-menu-item>
      <d1-menu-item value="print">Tulosta</d1-menu-item>
      <d1-menu-item value="delete">Poista</d1-menu-item>
    </d1-menu>
  `);
  return el;
}

/** Opens the menu and focuses its first item, as the keyboard would. */
async function openAtFirst(el: D1Menu): Promise<D1Menu> {
  el.open = true;
  await el.updateComplete;
  el.items[0].focus();
  return el;
}

async function openWithKeyboard(el: D1Menu, key = 'ArrowDown'): Promise<void> {
  trigger(el).focus();
  const opened = oneEvent(el, D1OpenEvent.type);
  await sendKeys({ press: key });
  await opened;
  await el.updateComplete;
}

describe('d1-menu', () => {
  describe('when closed', () => {
    it('is a native menu button with its popup state', async () => {
      const el = await actions();
      const button = trigger(el);
      expect(button.tagName).to.equal('BUTTON');
      expect(button.getAttribute('aria-haspopup')).to.equal('menu');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal(menu(el).id);
      expect(button.textContent.trim()).to.equal('Toiminnot');
      expect(panel(el).hidden).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('gives every item its role and keeps them out of the tab order', async () => {
      const el = await actions();
      for (const item of el.items) {
        expect(item.getAttribute('role')).to.equal('menuitem');
        expect(item.checkVisibility()).to.equal(false);
      }
      expect(el.items.filter((i) => i.tabIndex === 0)).to.deep.equal([el.items[0]]);
      expect(el.items[2].getAttribute('aria-disabled')).to.equal('true');
    });
  });

  describe('when opened with the keyboard', () => {
    for (const key of ['Enter', 'Space', 'ArrowDown']) {
      it(`opens on ${key} and focuses the first item`, async () => {
        const el = await actions();
        await openWithKeyboard(el, key);
        await aTimeout(0);
        expect(el.open).to.equal(true);
        expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
        expect(focused()).to.equal(el.items[0]);
        expect(el.items.filter((i) => i.tabIndex === 0)).to.deep.equal([el.items[0]]);
        await expect(el).to.be.accessible();
      });
    }

    it('opens on ArrowUp and focuses the last item', async () => {
      const el = await actions();
      await openWithKeyboard(el, 'ArrowUp');
      await aTimeout(0);
      expect(label(focused())).to.equal('Poista');
    });
  });

  describe('with the keyboard in the open menu', () => {
    it('moves with the arrows, wrapping', async () => {
      await openAtFirst(await actions());
      await sendKeys({ press: 'ArrowDown' });
      expect(label(focused())).to.equal('Välitä');
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      expect(label(focused())).to.equal('Poista');
      await sendKeys({ press: 'ArrowDown' });
      expect(label(focused())).to.equal('Vastaa');
    });

    it('jumps with Home and End, keeping one item in the tab order', async () => {
      const el = await openAtFirst(await actions());
      await sendKeys({ press: 'End' });
      expect(label(focused())).to.equal('Poista');
      expect(el.items.filter((i) => i.tabIndex === 0)).to.deep.equal([focused()]);
      await sendKeys({ press: 'Home' });
      expect(label(focused())).to.equal('Vastaa');
      expect(el.items.filter((i) => i.tabIndex === 0)).to.deep.equal([focused()]);
    });

    it('focuses disabled items too, as the ARIA practices advise', async () => {
      const el = await openAtFirst(await actions());
      el.items[1].focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(label(focused())).to.equal('Arkistoi');
    });

    it('moves to the next item starting with a typed letter, cycling on repeats', async () => {
      await openAtFirst(await actions());
      await sendKeys({ press: 't' });
      expect(label(focused())).to.equal('Tulosta');
      await sendKeys({ press: 't' });
      expect(label(focused())).to.equal('Tulosta');
      // The menu forgets the typed letters 500 ms after the last one. Its timer was set before this
      // wait's, and runs first however busy the machine: the wait cannot end before it.
      await aTimeout(600);
      await sendKeys({ press: 'v' });
      expect(label(focused())).to.equal('Vastaa');
      await sendKeys({ press: 'v' });
      expect(label(focused())).to.equal('Välitä');
    });

    it('matches several quickly typed letters, and stays put without a match', async () => {
      const el = await openAtFirst(await actions());
      el.items[3].focus();
      // Dispatched directly, on a clock the test turns: only the test's tick resets the typed text.
      const clock = fakeClock();
      const type = (key: string) =>
        clock.during(() =>
          focused()!.dispatchEvent(
            new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }),
          ),
        );
      // "a" alone would go to "Arkistoi"; "va" matches "Vastaa".
      type('v');
      type('a');
      expect(label(focused())).to.equal('Vastaa');
      clock.tick(500);
      type('x');
      expect(label(focused())).to.equal('Vastaa');
    });

    it('chooses with Enter: fires d1-select, closes and returns focus to the trigger', async () => {
      const el = await actions();
      await openAtFirst(el);
      await sendKeys({ press: 'ArrowDown' });
      const selected = oneEvent<D1SelectEvent>(el, D1SelectEvent.type);
      const closed = oneEvent<D1CloseEvent>(el, D1CloseEvent.type);
      await sendKeys({ press: 'Enter' });
      const event = await selected;
      expect(event.value).to.equal('forward');
      expect(event.target).to.equal(el.items[1]);
      expect((await closed).action).to.equal('forward');
      expect(el.open).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(trigger(el));
    });

    it('chooses with Space and stays closed', async () => {
      const el = await actions();
      let value = '';
      el.addEventListener(D1SelectEvent.type, (e) => {
        value = e.value;
      });
      await openAtFirst(el);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      await aTimeout(0);
      expect(value).to.equal('reply');
      expect(el.open).to.equal(false);
    });

    it('keeps the menu open when d1-select is cancelled', async () => {
      const el = await actions();
      el.addEventListener(D1SelectEvent.type, (e) => {
        e.preventDefault();
      });
      await openAtFirst(el);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(label(focused())).to.equal('Vastaa');
    });

    it('does not choose a disabled item', async () => {
      const el = await actions();
      let selects = 0;
      el.addEventListener(D1SelectEvent.type, () => selects++);
      await openAtFirst(el);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      el.items[2].click();
      expect(selects).to.equal(0);
      expect(el.open).to.equal(true);
    });

    it('closes on Escape and returns focus to the trigger', async () => {
      const el = await actions();
      await openAtFirst(el);
      const closed = oneEvent<D1CloseEvent>(el, D1CloseEvent.type);
      await sendKeys({ press: 'Escape' });
      expect((await closed).action).to.equal('');
      expect(el.open).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(trigger(el));
    });

    it('closes on Tab and lets focus move on', async () => {
      const wrapper = await fixture(html`
        <div>
          <d1-menu label="Toiminnot">
            <d1-menu-item>Vastaa</d1-menu-item>
            <d1-menu-item>Välitä</d1-menu-item>
          </d1-menu>
          <button>Seuraava</button>
        </div>
      `);
      const el = wrapper.querySelector('d1-menu')!;
      await openAtFirst(el);
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(label(focused())).to.equal('Seuraava');
    });

    it('closes on Shift+Tab and returns focus to the trigger', async () => {
      const el = await actions();
      await openAtFirst(el);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(trigger(el));
    });
  });

  describe('with the pointer', () => {
    it('toggles on trigger clicks and chooses a clicked item', async () => {
      const el = await actions();
      trigger(el).click();
      await el.updateComplete;
      expect(el.open).to.equal(true);
      trigger(el).click();
      await el.updateComplete;
      expect(el.open).to.equal(false);
      trigger(el).click();
      await el.updateComplete;
      const selected = oneEvent<D1SelectEvent>(el, D1SelectEvent.type);
      el.items[3].click();
      expect((await selected).value).to.equal('print');
      expect(el.open).to.equal(false);
    });

    it('closes when the user clicks outside', async () => {
      const el = await actions();
      el.open = true;
      await el.updateComplete;
      menu(el).dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      expect(el.open).to.equal(true);
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      await el.updateComplete;
      expect(el.open).to.equal(false);
    });
  });

  describe('when opened by the open property', () => {
    it('shows the items, fires d1-open and d1-close', async () => {
      const el = await actions();
      setTimeout(() => (el.open = true));
      await oneEvent(el, D1OpenEvent.type);
      expect(panel(el).hidden).to.equal(false);
      expect(el.hasAttribute('open')).to.equal(true);
      await expect(el).to.be.accessible();
      setTimeout(() => (el.open = false));
      await oneEvent<D1CloseEvent>(el, D1CloseEvent.type);
      expect(panel(el).hidden).to.equal(true);
    });
  });

  describe('with radio and checkbox items in groups', () => {
    async function view(): Promise<D1Menu> {
      return fixture<D1Menu>(html`
        <d1-menu label="Näkymä" open>
          <d1-menu-group label="Järjestys">
            <d1-menu-item type="radio" value="new" checked>Uusimmat ensin</d1-menu-item>
            <d1-menu-item type="radio" value="old">Vanhimmat ensin</d1-menu-item>
          </d1-menu-group>
          <d1-menu-group label="Näytä">
            <d1-menu-item type="checkbox" value="read" checked>Luetut viestit</d1-menu-item>
            <d1-menu-item type="radio" value="all" checked>Kaikki</d1-menu-item>
          </d1-menu-group>
        </d1-menu>
      `);
    }

    it('exposes roles, checked states and group labels', async () => {
      const el = await view();
      const [newest, oldest, read] = el.items as [D1MenuItem, D1MenuItem, D1MenuItem];
      expect(newest.getAttribute('role')).to.equal('menuitemradio');
      expect(newest.getAttribute('aria-checked')).to.equal('true');
      expect(oldest.getAttribute('aria-checked')).to.equal('false');
      expect(read.getAttribute('role')).to.equal('menuitemcheckbox');
      const group = el.querySelector('d1-menu-group')!;
      expect(group.getAttribute('role')).to.equal('group');
      expect(group.getAttribute('aria-label')).to.equal('Järjestys');
      await expect(el).to.be.accessible();
    });

    it('checks one radio of its group and toggles a checkbox', async () => {
      const el = await view();
      const [newest, oldest, read, all] = el.items as [
        D1MenuItem,
        D1MenuItem,
        D1MenuItem,
        D1MenuItem,
      ];
      oldest.click();
      await el.updateComplete;
      await oldest.updateComplete;
      expect(oldest.checked).to.equal(true);
      expect(oldest.getAttribute('aria-checked')).to.equal('true');
      expect(newest.checked).to.equal(false);
      expect(all.checked).to.equal(true);
      el.open = true;
      await el.updateComplete;
      read.click();
      expect(read.checked).to.equal(false);
    });
  });

  describe('with an icon-only trigger', () => {
    it('keeps the label as the accessible name', async () => {
      const el = await fixture<D1Menu>(html`
        <d1-menu label="Lisää toimintoja" icon="menu" hide-label>
          <d1-menu-item>Asetukset</d1-menu-item>
        </d1-menu>
      `);
      const text = trigger(el).querySelector('.visually-hidden')!;
      expect(text.textContent).to.equal('Lisää toimintoja');
      await expect(el).to.be.accessible();
    });

    it('uses trigger-label as the accessible name', async () => {
      const el = await fixture<D1Menu>(html`
        <d1-menu label="suomi" trigger-label="Kieli: suomi">
          <d1-menu-item>svenska</d1-menu-item>
        </d1-menu>
      `);
      expect(trigger(el).getAttribute('aria-label')).to.equal('Kieli: suomi');
      await expect(el).to.be.accessible();
    });
  });

  describe('with placement bottom-end at the start of the page', () => {
    it('flips the popup so it stays in view', async () => {
      const el = await fixture<D1Menu>(html`
        <d1-menu label="Kieli" placement="bottom-end" open>
          <d1-menu-item>Suomeksi ja ruotsiksi</d1-menu-item>
        </d1-menu>
      `);
      await el.updateComplete;
      const rect = panel(el).getBoundingClientRect();
      expect(rect.left).to.be.at.least(0);
      expect(rect.left).to.be.closeTo(trigger(el).getBoundingClientRect().left, 1);
    });
  });

  describe('when disabled', () => {
    it('does not open', async () => {
      const el = await fixture<D1Menu>(html`
        <d1-menu label="Toiminnot" disabled><d1-menu-item>Vastaa</d1-menu-item></d1-menu>
      `);
      trigger(el).click();
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(trigger(el).disabled).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });
});
