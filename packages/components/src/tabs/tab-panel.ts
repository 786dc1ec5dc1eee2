import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { D1Element } from '../base/element.js';
import { baseStyles } from '../styles/shared.js';

let nextId = 0;

/**
 * The content shown by one tab of a `<d1-tabs>`.
 *
 * @summary A tab panel is shown while its tab is selected, and hidden otherwise.
 * @tagname d1-tab-panel
 * @since 0.1.0
 *
 * @slot - The panel's content.
 */
export class D1TabPanel extends D1Element {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        padding-block: var(--d1-space-4);
      }
      :host([hidden]) {
        display: none;
      }
      :host(:focus-visible) {
        outline: var(--d1-focus-ring);
        outline-offset: var(--d1-focus-ring-offset);
      }
    `,
  ];

  /** The panel's name, which a `<d1-tab>` refers to in its `panel` attribute. */
  @property({ reflect: true }) name = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('role', 'tabpanel');
    if (!this.id) this.id = `d1-tab-panel-${++nextId}`;
    if (!this.hasAttribute('tabindex')) this.tabIndex = 0;
  }

  override render() {
    return html`<slot></slot>`;
  }
}
