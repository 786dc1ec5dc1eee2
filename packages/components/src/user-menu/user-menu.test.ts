import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@digione/components/user-menu/define';
import type { D1UserMenu, UserContext } from '@digione/components/user-menu';
import { localization } from '@digione/components/localization';
import { D1ContextChangeEvent, D1SelectEvent, D1SignOutEvent } from '@digione/components/events';

const SCHOOLS: UserContext[] = [
  { id: 'kivisto', label: 'Kivistön koulu', description: 'Vantaa' },
  { id: 'tikkurila', label: 'Tikkurilan lukio', description: 'Vantaa' },
];

const menu = (el: D1UserMenu) => el.shadowRoot!.querySelector('d1-menu')!;
const trigger = (el: D1UserMenu) =>
  menu(el).shadowRoot!.querySelector<HTMLButtonElement>('[part="trigger"]')!;
const items = (el: D1UserMenu) => [...el.shadowRoot!.querySelectorAll('d1-menu-item')];
const group = (el: D1UserMenu) => el.shadowRoot!.querySelector('d1-menu-group[label]');

async function teacher(open = false): Promise<D1UserMenu> {
  const el = await fixture<D1UserMenu>(html`
    <d1-user-menu
      name="Maija Virtanen"
      role-label="Opettaja"
      .contexts=${SCHOOLS}
      active-context="kivisto"
      ?open=${open}
    ></d1-user-menu>
  `);
  await menu(el).updateComplete;
  return el;
}

describe('d1-user-menu', () => {
  afterEach(() => localization().setLocale('fi'));

  describe('when closed', () => {
    it('shows initials and name, and names the button by user and role', async () => {
      const el = await teacher();
      const content = el.shadowRoot!.querySelector('[slot="label"]')!;
      expect(content.querySelector('.initials')!.getAttribute('data-initials')).to.equal('MV');
      expect(content.querySelector('.initials')!.getAttribute('aria-hidden')).to.equal('true');
      expect(content.querySelector('.name')!.textContent).to.equal('Maija Virtanen');
      expect(trigger(el).getAttribute('aria-label')).to.equal(
        'Käyttäjävalikko: Maija Virtanen, Opettaja',
      );
      expect(trigger(el).getAttribute('aria-haspopup')).to.equal('menu');
      await expect(el).to.be.accessible();
    });

    it('names the button and items in every language, and by attributes', async () => {
      const el = await teacher();
      await localization().setLocale('sv');
      await el.updateComplete;
      await menu(el).updateComplete;
      expect(trigger(el).getAttribute('aria-label')).to.equal(
        'Användarmeny: Maija Virtanen, Opettaja',
      );
      expect(group(el)!.getAttribute('label')).to.equal('Du agerar som');
      expect(items(el).at(-1)!.textContent.trim()).to.equal('Logga ut');
      await localization().setLocale('en');
      await el.updateComplete;
      expect(group(el)!.getAttribute('label')).to.equal('Acting as');
      expect(items(el).at(-1)!.textContent.trim()).to.equal('Sign out');
      el.label = 'Oma tili';
      el.contextsLabel = 'Koulu';
      el.signOutLabel = 'Poistu palvelusta';
      await el.updateComplete;
      await menu(el).updateComplete;
      expect(trigger(el).getAttribute('aria-label')).to.equal('Oma tili: Maija Virtanen, Opettaja');
      expect(group(el)!.getAttribute('label')).to.equal('Koulu');
      expect(items(el).at(-1)!.textContent.trim()).to.equal('Poistu palvelusta');
    });
  });

  describe('when open', () => {
    it('shows the user, the contexts as radio items and sign out', async () => {
      const el = await teacher(true);
      const header = el.shadowRoot!.querySelector('[part="header"]')!;
      expect(header.textContent.replace(/\s+/gu, ' ').trim()).to.equal('Maija Virtanen Opettaja');
      expect(group(el)!.getAttribute('aria-label')).to.equal('Toimit roolissa');
      const [kivisto, tikkurila, signOut] = items(el);
      expect(kivisto.getAttribute('role')).to.equal('menuitemradio');
      expect(kivisto.getAttribute('aria-checked')).to.equal('true');
      expect(tikkurila.getAttribute('aria-checked')).to.equal('false');
      const description = el.shadowRoot!.getElementById(
        tikkurila.getAttribute('aria-describedby')!,
      )!;
      expect(description.textContent).to.equal('Vantaa');
      expect(signOut.getAttribute('role')).to.equal('menuitem');
      await expect(el).to.be.accessible();
    });
  });

  describe('when a context is chosen', () => {
    it('fires d1-context-change with its id and checks it', async () => {
      const el = await teacher();
      let innerSelects = 0;
      el.addEventListener(D1SelectEvent.type, () => innerSelects++);
      trigger(el).focus();
      await sendKeys({ press: 'Enter' });
      await aTimeout(0);
      expect(el.open).to.equal(true);
      await sendKeys({ press: 'ArrowDown' });
      const changed = oneEvent<D1ContextChangeEvent>(el, D1ContextChangeEvent.type);
      await sendKeys({ press: 'Enter' });
      expect((await changed).contextId).to.equal('tikkurila');
      await el.updateComplete;
      expect(el.activeContext).to.equal('tikkurila');
      expect(items(el)[1].checked).to.equal(true);
      expect(items(el)[0].checked).to.equal(false);
      expect(el.open).to.equal(false);
      expect(innerSelects).to.equal(0);
    });

    it('fires nothing when the active context is chosen again', async () => {
      const el = await teacher(true);
      let changes = 0;
      el.addEventListener(D1ContextChangeEvent.type, () => changes++);
      items(el)[0].click();
      expect(changes).to.equal(0);
    });
  });

  describe('when sign out is chosen', () => {
    it('fires a cancelable d1-sign-out', async () => {
      const el = await teacher(true);
      el.signOutHref = '/kirjaudu-ulos';
      const before = location.href;
      el.addEventListener(D1SignOutEvent.type, (e) => {
        e.preventDefault();
      });
      setTimeout(() => {
        items(el).at(-1)!.click();
      });
      const event = await oneEvent(el, D1SignOutEvent.type);
      expect(event.cancelable).to.equal(true);
      expect(location.href).to.equal(before);
      await el.updateComplete;
      expect(el.open).to.equal(false);
    });
  });

  describe('without contexts', () => {
    it('leaves the group out', async () => {
      const el = await fixture<D1UserMenu>(
        html`<d1-user-menu name="Pekka Korhonen" role-label="Huoltaja" open></d1-user-menu>`,
      );
      await menu(el).updateComplete;
      expect(group(el)).to.equal(null);
      expect(items(el)).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });

  describe('without a name', () => {
    it('shows a user icon and is still named', async () => {
      const el = await fixture<D1UserMenu>(html`<d1-user-menu></d1-user-menu>`);
      await menu(el).updateComplete;
      expect(el.shadowRoot!.querySelector('.initials d1-icon')).to.not.equal(null);
      expect(trigger(el).getAttribute('aria-label')).to.equal('Käyttäjävalikko');
      await expect(el).to.be.accessible();
    });
  });
});
