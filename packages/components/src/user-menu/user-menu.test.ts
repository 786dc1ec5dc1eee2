import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@digione/components/user-menu/define';
import type { D1UserMenu, UserContext } from '@digione/components/user-menu';
import { localization, type Locale } from '@digione/components/localization';
import {
  D1ContextChangeEvent,
  D1SelectEvent,
  D1SignOutEvent,
  D1ThemeChangeEvent,
} from '@digione/components/events';
import { THEME_PREFERENCES, type ThemePreference } from '@digione/components/tenants';

const SCHOOLS: UserContext[] = [
  { id: 'kivisto', label: 'Kivistön koulu', description: 'Vantaa' },
  { id: 'tikkurila', label: 'Tikkurilan lukio', description: 'Vantaa' },
];

const menu = (el: D1UserMenu) => el.shadowRoot!.querySelector('d1-menu')!;
const trigger = (el: D1UserMenu) =>
  menu(el).shadowRoot!.querySelector<HTMLButtonElement>('[part="trigger"]')!;
const items = (el: D1UserMenu) => [...el.shadowRoot!.querySelectorAll('d1-menu-item')];
/** The acting-as group: the labelled group whose items are not the theme choices. */
const group = (el: D1UserMenu) =>
  [...el.shadowRoot!.querySelectorAll('d1-menu-group[label]')].find(
    (g) => !g.querySelector('[data-theme]'),
  ) ?? null;

/** The theme group's name and its choices' names, in the order of THEME_PREFERENCES. */
const NAMES: Record<Locale, { group: string; choices: string[] }> = {
  fi: { group: 'Teema', choices: ['Laitteen mukaan', 'Vaalea', 'Tumma', 'Suuri kontrasti'] },
  sv: { group: 'Tema', choices: ['Enligt enheten', 'Ljust', 'Mörkt', 'Hög kontrast'] },
  en: { group: 'Theme', choices: ['Match device', 'Light', 'Dark', 'High contrast'] },
};

const themeItems = (el: D1UserMenu) => items(el).filter((item) => item.hasAttribute('data-theme'));
const themeGroup = (el: D1UserMenu) => themeItems(el)[0].closest('d1-menu-group')!;
const checkedStates = (el: D1UserMenu) =>
  themeItems(el).map((item) => item.getAttribute('aria-checked'));
const onlyChecked = (preference: ThemePreference) =>
  THEME_PREFERENCES.map((p) => String(p === preference));

async function teacher(open = false, preference: ThemePreference = 'system'): Promise<D1UserMenu> {
  const el = await fixture<D1UserMenu>(html`
    <d1-user-menu
      name="Maija Virtanen"
      role-label="Opettaja"
      .contexts=${SCHOOLS}
      active-context="kivisto"
      theme-preference=${preference}
      ?open=${open}
    ></d1-user-menu>
  `);
  await menu(el).updateComplete;
  return el;
}

/**
 * Opens the menu with Enter on its button, as a keyboard user does. Returns how many of the inner
 * menu's `d1-select` events escaped the user menu so far (none should).
 */
async function openByKeyboard(el: D1UserMenu): Promise<() => number> {
  let innerSelects = 0;
  el.addEventListener(D1SelectEvent.type, () => innerSelects++);
  trigger(el).focus();
  await sendKeys({ press: 'Enter' });
  await aTimeout(0);
  expect(el.open).to.equal(true);
  return () => innerSelects;
}

async function inLocale(el: D1UserMenu, locale: Locale): Promise<void> {
  await localization().setLocale(locale);
  await el.updateComplete;
  await menu(el).updateComplete;
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
      await inLocale(el, 'sv');
      expect(trigger(el).getAttribute('aria-label')).to.equal(
        'Användarmeny: Maija Virtanen, Opettaja',
      );
      expect(group(el)!.getAttribute('label')).to.equal('Du agerar som');
      expect(items(el).at(-1)!.textContent.trim()).to.equal('Logga ut');
      await inLocale(el, 'en');
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
      const [kivisto, tikkurila] = items(el);
      const signOut = items(el).at(-1)!;
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
      const innerSelects = await openByKeyboard(el);
      await sendKeys({ press: 'ArrowDown' });
      const changed = oneEvent<D1ContextChangeEvent>(el, D1ContextChangeEvent.type);
      await sendKeys({ press: 'Enter' });
      expect((await changed).contextId).to.equal('tikkurila');
      await el.updateComplete;
      expect(el.activeContext).to.equal('tikkurila');
      expect(items(el)[1].checked).to.equal(true);
      expect(items(el)[0].checked).to.equal(false);
      expect(el.open).to.equal(false);
      expect(innerSelects()).to.equal(0);
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
      expect(items(el).filter((item) => !item.hasAttribute('data-theme'))).to.have.length(1);
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

describe('d1-user-menu theme choice', () => {
  afterEach(() => localization().setLocale('fi'));

  for (const locale of ['fi', 'sv', 'en'] as const) {
    describe(`in ${locale}`, () => {
      it('offers the device, light, dark and high contrast as a named radio group', async () => {
        const el = await teacher(true);
        await inLocale(el, locale);
        const group = themeGroup(el);
        expect(group.getAttribute('role')).to.equal('group');
        expect(group.getAttribute('aria-label')).to.equal(NAMES[locale].group);
        expect(themeItems(el).map((item) => item.textContent.trim())).to.deep.equal(
          NAMES[locale].choices,
        );
        expect(themeItems(el).map((item) => item.getAttribute('role'))).to.deep.equal(
          THEME_PREFERENCES.map(() => 'menuitemradio'),
        );
        expect(el.themePreference).to.equal('system');
        expect(checkedStates(el)).to.deep.equal(onlyChecked('system'));
        await expect(el).to.be.accessible();
      });

      for (const [i, preference] of THEME_PREFERENCES.entries()) {
        it(`reaches "${preference}" by keyboard, fires d1-theme-change and checks it`, async () => {
          // Start from another choice, so that choosing this one is a change.
          const start = preference === 'system' ? 'dark' : 'system';
          const el = await teacher(false, start);
          await inLocale(el, locale);
          const innerSelects = await openByKeyboard(el);
          const target = themeItems(el)[i];
          for (let step = items(el).indexOf(target); step > 0; step--) {
            await sendKeys({ press: 'ArrowDown' });
          }
          expect(el.shadowRoot!.activeElement).to.equal(target);
          expect(target.textContent.trim()).to.equal(NAMES[locale].choices[i]);
          await expect(el).to.be.accessible();
          const changed = oneEvent<D1ThemeChangeEvent>(el, D1ThemeChangeEvent.type);
          await sendKeys({ press: 'Enter' });
          const event = await changed;
          expect(event).to.be.instanceOf(D1ThemeChangeEvent);
          expect(event.preference).to.equal(preference);
          expect(event.bubbles && event.composed).to.equal(true);
          await el.updateComplete;
          expect(el.themePreference).to.equal(preference);
          expect(checkedStates(el)).to.deep.equal(onlyChecked(preference));
          expect(el.open).to.equal(false);
          expect(innerSelects()).to.equal(0);
        });
      }
    });
  }

  it('fires nothing when the checked theme is chosen again', async () => {
    const el = await teacher(true, 'dark');
    let changes = 0;
    el.addEventListener(D1ThemeChangeEvent.type, () => changes++);
    themeItems(el)[THEME_PREFERENCES.indexOf('dark')].click();
    await el.updateComplete;
    expect(changes).to.equal(0);
    expect(el.themePreference).to.equal('dark');
  });

  it('checks the item of a preference set from outside', async () => {
    const el = await teacher(true, 'high-contrast');
    expect(checkedStates(el)).to.deep.equal(onlyChecked('high-contrast'));
    el.themePreference = 'light';
    await el.updateComplete;
    expect(checkedStates(el)).to.deep.equal(onlyChecked('light'));
    await expect(el).to.be.accessible();
  });

  it('warns about an unknown preference and shows the device choice checked', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await fixture<D1UserMenu>(
        html`<d1-user-menu name="Pekka Virtanen" theme-preference="sepia" open></d1-user-menu>`,
      );
      await menu(el).updateComplete;
      expect(checkedStates(el)).to.deep.equal(onlyChecked('system'));
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('[D1-USER-MENU-001]').and.contain('"sepia"');
  });
});
