import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { D1Element } from '../base/element.js';
import { baseStyles } from '../styles/shared.js';
import { buttonStyles } from './button.styles.js';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';
export type ButtonSize = 's' | 'm' | 'l';

/**
 * A button for actions, or a link that looks like one when `href` is set.
 *
 * @summary Buttons start actions: save, send, sign in. With `href` it navigates instead.
 * @tagname d1-button
 * @since 0.1.0
 *
 * @slot - The button's label.
 * @slot prefix - An icon or element before the label.
 * @slot suffix - An icon or element after the label.
 *
 * @csspart control - The native `<button>` or `<a>`.
 * @csspart label - The label's wrapper.
 *
 * @cssproperty --d1-button-radius - Corner radius.
 * @cssproperty --d1-button-primary-background - Background of the primary variant.
 * @cssproperty --d1-button-primary-text - Text colour of the primary variant.
 *
 * @fires click - The native click; not fired while disabled or loading.
 */
export class D1Button extends D1Element {
  static override styles = [baseStyles, buttonStyles];
  static readonly formAssociated = true;
  static override shadowRootOptions = { ...D1Element.shadowRootOptions, delegatesFocus: true };

  /** The visual weight: `primary` for the main action of a view, `secondary`, `ghost` or `danger`. */
  @property({ reflect: true }) variant: ButtonVariant = 'primary';

  /** `s`, `m` or `l`. Every size keeps at least a 32 px target; `m` and `l` meet 44 px. */
  @property({ reflect: true }) size: ButtonSize = 'm';

  /** Disables the button, as the native attribute does. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Shows a spinner, marks the button busy and ignores presses until cleared. */
  @property({ type: Boolean, reflect: true }) loading = false;

  /** The button's role in a form: `button`, `submit` or `reset`. */
  @property() type: 'button' | 'submit' | 'reset' = 'button';

  /** Renders a link styled as a button. Ignored while disabled. */
  @property() href?: string;

  /** Link target, with `href`. */
  @property() target?: string;

  /** Spoken while loading. Defaults to "Loading…" in the current language. */
  @property({ attribute: 'loading-label' }) loadingLabel?: string;

  /** Stretches the button to the width of its container. */
  @property({ type: Boolean, reflect: true, attribute: 'full-width' }) fullWidth = false;

  readonly #internals = this.attachInternals();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.addEventListener('click', this.#onClick, { capture: true });
  }

  #onClick = (event: MouseEvent): void => {
    if (this.disabled || this.loading) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    const form = this.#internals.form;
    if (!form || this.href) return;
    if (this.type === 'submit') form.requestSubmit();
    else if (this.type === 'reset') form.reset();
  };

  override render() {
    const content = html`
      ${this.loading ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
      <slot name="prefix"></slot>
      <span part="label"><slot></slot></span>
      <slot name="suffix"></slot>
      ${
        this.loading
          ? html`<span class="visually-hidden" role="status"
              >${this.loadingLabel ?? msg('Ladataan…')}</span
            >`
          : nothing
      }
    `;
    if (this.href && !this.disabled) {
      return html`<a
        part="control"
        class="control"
        href=${this.href}
        target=${ifDefined(this.target)}
        rel=${ifDefined(this.target === '_blank' ? 'noopener noreferrer' : undefined)}
        aria-busy=${this.loading ? 'true' : 'false'}
        >${content}</a
      >`;
    }
    return html`<button
      part="control"
      class="control"
      type="button"
      ?disabled=${this.disabled}
      aria-disabled=${this.loading ? 'true' : 'false'}
      aria-busy=${this.loading ? 'true' : 'false'}
    >
      ${content}
    </button>`;
  }
}
