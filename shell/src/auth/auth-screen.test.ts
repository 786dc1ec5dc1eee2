import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '@digione/components/define';
import { localization } from '@digione/components/localization';
import { addShellTranslations } from '../localization/translations.js';
import { defineShellElements } from '../portal/define.js';
import { AuthError } from './auth-error.js';
import { ShellRetryEvent, ShellSignInEvent, type D1ShellAuthScreen } from './auth-screen.js';
import type { AuthState } from './auth-state.js';

defineShellElements();
addShellTranslations();

async function screen(state: AuthState): Promise<D1ShellAuthScreen> {
  const el = await fixture<D1ShellAuthScreen>(
    html`<d1-shell-auth-screen .state=${state}></d1-shell-auth-screen>`,
  );
  await el.updateComplete;
  return el;
}

const heading = (el: D1ShellAuthScreen) => el.shadowRoot!.querySelector('h1')?.textContent.trim();

describe('d1-shell-auth-screen', () => {
  afterEach(() => localization().setLocale('fi'));

  it('draws nothing while sign-in is under way: the frame says so itself', async () => {
    for (const status of ['starting', 'redirecting'] as const) {
      const el = await screen({ status });
      expect(el.shadowRoot!.textContent.trim()).to.equal('');
    }
  });

  it('explains each way of being signed out, and offers to sign in again', async () => {
    const reasons = {
      'signed-out': 'Olet kirjautunut ulos',
      'other-tab': 'Kirjauduit ulos toisessa välilehdessä',
      'session-ended': 'Istuntosi on päättynyt',
    } as const;
    for (const [reason, text] of Object.entries(reasons)) {
      const el = await screen({ status: 'signed-out', reason: reason as keyof typeof reasons });
      expect(heading(el)).to.equal(text);
      await expect(el).to.be.accessible();
      const button = el.shadowRoot!.querySelector('d1-button')!;
      setTimeout(() => {
        button.click();
      });
      const event = await oneEvent(el, ShellSignInEvent.type);
      expect(event).to.be.instanceOf(ShellSignInEvent);
    }
  });

  it('explains an unreachable provider and retries with the error it showed', async () => {
    const error = new AuthError('unreachable', 'Failed to fetch', { returnTo: '/viestit/42' });
    const el = await screen({ status: 'error', error });
    expect(heading(el)).to.equal('Kirjautumispalveluun ei saada yhteyttä');
    await expect(el).to.be.accessible();
    const panel = el.shadowRoot!.querySelector('d1-error-panel')!;
    expect(panel.details).to.contain('Failed to fetch');
    setTimeout(() => {
      panel.dispatchEvent(new Event('d1-retry'));
    });
    const event = await oneEvent<ShellRetryEvent>(el, ShellRetryEvent.type);
    expect(event.error.returnTo).to.equal('/viestit/42');
  });

  it('speaks Swedish and English', async () => {
    const el = await screen({
      status: 'error',
      error: new AuthError('cancelled', 'access_denied', { code: 'access_denied' }),
    });
    await localization().setLocale('sv');
    await el.updateComplete;
    expect(heading(el)).to.equal('Inloggningen avbröts');
    await localization().setLocale('en');
    await el.updateComplete;
    expect(heading(el)).to.equal('Sign-in was cancelled');
    await expect(el).to.be.accessible();
  });
});
