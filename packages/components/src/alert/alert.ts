import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { D1Element } from '../base/element.js';
import { D1DismissEvent } from '../events/events.js';
import { baseStyles } from '../styles/shared.js';
import { alertStyles } from './alert.styles.js';

export type AlertVariant = 'info' | 'success' | 'warning' | 'danger';

const ICONS: Readonly<Record<string, string | undefined>> = {
  info: 'info',
  success: 'success',
  warning: 'warning',
  danger: 'error',
};

/** What can take focus in the alert's tree, to hand focus on when the alert closes. */
const FOCUSABLE =
  'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"], d1-button';

/**
 * An inline message about the page or a task: a notice, a confirmation, a warning or an error.
 *
 * @summary Alerts tell the user something in context. Set `live` on one that appears dynamically, so
 * screen readers announce it.
 * @tagname d1-alert
 * @since 0.1.0
 *
 * @slot - The message.
 *
 * @csspart base - The message box, which carries the role.
 * @csspart icon - The variant's icon.
 * @csspart heading - The heading, when `heading` is set.
 * @csspart message - The message's wrapper.
 * @csspart close - The close button, when `dismissible`.
 *
 * @cssproperty --d1-alert-radius - Corner radius.
 * @cssproperty --d1-alert-padding - Inner spacing.
 * @cssproperty --d1-alert-info-background - Background of the info variant (likewise `success`,
 * `warning`, `danger`).
 * @cssproperty --d1-alert-info-accent - Border and icon colour of the info variant (likewise
 * `success`, `warning`, `danger`).
 *
 * @fires d1-dismiss - The user closed the alert with its close button; the alert is then hidden.
 */
export class D1Alert extends D1Element {
  static override styles = [baseStyles, alertStyles];

  /** The kind of message: `info`, `success`, `warning` or `danger`. Sets the colours and icon. */
  @property({ reflect: true }) variant: AlertVariant = 'info';

  /** An optional short heading, shown in bold above the message. */
  @property() heading = '';

  /** Shows a close button; closing hides the alert and fires `d1-dismiss`. */
  @property({ type: Boolean, reflect: true }) dismissible = false;

  /**
   * Announces the alert (`role="alert"`). Use it for messages that appear after the page has loaded,
   * such as a failed save; leave it off for messages present from the start.
   */
  @property({ type: Boolean, reflect: true }) live = false;

  /** Accessible name of the close button. Defaults to "Close" in the current language. */
  @property({ attribute: 'close-label' }) closeLabel?: string;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /**
   * Hides the alert and fires `d1-dismiss`, as the close button does. When focus was inside the
   * alert, it moves to the focusable element just before the alert (else just after it), so a
   * keyboard or screen-reader user is not dropped at the top of the page.
   */
  dismiss(): void {
    const hadFocus = this.matches(':focus-within');
    this.hidden = true;
    if (hadFocus) this.#focusNeighbour();
    this.dispatchEvent(new D1DismissEvent());
  }

  #focusNeighbour(): void {
    const root = this.getRootNode() as Document | ShadowRoot;
    const candidates = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) => !this.contains(el) && !el.closest('[hidden], [inert]') && el.tabIndex >= 0,
    );
    const before = candidates.filter(
      (el) => this.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING,
    );
    const target = before.at(-1) ?? candidates.find((el) => !before.includes(el));
    target?.focus();
  }

  override render() {
    const icon = ICONS[this.variant] ?? 'info';
    return html`
      <div part="base" class="base" role=${this.live ? 'alert' : 'note'}>
        <d1-icon part="icon" class="icon" name=${icon}></d1-icon>
        <div class="content">
          ${this.heading ? html`<p part="heading" class="heading">${this.heading}</p>` : nothing}
          <div part="message" class="message"><slot></slot></div>
        </div>
        ${
          this.dismissible
            ? html`<d1-button
                part="close"
                class="close"
                variant="ghost"
                size="s"
                @click=${() => {
                  this.dismiss();
                }}
              >
                <d1-icon name="close"></d1-icon>
                <span class="visually-hidden"
                  >${
                    this.closeLabel ??
                    msg('Sulje', {
                      id: 'd1-alert.close',
                      desc: 'Accessible name of the button that closes an inline message',
                    })
                  }</span
                >
              </d1-button>`
            : nothing
        }
      </div>
    `;
  }
}
