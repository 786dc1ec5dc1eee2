import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@digione/components/app-switcher/define';
import type { AppSwitcherApp, D1AppSwitcher } from '@digione/components/app-switcher';
import { localization } from '@digione/components/localization';
import { D1AppSelectEvent, D1CloseEvent, D1OpenEvent } from '@digione/components/events';

const APPS: AppSwitcherApp[] = [
  { id: 'messages', name: 'Viestit', icon: 'message', href: '#viestit' },
  { id: 'schedule', name: 'Lukujärjestys', icon: 'calendar', href: '#lukujarjestys' },
  { id: 'assessment', name: 'Arviointi', icon: 'assessment', href: '#arviointi' },
  { id: 'absences', name: 'Poissaolot', icon: 'clock', href: '#poissaolot' },
  {
    id: 'well-being',
    name: 'Hyvinvointi',
    icon: 'well-being',
    href: '#hyvinvointi',
    description: 'Kuraattori ja terveydenhoitaja',
  },
];

const trigger = (el: D1AppSwitcher) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="trigger"]')!;
const panel = (el: D1AppSwitcher) => el.shadowRoot!.querySelector<HTMLElement>('[part="panel"]')!;
const tiles = (el: D1AppSwitcher) => [
  ...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="tile"]'),
];
const focused = (el: D1AppSwitcher) =>
  el.shadowRoot!.activeElement?.querySelector('.name')?.textContent;

async function popup(open = false): Promise<D1AppSwitcher> {
  return fixture<D1AppSwitcher>(
    html`<d1-app-switcher .apps=${APPS} current="schedule" ?open=${open}></d1-app-switcher>`,
  );
}

describe('d1-app-switcher', () => {
  afterEach(() => localization().setLocale('fi'));

  describe('when closed', () => {
    it('is an icon button named "Sovellukset" that controls the hidden panel', async () => {
      const el = await popup();
      const button = trigger(el);
      expect(button.getAttribute('aria-label')).to.equal('Sovellukset');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal(panel(el).id);
      expect(panel(el).hidden).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('builds its tiles only when opened: a closed switcher of many apps holds none', async () => {
      const el = await popup();
      expect(tiles(el)).to.have.length(0);
      trigger(el).click();
      await el.updateComplete;
      expect(tiles(el)).to.have.length(APPS.length);
      trigger(el).click();
      await el.updateComplete;
      expect(tiles(el)).to.have.length(0);
    });

    it('names the button in every language, and by the label attribute', async () => {
      const el = await popup();
      await localization().setLocale('sv');
      await el.updateComplete;
      expect(trigger(el).getAttribute('aria-label')).to.equal('Appar');
      await localization().setLocale('en');
      await el.updateComplete;
      expect(trigger(el).getAttribute('aria-label')).to.equal('Apps');
      el.label = 'Palvelut';
      await el.updateComplete;
      expect(trigger(el).getAttribute('aria-label')).to.equal('Palvelut');
    });
  });

  describe('when open', () => {
    it('opens on click, shows links with the current app marked', async () => {
      const el = await popup();
      setTimeout(() => {
        trigger(el).click();
      });
      await oneEvent(el, D1OpenEvent.type);
      expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
      expect(panel(el).hidden).to.equal(false);
      const links = tiles(el);
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(APPS.map((a) => a.href));
      expect(links.map((a) => a.getAttribute('aria-current'))).to.deep.equal([
        null,
        'page',
        null,
        null,
        null,
      ]);
      expect(el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal(
        'Sovellukset',
      );
      await expect(el).to.be.accessible();
    });

    it('describes a tile by its description', async () => {
      const el = await popup(true);
      const tile = tiles(el)[4];
      const description = el.shadowRoot!.getElementById(tile.getAttribute('aria-describedby')!)!;
      expect(description.textContent).to.equal('Kuraattori ja terveydenhoitaja');
    });

    it('closes on Escape and returns focus to the button', async () => {
      const el = await popup(true);
      tiles(el)[2].focus();
      const closed = oneEvent(el, D1CloseEvent.type);
      await sendKeys({ press: 'Escape' });
      await closed;
      expect(el.open).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(trigger(el));
    });

    it('closes when the user clicks outside or on the button', async () => {
      const el = await popup(true);
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      await el.updateComplete;
      expect(el.open).to.equal(false);
      trigger(el).click();
      await el.updateComplete;
      expect(el.open).to.equal(true);
      trigger(el).click();
      await el.updateComplete;
      expect(el.open).to.equal(false);
    });

    it('closes when focus leaves it', async () => {
      const wrapper = await fixture(html`
        <div>
          <d1-app-switcher .apps=${APPS.slice(0, 1)} open></d1-app-switcher>
          <button>Seuraava</button>
        </div>
      `);
      const el = wrapper.querySelector('d1-app-switcher')!;
      tiles(el)[0].focus();
      wrapper.querySelector('button')!.focus();
      await el.updateComplete;
      expect(el.open).to.equal(false);
    });
  });

  describe('with the keyboard in the grid', () => {
    // Five tiles in three columns: Viestit, Lukujärjestys, Arviointi / Poissaolot, Hyvinvointi.
    it('moves by columns and rows', async () => {
      const el = await popup(true);
      tiles(el)[1].focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal('Hyvinvointi');
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused(el)).to.equal('Poissaolot');
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal('Viestit');
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(el)).to.equal('Lukujärjestys');
    });

    it('stays at the edges, and lands on the last tile of a shorter last row', async () => {
      const el = await popup(true);
      tiles(el)[0].focus();
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal('Viestit');
      tiles(el)[2].focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal('Hyvinvointi');
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal('Hyvinvointi');
    });

    it('goes to the first and last tile with Home and End', async () => {
      const el = await popup(true);
      tiles(el)[2].focus();
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal('Hyvinvointi');
      await sendKeys({ press: 'Home' });
      expect(focused(el)).to.equal('Viestit');
    });
  });

  describe('when a tile is clicked', () => {
    it('fires d1-app-select, and does not follow the link when cancelled', async () => {
      const el = await popup(true);
      const before = location.href;
      el.addEventListener(D1AppSelectEvent.type, (e) => {
        e.preventDefault();
      });
      setTimeout(() => {
        tiles(el)[0].click();
      });
      const event = await oneEvent<D1AppSelectEvent>(el, D1AppSelectEvent.type);
      expect(event.appId).to.equal('messages');
      expect(event.href).to.equal('#viestit');
      expect(location.href).to.equal(before);
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(trigger(el));
    });

    it('follows the link when not cancelled', async () => {
      const el = await popup(true);
      let selects = 0;
      el.addEventListener(D1AppSelectEvent.type, () => selects++);
      tiles(el)[1].click();
      expect(selects).to.equal(1);
      expect(location.hash).to.equal('#lukujarjestys');
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('fires nothing for a click that opens a new tab', async () => {
      const el = await popup(true);
      let selects = 0;
      el.addEventListener(D1AppSelectEvent.type, () => selects++);
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
      click.preventDefault();
      tiles(el)[2].dispatchEvent(click);
      expect(selects).to.equal(0);
    });
  });

  describe('when inline', () => {
    it('shows the grid in place without a button', async () => {
      const el = await fixture<D1AppSwitcher>(
        html`<d1-app-switcher inline .apps=${APPS} current="messages"></d1-app-switcher>`,
      );
      expect(el.shadowRoot!.querySelector('[part="trigger"]')).to.equal(null);
      expect(tiles(el)).to.have.length(5);
      expect(tiles(el)[0].checkVisibility()).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('with no apps', () => {
    it('says so, in every language', async () => {
      const el = await fixture<D1AppSwitcher>(html`<d1-app-switcher inline></d1-app-switcher>`);
      const empty = () => el.shadowRoot!.querySelector('[part="empty"]')!.textContent.trim();
      expect(empty()).to.equal('Ei sovelluksia');
      await expect(el).to.be.accessible();
      await localization().setLocale('sv');
      await el.updateComplete;
      expect(empty()).to.equal('Inga appar');
      await localization().setLocale('en');
      await el.updateComplete;
      expect(empty()).to.equal('No apps');
      el.emptyLabel = 'Sinulle ei ole vielä lisätty palveluita';
      await el.updateComplete;
      expect(empty()).to.equal('Sinulle ei ole vielä lisätty palveluita');
    });
  });
});
