import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { D1Element } from '../base/element.js';
import { baseStyles } from '../styles/shared.js';
import type { IconName } from '../icon/icons.js';
import { emptyStateStyles } from './empty-state.styles.js';

/** Whether a node is content: an element, or text that is not only white space. */
const isContent = (node: Node): boolean =>
  node.nodeType === Node.ELEMENT_NODE ||
  (node.nodeType === Node.TEXT_NODE && Boolean(node.textContent?.trim()));

/**
 * What an empty list or view shows instead of nothing: an icon, a heading, a sentence on why it is
 * empty and what to do, and actions.
 *
 * @summary Empty states explain an empty list ("Ei uusia viestejä") and offer the next step.
 * @tagname d1-empty-state
 * @since 0.1.0
 *
 * @slot - The description: why the view is empty and what the user can do.
 * @slot actions - Buttons or links for the next step.
 *
 * @csspart icon - The icon's round backdrop.
 * @csspart heading - The heading (`role="heading"`).
 * @csspart description - The description's wrapper.
 * @csspart actions - The actions' wrapper.
 */
export class D1EmptyState extends D1Element {
  static override styles = [baseStyles, emptyStateStyles];

  /** A `d1-icon` name; decorative. Set it to an empty string for no icon. */
  @property() icon: IconName | (string & {}) = 'inbox';

  /** The heading ("Ei uusia viestejä"). */
  @property() heading = '';

  /** The heading's level, 1–6 (default 2), to fit the page's heading outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private hasDescription = false;
  @state() private hasActions = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.hasActions = this.querySelector(':scope > [slot="actions"]') !== null;
    this.hasDescription = [...this.childNodes].some(
      (node) => isContent(node) && !(node instanceof Element && node.slot),
    );
  }

  #onSlotChange = (event: Event): void => {
    const slot = event.target as HTMLSlotElement;
    const filled = slot.assignedNodes({ flatten: true }).some(isContent);
    if (slot.name === 'actions') this.hasActions = filled;
    else this.hasDescription = filled;
  };

  override render() {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    return html`
      ${
        this.icon
          ? html`<span part="icon" class="icon"><d1-icon name=${this.icon}></d1-icon></span>`
          : nothing
      }
      ${
        this.heading
          ? html`<div part="heading" class="heading" role="heading" aria-level=${level}>
              ${this.heading}
            </div>`
          : nothing
      }
      <div part="description" class="description" ?hidden=${!this.hasDescription}>
        <slot @slotchange=${this.#onSlotChange}></slot>
      </div>
      <div part="actions" class="actions" ?hidden=${!this.hasActions}>
        <slot name="actions" @slotchange=${this.#onSlotChange}></slot>
      </div>
    `;
  }
}
