import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { D1Element } from './element.js';

/** The native control a DigiOne form field wraps in its shadow root. */
export type NativeControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const FLAGS = [
  'valueMissing',
  'typeMismatch',
  'patternMismatch',
  'tooLong',
  'tooShort',
  'rangeUnderflow',
  'rangeOverflow',
  'stepMismatch',
  'badInput',
] as const;

/**
 * What every DigiOne form field shares: form association through `ElementInternals`, a label, a
 * hint, validation that mirrors the native control inside the shadow root with messages in the
 * portal's language, and showing those messages only once the user has left a field they changed,
 * or tried to submit the form (as `:user-invalid` does), not while they type the first time.
 *
 * A subclass renders a native control with `id="control"` (with `renderLabel`, `renderHint`,
 * `renderMessage`, `describedBy`, `invalidShown` and the `on*` handlers) and maps a failed
 * `ValidityState` to a message in `messageFor`.
 */
export abstract class D1FormControl extends D1Element {
  static readonly formAssociated = true;
  static override shadowRootOptions = { ...D1Element.shadowRootOptions, delegatesFocus: true };

  /** The field's visible label (required). It names the control for assistive technology too. */
  @property() label = '';

  /** The name the value is submitted under, as on a native control. */
  @property({ reflect: true }) name = '';

  /** The initial value, from the `value` attribute: `form.reset()` returns the field to it. */
  @property({ attribute: 'value' }) defaultValue = '';

  /** A value is required: an empty field is invalid and blocks the form's submit. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Disables the field: it cannot be changed, is skipped by Tab and its value is not submitted. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Help text under the label, linked to the control with `aria-describedby`. */
  @property() hint = '';

  /**
   * An error message set by the app (for example from the server). While set, the field is invalid
   * with this message, and the message is shown at once.
   */
  @property() error = '';

  /** Spoken after the label of a required field. Defaults to "pakollinen" in the current language. */
  @property({ attribute: 'required-label' }) requiredLabel?: string;

  /** The user has left the field after changing it, or a submit found it invalid. */
  @state() protected touched = false;

  /** Disabled by an ancestor `<fieldset disabled>`. */
  @state() protected formDisabled = false;

  protected readonly internals = this.attachInternals();

  #value: string | undefined;
  #interacted = false;
  #checking = false;
  #message = '';
  static #warned = new Set<string>();

  /** The current value, submitted with the form. Until set, the default value. */
  @property({ attribute: false })
  get value(): string {
    return this.#value ?? this.initialValue();
  }
  set value(next: string) {
    this.#value = next;
  }

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.addEventListener('invalid', () => {
      if (!this.#checking) this.touched = true;
    });
  }

  /** The native control in the shadow root: the element with `id="control"`. */
  protected get control(): NativeControl | null {
    return this.renderRoot.querySelector<NativeControl>('#control');
  }

  /** The localized message for a failed native validity state. */
  protected abstract messageFor(validity: ValidityState): string;

  /** The value before the user or the app has set one. */
  protected initialValue(): string {
    return this.defaultValue;
  }

  /** Whether the field takes part in validation; a subclass bars it, for example when read-only. */
  protected get validates(): boolean {
    return !this.disabled && !this.formDisabled;
  }

  /** Brings the native control up to date before its validity is read (after each render). */
  protected syncControl(): void {
    // Most controls bind their value in the template.
  }

  /** The form the field belongs to, or `null`. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The field's validity, as on a native control. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** The localized message of the current validation error, or `''` when valid. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether the field takes part in constraint validation (not when disabled or read-only). */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /**
   * Checks validity as a native control does: fires `invalid` and returns `false` when invalid.
   * It shows no message; `reportValidity()` and a submit do.
   */
  checkValidity(): boolean {
    this.#checking = true;
    try {
      return this.internals.checkValidity();
    } finally {
      this.#checking = false;
    }
  }

  /** Checks validity and, when invalid, shows the message. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  formResetCallback(): void {
    this.#value = undefined;
    this.#interacted = false;
    this.touched = false;
    this.requestUpdate('value');
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  override firstUpdated(): void {
    const tag = this.localName;
    if (!this.label && !D1FormControl.#warned.has(tag)) {
      D1FormControl.#warned.add(tag);
      console.warn(
        `[D1-FORM-001] <${tag}> has no label. Set \`label\`: it names the field on screen and ` +
          `for screen readers.`,
      );
    }
  }

  override update(changed: PropertyValues<this>): void {
    super.update(changed);
    this.syncControl();
    const shown = this.#shownMessage;
    this.#syncValidity();
    // The message depends on the rendered control's validity: render once more when it changed,
    // within this update, so the control and its message never disagree on screen.
    if (this.#shownMessage !== shown) super.update(changed);
  }

  #syncValidity(): void {
    const control = this.control;
    if (!control) return;
    this.internals.setFormValue(this.value);
    let message = '';
    const flags: ValidityStateFlags = {};
    if (this.validates && this.error) {
      flags.customError = true;
      message = this.error;
    } else if (this.validates && !control.validity.valid) {
      for (const flag of FLAGS) flags[flag] = control.validity[flag];
      message = this.messageFor(control.validity);
    }
    if (message) this.internals.setValidity(flags, message, control);
    else this.internals.setValidity({});
    this.#message = message;
  }

  get #shownMessage(): string {
    return this.touched || this.error ? this.#message : '';
  }

  /** Whether a validation message is on screen (and the control marked `aria-invalid`). */
  protected get invalidShown(): boolean {
    return this.#shownMessage !== '';
  }

  /** The ids the control's `aria-describedby` lists: the shown message, then the hint. */
  protected get describedBy(): string | typeof nothing {
    const ids = [this.invalidShown && 'message', this.hint && 'hint'].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  protected onInput = (event: Event): void => {
    this.#interacted = true;
    this.value = (event.target as NativeControl).value;
  };

  protected onChange = (): void => {
    this.#interacted = true;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  };

  protected onBlur = (): void => {
    if (this.#interacted) this.touched = true;
  };

  protected renderLabel() {
    return html`<label part="label" class="label" for="control"
      >${this.label}${
        this.required
          ? html` <span class="required"
              ><span aria-hidden="true">*</span
              ><span class="visually-hidden"
                >${this.requiredLabel ?? msg('pakollinen', { desc: 'Spoken after the label of a required form field.' })}</span
              ></span
            >`
          : nothing
      }</label
    >`;
  }

  protected renderHint() {
    return this.hint ? html`<div part="hint" class="hint" id="hint">${this.hint}</div>` : nothing;
  }

  protected renderMessage() {
    return this.invalidShown
      ? html`<div part="message" class="message" id="message">
          <d1-icon name="error"></d1-icon><span>${this.#shownMessage}</span>
        </div>`
      : nothing;
  }
}

/** Styles of the label, hint, message and control box that every form field shares. */
export const formControlStyles = css`
  :host {
    display: block;
    color: var(--d1-color-text);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--d1-space-1);
  }
  .label {
    align-self: flex-start;
    font-weight: var(--d1-font-weight-strong);
  }
  .required {
    color: var(--d1-color-danger);
  }
  .hint {
    color: var(--d1-color-text-muted);
    font-size: var(--d1-font-size-s);
  }
  .control {
    width: 100%;
    min-height: var(--d1-field-height);
    margin: 0;
    padding: var(--d1-space-2) var(--d1-space-3);
    border: 1px solid var(--d1-field-border);
    border-radius: var(--d1-field-radius);
    background: var(--d1-field-background);
    color: inherit;
    font: inherit;
  }
  .control[aria-invalid='true'] {
    border-color: var(--d1-field-border-invalid);
    box-shadow: inset 0 0 0 1px var(--d1-field-border-invalid);
  }
  .control:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .message {
    display: flex;
    align-items: flex-start;
    gap: var(--d1-space-1);
    color: var(--d1-color-danger);
    font-size: var(--d1-font-size-s);
    font-weight: var(--d1-font-weight-strong);
  }
  .message d1-icon {
    --d1-icon-size: 1.25em;
    margin-top: 0.05em;
  }
  @media (forced-colors: active) {
    .control {
      border-color: FieldText;
    }
    .control[aria-invalid='true'] {
      border-style: double;
      border-width: 3px;
    }
    .control:disabled {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
