import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { D1Element } from '../base/element.js';
import { baseStyles } from '../styles/shared.js';
import { spinnerStyles } from './spinner.styles.js';

/**
 * An indeterminate activity indicator: something is loading and how long it takes is unknown.
 *
 * @summary Spinners tell that content is on its way. The label is spoken, not shown: "Loading…"
 * in the current language unless `label` says more.
 * @tagname d1-spinner
 * @since 0.1.0
 *
 * @csspart base - The spinning ring.
 *
 * @cssproperty --d1-spinner-size - Diameter of the ring.
 * @cssproperty --d1-spinner-color - Colour of the moving arc.
 * @cssproperty --d1-spinner-track - Colour of the ring behind the arc.
 */
export class D1Spinner extends D1Element {
  static override styles = [baseStyles, spinnerStyles];

  /** What is loading, spoken to screen readers. Defaults to "Loading…" in the current language. */
  @property() label?: string;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    const label = this.label?.trim();
    return html`<span part="base" class="ring" aria-hidden="true"></span
      ><span class="visually-hidden" role="status"
        >${label?.length ? label : msg('Ladataan…')}</span
      >`;
  }
}
