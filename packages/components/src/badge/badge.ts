import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { D1Element } from '../base/element.js';
import { baseStyles } from '../styles/shared.js';
import { badgeStyles } from './badge.styles.js';

export type BadgeVariant = 'neutral' | 'accent' | 'success' | 'warning' | 'danger';

/**
 * A small label for a status ("Uusi", "Myöhässä") or a count (unread messages).
 *
 * @summary Badges show a status or a number beside something else. A count alone needs `label`,
 * which is spoken instead of the bare number.
 * @tagname d1-badge
 * @since 0.1.0
 *
 * @slot - The badge's text. Ignored when `count` is set.
 *
 * @csspart base - The badge's box.
 *
 * @cssproperty --d1-badge-radius - Corner radius.
 * @cssproperty --d1-badge-font-size - Text size.
 */
export class D1Badge extends D1Element {
  static override styles = [baseStyles, badgeStyles];

  /** The colour by meaning: `neutral`, `accent`, `success`, `warning` or `danger`. */
  @property({ reflect: true }) variant: BadgeVariant = 'neutral';

  /** A number to show instead of the slotted text. Above `max` it shows as "99+". */
  @property({ type: Number }) count?: number;

  /** The largest count shown as such; larger counts show as `max` followed by "+". */
  @property({ type: Number }) max = 99;

  /**
   * The badge's accessible name, spoken instead of the visible text ("3 lukematonta viestiä").
   * Required when the badge shows only a count: a bare number means nothing when heard.
   */
  @property() label?: string;

  static #warned = false;

  /** The text shown for `count`, or `undefined` when no valid count is set. */
  get displayCount(): string | undefined {
    const count = this.count;
    if (typeof count !== 'number' || Number.isNaN(count)) return undefined;
    return count > this.max ? `${this.max}+` : String(count);
  }

  override render() {
    const count = this.displayCount;
    if (count !== undefined && !this.label && !D1Badge.#warned) {
      D1Badge.#warned = true;
      console.warn(
        '[D1-BADGE-001] <d1-badge> shows a count without a label; give `label` ("3 unread messages") so the number is understandable when heard.',
      );
    }
    return html`<span part="base" class="badge"
      ><span aria-hidden=${this.label ? 'true' : nothing}>${count ?? html`<slot></slot>`}</span
      >${this.label ? html`<span class="visually-hidden">${this.label}</span>` : nothing}</span
    >`;
  }
}
