/** The inbox: the person's threads, newest first, unread ones marked. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Locale } from '@digione/sdk';
import { threadPlace, type ThreadListResponse, type ThreadSummary } from '../api.js';
import { pathOf } from '../route.js';
import { peopleText, sentAt } from '../strings.js';
import { errorPanel, loading, type LinkHandler, type Load } from './common.js';

export function inboxView(
  inbox: Load<ThreadListResponse>,
  locale: Locale,
  onLink: LinkHandler,
  retry: () => void,
): TemplateResult {
  const heading = html`<h3 data-focus tabindex="-1">
    ${msg('Viestiketjut', { id: 'messages.inbox.heading' })}
  </h3>`;
  if (inbox.status === 'error') {
    return html`<div class="view">${heading} ${errorPanel(inbox.failure, 'load', retry)}</div>`;
  }
  if (inbox.status !== 'ready') {
    return html`<div class="view">
      ${heading} ${loading(msg('Ladataan viestejä…', { id: 'messages.inbox.loading' }))}
    </div>`;
  }
  const { unreadCount } = inbox.data;
  // Newest first, whatever order they came in.
  const threads = [...inbox.data.threads].sort(
    (a, b) => Date.parse(b.lastMessageAt) - Date.parse(a.lastMessageAt),
  );
  if (threads.length === 0) {
    return html`<div class="view">
      ${heading}
      <d1-empty-state
        icon="inbox"
        heading-level="4"
        heading=${msg('Ei viestejä', { id: 'messages.inbox.empty' })}
      >
        ${msg('Saapuneet ja lähettämäsi viestit näkyvät täällä.', {
          id: 'messages.inbox.emptyHelp',
        })}
      </d1-empty-state>
    </div>`;
  }
  return html`<div class="view" aria-busy=${inbox.refreshing ? 'true' : 'false'}>
    ${heading}
    <p class="summary">
      ${
        unreadCount === 0
          ? msg('Ei lukemattomia viestiketjuja.', { id: 'messages.inbox.allRead' })
          : msg(str`Lukemattomia viestiketjuja: ${unreadCount}`, {
              id: 'messages.inbox.unreadCount',
            })
      }
    </p>
    <ul class="threads">
      ${threads.map((thread) => threadItem(thread, locale, onLink))}
    </ul>
  </div>`;
}

function threadItem(thread: ThreadSummary, locale: Locale, onLink: LinkHandler): TemplateResult {
  const where = threadPlace(thread.context);
  return html`<li class=${thread.unread ? 'unread' : ''} data-thread=${thread.id}>
    <a class="thread-link" href=${pathOf({ view: 'thread', id: thread.id })} @click=${onLink}>
      <span class="line">
        ${
          thread.unread
            ? html`<d1-badge variant="accent"
                >${msg('Lukematon', { id: 'messages.unread' })}</d1-badge
              >`
            : nothing
        }
        <span class="subject">${thread.subject}</span>
      </span>
      <time datetime=${thread.lastMessageAt}>${sentAt(thread.lastMessageAt, 'short', locale)}</time>
      <span class="line">
        <span class="party">${peopleText(thread.with)}</span>
        <span class="where">${where}</span>
      </span>
      <span class="muted where"
        >${
          thread.messageCount === 1
            ? msg('1 viesti', { id: 'messages.oneMessage' })
            : msg(str`${thread.messageCount} viestiä`, { id: 'messages.messageCount' })
        }</span
      >
    </a>
  </li>`;
}
