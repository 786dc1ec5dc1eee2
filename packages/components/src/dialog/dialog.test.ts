import { aTimeout, expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@digione/components/dialog/define';
import '@digione/components/button/define';
import type { D1Dialog } from '@digione/components/dialog';
import type { D1CloseEvent } from '@digione/components/events';
import { localization } from '@digione/components/localization';

const native = (el: D1Dialog) => el.shadowRoot!.querySelector('dialog')!;
const closeButton = (el: D1Dialog) => el.shadowRoot!.querySelector<HTMLElement>('[part="close"]')!;

/** The element that has focus, looking through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Clicks what is at (x, y) in the dialog's shadow tree, as the browser's hit testing finds it (the
 * `<dialog>` itself when the point is on its backdrop).
 */
function clickAt(el: D1Dialog, x: number, y: number): void {
  const target = el.shadowRoot!.elementFromPoint(x, y)!;
  const init = { bubbles: true, composed: true, clientX: x, clientY: y };
  target.dispatchEvent(new PointerEvent('pointerdown', init));
  target.dispatchEvent(new MouseEvent('click', init));
}

/** Resolves with the next `d1-close` of `el`. */
const closing = (el: D1Dialog) => oneEvent(el, 'd1-close') as unknown as Promise<D1CloseEvent>;

/** Opens `el` and waits for its `d1-open` and for focus to settle. */
async function open(el: D1Dialog): Promise<void> {
  const opened = oneEvent(el, 'd1-open');
  el.show();
  await opened;
  await aTimeout(0);
}

describe('d1-dialog', () => {
  afterEach(() => localization().setLocale('fi'));

  describe('when closed', () => {
    it('shows nothing and is accessible', async () => {
      const el = await fixture<D1Dialog>(
        html`<d1-dialog label="Lähetä viesti"><p>Sisältö</p></d1-dialog>`,
      );
      expect(native(el).open).to.equal(false);
      expect(el.hasAttribute('open')).to.equal(false);
      expect(native(el).getBoundingClientRect().height).to.equal(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('when open', () => {
    it('is a modal dialog named by its label', async () => {
      const el = await fixture<D1Dialog>(
        html`<d1-dialog label="Poissaoloilmoitus"><p>Ilmoita lapsen poissaolo.</p></d1-dialog>`,
      );
      await open(el);
      const dialog = native(el);
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(el.hasAttribute('open')).to.equal(true);
      const heading = el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
      expect(heading.tagName).to.equal('H2');
      expect(heading.textContent).to.equal('Poissaoloilmoitus');
      await expect(el).to.be.accessible();
    });

    it('opens from the open attribute, and closes when it is removed', async () => {
      const el = await fixture<D1Dialog>(
        html`<d1-dialog open label="Tiedote"><p>Koulu alkaa 11.8.</p></d1-dialog>`,
      );
      expect(native(el).open).to.equal(true);
      await expect(el).to.be.accessible();
      const closed = closing(el);
      el.removeAttribute('open');
      expect((await closed).action).to.equal('');
      expect(native(el).open).to.equal(false);
    });

    it('locks page scrolling while open', async () => {
      const el = await fixture<D1Dialog>(html`<d1-dialog label="Tiedote">Teksti</d1-dialog>`);
      const root = document.documentElement;
      const before = root.style.overflow;
      await open(el);
      expect(getComputedStyle(root).overflow).to.equal('hidden');
      const closed = closing(el);
      el.close();
      await closed;
      expect(root.style.overflow).to.equal(before);
    });

    it('keeps the lock until the last of nested dialogs closes', async () => {
      const wrapper = fixtureSync(html`
        <div>
          <d1-dialog id="outer" label="Viesti">
            <d1-dialog id="inner" label="Vahvista">Lähetetäänkö?</d1-dialog>
          </d1-dialog>
        </div>
      `);
      const [outer, inner] = [...wrapper.querySelectorAll('d1-dialog')] as [D1Dialog, D1Dialog];
      await Promise.all([outer.updateComplete, inner.updateComplete]);
      const root = document.documentElement;
      await open(outer);
      await open(inner);
      let closed = closing(inner);
      inner.close();
      await closed;
      expect(root.style.overflow).to.equal('hidden');
      expect(outer.open).to.equal(true);
      closed = closing(outer);
      outer.close();
      await closed;
      expect(root.style.overflow).to.equal('');
    });

    it('releases the lock when removed from the page while open', async () => {
      const el = await fixture<D1Dialog>(html`<d1-dialog label="Tiedote">Teksti</d1-dialog>`);
      await open(el);
      el.remove();
      expect(document.documentElement.style.overflow).to.equal('');
    });
  });

  describe('focus', () => {
    it('moves to the first focusable content, and back to the opener on close', async () => {
      const wrapper = fixtureSync(html`
        <div>
          <button id="opener">Avaa</button>
          <d1-dialog label="Lähetä viesti">
            <p>Kirjoita viesti opettajalle.</p>
            <label>Aihe <input id="subject" /></label>
            <d1-button slot="footer" data-d1-close="send">Lähetä</d1-button>
          </d1-dialog>
        </div>
      `);
      const el = wrapper.querySelector('d1-dialog')!;
      await el.updateComplete;
      const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
      opener.addEventListener('click', () => {
        el.show();
      });
      opener.focus();
      const opened = oneEvent(el, 'd1-open');
      await sendKeys({ press: 'Enter' });
      await opened;
      await aTimeout(0);
      expect(deepActive()).to.equal(wrapper.querySelector('#subject'));
      const closed = closing(el);
      await sendKeys({ press: 'Escape' });
      expect((await closed).action).to.equal('');
      expect(el.open).to.equal(false);
      expect(deepActive()).to.equal(opener);
    });

    it('moves to the element with autofocus', async () => {
      const el = await fixture<D1Dialog>(html`
        <d1-dialog label="Hae">
          <input aria-label="Ensimmäinen" />
          <input aria-label="Haku" />
        </d1-dialog>
      `);
      el.querySelector('[aria-label="Haku"]')!.setAttribute('autofocus', '');
      await open(el);
      expect(deepActive()).to.equal(el.querySelector('[autofocus]'));
    });

    it('moves to the close button when the content has nothing focusable', async () => {
      const el = await fixture<D1Dialog>(html`
        <d1-dialog label="Poistetaanko viesti?">
          <p>Poistettua viestiä ei voi palauttaa.</p>
          <d1-button slot="footer" variant="danger" data-d1-close="delete">Poista</d1-button>
        </d1-dialog>
      `);
      await open(el);
      expect(el.shadowRoot!.activeElement).to.equal(closeButton(el));
      expect(deepActive()!.tagName).to.equal('BUTTON');
    });

    it('moves into a focusable custom element of the content', async () => {
      const el = await fixture<D1Dialog>(html`
        <d1-dialog label="Tiedote"><d1-button>Lue lisää</d1-button></d1-dialog>
      `);
      await open(el);
      expect(deepActive()).to.equal(
        el.querySelector('d1-button')!.shadowRoot!.querySelector('button'),
      );
    });

    it('is trapped: Tab never reaches the page behind', async () => {
      const wrapper = fixtureSync(html`
        <div>
          <button id="outside">Taustalla</button>
          <d1-dialog label="Lähetä viesti">
            <input aria-label="Aihe" />
            <d1-button slot="footer">Lähetä</d1-button>
          </d1-dialog>
          <button id="after">Myös taustalla</button>
        </div>
      `);
      const el = wrapper.querySelector('d1-dialog')!;
      await el.updateComplete;
      await open(el);
      const outside = [...wrapper.querySelectorAll('button')];
      const seen = new Set<Element | null>();
      for (let i = 0; i < 8; i++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActive();
        seen.add(active);
        expect(outside).not.to.include(active);
      }
      // It cycles through the dialog's own controls: the input, the close button and the footer button.
      expect(seen.has(el.querySelector('input'))).to.equal(true);
      expect(seen.has(closeButton(el).shadowRoot!.querySelector('button'))).to.equal(true);
    });
  });

  describe('closing', () => {
    it('closes with the close button, with an empty action', async () => {
      const el = await fixture<D1Dialog>(html`<d1-dialog label="Tiedote">Teksti</d1-dialog>`);
      await open(el);
      expect(closeButton(el).textContent.trim()).to.equal('Sulje');
      const closed = closing(el);
      closeButton(el).shadowRoot!.querySelector('button')!.click();
      const event = await closed;
      expect(event.action).to.equal('');
      expect(event.bubbles && event.composed).to.equal(true);
      expect(el.open).to.equal(false);
    });

    it('closes with the keyboard from the close button', async () => {
      const el = await fixture<D1Dialog>(html`<d1-dialog label="Tiedote">Teksti</d1-dialog>`);
      await open(el);
      expect(el.shadowRoot!.activeElement).to.equal(closeButton(el));
      const closed = closing(el);
      await sendKeys({ press: 'Enter' });
      await closed;
      expect(native(el).open).to.equal(false);
    });

    it('closes with close(action) and reports the action', async () => {
      const el = await fixture<D1Dialog>(html`<d1-dialog label="Tiedote">Teksti</d1-dialog>`);
      await open(el);
      const closed = closing(el);
      el.close('confirm');
      expect((await closed).action).to.equal('confirm');
      // The next dismissal does not repeat the old action.
      await open(el);
      const again = closing(el);
      await sendKeys({ press: 'Escape' });
      expect((await again).action).to.equal('');
    });

    it('closes from a slotted element with data-d1-close, with its value as the action', async () => {
      const el = await fixture<D1Dialog>(html`
        <d1-dialog label="Poistetaanko viesti?">
          <p>Poistettua viestiä ei voi palauttaa.</p>
          <d1-button slot="footer" variant="secondary" data-d1-close>Peruuta</d1-button>
          <d1-button slot="footer" variant="danger" data-d1-close="delete">Poista</d1-button>
        </d1-dialog>
      `);
      await open(el);
      await expect(el).to.be.accessible();
      let closed = closing(el);
      el.querySelector<HTMLElement>('[data-d1-close="delete"]')!.click();
      expect((await closed).action).to.equal('delete');
      await open(el);
      closed = closing(el);
      el.querySelector<HTMLElement>('[data-d1-close=""]')!.click();
      expect((await closed).action).to.equal('');
    });

    it('uses the value attribute when data-d1-close is empty', async () => {
      const el = await fixture<D1Dialog>(html`
        <d1-dialog label="Valitse">
          <button value="yes" data-d1-close>Kyllä</button>
        </d1-dialog>
      `);
      await open(el);
      const closed = closing(el);
      el.querySelector('button')!.click();
      expect((await closed).action).to.equal('yes');
    });

    it('ignores the clicks of a disabled closer', async () => {
      const el = await fixture<D1Dialog>(html`
        <d1-dialog label="Valitse">
          <d1-button disabled data-d1-close="save">Tallenna</d1-button>
        </d1-dialog>
      `);
      await open(el);
      el.querySelector('d1-button')!.click();
      await aTimeout(0);
      expect(el.open).to.equal(true);
    });

    it('does not close when the backdrop is clicked', async () => {
      const el = await fixture<D1Dialog>(html`<d1-dialog label="Tiedote">Teksti</d1-dialog>`);
      await open(el);
      expect(el.shadowRoot!.elementFromPoint(2, 2)).to.equal(native(el));
      clickAt(el, 2, 2);
      await aTimeout(0);
      expect(el.open).to.equal(true);
      expect(native(el).open).to.equal(true);
    });

    it('closes from the backdrop with light-dismiss, but not from inside', async () => {
      const el = await fixture<D1Dialog>(
        html`<d1-dialog light-dismiss label="Tiedote"><p>Teksti</p></d1-dialog>`,
      );
      await open(el);
      const rect = native(el).getBoundingClientRect();
      clickAt(el, rect.left + 10, rect.bottom - 10);
      await aTimeout(0);
      expect(el.open).to.equal(true);
      const closed = closing(el);
      clickAt(el, 2, 2);
      expect((await closed).action).to.equal('');
    });

    it('fires d1-open and d1-close once per open and close', async () => {
      const el = await fixture<D1Dialog>(html`<d1-dialog label="Tiedote">Teksti</d1-dialog>`);
      const log: string[] = [];
      el.addEventListener('d1-open', () => log.push('open'));
      el.addEventListener('d1-close', () => log.push('close'));
      await open(el);
      el.show();
      const closed = closing(el);
      el.close();
      await closed;
      // A second close() finds the dialog closed: a d1-close of its own would come with the
      // element's next update, which is over here.
      el.close();
      await el.updateComplete;
      expect(log).to.deep.equal(['open', 'close']);
    });
  });

  describe('with a footer', () => {
    it('shows the footer only when something is slotted into it', async () => {
      const el = await fixture<D1Dialog>(html`<d1-dialog label="Tiedote">Teksti</d1-dialog>`);
      const footer = el.shadowRoot!.querySelector<HTMLElement>('[part="footer"]')!;
      await open(el);
      expect(footer.hidden).to.equal(true);
      const button = document.createElement('d1-button');
      button.slot = 'footer';
      button.textContent = 'OK';
      el.append(button);
      await aTimeout(0);
      await el.updateComplete;
      expect(footer.hidden).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  describe('in other languages', () => {
    it('names the close button in Swedish and English, and close-label wins', async () => {
      const el = await fixture<D1Dialog>(html`<d1-dialog label="Tiedote">Teksti</d1-dialog>`);
      await open(el);
      await localization().setLocale('sv');
      await el.updateComplete;
      expect(closeButton(el).textContent.trim()).to.equal('Stäng');
      await localization().setLocale('en');
      await el.updateComplete;
      expect(closeButton(el).textContent.trim()).to.equal('Close');
      el.closeLabel = 'Sulje ikkuna';
      await el.updateComplete;
      expect(closeButton(el).textContent.trim()).to.equal('Sulje ikkuna');
      await expect(el).to.be.accessible();
    });
  });
});
