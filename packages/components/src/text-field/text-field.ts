import { css, html, nothing } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import { D1FormControl, formControlStyles } from '../base/form-control.js';
import { baseStyles } from '../styles/shared.js';

export type TextFieldType =
  'text' | 'email' | 'tel' | 'password' | 'search' | 'number' | 'url' | 'date';

/**
 * A labelled text input, or a multi-line text area, that takes part in forms like a native one.
 *
 * @summary Text fields take a name, an email address, a message. Validation messages are in the
 * portal's language and appear once the user leaves the field, or tries to submit the form.
 * @tagname d1-text-field
 * @since 0.1.0
 *
 * @csspart label - The `<label>`.
 * @csspart hint - The help text.
 * @csspart input - The native `<input>` or `<textarea>`.
 * @csspart message - The validation message.
 *
 * @cssproperty --d1-field-background - Background of the input.
 * @cssproperty --d1-field-border - Border colour of the input.
 * @cssproperty --d1-field-border-invalid - Border colour while a validation message is shown.
 * @cssproperty --d1-field-radius - Corner radius of the input.
 * @cssproperty --d1-field-height - Minimum height of the input.
 *
 * @fires input - The value changed as the user typed (the native, composed event).
 * @fires change - The user committed a changed value, as a native input does.
 * @fires invalid - A validity check or a submit found the field invalid.
 */
export class D1TextField extends D1FormControl {
  static override styles = [
    baseStyles,
    formControlStyles,
    css`
      .control::placeholder {
        color: var(--d1-color-text-muted);
        opacity: 1;
      }
      .control[readonly] {
        background: var(--d1-color-surface-sunken);
      }
      textarea.control {
        display: block;
        resize: vertical;
      }
    `,
  ];

  /** The kind of text: `text`, `email`, `tel`, `password`, `search`, `number` or `url`. */
  @property({ reflect: true }) type: TextFieldType = 'text';

  /** Renders a `<textarea>` for longer text; `type` is then ignored. */
  @property({ type: Boolean, reflect: true }) multiline = false;

  /** Visible lines of text, with `multiline`. */
  @property({ type: Number }) rows = 3;

  /** The value can be read and selected but not changed; it is still submitted. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** A short example of the expected value, shown while the field is empty. Never a label. */
  @property() placeholder?: string;

  /** The fewest characters the user must type. */
  @property({ type: Number }) minlength?: number;

  /** The most characters the user can type. */
  @property({ type: Number }) maxlength?: number;

  /** A regular expression the whole value must match (not with `multiline`). */
  @property() pattern?: string;

  /** The native `autocomplete` token, for example `email` or `given-name`. */
  @property() autocomplete?: string;

  /** The native `inputmode`: which on-screen keyboard to offer, for example `numeric`. */
  @property() inputmode?: string;

  protected override get validates(): boolean {
    return super.validates && !this.readonly;
  }

  protected messageFor(validity: ValidityState): string {
    if (validity.valueMissing) {
      return msg('Täytä tämä kenttä.', { desc: 'Validation: a required text field is empty.' });
    }
    if (validity.badInput && this.type === 'number') {
      return msg('Anna luku.', { desc: 'Validation: a number field contains something else.' });
    }
    if (validity.typeMismatch && this.type === 'email') {
      return msg('Anna sähköpostiosoite muodossa nimi@esimerkki.fi.', {
        desc: 'Validation: not an email address. Keep the example address in the same form.',
      });
    }
    if (validity.typeMismatch && this.type === 'url') {
      return msg('Anna verkko-osoite muodossa https://esimerkki.fi.', {
        desc: 'Validation: not a web address (URL).',
      });
    }
    if (validity.tooShort) {
      return msg('Kirjoita vähintään {0} merkkiä.', {
        desc: 'Validation: the text is too short. Keep {0}: it is replaced by the minimum length.',
      }).replace('{0}', String(this.minlength));
    }
    if (validity.tooLong) {
      return msg('Kirjoita enintään {0} merkkiä.', {
        desc: 'Validation: the text is too long. Keep {0}: it is replaced by the maximum length.',
      }).replace('{0}', String(this.maxlength));
    }
    if (validity.patternMismatch) {
      return msg('Tarkista, että teksti on pyydetyssä muodossa.', {
        desc: 'Validation: the text does not match the required format (the hint usually tells it).',
      });
    }
    return msg('Tarkista kentän arvo.', { desc: 'Validation: any other invalid value.' });
  }

  override render() {
    const { multiline } = this;
    // One native control: a <textarea> when multiline, else an <input> of `type`.
    const tag = multiline ? literal`textarea` : literal`input`;
    const control = staticHtml`<${tag}
      id="control"
      class="control"
      part="input"
      type=${multiline ? nothing : this.type}
      rows=${multiline ? this.rows : nothing}
      .value=${live(this.value)}
      ?required=${this.required}
      ?disabled=${this.disabled || this.formDisabled}
      ?readonly=${this.readonly}
      placeholder=${ifDefined(this.placeholder)}
      minlength=${ifDefined(this.minlength)}
      maxlength=${ifDefined(this.maxlength)}
      pattern=${multiline ? nothing : ifDefined(this.pattern)}
      autocomplete=${ifDefined(this.autocomplete)}
      inputmode=${ifDefined(this.inputmode)}
      aria-invalid=${this.invalidShown ? 'true' : 'false'}
      aria-describedby=${this.describedBy}
      @input=${this.onInput}
      @change=${this.onChange}
      @blur=${this.onBlur}
    ></${tag}>`;
    return html`<div class="field">
      ${this.renderLabel()} ${this.renderHint()} ${control} ${this.renderMessage()}
    </div>`;
  }
}
