/**
 * Viestit (Messages): home–school messages in DigiOne Portal. Guardians write to their children's
 * teachers, teachers to the guardians of the pupils they teach at the school they act for,
 * principals and staff to their school's staff and families. The inbox, a thread with its reply
 * box, and a new message are three routes under `/viestit`; the app follows the portal's address
 * and tells the portal how many threads are unread (the navigation badge).
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import '@digione/components/alert/define';
import '@digione/components/badge/define';
import '@digione/components/button/define';
import '@digione/components/empty-state/define';
import '@digione/components/error-panel/define';
import '@digione/components/skeleton/define';
import '@digione/components/spinner/define';
import '@digione/components/text-field/define';
import type { D1TextField } from '@digione/components/text-field';
import {
  AppController,
  type ApiClient,
  type DigiOneApiError,
  type ShellContext,
  type Unsubscribe,
} from '@digione/sdk';
import {
  contextQuery,
  failureOf,
  messagesApi,
  queryString,
  withThreadRead,
  type NewThreadRequest,
  type Recipient,
  type RecipientsResponse,
  type ThreadDetail,
  type ThreadListResponse,
} from './api.js';
import { followRoutes, inAppLink, pathOf, routeOf, sameRoute, type Route } from './route.js';
import { Drafts } from './drafts.js';
import { messagesStyles } from './styles.js';
import { MESSAGES_LOCALIZATION } from './localization/connect.js';
import { EMPTY_DRAFT, IDLE, LOADING, type Draft, type Load } from './views/common.js';
import { composeView } from './views/compose.js';
import { inboxView } from './views/inbox.js';
import { threadView } from './views/thread.js';

export class MessagesApp extends LitElement {
  static override styles = messagesStyles;

  /** Set by `defineMicroApp` before the element is connected. */
  context?: ShellContext | undefined;

  readonly #app = new AppController(this, { localization: MESSAGES_LOCALIZATION });

  @state() private route: Route = { view: 'inbox' };
  @state() private inbox: Load<ThreadListResponse> = IDLE;
  @state() private thread: Load<ThreadDetail> & { readonly id?: string } = IDLE;
  @state() private recipients: Load<readonly Recipient[]> & { readonly key?: string } = IDLE;
  @state() private sending = false;
  @state() private sendFailure: DigiOneApiError | undefined;
  @state() private replying = false;
  @state() private replyFailure: DigiOneApiError | undefined;

  #api: ApiClient | undefined;
  #unsubscribes: Unsubscribe[] = [];
  #aborter = new AbortController();
  #actingAsKey: string | undefined;
  readonly #drafts = new Drafts(this);
  /** Move focus to the view's heading once it is on screen (after a route change). */
  #focusPending = false;
  /** Each load's number, so an answer that arrives after a newer request is dropped. */
  #loads = { inbox: 0, thread: 0, recipients: 0 };

  override connectedCallback(): void {
    super.connectedCallback();
    const context = this.context;
    if (!context) return;
    this.#aborter = new AbortController();
    this.#api = messagesApi(context);
    this.#unsubscribes.push(
      followRoutes(context, (path) => {
        const route = routeOf(path);
        if (route && !sameRoute(route, this.route)) this.#show(route, true);
      }),
    );
    const actingAs = context.actingAs.subscribe((value) => {
      const key = queryString(contextQuery(value));
      if (this.#actingAsKey !== undefined && key !== this.#actingAsKey) {
        // Whom one may write to depends on the school or child: choose again.
        this.recipients = IDLE;
        this.#drafts.setDraft({ to: [] });
        if (this.route.view === 'compose') void this.#loadRecipients();
      }
      this.#actingAsKey = key;
    });
    this.#unsubscribes.push(() => {
      actingAs.unsubscribe();
    });
    this.#show(routeOf(window.location.pathname) ?? { view: 'inbox' }, false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#aborter.abort();
    for (const unsubscribe of this.#unsubscribes.splice(0)) unsubscribe();
    this.#api = undefined;
    this.#actingAsKey = undefined;
  }

  // --- Routes and loading --------------------------------------------------------------------

  /** Shows a route, loading what it needs; `focus` moves focus to its heading once shown. */
  #show(route: Route, focus: boolean): void {
    this.route = route;
    this.#focusPending = focus;
    if (route.view === 'inbox') void this.#loadInbox();
    // A thread is read afresh each time it is opened (that marks it read).
    if (route.view === 'thread') void this.#loadThread(route.id);
    if (route.view === 'compose') {
      const key = this.#recipientsKey();
      if (this.recipients.status !== 'ready' || this.recipients.key !== key) {
        void this.#loadRecipients();
      }
    }
  }

  /** Goes to a route of the app: the shell changes the address, the app shows it at once. */
  #go(route: Route): void {
    const context = this.context;
    if (!context) return;
    const moved = !sameRoute(route, this.route);
    this.#show(route, true);
    if (moved) context.navigate(pathOf(route));
  }

  #onLink = inAppLink((route) => {
    this.#go(route);
  });

  #recipientsKey(): string {
    return queryString(contextQuery(this.context?.actingAs.value ?? null));
  }

  /**
   * Loads `path` for one of the views; an answer that arrives after a newer request of the same
   * view, or after unmount, is dropped.
   */
  async #load<T>(
    which: 'inbox' | 'thread' | 'recipients',
    path: string,
    done: (result: { data: T } | { failure: DigiOneApiError }) => void,
  ): Promise<T | undefined> {
    const api = this.#api;
    if (!api) return;
    const n = ++this.#loads[which];
    try {
      const data = await api.get<T>(path, { signal: this.#aborter.signal });
      if (n === this.#loads[which] && this.isConnected) done({ data });
      return data;
    } catch (error) {
      if (n === this.#loads[which] && !this.#aborter.signal.aborted) {
        done({ failure: failureOf(error) });
      }
      return undefined;
    }
  }

  #loadInbox(): Promise<unknown> {
    // Known threads stay on screen while they are fetched again.
    this.inbox = this.inbox.status === 'ready' ? { ...this.inbox, refreshing: true } : LOADING;
    return this.#load<ThreadListResponse>('inbox', '/threads', (result) => {
      if ('failure' in result) {
        this.inbox = { status: 'error', ...result };
        return;
      }
      this.inbox = { status: 'ready', data: result.data };
      this.#publishBadge(result.data.unreadCount);
    });
  }

  #loadThread(id: string): Promise<unknown> {
    // The thread on screen stays while it is fetched again (just sent, or opened anew).
    this.thread =
      this.thread.status === 'ready' && this.thread.id === id
        ? { ...this.thread, refreshing: true }
        : { ...LOADING, id };
    this.replyFailure = undefined;
    return this.#load<ThreadDetail>('thread', `/threads/${encodeURIComponent(id)}`, (result) => {
      if ('failure' in result) {
        this.thread = { status: 'error', ...result, id };
        return;
      }
      this.thread = { status: 'ready', data: result.data, id };
      this.#publishBadge(result.data.unreadCount);
      this.#markReadInInbox(id);
    });
  }

  #loadRecipients(): Promise<unknown> {
    const key = this.#recipientsKey();
    this.recipients = { ...LOADING, key };
    return this.#load<RecipientsResponse>('recipients', `/recipients${key}`, (result) => {
      this.recipients =
        'data' in result
          ? { status: 'ready', data: result.data.recipients, key }
          : { status: 'error', ...result, key };
    });
  }

  /** The inbox on screen shows the thread just opened as read. */
  #markReadInInbox(id: string): void {
    if (this.inbox.status === 'ready') {
      this.inbox = { status: 'ready', data: withThreadRead(this.inbox.data, id) };
    }
  }

  /** Tells the shell how many threads are unread (its navigation badge). */
  #publishBadge(count: number): void {
    const context = this.context;
    if (!context || !this.isConnected) return;
    try {
      context.events.publish('shell:badge', { count });
    } catch {
      // A shell that does not take badges refuses the topic; the inbox itself still says it.
    }
  }

  // --- Drafts --------------------------------------------------------------------------------

  #setDraft(change: Partial<Draft>): void {
    this.#drafts.setDraft(change);
    this.sendFailure = undefined;
  }

  #setReply(id: string, text: string): void {
    this.#drafts.setReply(id, text);
    this.replyFailure = undefined;
  }

  /** Tells the person, through the shell's notifications, that what they wrote was sent. */
  #notifySent(message: string): void {
    const context = this.context;
    if (context?.isSupported('notify')) context.notify({ message, variant: 'success' });
  }

  async #send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const context = this.context;
    const api = this.#api;
    if (!context || !api || this.sending) return;
    const fields = [...this.renderRoot.querySelectorAll<D1TextField>('form.compose d1-text-field')];
    const fieldsValid = fields.map((field) => field.reportValidity()).every(Boolean);
    const drafts = this.#drafts;
    drafts.recipientsMissing = drafts.draft.to.length === 0;
    this.requestUpdate();
    if (drafts.recipientsMissing) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('.recipients input')?.focus();
      return;
    }
    if (!fieldsValid) return;
    const request: NewThreadRequest = {
      to: drafts.draft.to,
      subject: drafts.draft.subject.trim(),
      body: drafts.draft.body,
      ...contextQuery(context.actingAs.value),
    };
    this.sending = true;
    this.sendFailure = undefined;
    try {
      const created = await api.post<ThreadDetail>('/threads', request, {
        signal: this.#aborter.signal,
      });
      if (!this.isConnected) return;
      this.#drafts.setDraft(EMPTY_DRAFT);
      this.#notifySent(msg('Viesti lähetetty.', { id: 'messages.sent' }));
      this.thread = { status: 'ready', data: created, id: created.id };
      this.inbox = IDLE;
      this.#go({ view: 'thread', id: created.id });
    } catch (error) {
      if (this.#aborter.signal.aborted) return;
      this.sendFailure = failureOf(error);
    } finally {
      this.sending = false;
    }
  }

  async #reply(event: SubmitEvent, id: string): Promise<void> {
    event.preventDefault();
    const context = this.context;
    const api = this.#api;
    if (!context || !api || this.replying) return;
    const field = this.renderRoot.querySelector<D1TextField>('form.reply d1-text-field');
    if (field && !field.reportValidity()) return;
    const text = this.#drafts.replies.get(id) ?? '';
    this.replying = true;
    this.replyFailure = undefined;
    try {
      const data = await api.post<ThreadDetail>(
        `/threads/${encodeURIComponent(id)}/replies`,
        { body: text },
        { signal: this.#aborter.signal },
      );
      if (!this.isConnected) return;
      this.thread = { status: 'ready', data, id };
      this.#setReply(id, '');
      this.#notifySent(msg('Vastaus lähetetty.', { id: 'messages.replySent' }));
    } catch (error) {
      if (this.#aborter.signal.aborted) return;
      this.replyFailure = failureOf(error);
    } finally {
      this.replying = false;
    }
  }

  // --- Rendering -----------------------------------------------------------------------------

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.#focusPending) return;
    const target = this.renderRoot.querySelector<HTMLElement>('[data-focus]');
    if (target) {
      this.#focusPending = false;
      target.focus();
    }
  }

  override render() {
    const context = this.#app.context;
    if (!context) return nothing;
    const view = this.route.view;
    return html`<section
      class="app"
      aria-labelledby="messages-heading"
      lang=${context.locale.value}
    >
      <div class="bar">
        <h2 id="messages-heading">${msg('Viestit', { id: 'messages.title' })}</h2>
        ${
          view === 'compose'
            ? nothing
            : html`<d1-button
                @click=${() => {
                  this.#go({ view: 'compose' });
                }}
                >${msg('Uusi viesti', { id: 'messages.new' })}</d1-button
              >`
        }
      </div>
      ${this.#renderView(context)}
    </section>`;
  }

  #renderView(context: ShellContext): TemplateResult {
    const route = this.route;
    const locale = context.locale.value;
    switch (route.view) {
      case 'inbox':
        return inboxView(this.inbox, locale, this.#onLink, () => void this.#loadInbox());
      case 'thread':
        return threadView(this.thread, {
          locale,
          onLink: this.#onLink,
          retry: () => void this.#loadThread(route.id),
          reply: this.#drafts.replies.get(route.id) ?? '',
          replying: this.replying,
          replyFailure: this.replyFailure,
          onReplyInput: (text) => {
            this.#setReply(route.id, text);
          },
          onReply: (event) => void this.#reply(event, route.id),
        });
      case 'compose':
        return composeView({
          actingAs: context.actingAs.value,
          recipients: this.recipients,
          draft: this.#drafts.draft,
          recipientsMissing: this.#drafts.recipientsMissing,
          sending: this.sending,
          sendFailure: this.sendFailure,
          onLink: this.#onLink,
          retryRecipients: () => void this.#loadRecipients(),
          onToggle: (id, checked) => {
            this.#drafts.toggleRecipient(id, checked);
            this.sendFailure = undefined;
          },
          onDraft: (change: Partial<Draft>) => {
            this.#setDraft(change);
          },
          onSend: (event) => void this.#send(event),
          onClear: () => {
            void this.#drafts.clearDraft().then((cleared) => {
              if (cleared) this.sendFailure = undefined;
            });
          },
        });
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'messages-app': MessagesApp;
  }
}
