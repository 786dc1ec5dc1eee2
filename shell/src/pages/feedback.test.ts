import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { localization } from '@digione/components/localization';
import type { D1Select } from '@digione/components/select';
import type { D1TextField } from '@digione/components/text-field';
import { ShellFeedbackSubmitEvent, type D1ShellFeedback } from './feedback.js';
import { page, root, text, resetLocale } from './page-test-support.js';

describe('d1-shell-feedback', () => {
  afterEach(resetLocale);

  const topic = (el: D1ShellFeedback) => root(el).querySelector<D1Select>('#topic')!;
  const message = (el: D1ShellFeedback) => root(el).querySelector<D1TextField>('#message')!;
  const email = (el: D1ShellFeedback) => root(el).querySelector<D1TextField>('#email')!;
  const submit = (el: D1ShellFeedback) =>
    root(el).querySelector<HTMLElement>('d1-button[type="submit"]')!;
  const status = (el: D1ShellFeedback) => root(el).querySelector('[role="status"]')!;
  const shownError = (field: D1Select | D1TextField) =>
    text(field.shadowRoot!.querySelector('[part="message"]'));

  /** Records the feedback events that reach the page's parent (they bubble out of it). */
  function record(el: D1ShellFeedback): ShellFeedbackSubmitEvent[] {
    const events: ShellFeedbackSubmitEvent[] = [];
    el.parentElement!.addEventListener(ShellFeedbackSubmitEvent.type, (e) => {
      events.push(e);
      e.deliver(Promise.resolve(true));
    });
    return events;
  }

  /** Waits for the page and whichever of its fields are on screen to finish rendering. */
  async function settle(el: D1ShellFeedback): Promise<void> {
    await el.updateComplete;
    const fields = root(el).querySelectorAll<D1Select | D1TextField>('d1-select, d1-text-field');
    await Promise.all([...fields].map((f) => f.updateComplete));
  }

  async function typeMessage(el: D1ShellFeedback, value: string): Promise<void> {
    message(el).focus();
    await sendKeys({ type: value });
    await settle(el);
  }

  /** Sends the form as it stands. */
  async function submitForm(el: D1ShellFeedback): Promise<void> {
    submit(el).click();
    await settle(el);
  }

  /** Chooses the topic, types the message and sends the form. */
  async function send(el: D1ShellFeedback, chosen: string, value: string): Promise<void> {
    topic(el).value = chosen;
    await typeMessage(el, value);
    await submitForm(el);
  }

  it('when sent empty, shows every required field its message and fires nothing', async () => {
    const el = await page('d1-shell-feedback');
    const events = record(el);
    await submitForm(el);
    expect(events).to.have.length(0);
    expect(shownError(topic(el))).to.equal('Valitse vaihtoehto.');
    expect(shownError(message(el))).to.equal('Täytä tämä kenttä.');
    expect(shownError(email(el)), 'the email is optional').to.equal(undefined);
    expect(text(status(el))).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('refuses a message of only spaces, and an address that is not one', async () => {
    const el = await page('d1-shell-feedback');
    const events = record(el);
    await send(el, 'other', '   ');
    expect(events).to.have.length(0);
    expect(shownError(message(el))).to.equal('Kirjoita palaute. Pelkät välilyönnit eivät riitä.');
    expect(root(el).activeElement).to.equal(message(el));

    await sendKeys({ type: 'Lukujärjestys ei aukea.' });
    await settle(el);
    expect(shownError(message(el)), 'typing clears the message').to.equal(undefined);
    email(el).focus();
    await sendKeys({ type: 'aino' });
    await submitForm(el);
    expect(events).to.have.length(0);
    expect(shownError(email(el))).to.equal('Anna sähköpostiosoite muodossa nimi@esimerkki.fi.');
  });

  it('when the feedback does not go through, says so and keeps the message', async () => {
    const el = await page('d1-shell-feedback');
    // Nobody delivers it (no listener answers with deliver()), as when the shell cannot send.
    await send(el, 'other', 'Kiitos hyvästä palvelusta.');
    expect(text(status(el))).to.contain('Palautteen lähettäminen ei onnistunut');
    expect(text(status(el))).not.to.contain('Kiitos palautteestasi!');
    expect(message(el).value).to.equal('Kiitos hyvästä palvelusta.');
    expect(root(el).activeElement).to.equal(status(el));
    await expect(el).to.be.accessible();
  });

  it('when valid, fires the feedback, thanks the person in a status and moves focus there', async () => {
    const el = await page('d1-shell-feedback');
    const events = record(el);
    await send(el, 'accessibility', '  Valikko ei toimi näppäimistöllä.  ');
    expect(events).to.have.length(1);
    const event = events[0];
    expect(event).to.be.instanceOf(ShellFeedbackSubmitEvent);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({
      topic: 'accessibility',
      message: 'Valikko ei toimi näppäimistöllä.',
    });
    expect('email' in event.detail, 'no email was given').to.equal(false);
    expect(text(status(el))).to.contain('Kiitos palautteestasi!');
    expect(root(el).activeElement).to.equal(status(el));
    expect(root(el).querySelector('form'), 'the form gives way to the thanks').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('carries the email address when one is given, and starts afresh on request', async () => {
    const el = await page('d1-shell-feedback');
    const events = record(el);
    topic(el).value = 'sign-in';
    await typeMessage(el, 'Kirjautuminen katkeaa.');
    email(el).focus();
    await sendKeys({ type: ' sanna@example.fi ' });
    await settle(el);
    await submitForm(el);
    expect(events.map((e) => e.detail)).to.deep.equal([
      { topic: 'sign-in', message: 'Kirjautuminen katkeaa.', email: 'sanna@example.fi' },
    ]);

    root(el).querySelector<HTMLElement>('.again d1-button')!.click();
    await el.updateComplete;
    await settle(el);
    expect(text(status(el))).to.equal('');
    expect(message(el).value).to.equal('');
    expect(root(el).activeElement).to.equal(topic(el));
  });

  it('opens with a topic chosen, when the shell gives one', async () => {
    const el = await fixture<D1ShellFeedback>(
      html`<d1-shell-feedback topic="accessibility"></d1-shell-feedback>`,
    );
    await settle(el);
    expect(topic(el).value).to.equal('accessibility');
  });

  it('validates and thanks in Swedish', async () => {
    const el = await page('d1-shell-feedback');
    record(el);
    await localization().setLocale('sv');
    await settle(el);
    await submitForm(el);
    expect(shownError(message(el))).to.equal('Fyll i det här fältet.');
    await send(el, 'service', 'Tack!');
    expect(text(status(el))).to.contain('Tack för din respons!');
    await expect(el).to.be.accessible();
  });
});
