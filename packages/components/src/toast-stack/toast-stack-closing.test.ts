import { aTimeout, expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@digione/components/toast-stack/define';
import type { D1ToastStack } from '@digione/components/toast-stack';
import { fakeClock } from '../../../../test/support/fake-clock.js';
import { closeOf, messages, press, settle, toastClosing, toasts } from '../fixtures/toast-stack.js';

describe('d1-toast-stack closing', () => {
  // On a clock the test turns (test/support/fake-clock.ts): a toast closes when its time has
  // passed on that clock, never because the machine was too busy to take the next step in time.
  describe('timing', () => {
    it('closes after duration and fires d1-toast-close with reason "timeout"', async () => {
      const el = await fixture<D1ToastStack>(html`<d1-toast-stack></d1-toast-stack>`);
      const clock = fakeClock();
      clock.during(() => el.show({ message: 'Tallennettu', duration: 200 }));
      await settle(el);
      expect(toasts(el)).to.have.length(1);
      const closing = toastClosing(el);
      clock.tick(200);
      const event = await closing;
      expect(event.reason).to.equal('timeout');
      expect(event.message).to.equal('Tallennettu');
      await el.updateComplete;
      expect(toasts(el)).to.have.length(0);
    });

    it('waits 6 seconds by default, and forever for a toast with an action or duration 0', async () => {
      const el = await fixture<D1ToastStack>(html`<d1-toast-stack></d1-toast-stack>`);
      const clock = fakeClock();
      clock.during(() => {
        el.show({ message: 'Oletus' });
        el.show({ message: 'Pysyy', duration: 0 });
        el.show({ message: 'Kumottavissa', action: { label: 'Kumoa', onAction: () => undefined } });
      });
      expect(clock.delays).to.deep.equal([6000]);
      await settle(el);
      expect(messages(el)).to.deep.equal(['Oletus', 'Pysyy', 'Kumottavissa']);
    });

    it('pauses while hovered, and resumes when the pointer leaves', async () => {
      const el = await fixture<D1ToastStack>(html`<d1-toast-stack></d1-toast-stack>`);
      const clock = fakeClock();
      clock.during(() => el.show({ message: 'Viesti lähetetty', duration: 300 }));
      await settle(el);
      const stack = el.shadowRoot!.querySelector('[part="stack"]')!;
      clock.tick(100);
      clock.during(() => stack.dispatchEvent(new PointerEvent('pointerenter')));
      clock.tick(500);
      await el.updateComplete;
      expect(toasts(el)).to.have.length(1);
      const closed = toastClosing(el);
      clock.during(() => stack.dispatchEvent(new PointerEvent('pointerleave')));
      clock.tick(300);
      expect((await closed).reason).to.equal('timeout');
    });

    it('pauses while focus is inside, and resumes when it leaves', async () => {
      const wrapper = fixtureSync(
        html`<div><button>Ennen</button><d1-toast-stack></d1-toast-stack></div>`,
      );
      const el = wrapper.querySelector('d1-toast-stack')!;
      const before = wrapper.querySelector('button')!;
      const clock = fakeClock();
      clock.during(() => el.show({ message: 'Viesti lähetetty', duration: 300 }));
      await settle(el);
      clock.tick(100);
      clock.during(() => {
        closeOf(toasts(el)[0]).focus();
      });
      expect(el.shadowRoot!.activeElement).to.equal(closeOf(toasts(el)[0]));
      clock.tick(500);
      await el.updateComplete;
      expect(toasts(el)).to.have.length(1);
      const closed = toastClosing(el);
      clock.during(() => {
        before.focus();
      });
      clock.tick(300);
      expect((await closed).reason).to.equal('timeout');
    });
  });

  describe('closing', () => {
    it('closes with the close button, firing d1-dismiss and d1-toast-close', async () => {
      const el = await fixture<D1ToastStack>(html`<d1-toast-stack></d1-toast-stack>`);
      el.show({ message: 'Uusi viesti opettajalta' });
      await settle(el);
      const close = closeOf(toasts(el)[0]);
      expect(close.textContent.trim()).to.equal('Sulje');
      const reasons: string[] = [];
      el.addEventListener('d1-toast-close', (e) => reasons.push(e.reason));
      setTimeout(() => {
        press(close);
      });
      const event = await oneEvent(el, 'd1-dismiss');
      expect(event.composed).to.equal(true);
      expect(reasons).to.deep.equal(['dismiss']);
      await el.updateComplete;
      expect(toasts(el)).to.have.length(0);
    });

    it('closes with Enter on the close button and with Escape inside the toast', async () => {
      const wrapper = fixtureSync(
        html`<div><button>Ennen</button><d1-toast-stack></d1-toast-stack></div>`,
      );
      const el = wrapper.querySelector('d1-toast-stack')!;
      await el.updateComplete;
      const before = wrapper.querySelector('button')!;
      el.show({ message: 'Ensimmäinen', duration: 0 });
      el.show({ message: 'Toinen', duration: 0 });
      el.show({ message: 'Kolmas', duration: 0 });
      await settle(el);
      let dismissed = 0;
      el.addEventListener('d1-dismiss', () => dismissed++);
      before.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(messages(el)).to.deep.equal(['Toinen', 'Kolmas']);
      // Focus moved on to the next toast's close button rather than being lost.
      await aTimeout(0);
      expect(el.shadowRoot!.activeElement).to.equal(closeOf(toasts(el)[0]));
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      await aTimeout(0);
      expect(messages(el)).to.deep.equal(['Kolmas']);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      await aTimeout(0);
      expect(messages(el)).to.deep.equal([]);
      expect(dismissed).to.equal(3);
      // With the last toast gone, focus went back where it came from.
      expect(wrapper.ownerDocument.activeElement).to.equal(before);
    });

    it('closes through the handle that show() returns, with reason "api"', async () => {
      const el = await fixture<D1ToastStack>(html`<d1-toast-stack></d1-toast-stack>`);
      const handle = el.show({ message: 'Ladataan liitettä', duration: 0 });
      await settle(el);
      let dismissed = 0;
      el.addEventListener('d1-dismiss', () => dismissed++);
      setTimeout(() => {
        handle.close();
      });
      const event = await toastClosing(el);
      expect(event.reason).to.equal('api');
      expect(dismissed).to.equal(0);
      handle.close();
    });

    it('keeps at most `max` toasts, removing the oldest', async () => {
      const el = await fixture<D1ToastStack>(html`<d1-toast-stack></d1-toast-stack>`);
      const reasons: string[] = [];
      el.addEventListener('d1-toast-close', (e) => reasons.push(`${e.reason}:${e.message}`));
      for (const message of ['1', '2', '3', '4']) el.show({ message, duration: 0 });
      await settle(el);
      expect(messages(el)).to.deep.equal(['2', '3', '4']);
      expect(reasons).to.deep.equal(['overflow:1']);
      el.max = 1;
      el.show({ message: '5', duration: 0 });
      await settle(el);
      expect(messages(el)).to.deep.equal(['5']);
    });

    it('reads max from its attribute', async () => {
      const el = await fixture<D1ToastStack>(html`<d1-toast-stack max="2"></d1-toast-stack>`);
      for (const message of ['a', 'b', 'c']) el.show({ message, duration: 0 });
      await settle(el);
      expect(messages(el)).to.deep.equal(['b', 'c']);
    });
  });

  describe('with an action', () => {
    it('runs the action and closes the toast', async () => {
      const el = await fixture<D1ToastStack>(html`<d1-toast-stack></d1-toast-stack>`);
      let undone = 0;
      el.show({
        message: 'Viesti poistettu',
        variant: 'info',
        action: { label: 'Kumoa', onAction: () => undone++ },
      });
      await settle(el);
      const action = toasts(el)[0].querySelector<HTMLElement>('.action')!;
      expect(action.textContent.trim()).to.equal('Kumoa');
      await expect(el).to.be.accessible();
      setTimeout(() => {
        press(action);
      });
      const event = await toastClosing(el);
      expect(event.reason).to.equal('action');
      expect(undone).to.equal(1);
    });
  });
});
