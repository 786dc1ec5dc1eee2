/**
 * What the Messages app's views share: the state of something loaded from the API, a draft, the
 * error panel, the loading placeholder and the link back to the inbox.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { D1TextField } from '@digione/components/text-field';
import { msg } from '@lit/localize';
import type { DigiOneApiError } from '@digione/sdk';
import { LIMITS } from '../api.js';
import { pathOf } from '../route.js';
import { failureText } from '../strings.js';

/** Something loaded from the API. */
export type Load<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly data: T; readonly refreshing?: boolean }
  | { readonly status: 'error'; readonly failure: DigiOneApiError };

export const IDLE = { status: 'idle' } as const;
export const LOADING = { status: 'loading' } as const;

/** A new message being written. */
export interface Draft {
  readonly to: readonly string[];
  readonly subject: string;
  readonly body: string;
}

export const EMPTY_DRAFT: Draft = Object.freeze({ to: [], subject: '', body: '' });

/** Follows a link inside the app without leaving the page (the element's handler). */
export type LinkHandler = (event: MouseEvent) => void;

export function errorPanel(
  failure: DigiOneApiError,
  what: 'load' | 'thread',
  retry: () => void,
): TemplateResult {
  const text = failureText(failure, what);
  return html`<d1-error-panel
    heading=${text.heading}
    message=${text.message}
    heading-level="3"
    ?no-retry=${!text.retry}
    retry-label=${msg('Yritä uudelleen', { id: 'messages.retry' })}
    @d1-retry=${retry}
  ></d1-error-panel>`;
}

export function loading(label: string): TemplateResult {
  return html`<div class="loading" aria-busy="true">
    <d1-spinner label=${label}></d1-spinner>
    <d1-skeleton lines="4"></d1-skeleton>
  </div>`;
}

export function backLink(onLink: LinkHandler): TemplateResult {
  return html`<p>
    <a href=${pathOf({ view: 'inbox' })} @click=${onLink}
      >${msg('← Kaikki viestit', { id: 'messages.back' })}</a
    >
  </p>`;
}

/** A message's text as the person writes it: required, several lines, at most the API's length. */
export function messageField(
  label: string,
  rows: number,
  value: string,
  onInput: (text: string) => void,
): TemplateResult {
  return html`<d1-text-field
    label=${label}
    multiline
    rows=${rows}
    required
    maxlength=${LIMITS.body}
    .value=${live(value)}
    @input=${(event: Event) => {
      onInput((event.currentTarget as D1TextField).value);
    }}
  ></d1-text-field>`;
}

/** Why a message was not sent, announced as it appears; nothing while there is no failure. */
export function sendFailure(failure: DigiOneApiError | undefined): TemplateResult | typeof nothing {
  if (!failure) return nothing;
  const { heading, message } = failureText(failure, 'send');
  return html`<d1-alert variant="danger" live heading=${heading}>${message}</d1-alert>`;
}
