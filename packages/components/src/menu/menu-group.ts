import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { D1Element } from '../base/element.js';
import { baseStyles } from '../styles/shared.js';

/**
 * A labelled group of items in a `<d1-menu>`; `radio` items in a group form one set.
 *
 * @summary Groups split a menu into sections, such as "Acting as" and its choices.
 * @tagname d1-menu-group
 * @since 0.1.0
 *
 * @slot - The group's `<d1-menu-item>` elements.
 *
 * @csspart label - The visible heading.
 */
export class D1MenuGroup extends D1Element {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        padding-block: var(--d1-space-1);
      }
      :host(:not(:first-child)) {
        border-top: 1px solid var(--d1-color-border-subtle);
      }
      .label {
        padding: var(--d1-space-1) var(--d1-space-4);
        color: var(--d1-color-text-muted);
        font-size: var(--d1-font-size-s);
        font-weight: var(--d1-font-weight-strong);
      }
    `,
  ];

  /** The group's name: shown as its heading and spoken as the group's label. */
  @property() label = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('role', 'group');
  }

  override updated(): void {
    if (this.label) this.setAttribute('aria-label', this.label);
    else this.removeAttribute('aria-label');
  }

  override render() {
    // The heading is hidden from assistive technology: the group's aria-label already says it.
    return html`
      ${
        this.label
          ? html`<div class="label" part="label" aria-hidden="true">${this.label}</div>`
          : nothing
      }
      <slot></slot>
    `;
  }
}
