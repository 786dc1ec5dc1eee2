import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { D1Element } from '../base/element.js';
import type { IconName } from '../icon/icon.js';
import { baseStyles } from '../styles/shared.js';

export type MenuItemType = 'normal' | 'radio' | 'checkbox';

/**
 * One choice of a `<d1-menu>`: an action, or a radio or checkbox option.
 *
 * @summary A menu item is focused and chosen with the keyboard or the pointer; its parent
 * `<d1-menu>` manages focus, checking and events.
 * @tagname d1-menu-item
 * @since 0.1.0
 *
 * @slot - The item's label. Its first letters are what typeahead matches.
 * @slot description - A second, smaller line under the label.
 *
 * @csspart check - The check mark's box of a `radio` or `checkbox` item.
 * @csspart icon - The icon, when `icon` is set.
 * @csspart label - The label's wrapper.
 *
 * @cssproperty --d1-menu-item-background-hover - Background of the focused or hovered item.
 */
export class D1MenuItem extends D1Element {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: flex;
        align-items: center;
        gap: var(--d1-space-2);
        min-height: var(--d1-target-size);
        padding: var(--d1-space-2) var(--d1-space-4);
        color: var(--d1-color-text);
        cursor: pointer;
        outline: none;
        user-select: none;
      }
      :host(:hover),
      :host(:focus) {
        background: var(--d1-menu-item-background-hover);
      }
      :host(:focus-visible) {
        outline: var(--d1-focus-ring);
        outline-offset: calc(-1 * var(--d1-space-1));
      }
      :host([disabled]) {
        color: var(--d1-color-text-muted);
        cursor: not-allowed;
      }
      .check {
        display: inline-flex;
        flex: none;
        width: 1.25em;
        visibility: hidden;
      }
      :host([type='normal']) .check {
        display: none;
      }
      :host([checked]) .check {
        visibility: visible;
      }
      .label {
        display: flex;
        flex: 1;
        flex-direction: column;
      }
      ::slotted([slot='description']) {
        color: var(--d1-color-text-muted);
        font-size: var(--d1-font-size-s);
      }
      @media (forced-colors: active) {
        :host(:focus) {
          outline: 2px solid Highlight;
          outline-offset: -2px;
        }
        :host([disabled]) {
          color: GrayText;
        }
      }
    `,
  ];

  /**
   * `normal` for an action (role `menuitem`), `radio` for one of a set of options
   * (`menuitemradio`; the set is the enclosing `<d1-menu-group>` or the menu) or `checkbox` for an
   * option that is on or off (`menuitemcheckbox`).
   */
  @property({ reflect: true }) type: MenuItemType = 'normal';

  /** Whether a `radio` or `checkbox` item is checked. Choosing the item updates it. */
  @property({ type: Boolean, reflect: true }) checked = false;

  /** The value sent in `d1-select` when the item is chosen. Defaults to the item's text. */
  @property() value = '';

  /** Keeps the item in the menu (focusable, as the ARIA practices advise) but unchoosable. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** An icon before the label: one of `ICON_NAMES`. */
  @property() icon: IconName | '' = '';

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('tabindex')) this.tabIndex = -1;
  }

  override updated(): void {
    const checkable = this.type === 'radio' || this.type === 'checkbox';
    this.setAttribute('role', checkable ? `menuitem${this.type}` : 'menuitem');
    if (checkable) {
      this.setAttribute('aria-checked', String(this.checked));
    } else {
      this.removeAttribute('aria-checked');
    }
    if (this.disabled) this.setAttribute('aria-disabled', 'true');
    else this.removeAttribute('aria-disabled');
  }

  override render() {
    return html`
      <span class="check" part="check" aria-hidden="true">
        ${this.type === 'normal' ? nothing : html`<d1-icon name="check"></d1-icon>`}
      </span>
      ${this.icon ? html`<d1-icon part="icon" name=${this.icon}></d1-icon>` : nothing}
      <span class="label" part="label"><slot></slot><slot name="description"></slot></span>
    `;
  }
}
