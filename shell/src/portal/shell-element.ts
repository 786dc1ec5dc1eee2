import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { Locale } from '@digione/components/localization';
import type { UserContext } from '@digione/components/user-menu';
import type { ActingAs } from '@digione/sdk';
import type { AuthState } from '../auth/auth-service.js';
import { roleLabel } from './roles.js';

/**
 * The portal page: while signing in it shows the sign-in state; signed in, the header (brand,
 * language, the user menu with acting-as choices and sign-out) and the main area.
 *
 * It only draws: the boot code (`boot.ts`) owns the services and listens to the events the
 * header's components fire (`d1-locale-change`, `d1-context-change`, `d1-sign-out`) and those of
 * the sign-in screens (`d1-shell-sign-in`, `d1-shell-retry`).
 *
 * @tagname d1-shell
 */
export class D1Shell extends LitElement {
  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      min-block-size: 100vh;
      color: var(--d1-color-text);
      background: var(--d1-color-surface-sunken);
      font-family: var(--d1-font-family);
    }
    .skip {
      position: absolute;
      inset-inline-start: var(--d1-space-2);
      inset-block-start: -10rem;
      padding: var(--d1-space-2) var(--d1-space-3);
      background: var(--d1-color-surface-raised);
      color: var(--d1-color-accent-text);
      border-radius: var(--d1-radius-s);
      z-index: var(--d1-z-overlay);
    }
    .skip:focus {
      inset-block-start: var(--d1-space-2);
      outline: var(--d1-focus-ring);
      outline-offset: var(--d1-focus-ring-offset);
    }
    header {
      display: flex;
      align-items: center;
      gap: var(--d1-space-3);
      flex-wrap: wrap;
      padding: var(--d1-space-2) var(--d1-space-4);
      background: var(--d1-color-surface);
      border-block-end: 1px solid var(--d1-color-border-subtle);
    }
    .brand {
      font-size: var(--d1-font-size-l);
      font-weight: var(--d1-font-weight-strong);
      color: var(--d1-color-text);
      text-decoration: none;
      margin-inline-end: auto;
    }
    main {
      flex: 1;
      padding: var(--d1-space-5) var(--d1-space-4);
      outline: none;
    }
    h1 {
      margin: 0 0 var(--d1-space-3);
      font-size: var(--d1-font-size-xl);
      font-weight: var(--d1-font-weight-strong);
    }
    p {
      margin: 0 0 var(--d1-space-2);
    }
  `;

  /** Where sign-in stands. */
  @property({ attribute: false }) auth: AuthState = { status: 'starting' };

  /** The portal's language. */
  @property() locale: Locale = 'fi';

  /** The contexts the person can act in, and the one chosen. */
  @property({ attribute: false }) choices: readonly ActingAs[] = [];
  @property({ attribute: false }) actingAs: ActingAs | null = null;

  /** When the session ends and how early to warn (from the runtime configuration). */
  @property({ type: Number, attribute: 'session-warning-seconds' }) sessionWarningSeconds = 300;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render(): TemplateResult {
    const auth = this.auth;
    return html`
      <a class="skip" href="#main" @click=${this.#skipToMain}>${msg('Siirry pääsisältöön')}</a>
      <header>
        <a class="brand" href="/">DigiOne</a>
        <d1-language-picker .locale=${this.locale}></d1-language-picker>
        ${auth.status === 'signed-in' ? this.#userMenu(auth) : nothing}
      </header>
      ${
        auth.status === 'signed-in'
          ? html`<d1-shell-session-warning
              .endsAt=${auth.sessionEndsAt}
              .warningSeconds=${this.sessionWarningSeconds}
              .locale=${this.locale}
            ></d1-shell-session-warning>`
          : nothing
      }
      <main id="main" tabindex="-1">
        ${
          auth.status === 'signed-in'
            ? this.#home(auth)
            : html`<d1-shell-auth-screen .state=${auth}></d1-shell-auth-screen>`
        }
      </main>
    `;
  }

  #userMenu(auth: Extract<AuthState, { status: 'signed-in' }>): TemplateResult {
    const user = auth.user;
    const contexts: UserContext[] = this.choices.map((choice) => ({
      id: choice.id,
      label: choice.label,
      description: choice.kind === 'child' ? (choice.school?.name ?? '') : roleLabel(choice.role),
    }));
    const role = this.actingAs?.role ?? user.roles.at(0);
    return html`<d1-user-menu
      .name=${`${user.givenName} ${user.familyName}`}
      .roleLabel=${role ? roleLabel(role) : ''}
      .contexts=${contexts}
      .activeContext=${this.actingAs?.id ?? ''}
    ></d1-user-menu>`;
  }

  #home(auth: Extract<AuthState, { status: 'signed-in' }>): TemplateResult {
    const acting = this.actingAs;
    return html`
      <h1>${msg(str`Hei, ${auth.user.givenName}!`)}</h1>
      ${
        acting
          ? html`<p data-testid="acting-as">
              ${msg(str`Toimit nyt: ${acting.label} (${roleLabel(acting.role)})`)}
            </p>`
          : nothing
      }
    `;
  }

  readonly #skipToMain = (event: Event): void => {
    event.preventDefault();
    this.focusMain();
  };

  /** Moves focus to the main area (after sign-in, a route change or the skip link). */
  focusMain(): void {
    this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  }
}
