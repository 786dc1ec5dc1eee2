/** One thread: its messages, oldest first, and the box to reply in. */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { DigiOneApiError, Locale } from '@digione/sdk';
import type { ThreadDetail } from '../api.js';
import { peopleText, sentAt } from '../strings.js';
import {
  backLink,
  errorPanel,
  loading,
  messageField,
  sendFailure,
  type LinkHandler,
  type Load,
} from './common.js';

export interface ThreadViewOptions {
  readonly locale: Locale;
  readonly onLink: LinkHandler;
  readonly retry: () => void;
  /** The reply being written in this thread. */
  readonly reply: string;
  readonly replying: boolean;
  readonly replyFailure: DigiOneApiError | undefined;
  readonly onReplyInput: (text: string) => void;
  readonly onReply: (event: SubmitEvent) => void;
}

export function threadView(thread: Load<ThreadDetail>, view: ThreadViewOptions): TemplateResult {
  const { locale, onLink } = view;
  if (thread.status === 'error') {
    return html`<div class="view">
      ${backLink(onLink)} ${errorPanel(thread.failure, 'thread', view.retry)}
    </div>`;
  }
  if (thread.status !== 'ready') {
    return html`<div class="view">
      ${backLink(onLink)}
      ${loading(msg('Ladataan viestiketjua…', { id: 'messages.thread.loading' }))}
    </div>`;
  }
  const { data } = thread;
  const where = [data.context.child?.name, data.context.school.name].filter(Boolean).join(', ');
  return html`<article class="view" aria-labelledby="thread-subject">
    ${backLink(onLink)}
    <h3 id="thread-subject" data-focus tabindex="-1">${data.subject}</h3>
    <p class="muted summary">
      ${msg('Osallistujat:', { id: 'messages.thread.with' })} ${peopleText(data.with)} · ${where}
    </p>
    <ol class="messages">
      ${data.messages.map(
        (message) =>
          html`<li>
            <article
              class="message ${message.mine ? 'mine' : ''}"
              aria-labelledby="from-${message.id}"
            >
              <header>
                <h4 id="from-${message.id}">
                  ${
                    message.mine
                      ? msg(str`${message.from.name} (sinä)`, { id: 'messages.thread.you' })
                      : message.from.name
                  }
                </h4>
                <time datetime=${message.sentAt}>${sentAt(message.sentAt, 'long', locale)}</time>
              </header>
              <p class="body">${message.body}</p>
            </article>
          </li>`,
      )}
    </ol>
    <form class="reply" @submit=${view.onReply}>
      ${messageField(msg('Vastaus', { id: 'messages.reply.label' }), 5, view.reply, view.onReplyInput)}
      ${sendFailure(view.replyFailure)}
      <div class="actions">
        <d1-button type="submit" ?loading=${view.replying}
          >${msg('Lähetä vastaus', { id: 'messages.reply.send' })}</d1-button
        >
      </div>
    </form>
  </article>`;
}
