import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import type { AuthState } from './auth-state.js';
import type { AuthError } from './auth-error.js';

/** The person asked to sign in (again), or to retry what failed. */
export class ShellSignInEvent extends Event {
  static readonly type = 'd1-shell-sign-in';
  constructor(readonly returnTo: string) {
    super(ShellSignInEvent.type, { bubbles: true, composed: true });
  }
}

/** The person asked to retry after the provider could not be reached mid-session. */
export class ShellRetryEvent extends Event {
  static readonly type = 'd1-shell-retry';
  constructor(readonly error: AuthError) {
    super(ShellRetryEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * What the portal shows when a person is not signed in and sign-in is not under way: signed out
 * (here, in another tab, or the session ran out), or sign-in failed — each says what happened and
 * what to do, in the person's language. (While signing in, the frame itself says so: see
 * `d1-shell`.) Defined by the boot module, which is what sets these states.
 *
 * @tagname d1-shell-auth-screen
 * @fires d1-shell-sign-in - Sign in (again); `returnTo` is where to come back to.
 * @fires d1-shell-retry - Try again after the provider could not be reached.
 */
export class D1ShellAuthScreen extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      place-items: center;
      min-block-size: 60vh;
      padding: var(--d1-space-6) var(--d1-space-4);
    }
    .panel {
      max-inline-size: 36rem;
      inline-size: 100%;
      display: grid;
      gap: var(--d1-space-4);
      text-align: start;
    }
    h1 {
      margin: 0;
      font-size: var(--d1-font-size-xl);
      font-weight: var(--d1-font-weight-strong);
      line-height: 1.3;
      color: var(--d1-color-text);
    }
    p {
      margin: 0;
      color: var(--d1-color-text);
    }
  `;

  /** The sign-in state to explain. */
  @property({ attribute: false }) state: AuthState = { status: 'starting' };

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render(): TemplateResult | typeof nothing {
    const state = this.state;
    switch (state.status) {
      // While sign-in is under way (and once done), the portal's frame says so itself.
      case 'starting':
      case 'redirecting':
      case 'signed-in':
        return nothing;
      case 'signed-out':
        return this.#signedOut(state.reason);
      case 'error':
        return this.#failed(state.error);
    }
  }

  #signedOut(reason: 'signed-out' | 'other-tab' | 'session-ended'): TemplateResult {
    const heading = {
      'signed-out': msg('Olet kirjautunut ulos'),
      'other-tab': msg('Kirjauduit ulos toisessa välilehdessä'),
      'session-ended': msg('Istuntosi on päättynyt'),
    }[reason];
    const text = {
      'signed-out': msg('Kiitos käynnistä. Voit sulkea selaimen tai kirjautua uudelleen.'),
      'other-tab': msg(
        'Uloskirjautuminen koskee kaikkia DigiOnen välilehtiä. Kirjaudu uudelleen jatkaaksesi.',
      ),
      'session-ended': msg(
        'Turvallisuussyistä istunto päättyy jonkin ajan kuluttua. Kirjaudu uudelleen jatkaaksesi.',
      ),
    }[reason];
    return html`<section class="panel" aria-labelledby="heading">
      <h1 id="heading" tabindex="-1">${heading}</h1>
      <p>${text}</p>
      <div>
        <d1-button variant="primary" @click=${this.#signIn}>${msg('Kirjaudu sisään')}</d1-button>
      </div>
    </section>`;
  }

  #failed(error: AuthError): TemplateResult {
    const texts: Record<AuthError['kind'], readonly [string, string]> = {
      unreachable: [
        msg('Kirjautumispalveluun ei saada yhteyttä'),
        msg(
          'Tunnistuspalvelu ei vastaa juuri nyt. Tarkista verkkoyhteys ja yritä hetken kuluttua uudelleen.',
        ),
      ],
      cancelled: [
        msg('Kirjautuminen keskeytettiin'),
        msg('Et kirjautunut sisään. Voit aloittaa kirjautumisen uudelleen.'),
      ],
      provider: [
        msg('Kirjautuminen ei onnistunut'),
        msg(
          'Tunnistuspalvelu ilmoitti virheestä. Yritä uudelleen; jos virhe toistuu, ota yhteyttä tukeen.',
        ),
      ],
      callback: [
        msg('Kirjautuminen ei onnistunut'),
        msg(
          'Kirjautumisen vastausta ei voitu käyttää, esimerkiksi koska se vanheni. Aloita kirjautuminen uudelleen.',
        ),
      ],
      session: [msg('Istuntoa ei löytynyt'), msg('Kirjaudu sisään jatkaaksesi.')],
      audience: [
        msg('Palvelun käyttöoikeutta ei voitu hakea'),
        msg('Portaali ei tunne palvelun rajapintaa. Ota yhteyttä tukeen.'),
      ],
      config: [
        msg('Portaalin asetuksia ei voitu lukea'),
        msg(
          'Portaali ei käynnistynyt asetusvirheen vuoksi. Yritä myöhemmin uudelleen; jos virhe toistuu, ota yhteyttä tukeen.',
        ),
      ],
    };
    const [heading, text] = texts[error.kind];
    const details = [error.code, error.message].filter(Boolean).join(': ');
    return html`<section class="panel" aria-labelledby="heading">
      <h1 id="heading" tabindex="-1">${heading}</h1>
      <d1-error-panel
        heading-level="2"
        .heading=${msg('Mitä tapahtui')}
        .message=${text}
        .details=${details}
        .retryLabel=${msg('Yritä uudelleen')}
        @d1-retry=${() => {
          this.dispatchEvent(new ShellRetryEvent(error));
        }}
      ></d1-error-panel>
    </section>`;
  }

  readonly #signIn = (): void => {
    this.dispatchEvent(new ShellSignInEvent('/'));
  };

  /** Moves focus to the heading, so a screen reader announces what happened. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
  }
}
