import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { D1Element } from '../base/element.js';
import { baseStyles } from '../styles/shared.js';

let nextId = 0;

/**
 * One tab of a `<d1-tabs>`: place it in the `nav` slot and name its panel in `panel`.
 *
 * @summary A tab shows its panel when chosen; `<d1-tabs>` manages selection and focus.
 * @tagname d1-tab
 * @since 0.1.0
 *
 * @slot - The tab's label (text, optionally with a `<d1-icon>`).
 *
 * @cssproperty --d1-tabs-indicator - Colour of the selected tab's underline.
 */
export class D1Tab extends D1Element {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: inline-flex;
        align-items: center;
        gap: var(--d1-space-2);
        min-height: var(--d1-target-size);
        padding: 0 var(--d1-space-4);
        margin-bottom: -1px;
        border-bottom: 3px solid transparent;
        color: var(--d1-color-text-muted);
        cursor: pointer;
        outline: none;
        user-select: none;
        white-space: nowrap;
      }
      :host(:hover) {
        color: var(--d1-color-text);
        background: var(--d1-color-accent-subtle);
      }
      :host([selected]) {
        border-bottom-color: var(--d1-tabs-indicator);
        color: var(--d1-color-accent-text);
        font-weight: var(--d1-font-weight-strong);
      }
      :host([disabled]) {
        background: none;
        color: var(--d1-color-text-muted);
        cursor: not-allowed;
        opacity: 0.6;
      }
      :host(:focus-visible) {
        outline: var(--d1-focus-ring);
        outline-offset: calc(-1 * var(--d1-space-1));
      }
      @media (forced-colors: active) {
        :host([selected]) {
          border-bottom-color: Highlight;
        }
        :host([disabled]) {
          color: GrayText;
        }
      }
    `,
  ];

  /** The `name` of the `<d1-tab-panel>` this tab shows. */
  @property({ reflect: true }) panel = '';

  /** Whether this is the selected tab. Set by `<d1-tabs>`; to change it, call `show()` there. */
  @property({ type: Boolean, reflect: true }) selected = false;

  /** Disables the tab: it cannot be chosen, and arrow keys skip it. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('role', 'tab');
    if (!this.id) this.id = `d1-tab-${++nextId}`;
    if (!this.hasAttribute('tabindex')) this.tabIndex = -1;
  }

  override updated(): void {
    this.setAttribute('aria-selected', String(this.selected));
    if (this.disabled) this.setAttribute('aria-disabled', 'true');
    else this.removeAttribute('aria-disabled');
  }

  override render() {
    return html`<slot></slot>`;
  }
}
