import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import { D1Element } from '../base/element.js';
import { localization } from '../localization/localization.js';
import { baseStyles } from '../styles/shared.js';
import { progressStyles } from './progress.styles.js';

/**
 * A progress bar: how far a task has come ("Lataus 40 %"), or, without `value`, that it is under
 * way with no known end.
 *
 * @summary Progress bars show how much of an upload, a download or a form is done. `label` names
 * the bar and is shown above it unless `hide-label` is set.
 * @tagname d1-progress
 * @since 0.1.0
 *
 * @csspart label - The visible label.
 * @csspart value - The visible percentage beside the label.
 * @csspart track - The bar's track, the element with `role="progressbar"`.
 * @csspart indicator - The filled part of the track.
 *
 * @cssproperty --d1-progress-height - Thickness of the bar.
 * @cssproperty --d1-progress-color - Colour of the filled part.
 * @cssproperty --d1-progress-track - Colour of the track behind it.
 */
export class D1Progress extends D1Element {
  static override styles = [baseStyles, progressStyles];

  /** How much is done, from 0 to `max`. Leave it unset while the amount is unknown (indeterminate). */
  @property({ type: Number }) value?: number;

  /** The value that means done. Defaults to 100. */
  @property({ type: Number }) max = 100;

  /** The bar's accessible name, shown above the bar ("Liitteen lataus"). Required. */
  @property() label = '';

  /** Keeps the label (and the percentage) out of sight; it is still the bar's accessible name. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-label' }) hideLabel = false;

  static #warned = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** Whether the amount done is unknown: `value` is not set. */
  get indeterminate(): boolean {
    return typeof this.value !== 'number' || Number.isNaN(this.value);
  }

  /** The fraction done, 0–1, or `undefined` while indeterminate. */
  get fraction(): number | undefined {
    if (this.indeterminate) return undefined;
    const max = this.max > 0 ? this.max : 100;
    return Math.min(1, Math.max(0, (this.value ?? 0) / max));
  }

  /**
   * The indicator's length goes through the CSSOM, never a style attribute: a portal under a
   * strict Content-Security-Policy (no 'unsafe-inline' styles) refuses style attributes, and
   * Lit's styleMap writes one on first render.
   */
  override updated(): void {
    const indicator = this.renderRoot.querySelector<HTMLElement>('.indicator');
    const fraction = this.fraction;
    if (fraction === undefined) indicator?.style.removeProperty('--_fraction');
    else indicator?.style.setProperty('--_fraction', String(fraction));
  }

  override render() {
    if (!this.label && !D1Progress.#warned) {
      D1Progress.#warned = true;
      console.warn(
        '[D1-PROGRESS-001] <d1-progress> has no label; give `label` to name the bar (use `hide-label` to keep it out of sight).',
      );
    }
    const fraction = this.fraction;
    const max = this.max > 0 ? this.max : 100;
    const percent =
      fraction === undefined
        ? undefined
        : new Intl.NumberFormat(localization().getLocale(), {
            style: 'percent',
            maximumFractionDigits: 0,
          }).format(fraction);
    return html`
      <div class=${this.hideLabel ? 'visually-hidden' : 'header'}>
        <span part="label" id="label">${this.label}</span>
        ${
          percent === undefined
            ? nothing
            : html`<span part="value" class="value" aria-hidden="true">${percent}</span>`
        }
      </div>
      <div
        part="track"
        class="track"
        role="progressbar"
        aria-labelledby="label"
        aria-valuemin="0"
        aria-valuemax=${max}
        aria-valuenow=${this.indeterminate ? nothing : Math.min(max, Math.max(0, this.value ?? 0))}
        aria-valuetext=${percent ?? nothing}
      >
        <div
          part="indicator"
          class=${fraction === undefined ? 'indicator indeterminate' : 'indicator'}
        ></div>
      </div>
    `;
  }
}
