/**
 * One absence in a list, as the guardian's and the teacher's views both show it: a heading, when
 * and why, the guardian's message, and the status or actions beside them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AbsenceDetails } from '../types.js';

export interface AbsenceItem {
  readonly absence: AbsenceDetails;
  /** The item's heading: the days (guardian) or the pupil (teacher). */
  readonly heading: string;
  /** The heading can take the focus (the teacher's, after an acknowledgement). */
  readonly focusableHeading?: boolean;
  /** When and why, in words. */
  readonly summary: string;
  /** The guardian's message, with its label, when there is one. */
  readonly message?: string;
  /** The status badge and the buttons. */
  readonly actions: TemplateResult;
}

/** A list of absences (`.absences`, each item `.absence` with `data-absence` = its id). */
export function absenceList(items: readonly AbsenceItem[]): TemplateResult {
  return html`<ul class="absences">
    ${items.map(
      (item) =>
        html`<li class="absence" data-absence=${item.absence.id}>
          <div class="details">
            <h3 tabindex=${item.focusableHeading ? '-1' : nothing}>${item.heading}</h3>
            <p>${item.summary}</p>
            ${item.message ? html`<p class="message">${item.message}</p>` : nothing}
          </div>
          <div class="actions">${item.actions}</div>
        </li>`,
    )}
  </ul>`;
}
