import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { D1Element } from '../base/element.js';
import { D1LocaleChangeEvent, type D1SelectEvent } from '../events/events.js';
import {
  DEFAULT_LOCALE,
  LOCALE_NAMES,
  LOCALES,
  isLocale,
  type Locale,
} from '../localization/localization.js';
import { baseStyles } from '../styles/shared.js';

/**
 * The portal's language switch: a menu button showing the current language, with Finnish, Swedish and
 * English each named in itself (and marked with its `lang`, so screen readers pronounce it right).
 *
 * The picker does not switch the page's language: it fires `d1-locale-change`, and the shell (or the
 * app) calls `localization().setLocale()` and stores the choice. The trigger's accessible name is the
 * label and the language, e.g. "Kieli: suomi", while it shows only "suomi".
 *
 * Built on `<d1-menu>`; the keyboard works as there.
 *
 * @summary Lets the user choose the portal's language: suomi, svenska or English.
 * @tagname d1-language-picker
 * @since 0.1.0
 *
 * @csspart menu - The inner `<d1-menu>`; style its trigger with `::part(menu)` and its own parts.
 *
 * @fires d1-locale-change - The user chose a different language; `locale` is `fi`, `sv` or `en`.
 * The picker's `locale` is already updated; switching the page's language is up to the listener.
 * @fires d1-open - The menu opened.
 * @fires d1-close - The menu closed.
 */
export class D1LanguagePicker extends D1Element {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: inline-block;
        vertical-align: middle;
      }
      .current {
        display: inline-flex;
        align-items: center;
        gap: var(--d1-space-2);
      }
    `,
  ];

  /** The current language: `fi`, `sv` or `en`. */
  @property({ reflect: true }) locale: Locale = DEFAULT_LOCALE;

  /** Spoken before the language in the button's name. Defaults to "Kieli" in the current language. */
  @property() label = '';

  /** Whether the menu is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  #onSelect = (event: D1SelectEvent): void => {
    // The inner menu's event stays inside: the picker's own event is d1-locale-change.
    event.stopPropagation();
    const locale = event.value;
    if (!isLocale(locale) || locale === this.locale) return;
    this.locale = locale;
    this.dispatchEvent(new D1LocaleChangeEvent(locale));
  };

  #onToggle = (event: Event): void => {
    this.open = (event.currentTarget as HTMLElement).hasAttribute('open');
  };

  override render() {
    const current = isLocale(this.locale) ? this.locale : DEFAULT_LOCALE;
    const label = this.label || msg('Kieli', { desc: 'Label of the language picker button' });
    return html`
      <d1-menu
        part="menu"
        placement="bottom-end"
        trigger-label="${label}: ${LOCALE_NAMES[current]}"
        ?open=${this.open}
        @d1-select=${this.#onSelect}
        @d1-open=${this.#onToggle}
        @d1-close=${this.#onToggle}
      >
        <span slot="label" class="current">
          <d1-icon name="language"></d1-icon>
          <span lang=${current}>${LOCALE_NAMES[current]}</span>
        </span>
        ${LOCALES.map(
          (locale) => html`
            <d1-menu-item type="radio" value=${locale} lang=${locale} .checked=${locale === current}
              >${LOCALE_NAMES[locale]}</d1-menu-item
            >
          `,
        )}
      </d1-menu>
    `;
  }
}
