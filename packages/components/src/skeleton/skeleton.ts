import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { D1Element } from '../base/element.js';
import { baseStyles } from '../styles/shared.js';
import { skeletonStyles } from './skeleton.styles.js';

export type SkeletonShape = 'text' | 'circle' | 'rect';

/**
 * A grey placeholder in the shape of content that is still loading, so the layout does not jump.
 *
 * @summary Skeletons stand in for text, pictures and avatars while they load. They are decorative
 * and hidden from assistive technology: mark the loading region with `aria-busy` or pair it with a
 * `d1-spinner` to tell screen reader users.
 * @tagname d1-skeleton
 * @since 0.1.0
 *
 * @csspart shape - Each placeholder shape (one per line for `text`).
 *
 * @cssproperty --d1-skeleton-width - Width of text lines and rectangles; defaults to the full width.
 * @cssproperty --d1-skeleton-height - Height of a rectangle.
 * @cssproperty --d1-skeleton-size - Diameter of a circle.
 * @cssproperty --d1-skeleton-color - Placeholder colour.
 * @cssproperty --d1-skeleton-highlight - Colour of the shimmer that sweeps across it.
 */
export class D1Skeleton extends D1Element {
  static override styles = [baseStyles, skeletonStyles];

  /** `text` (lines of text), `circle` (an avatar) or `rect` (a picture or a card). */
  @property({ reflect: true }) shape: SkeletonShape = 'text';

  /** How many lines of text, with `shape="text"`; the last of several lines is shorter. */
  @property({ type: Number }) lines = 1;

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('aria-hidden', 'true');
  }

  override render() {
    const count = this.shape === 'text' ? Math.max(1, Math.floor(this.lines) || 1) : 1;
    return Array.from({ length: count }, () => html`<span part="shape" class="shape"></span>`);
  }
}
