/**
 * What the Messages app's views share: the state of something loaded from the API, a draft, the
 * error panel, the loading placeholder and the link back to the inbox.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { DigiOneApiError } from '@digione/sdk';
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
