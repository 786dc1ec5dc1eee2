import { expect, fixture, html } from '@open-wc/testing';
import '@digione/components/toast-stack/define';
import type { D1ToastStack } from '@digione/components/toast-stack';
import { localization } from '@digione/components/localization';
import { fakeClock } from '../../../../test/support/fake-clock.js';
import { waitFor } from '../../../../test/support/unit-wait.js';
import { assertive, closeOf, messages, polite, settle, toasts } from '../fixtures/toast-stack.js';

describe('d1-toast-stack', () => {
  afterEach(() => localization().setLocale('fi'));

  it('is accessible while empty, with both live regions already in place', async () => {
    const el = await fixture<D1ToastStack>(html`<d1-toast-stack></d1-toast-stack>`);
    expect(polite(el).textContent.trim()).to.equal('');
    expect(assertive(el).textContent.trim()).to.equal('');
    expect(polite(el).getAttribute('aria-atomic')).to.equal('false');
    expect(assertive(el).getAttribute('aria-atomic')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  for (const variant of ['info', 'success', 'warning', 'danger'] as const) {
    it(`is accessible with a ${variant} toast`, async () => {
      const el = await fixture<D1ToastStack>(html`<d1-toast-stack></d1-toast-stack>`);
      el.show({ message: 'Viesti lähetetty huoltajalle.', heading: 'Wilma', variant });
      await settle(el);
      expect(toasts(el)[0].dataset.variant).to.equal(variant);
      await expect(el).to.be.accessible();
    });
  }

  describe('announcing', () => {
    it('puts info and success text into the polite region that existed before', async () => {
      const el = await fixture<D1ToastStack>(html`<d1-toast-stack></d1-toast-stack>`);
      const region = polite(el);
      el.show({ message: 'Lukujärjestys päivitetty', variant: 'success' });
      await el.updateComplete;
      expect(messages(el)).to.deep.equal(['Lukujärjestys päivitetty']);
      expect(region.textContent.trim(), 'not in the same update as the region').to.equal('');
      await settle(el);
      expect(polite(el)).to.equal(region);
      expect(region.textContent.trim()).to.equal('Lukujärjestys päivitetty');
      expect(assertive(el).textContent.trim()).to.equal('');
    });

    it('puts warning and danger text into the assertive region', async () => {
      const el = await fixture<D1ToastStack>(html`<d1-toast-stack></d1-toast-stack>`);
      el.show({ message: 'Yhteys palvelimeen katkesi', heading: 'Virhe', variant: 'danger' });
      el.show({ message: 'Istunto vanhenee pian', variant: 'warning' });
      await settle(el);
      expect(assertive(el).textContent).to.contain('Virhe');
      expect(assertive(el).textContent).to.contain('Yhteys palvelimeen katkesi');
      expect(assertive(el).textContent).to.contain('Istunto vanhenee pian');
      expect(polite(el).textContent.trim()).to.equal('');
    });

    it('waits for the regions when shown by a stack that has not rendered yet', async () => {
      const el = document.createElement('d1-toast-stack');
      el.max = 1;
      el.show({ message: 'Ohitettu' });
      el.show({ message: 'Tervetuloa' });
      document.body.append(el);
      try {
        await el.updateComplete;
        expect(polite(el).textContent.trim()).to.equal('');
        await waitFor(
          () => polite(el).textContent.trim() !== '',
          'the polite region is announced once it has been rendered',
        );
        expect(polite(el).textContent.trim()).to.equal('Tervetuloa');
        expect(messages(el)).to.deep.equal(['Tervetuloa']);
      } finally {
        el.remove();
      }
    });

    it('renders text as text, never as HTML', async () => {
      const el = await fixture<D1ToastStack>(html`<d1-toast-stack></d1-toast-stack>`);
      const evil = '<img src="x" onerror="window.__pwned = 1"><b>lihava</b>';
      el.show({ message: evil, heading: '<i>otsikko</i>' });
      await settle(el);
      expect(el.shadowRoot!.querySelector('img, b, i')).to.equal(null);
      expect(messages(el)).to.deep.equal([evil]);
      expect(polite(el).textContent).to.contain(evil);
    });

    it('removes the announcement when the toast closes', async () => {
      const el = await fixture<D1ToastStack>(html`<d1-toast-stack></d1-toast-stack>`);
      const handle = el.show({ message: 'Tallennettu' });
      await settle(el);
      handle.close();
      await el.updateComplete;
      expect(polite(el).textContent.trim()).to.equal('');
      expect(toasts(el)).to.have.length(0);
    });
  });

  describe('placement', () => {
    it('reflects bottom-end by default', async () => {
      const el = await fixture<D1ToastStack>(html`<d1-toast-stack></d1-toast-stack>`);
      expect(el.getAttribute('placement')).to.equal('bottom-end');
    });

    for (const placement of ['bottom-end', 'top-end', 'bottom-center'] as const) {
      it(`keeps the toasts on screen at ${placement}`, async () => {
        const el = await fixture<D1ToastStack>(
          html`<d1-toast-stack placement=${placement}></d1-toast-stack>`,
        );
        el.show({ message: 'Tallennettu', duration: 0 });
        await settle(el);
        const rect = toasts(el)[0].getBoundingClientRect();
        expect(rect.left).to.be.at.least(0);
        expect(rect.right).to.be.at.most(window.innerWidth);
        expect(rect.top).to.be.at.least(0);
        expect(rect.bottom).to.be.at.most(window.innerHeight);
        const middle = (rect.top + rect.bottom) / 2;
        expect(middle < window.innerHeight / 2).to.equal(placement === 'top-end');
        if (placement === 'bottom-center') {
          expect(Math.abs((rect.left + rect.right) / 2 - window.innerWidth / 2)).to.be.below(2);
        } else {
          expect(rect.right).to.be.above(window.innerWidth / 2);
        }
        await expect(el).to.be.accessible();
      });
    }

    it('shows the newest toast nearest the edge', async () => {
      const el = await fixture<D1ToastStack>(
        html`<d1-toast-stack placement="top-end"></d1-toast-stack>`,
      );
      el.show({ message: 'vanha', duration: 0 });
      el.show({ message: 'uusi', duration: 0 });
      await settle(el);
      expect(messages(el)).to.deep.equal(['uusi', 'vanha']);
      el.placement = 'bottom-end';
      await el.updateComplete;
      expect(messages(el)).to.deep.equal(['vanha', 'uusi']);
    });
  });

  describe('in other languages', () => {
    it('names the close button in Swedish and English, and close-label wins', async () => {
      const el = await fixture<D1ToastStack>(html`<d1-toast-stack></d1-toast-stack>`);
      el.show({ message: 'Hej', duration: 0 });
      await settle(el);
      await localization().setLocale('sv');
      await el.updateComplete;
      expect(closeOf(toasts(el)[0]).textContent.trim()).to.equal('Stäng');
      await localization().setLocale('en');
      await el.updateComplete;
      expect(closeOf(toasts(el)[0]).textContent.trim()).to.equal('Close');
      el.closeLabel = 'Piilota';
      await el.updateComplete;
      expect(closeOf(toasts(el)[0]).textContent.trim()).to.equal('Piilota');
    });
  });
  describe("an app's toasts", () => {
    const sourceOf = (toast: HTMLElement) =>
      toast.querySelector('[part="source"]')?.textContent.trim();

    it('name the app they come from, on screen and when announced, and are accessible', async () => {
      const el = await fixture<D1ToastStack>(html`<d1-toast-stack></d1-toast-stack>`);
      el.show({ message: 'Istunto päättyy pian', heading: 'DigiOne', variant: 'warning' });
      el.show({
        source: 'app',
        appName: 'Lukujärjestys',
        message: 'Istuntosi päättyy, kirjaudu uudelleen',
        heading: 'DigiOne',
        variant: 'danger',
      });
      el.show({ source: 'app', appName: 'Viestit', message: 'Viesti lähetetty' });
      await settle(el);
      const [shell, danger, info] = toasts(el);
      expect(shell.dataset.source).to.equal('shell');
      expect(sourceOf(shell)).to.equal(undefined);
      expect(danger.dataset.source).to.equal('app');
      expect(sourceOf(danger)).to.equal('Viesti palvelusta: Lukujärjestys');
      expect(sourceOf(info)).to.equal('Viesti palvelusta: Viestit');
      // The name is part of the toast's accessible name and of what is announced.
      const labelled = danger.getAttribute('aria-labelledby') ?? '';
      expect(danger.querySelector(`#${labelled}`)?.textContent).to.contain('Lukujärjestys');
      expect(assertive(el).textContent).to.contain('Viesti palvelusta: Lukujärjestys');
      expect(polite(el).textContent).to.contain('Viesti palvelusta: Viestit');
      await expect(el).to.be.accessible();
    });

    it('close within 4 to 10 seconds, whatever duration they ask for', async () => {
      const el = await fixture<D1ToastStack>(html`<d1-toast-stack max="20"></d1-toast-stack>`);
      const clock = fakeClock();
      const asked = [0, -1, Number.NaN, Number.POSITIVE_INFINITY, 1, 5000, 60_000];
      clock.during(() => {
        for (const duration of asked) {
          el.show({ source: 'app', appName: 'Lukujärjestys', message: 'x', duration });
        }
        el.show({ source: 'app', appName: 'Lukujärjestys', message: 'x', variant: 'danger' });
        el.show({
          source: 'app',
          appName: 'Lukujärjestys',
          message: 'x',
          variant: 'warning',
          duration: 0,
        });
      });
      expect(clock.delays).to.deep.equal([
        6000, 6000, 6000, 6000, 4000, 5000, 10_000, 10_000, 10_000,
      ]);
    });

    it("never push out the portal's own toasts: the oldest app toast goes first", async () => {
      const el = await fixture<D1ToastStack>(html`<d1-toast-stack></d1-toast-stack>`);
      const reasons: string[] = [];
      el.addEventListener('d1-toast-close', (e) => reasons.push(`${e.reason}:${e.message}`));
      const app = (message: string) =>
        el.show({ source: 'app', appName: 'Roskapostittaja', message, duration: 0 });
      el.show({ message: 'Istunto päättyy klo 14.05', variant: 'warning', duration: 0 });
      for (const message of ['a1', 'a2', 'a3', 'a4', 'a5']) app(message);
      await settle(el);
      expect(messages(el)).to.deep.equal(['Istunto päättyy klo 14.05', 'a4', 'a5']);
      el.show({ message: 'Yhteys katkesi', variant: 'danger', duration: 0 });
      el.show({ message: 'Yhteys palasi', variant: 'success', duration: 0 });
      app('a6');
      await settle(el);
      expect(messages(el)).to.deep.equal([
        'Istunto päättyy klo 14.05',
        'Yhteys katkesi',
        'Yhteys palasi',
      ]);
      expect(reasons).to.deep.equal([
        'overflow:a1',
        'overflow:a2',
        'overflow:a3',
        'overflow:a4',
        'overflow:a5',
        'overflow:a6',
      ]);
      expect(polite(el).textContent).not.to.contain('a6');
    });
  });
});
