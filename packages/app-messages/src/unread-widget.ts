/**
 * "Uudet viestit", the Messages app's widget on the portal's home page: the threads waiting to be
 * read, newest first, each a link into the app. It tells the shell the unread count too, so the
 * navigation's badge shows as soon as the person signs in, before the app has been opened.
 */
import { LitElement, html, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import '@digione/components/skeleton/define';
import { AppController, type ShellContext } from '@digione/sdk';
import { messagesApi, threadPlace, type ThreadListResponse, type ThreadSummary } from './api.js';
import { pathOf } from './route.js';
import { MESSAGES_LOCALIZATION } from './localization/connect.js';
import { widgetStyles } from './styles.js';

/** How many unread threads the widget lists; the rest wait in the app. */
export const WIDGET_THREADS = 3;

type WidgetLoad =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly unread: readonly ThreadSummary[]; readonly count: number }
  | { readonly status: 'error' };

export class MessagesUnreadWidget extends LitElement {
  static override styles = widgetStyles;

  /** Given by the shell when it mounts the widget. */
  context?: ShellContext | undefined;

  @state() private load: WidgetLoad = { status: 'loading' };

  // The widget's context and strings: a change of language renders it once.
  readonly #app = new AppController(this, { localization: MESSAGES_LOCALIZATION });
  #aborter = new AbortController();

  override connectedCallback(): void {
    super.connectedCallback();
    const context = this.context;
    if (!context) return;
    this.#aborter = new AbortController();
    void this.#fetch(context);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#aborter.abort();
  }

  async #fetch(context: ShellContext): Promise<void> {
    this.load = { status: 'loading' };
    try {
      const data = await messagesApi(context).get<ThreadListResponse>('/threads', {
        signal: this.#aborter.signal,
      });
      if (!this.isConnected) return;
      this.load = {
        status: 'ready',
        unread: data.threads.filter((thread) => thread.unread).slice(0, WIDGET_THREADS),
        count: data.unreadCount,
      };
      try {
        context.events.publish('shell:badge', { count: data.unreadCount });
      } catch {
        // A shell that takes no badges refuses the topic; the widget itself says the count.
      }
    } catch {
      if (this.#aborter.signal.aborted) return;
      this.load = { status: 'error' };
    }
  }

  /** Opens a path of the app through the shell, as a link of the portal does. */
  #open(event: MouseEvent, path: string): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    this.#app.context?.navigate(path);
  }

  #link(path: string, content: TemplateResult | string): TemplateResult {
    return html`<a
      href=${path}
      @click=${(event: MouseEvent) => {
        this.#open(event, path);
      }}
      >${content}</a
    >`;
  }

  override render(): TemplateResult {
    const heading = html`<h3>${msg('Uudet viestit', { id: 'messages.widget.heading' })}</h3>`;
    const load = this.load;
    if (load.status === 'loading') {
      return html`${heading}
        <div aria-busy="true">
          <d1-skeleton lines="2"></d1-skeleton>
        </div>`;
    }
    if (load.status === 'error') {
      return html`${heading}
        <p role="status">
          ${msg('Viestejä ei saatu haettua juuri nyt.', { id: 'messages.widget.error' })}
        </p>
        ${this.#link(
          pathOf({ view: 'inbox' }),
          msg('Avaa viestit', { id: 'messages.widget.openInbox' }),
        )}`;
    }
    if (load.count === 0) {
      return html`${heading}
        <p>${msg('Ei lukemattomia viestejä.', { id: 'messages.widget.none' })}</p>
        ${this.#link(
          pathOf({ view: 'inbox' }),
          msg('Avaa viestit', { id: 'messages.widget.openInbox' }),
        )}`;
    }
    return html`${heading}
      <p>
        ${msg(str`Lukemattomia viestiketjuja: ${load.count}`, {
          id: 'messages.widget.count',
        })}
      </p>
      <ul>
        ${load.unread.map(
          (thread) =>
            html`<li>
              ${this.#link(pathOf({ view: 'thread', id: thread.id }), thread.subject)}
              <span class="where">${threadPlace(thread.context)}</span>
            </li>`,
        )}
      </ul>
      ${this.#link(
        pathOf({ view: 'inbox' }),
        msg('Kaikki viestit', { id: 'messages.widget.all' }),
      )}`;
  }
}

/** The widget's tag, named in the app's manifest. */
export const UNREAD_WIDGET_TAG = 'messages-unread-widget';

// The module may run twice on a page (a retried app of the same code): define once.
if (!customElements.get(UNREAD_WIDGET_TAG)) {
  customElements.define(UNREAD_WIDGET_TAG, MessagesUnreadWidget);
}
