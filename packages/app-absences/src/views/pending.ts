/**
 * What the views show while their list comes from the API: the same loading placeholder and the
 * same error panel with a retry, for the guardian's list and the teacher's.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { problemText } from '../strings.js';

/** A list from the API: on its way, in, or failed. */
export type Load<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly data: T }
  | { readonly status: 'failed'; readonly error: unknown };

/** The loading placeholder (`lines` high) or the error panel of a list that is not in yet. */
export function pendingView(
  list: Exclude<Load<unknown>, { status: 'ready' }>,
  lines: number,
  retry: () => void,
): TemplateResult {
  if (list.status === 'loading') {
    return html`<div role="status">
      <d1-skeleton lines=${lines}></d1-skeleton>
      <span class="visually-hidden"
        >${msg('Haetaan poissaoloja…', { id: 'absences.loading' })}</span
      >
    </div>`;
  }
  const text = problemText(list.error, 'load');
  return html`<d1-error-panel
    heading-level="3"
    heading=${text.heading}
    message=${text.message}
    ?no-retry=${!text.retry}
    retry-label=${msg('Yritä uudelleen', { id: 'absences.retry' })}
    @d1-retry=${retry}
  ></d1-error-panel>`;
}
