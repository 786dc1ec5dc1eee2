import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { D1Element } from '../base/element.js';
import { baseStyles } from '../styles/shared.js';
import { cardStyles } from './card.styles.js';

type Region = 'media' | 'heading' | 'footer';

/**
 * A surface that groups content about one thing: a course, a message, an event.
 *
 * @summary Cards group a heading, a picture, text and actions. With `href` the whole card is one
 * link, named by its heading: the card is clickable anywhere but only the link takes focus.
 * @tagname d1-card
 * @since 0.1.0
 *
 * @slot media - A picture or illustration, shown at the top edge to edge. Give it alt text, or
 *   `alt=""` when decorative.
 * @slot heading - The card's heading, as plain text (not an `<h3>`: the card supplies the heading
 *   role and level). With `href` it is the link text.
 * @slot - The card's content.
 * @slot footer - Actions or meta data. Buttons and links here stay clickable on a linked card;
 *   put no other interactive elements in a linked card.
 *
 * @csspart base - The card's surface.
 * @csspart media - The media wrapper.
 * @csspart heading - The heading wrapper (`role="heading"`).
 * @csspart link - The link, with `href`.
 * @csspart content - The content wrapper.
 * @csspart footer - The footer wrapper.
 *
 * @cssproperty --d1-card-background - Background of the surface.
 * @cssproperty --d1-card-border - Border of the surface.
 * @cssproperty --d1-card-radius - Corner radius.
 * @cssproperty --d1-card-shadow - Shadow of the surface.
 * @cssproperty --d1-card-padding - Space inside the surface.
 */
export class D1Card extends D1Element {
  static override styles = [baseStyles, cardStyles];

  /** Makes the whole card one link to this URL; the heading is the link text. */
  @property() href?: string;

  /** The heading's level, 2–6 (default 3), to fit the page's heading outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private filled = new Set<Region>();

  #onSlotChange = (event: Event): void => {
    const slot = event.target as HTMLSlotElement;
    const region = slot.name as Region;
    const has = slot
      .assignedNodes({ flatten: true })
      .some((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim());
    if (has === this.filled.has(region)) return;
    const next = new Set(this.filled);
    if (has) next.add(region);
    else next.delete(region);
    this.filled = next;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    const initial = new Set<Region>();
    for (const region of ['media', 'heading', 'footer'] as const) {
      if (this.querySelector(`:scope > [slot="${region}"]`)) initial.add(region);
    }
    this.filled = initial;
  }

  override render() {
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    const heading = html`<slot name="heading" @slotchange=${this.#onSlotChange}></slot>`;
    return html`<div part="base" class=${this.href ? 'card linked' : 'card'}>
      <div
        part="heading"
        class="heading"
        role="heading"
        aria-level=${level}
        ?hidden=${!this.filled.has('heading')}
      >
        ${this.href ? html`<a part="link" class="link" href=${this.href}>${heading}</a>` : heading}
      </div>
      <div part="media" class="media" ?hidden=${!this.filled.has('media')}>
        <slot name="media" @slotchange=${this.#onSlotChange}></slot>
      </div>
      <div part="content" class="content"><slot></slot></div>
      <div part="footer" class="footer" ?hidden=${!this.filled.has('footer')}>
        <slot name="footer" @slotchange=${this.#onSlotChange}></slot>
      </div>
    </div>`;
  }
}
