import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { D1FormControl, formControlStyles } from '../base/form-control.js';
import { baseStyles } from '../styles/shared.js';

/** One choice of `<d1-select>`. */
export interface D1SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

/**
 * A labelled single-choice list built on a native `<select>`, so keyboard, touch and screen readers
 * work as they do everywhere else. It takes part in forms like a native select.
 *
 * @summary Selects choose one of a few known values: a school, a class, a term.
 * @tagname d1-select
 * @since 0.1.0
 *
 * @slot - `<option>` elements, an alternative to the `options` property (listed after them). They are
 * read, not displayed: the native select shows them.
 *
 * @csspart label - The `<label>`.
 * @csspart hint - The help text.
 * @csspart select - The native `<select>`.
 * @csspart message - The validation message.
 *
 * @cssproperty --d1-field-background - Background of the select.
 * @cssproperty --d1-field-border - Border colour of the select.
 * @cssproperty --d1-field-border-invalid - Border colour while a validation message is shown.
 * @cssproperty --d1-field-radius - Corner radius of the select.
 * @cssproperty --d1-field-height - Minimum height of the select.
 *
 * @fires input - The user chose an option (the native, composed event).
 * @fires change - The user chose an option, as a native select does.
 * @fires invalid - A validity check or a submit found the field invalid.
 */
export class D1Select extends D1FormControl {
  static override styles = [
    baseStyles,
    formControlStyles,
    css`
      .wrapper {
        position: relative;
      }
      .control {
        appearance: none;
        padding-inline-end: calc(var(--d1-space-3) * 2 + 1.25rem);
        cursor: pointer;
      }
      .wrapper d1-icon {
        --d1-icon-size: 1.25rem;
        position: absolute;
        inset-inline-end: var(--d1-space-3);
        top: 50%;
        transform: translateY(-50%);
        pointer-events: none;
      }
    `,
  ];

  /** The choices, listed after any `<option>` children. */
  @property({ attribute: false }) options: D1SelectOption[] = [];

  /**
   * Text of a first, empty choice that cannot be chosen back, such as "Valitse koulu". With it the
   * select starts with nothing chosen; with `required` too, choosing nothing is invalid.
   */
  @property() placeholder = '';

  readonly #observer = new MutationObserver(() => {
    this.requestUpdate();
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['value', 'label', 'disabled', 'selected'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  /** The `<option>` children and the `options` property, in that order. */
  get #choices(): D1SelectOption[] {
    const children = [...this.querySelectorAll(':scope > option')] as HTMLOptionElement[];
    return [
      ...children.map((o) => ({ value: o.value, label: o.label, disabled: o.disabled })),
      ...this.options,
    ];
  }

  /** As a native select: the `value` attribute, a `selected` option, or the first enabled one. */
  protected override initialValue(): string {
    if (this.defaultValue) return this.defaultValue;
    const selected = this.querySelector<HTMLOptionElement>(':scope > option[selected]');
    if (selected) return selected.value;
    if (this.placeholder) return '';
    return this.#choices.find((o) => !o.disabled)?.value ?? '';
  }

  protected override syncControl(): void {
    const select = this.control;
    if (select && select.value !== this.value) select.value = this.value;
  }

  protected messageFor(): string {
    return msg('Valitse vaihtoehto.', {
      desc: 'Validation: nothing is chosen in a required select.',
    });
  }

  override render() {
    return html`<div class="field">
      ${this.renderLabel()} ${this.renderHint()}
      <div class="wrapper">
        <select
          id="control"
          class="control"
          part="select"
          ?required=${this.required}
          ?disabled=${this.disabled || this.formDisabled}
          aria-invalid=${this.invalidShown ? 'true' : 'false'}
          aria-describedby=${this.describedBy}
          @input=${this.onInput}
          @change=${this.onChange}
          @blur=${this.onBlur}
        >
          ${this.placeholder ? html`<option value="" disabled>${this.placeholder}</option>` : nothing}
          ${this.#choices.map(
            (o) =>
              html`<option value=${o.value} ?disabled=${o.disabled ?? false}>${o.label}</option>`,
          )}
        </select>
        <d1-icon name="chevron-down"></d1-icon>
      </div>
      ${this.renderMessage()}
    </div>`;
  }
}
