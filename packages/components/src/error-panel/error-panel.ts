import { html, nothing } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';
import { property } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { D1Element } from '../base/element.js';
import { D1RetryEvent } from '../events/events.js';
import { baseStyles } from '../styles/shared.js';
import { errorPanelStyles } from './error-panel.styles.js';

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * What an app's area shows when the app fails: what happened, a way to try again, and the technical
 * details for support.
 *
 * @summary Error panels replace a failed view. Screen readers announce the panel when it appears.
 * @tagname d1-error-panel
 * @since 0.1.0
 *
 * @slot - The explanation; overrides `message`.
 *
 * @csspart base - The panel.
 * @csspart icon - The error icon.
 * @csspart heading - The heading.
 * @csspart message - The explanation's wrapper.
 * @csspart details - The native `<details>` of the technical details.
 * @csspart retry - The retry button.
 *
 * @cssproperty --d1-error-panel-background - Background of the panel.
 * @cssproperty --d1-error-panel-icon-color - Colour of the error icon.
 *
 * @fires d1-retry - The retry button was pressed (not while `retrying`).
 */
export class D1ErrorPanel extends D1Element {
  static override styles = [baseStyles, errorPanelStyles];

  /** The heading. Defaults to "Something went wrong" in the current language. */
  @property() heading?: string;

  /** The explanation, as plain text, when nothing is slotted. */
  @property() message = '';

  /** Technical details (an error code, a request id), shown collapsed under "Technical details". */
  @property() details = '';

  /** The level of the heading, 1–6, to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Label of the retry button. Defaults to "Try again" in the current language. */
  @property({ attribute: 'retry-label' }) retryLabel?: string;

  /** Summary of the technical details. Defaults to "Technical details" in the current language. */
  @property({ attribute: 'details-label' }) detailsLabel?: string;

  /** Puts the retry button in its loading state while a retry is under way. */
  @property({ type: Boolean, reflect: true }) retrying = false;

  /** Hides the retry button, for failures that trying again cannot fix. */
  @property({ type: Boolean, reflect: true, attribute: 'no-retry' }) noRetry = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  #onRetry = (): void => {
    if (!this.retrying) this.dispatchEvent(new D1RetryEvent());
  };

  override render() {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    const tag = HEADINGS[level - 1];
    // An empty heading attribute falls back too: an empty heading element would mislead.
    const heading = this.heading?.trim()
      ? this.heading
      : msg('Jotain meni vikaan', {
          id: 'd1-error-panel.heading',
          desc: 'Heading shown in place of an app that failed to load or crashed',
        });
    return html`
      <div part="base" class="base">
        <div class="announced" role="alert">
          <d1-icon part="icon" class="icon" name="error"></d1-icon>
          ${staticHtml`<${tag} part="heading" class="heading">${heading}</${tag}>`}
          <div part="message" class="message"><slot>${this.message}</slot></div>
        </div>
        ${
          this.details
            ? html`<details part="details" class="details">
                <summary>
                  ${
                    this.detailsLabel ??
                    msg('Tekniset tiedot', {
                      id: 'd1-error-panel.details',
                      desc: 'Summary of the collapsed technical details of an error (for support)',
                    })
                  }
                </summary>
                <pre>${this.details}</pre>
              </details>`
            : nothing
        }
        ${
          this.noRetry
            ? nothing
            : html`<d1-button
                part="retry"
                class="retry"
                ?loading=${this.retrying}
                @click=${this.#onRetry}
              >
                <d1-icon slot="prefix" name="retry"></d1-icon>
                ${
                  this.retryLabel ??
                  msg('Yritä uudelleen', {
                    id: 'd1-error-panel.retry',
                    desc: 'Button that tries again to load an app that failed',
                  })
                }
              </d1-button>`
        }
      </div>
    `;
  }
}
