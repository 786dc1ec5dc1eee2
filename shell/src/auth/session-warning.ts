import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { ShellSignInEvent } from './auth-screen.js';

/**
 * Warns before the sign-in session ends, early enough to save work: "Your session ends at 14.35".
 * It appears `warning-seconds` before `ends-at`, is announced politely once, and offers to sign in
 * again now (which starts a new session and comes back to the same page).
 *
 * @tagname d1-shell-session-warning
 * @fires d1-shell-sign-in - The person chose to sign in again now.
 */
export class D1ShellSessionWarning extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
    .actions {
      margin-block-start: var(--d1-space-2);
    }
  `;

  /** When the session ends (epoch milliseconds); 0 means unknown (no warning). */
  @property({ type: Number, attribute: 'ends-at' }) endsAt = 0;

  /** How long before the end the warning appears, in seconds. */
  @property({ type: Number, attribute: 'warning-seconds' }) warningSeconds = 300;

  /** The language the time is written in (`fi`, `sv`, `en`). */
  @property() locale = 'fi';

  @state() private showing = false;
  @state() private dismissedFor = 0;

  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('endsAt') || changed.has('warningSeconds')) this.#schedule();
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    if (!this.endsAt) {
      this.showing = false;
      return;
    }
    const warnAt = this.endsAt - this.warningSeconds * 1000;
    const wait = warnAt - Date.now();
    if (wait <= 0) {
      this.showing = Date.now() < this.endsAt;
      return;
    }
    this.showing = false;
    // Timers cannot wait longer than about 24.8 days; a session never lasts that long.
    this.#timer = setTimeout(
      () => {
        this.showing = true;
      },
      Math.min(wait, 2 ** 31 - 1),
    );
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.showing || this.dismissedFor === this.endsAt) return nothing;
    const time = new Intl.DateTimeFormat(this.locale === 'en' ? 'en-GB' : `${this.locale}-FI`, {
      hour: 'numeric',
      minute: '2-digit',
    }).format(new Date(this.endsAt));
    return html`<d1-alert
      variant="warning"
      live
      dismissible
      .heading=${msg('Istuntosi päättyy pian')}
      @d1-dismiss=${() => {
        this.dismissedFor = this.endsAt;
      }}
    >
      ${msg(str`Istunto päättyy klo ${time}. Tallenna keskeneräinen työ ennen sitä.`)}
      <div class="actions">
        <d1-button
          @click=${() => {
            this.dispatchEvent(new ShellSignInEvent(location.pathname + location.search));
          }}
          >${msg('Kirjaudu uudelleen nyt')}</d1-button
        >
      </div>
    </d1-alert>`;
  }
}
