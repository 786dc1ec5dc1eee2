import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@digione/components/error-panel/define';
import type { D1ErrorPanel } from '@digione/components/error-panel';
import { localization } from '@digione/components/localization';

const part = (el: D1ErrorPanel, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
const retryButton = (el: D1ErrorPanel) =>
  part(el, 'retry')!.shadowRoot!.querySelector<HTMLButtonElement>('button')!;

describe('d1-error-panel', () => {
  afterEach(() => localization().setLocale('fi'));

  it('is accessible, with a default heading, an error icon and a retry button', async () => {
    const el = await fixture<D1ErrorPanel>(
      html`<d1-error-panel message="Viestejä ei voitu ladata."></d1-error-panel>`,
    );
    const heading = part(el, 'heading')!;
    expect(heading.tagName).to.equal('H2');
    expect(heading.textContent).to.equal('Jotain meni vikaan');
    expect(part(el, 'icon')!.getAttribute('name')).to.equal('error');
    expect(part(el, 'message')!.textContent.trim()).to.equal('Viestejä ei voitu ladata.');
    expect(part(el, 'retry')!.textContent.trim()).to.equal('Yritä uudelleen');
    await expect(el).to.be.accessible();
  });

  it('is announced: the heading and message sit in a role="alert" region', async () => {
    const el = await fixture<D1ErrorPanel>(
      html`<d1-error-panel message="Lukujärjestystä ei voitu ladata."></d1-error-panel>`,
    );
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.contains(part(el, 'heading'))).to.equal(true);
    expect(alert.contains(part(el, 'message'))).to.equal(true);
    expect(alert.contains(part(el, 'retry')), 'the button is not read as part of it').to.equal(
      false,
    );
  });

  it('takes the heading and the slotted explanation over the defaults', async () => {
    const el = await fixture<D1ErrorPanel>(html`
      <d1-error-panel heading="Arvioinnit eivät lataudu" message="ei näy">
        <p>Palvelussa on käyttökatko. Yritä hetken kuluttua uudelleen.</p>
      </d1-error-panel>
    `);
    expect(part(el, 'heading')!.textContent).to.equal('Arvioinnit eivät lataudu');
    const slot = part(el, 'message')!.querySelector('slot')!;
    expect(slot.assignedElements()[0]?.textContent).to.contain('käyttökatko');
    await expect(el).to.be.accessible();
  });

  it('falls back to the default heading when the attribute is empty', async () => {
    const el = await fixture<D1ErrorPanel>(html`<d1-error-panel heading=" "></d1-error-panel>`);
    expect(part(el, 'heading')!.textContent).to.equal('Jotain meni vikaan');
  });

  describe('heading level', () => {
    for (const [level, tag] of [
      [1, 'H1'],
      [3, 'H3'],
      [6, 'H6'],
      [9, 'H6'],
    ] as const) {
      it(`renders heading-level=${level} as ${tag}`, async () => {
        const el = await fixture<D1ErrorPanel>(
          html`<d1-error-panel heading-level=${level}></d1-error-panel>`,
        );
        expect(part(el, 'heading')!.tagName).to.equal(tag);
      });
    }
  });

  describe('with details', () => {
    it('shows them collapsed in a native details element, as text', async () => {
      const details = 'Error: 503 <b>Service Unavailable</b>\n  request-id: 7f3a';
      const el = await fixture<D1ErrorPanel>(
        html`<d1-error-panel details=${details}></d1-error-panel>`,
      );
      const element = part(el, 'details') as HTMLDetailsElement;
      expect(element.tagName).to.equal('DETAILS');
      expect(element.open).to.equal(false);
      expect(element.querySelector('summary')!.textContent.trim()).to.equal('Tekniset tiedot');
      expect(element.querySelector('pre')!.textContent).to.equal(details);
      expect(element.querySelector('b')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('opens them from their summary, which takes focus', async () => {
      const el = await fixture<D1ErrorPanel>(
        html`<d1-error-panel details="TypeError: x is undefined"></d1-error-panel>`,
      );
      const element = part(el, 'details') as HTMLDetailsElement;
      const summary = element.querySelector('summary')!;
      summary.focus();
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      summary.click();
      expect(element.open).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('renders no details element without them', async () => {
      const el = await fixture<D1ErrorPanel>(html`<d1-error-panel></d1-error-panel>`);
      expect(part(el, 'details')).to.equal(null);
    });

    it('uses details-label over the built-in summary', async () => {
      const el = await fixture<D1ErrorPanel>(
        html`<d1-error-panel details="x" details-label="Lisätietoja tukeen"></d1-error-panel>`,
      );
      expect(part(el, 'details')!.querySelector('summary')!.textContent.trim()).to.equal(
        'Lisätietoja tukeen',
      );
    });
  });

  describe('retrying', () => {
    it('fires d1-retry when the button is pressed', async () => {
      const el = await fixture<D1ErrorPanel>(html`<d1-error-panel></d1-error-panel>`);
      setTimeout(() => {
        retryButton(el).click();
      });
      const event = await oneEvent(el, 'd1-retry');
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('fires d1-retry from the keyboard', async () => {
      const el = await fixture<D1ErrorPanel>(html`<d1-error-panel></d1-error-panel>`);
      let retries = 0;
      el.addEventListener('d1-retry', () => retries++);
      part(el, 'retry')!.focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Space' });
      expect(retries).to.equal(2);
    });

    it('shows the loading state and fires nothing while retrying', async () => {
      const el = await fixture<D1ErrorPanel>(html`<d1-error-panel retrying></d1-error-panel>`);
      let retries = 0;
      el.addEventListener('d1-retry', () => retries++);
      retryButton(el).click();
      part(el, 'retry')!.click();
      expect(retries).to.equal(0);
      expect(part(el, 'retry')!.hasAttribute('loading')).to.equal(true);
      expect(retryButton(el).getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      el.retrying = false;
      await el.updateComplete;
      retryButton(el).click();
      expect(retries).to.equal(1);
    });

    it('hides the button with no-retry', async () => {
      const el = await fixture<D1ErrorPanel>(
        html`<d1-error-panel
          no-retry
          message="Sinulla ei ole oikeutta tähän palveluun."
        ></d1-error-panel>`,
      );
      expect(part(el, 'retry')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('uses retry-label over the built-in label', async () => {
      const el = await fixture<D1ErrorPanel>(
        html`<d1-error-panel retry-label="Lataa uudelleen"></d1-error-panel>`,
      );
      expect(part(el, 'retry')!.textContent.trim()).to.equal('Lataa uudelleen');
    });
  });

  describe('in other languages', () => {
    it('translates its built-in texts to Swedish and English', async () => {
      const el = await fixture<D1ErrorPanel>(html`<d1-error-panel details="x"></d1-error-panel>`);
      const texts = () => [
        part(el, 'heading')!.textContent.trim(),
        part(el, 'details')!.querySelector('summary')!.textContent.trim(),
        part(el, 'retry')!.textContent.trim(),
      ];
      await localization().setLocale('sv');
      await el.updateComplete;
      expect(texts()).to.deep.equal(['Något gick fel', 'Tekniska uppgifter', 'Försök igen']);
      await localization().setLocale('en');
      await el.updateComplete;
      expect(texts()).to.deep.equal(['Something went wrong', 'Technical details', 'Try again']);
      await expect(el).to.be.accessible();
    });
  });
});
