/**
 * What the teacher's and the principal's views show while their data comes from the API: the busy
 * state, and the error panel with a retry when the failure allows one.
 */
import { html, type TemplateResult } from 'lit';
import { ApiFailure } from '../api.js';
import { loadFailureText, termLabel } from '../strings.js';
import type { SchoolInfo, Term } from '../types.js';

/** Data from the API: on its way, failed, or in. */
export type Loadable<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly failure: ApiFailure }
  | { readonly status: 'ready'; readonly data: T };

/** A failure as the views explain it (anything but an ApiFailure is the API being unavailable). */
export function failureOf(error: unknown): ApiFailure {
  return error instanceof ApiFailure ? error : new ApiFailure('unavailable', 0);
}

/** Whether the request was aborted (the view went, or asked again): nothing to show. */
export const isAbort = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'AbortError';

/** The busy state: a spinner named `label` and a skeleton of what is coming. */
export function renderLoading(label: string, skeleton: TemplateResult): TemplateResult {
  return html`<div class="loading" aria-busy="true">
    <d1-spinner label=${label}></d1-spinner>
    ${skeleton}
  </div>`;
}

/** How a view waits for its data: the spinner's label, a skeleton, and what a retry does. */
export interface Pending {
  readonly label: string;
  readonly skeleton: TemplateResult;
  readonly retry: () => void;
}

/** The busy state while `loadable` loads, its error panel when it failed, else `ready(data)`. */
export function renderLoadable<T>(
  loadable: Loadable<T>,
  pending: Pending,
  ready: (data: T) => TemplateResult,
): TemplateResult {
  if (loadable.status === 'loading') return renderLoading(pending.label, pending.skeleton);
  if (loadable.status === 'error') return renderFailure(loadable.failure, pending.retry);
  return ready(loadable.data);
}

/** The error panel of a failed load, offering `retry` when trying again can help. */
export function renderFailure(failure: ApiFailure, retry: () => void): TemplateResult {
  const text = loadFailureText(failure);
  return html`<d1-error-panel
    heading-level="3"
    heading=${text.heading}
    message=${text.message}
    ?no-retry=${!text.retry}
    @d1-retry=${retry}
  ></d1-error-panel>`;
}

/** The school and term a view's groups are of, "Lumikorven koulu · Syyslukukausi 2025". */
export function schoolTerm(data: {
  readonly school: SchoolInfo;
  readonly term: Term;
}): TemplateResult {
  return html`<p class="meta">${data.school.name} · ${termLabel(data.term)}</p>`;
}

/** The school and term, and an empty state when there are no groups to show. */
export function renderNoGroups(
  data: { readonly school: SchoolInfo; readonly term: Term },
  heading: string,
  message: string,
): TemplateResult {
  return html`${schoolTerm(data)}
    <d1-empty-state icon="users" heading-level="3" heading=${heading}>${message}</d1-empty-state>`;
}
