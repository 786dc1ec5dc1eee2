/**
 * Viestit (Messages): home–school messages in DigiOne Portal. Guardians write to their children's
 * teachers, teachers to the guardians of the pupils they teach at the school they act for,
 * principals and staff to their school's staff and families. The inbox, a thread with its reply
 * box, and a new message are three routes under `/viestit`; the app follows the portal's address
 * and tells the portal how many threads are unread (the navigation badge).
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
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
  ContextController,
  type ActingAs,
  type AppLocalization,
  type Locale,
  type ShellContext,
  type Unsubscribe,
} from '@digione/sdk';
import {
  LIMITS,
  threadPlace,
  type NewThreadRequest,
  type PersonKind,
  type PersonRef,
  type Recipient,
  type RecipientsResponse,
  type ThreadDetail,
  type ThreadListResponse,
  type ThreadSummary,
} from './api-types.js';
import { ApiFailure, callApi, failureOf, type FailureKind } from './api-client.js';
import { pathOf, routeOf, sameRoute, type Route } from './route.js';
import { messagesStyles } from './styles.js';
import { connectMessagesLocalization } from './localization/connect.js';

/** Something loaded from the API. */
type Load<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly data: T; readonly refreshing?: boolean }
  | { readonly status: 'error'; readonly failure: ApiFailure };

const IDLE = { status: 'idle' } as const;
const LOADING = { status: 'loading' } as const;

interface Draft {
  readonly to: readonly string[];
  readonly subject: string;
  readonly body: string;
}

const EMPTY_DRAFT: Draft = Object.freeze({ to: [], subject: '', body: '' });

const LOCALE_TAGS: Readonly<Record<Locale, string>> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** `?school=` or `?child=` for where the person acts now (none when the shell tells nothing). */
function contextQuery(actingAs: ActingAs | null): { school?: string; child?: string } {
  if (actingAs?.kind === 'child' && actingAs.child) return { child: actingAs.child.id };
  if (actingAs?.kind === 'school' && actingAs.school) return { school: actingAs.school.code };
  return {};
}

function queryString(query: { school?: string; child?: string }): string {
  const params = new URLSearchParams(query);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export class MessagesApp extends LitElement {
  static override styles = messagesStyles;

  /** Set by `defineMicroApp` before the element is connected. */
  context?: ShellContext | undefined;

  readonly #ctx = new ContextController(this);

  @state() private route: Route = { view: 'inbox' };
  @state() private inbox: Load<ThreadListResponse> = IDLE;
  @state() private thread: Load<ThreadDetail> & { readonly id?: string } = IDLE;
  @state() private recipients: Load<readonly Recipient[]> & { readonly key?: string } = IDLE;
  @state() private draft: Draft = EMPTY_DRAFT;
  @state() private replies: ReadonlyMap<string, string> = new Map();
  @state() private sending = false;
  @state() private sendFailure: ApiFailure | undefined;
  @state() private recipientsMissing = false;
  @state() private replying = false;
  @state() private replyFailure: ApiFailure | undefined;

  #localization: AppLocalization | undefined;
  #unsubscribes: Unsubscribe[] = [];
  #aborter = new AbortController();
  #actingAsKey: string | undefined;
  #dirty = false;
  /** Move focus to the view's heading once it is on screen (after a route change). */
  #focusPending = false;
  /** Each load's number, so an answer that arrives after a newer request is dropped. */
  #loads = { inbox: 0, thread: 0, recipients: 0 };

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const context = this.context;
    if (!context) return;
    this.#aborter = new AbortController();
    this.#localization = connectMessagesLocalization(context);
    const onPath = (path: string): void => {
      const route = routeOf(path);
      if (route && !sameRoute(route, this.route)) this.#show(route, true);
    };
    // The shell announces every route change; single-spa's history events cover shells that do not.
    this.#unsubscribes.push(
      context.events.subscribe('shell:navigated', ({ path }) => {
        onPath(path);
      }),
    );
    const onPopState = (): void => {
      onPath(window.location.pathname);
    };
    window.addEventListener('popstate', onPopState);
    this.#unsubscribes.push(() => {
      window.removeEventListener('popstate', onPopState);
    });
    const actingAs = context.actingAs.subscribe((value) => {
      const key = queryString(contextQuery(value));
      if (this.#actingAsKey !== undefined && key !== this.#actingAsKey) {
        // Whom one may write to depends on the school or child: choose again.
        this.recipients = IDLE;
        this.draft = { ...this.draft, to: [] };
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
    this.#localization?.dispose();
    this.#localization = undefined;
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
    if (sameRoute(route, this.route)) {
      this.#show(route, true);
      return;
    }
    this.#show(route, true);
    context.navigate(pathOf(route));
  }

  #onLink = (event: MouseEvent): void => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    const anchor = event.currentTarget as HTMLAnchorElement;
    const route = routeOf(new URL(anchor.href, window.location.href).pathname);
    if (!route) return;
    event.preventDefault();
    this.#go(route);
  };

  #recipientsKey(): string {
    return queryString(contextQuery(this.context?.actingAs.value ?? null));
  }

  async #loadInbox(): Promise<void> {
    const context = this.context;
    if (!context) return;
    const n = ++this.#loads.inbox;
    // Known threads stay on screen while they are fetched again.
    this.inbox = this.inbox.status === 'ready' ? { ...this.inbox, refreshing: true } : LOADING;
    try {
      const data = await callApi<ThreadListResponse>(context, '/threads', {
        signal: this.#aborter.signal,
      });
      if (n !== this.#loads.inbox || !this.isConnected) return;
      this.inbox = { status: 'ready', data };
      this.#publishBadge(data.unreadCount);
    } catch (error) {
      if (n !== this.#loads.inbox || this.#aborter.signal.aborted) return;
      this.inbox = { status: 'error', failure: failureOf(error) };
    }
  }

  async #loadThread(id: string): Promise<void> {
    const context = this.context;
    if (!context) return;
    const n = ++this.#loads.thread;
    // The thread on screen stays while it is fetched again (just sent, or opened anew).
    this.thread =
      this.thread.status === 'ready' && this.thread.id === id
        ? { ...this.thread, refreshing: true }
        : { ...LOADING, id };
    this.replyFailure = undefined;
    try {
      const data = await callApi<ThreadDetail>(context, `/threads/${encodeURIComponent(id)}`, {
        signal: this.#aborter.signal,
      });
      if (n !== this.#loads.thread || !this.isConnected) return;
      this.thread = { status: 'ready', data, id };
      this.#publishBadge(data.unreadCount);
      this.#markReadInInbox(id);
    } catch (error) {
      if (n !== this.#loads.thread || this.#aborter.signal.aborted) return;
      this.thread = { status: 'error', failure: failureOf(error), id };
    }
  }

  async #loadRecipients(): Promise<void> {
    const context = this.context;
    if (!context) return;
    const n = ++this.#loads.recipients;
    const key = this.#recipientsKey();
    this.recipients = { ...LOADING, key };
    try {
      const data = await callApi<RecipientsResponse>(context, `/recipients${key}`, {
        signal: this.#aborter.signal,
      });
      if (n !== this.#loads.recipients || !this.isConnected) return;
      this.recipients = { status: 'ready', data: data.recipients, key };
    } catch (error) {
      if (n !== this.#loads.recipients || this.#aborter.signal.aborted) return;
      this.recipients = { status: 'error', failure: failureOf(error), key };
    }
  }

  /** The inbox on screen shows the thread just opened as read. */
  #markReadInInbox(id: string): void {
    if (this.inbox.status !== 'ready') return;
    const { data } = this.inbox;
    this.inbox = {
      status: 'ready',
      data: {
        ...data,
        threads: data.threads.map((t) => (t.id === id ? { ...t, unread: false } : t)),
      },
    };
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

  /** Tells the shell whether an unsent draft (a new message, a reply) has text. */
  #syncDirty(): void {
    const context = this.context;
    if (!context) return;
    const dirty =
      this.draft.subject.trim() !== '' ||
      this.draft.body.trim() !== '' ||
      [...this.replies.values()].some((text) => text.trim() !== '');
    if (dirty === this.#dirty) return;
    this.#dirty = dirty;
    if (context.isSupported('dirty-guard')) context.setDirty(dirty);
  }

  #setDraft(change: Partial<Draft>): void {
    this.draft = { ...this.draft, ...change };
    this.sendFailure = undefined;
    this.#syncDirty();
  }

  #setReply(id: string, text: string): void {
    const replies = new Map(this.replies);
    if (text === '') replies.delete(id);
    else replies.set(id, text);
    this.replies = replies;
    this.replyFailure = undefined;
    this.#syncDirty();
  }

  #toggleRecipient(id: string, checked: boolean): void {
    const to = new Set(this.draft.to);
    if (checked) to.add(id);
    else to.delete(id);
    this.recipientsMissing = false;
    this.#setDraft({ to: [...to] });
  }

  async #clearDraft(): Promise<void> {
    const context = this.context;
    if (!context) return;
    const hasText = this.draft.subject.trim() !== '' || this.draft.body.trim() !== '';
    if (hasText && context.isSupported('confirm')) {
      const sure = await context.confirm({
        heading: msg('Tyhjennetäänkö viesti?', { id: 'messages.clear.heading' }),
        message: msg('Kirjoittamasi aihe ja viesti poistetaan.', {
          id: 'messages.clear.message',
        }),
        confirmLabel: msg('Tyhjennä', { id: 'messages.clear.confirm' }),
        cancelLabel: msg('Jatka kirjoittamista', { id: 'messages.clear.cancel' }),
        danger: true,
      });
      if (!sure) return;
    }
    this.recipientsMissing = false;
    this.#setDraft(EMPTY_DRAFT);
  }

  async #send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const context = this.context;
    if (!context || this.sending) return;
    const fields = [...this.renderRoot.querySelectorAll<D1TextField>('form.compose d1-text-field')];
    const fieldsValid = fields.map((field) => field.reportValidity()).every(Boolean);
    this.recipientsMissing = this.draft.to.length === 0;
    if (this.recipientsMissing) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('.recipients input')?.focus();
      return;
    }
    if (!fieldsValid) return;
    const request: NewThreadRequest = {
      to: this.draft.to,
      subject: this.draft.subject.trim(),
      body: this.draft.body,
      ...contextQuery(context.actingAs.value),
    };
    this.sending = true;
    this.sendFailure = undefined;
    try {
      const created = await callApi<ThreadDetail>(context, '/threads', {
        method: 'POST',
        body: request,
        signal: this.#aborter.signal,
      });
      if (!this.isConnected) return;
      this.draft = EMPTY_DRAFT;
      this.#syncDirty();
      if (context.isSupported('notify')) {
        context.notify({
          message: msg('Viesti lähetetty.', { id: 'messages.sent' }),
          variant: 'success',
        });
      }
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
    if (!context || this.replying) return;
    const field = this.renderRoot.querySelector<D1TextField>('form.reply d1-text-field');
    if (field && !field.reportValidity()) return;
    const text = this.replies.get(id) ?? '';
    this.replying = true;
    this.replyFailure = undefined;
    try {
      const data = await callApi<ThreadDetail>(
        context,
        `/threads/${encodeURIComponent(id)}/replies`,
        { method: 'POST', body: { body: text }, signal: this.#aborter.signal },
      );
      if (!this.isConnected) return;
      this.thread = { status: 'ready', data, id };
      this.#setReply(id, '');
      if (context.isSupported('notify')) {
        context.notify({
          message: msg('Vastaus lähetetty.', { id: 'messages.replySent' }),
          variant: 'success',
        });
      }
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

  #formatTime(iso: string, style: 'short' | 'long'): string {
    const locale = this.context?.locale.value ?? 'fi';
    const date = new Date(iso);
    const options: Intl.DateTimeFormatOptions =
      style === 'short'
        ? { weekday: 'short', day: 'numeric', month: 'numeric', hour: 'numeric', minute: '2-digit' }
        : { dateStyle: 'medium', timeStyle: 'short' };
    return new Intl.DateTimeFormat(LOCALE_TAGS[locale], options).format(date);
  }

  #kindLabel(kind: PersonKind): string {
    switch (kind) {
      case 'guardian':
        return msg('huoltaja', { id: 'messages.kind.guardian' });
      case 'teacher':
        return msg('opettaja', { id: 'messages.kind.teacher' });
      case 'principal':
        return msg('rehtori', { id: 'messages.kind.principal' });
      case 'staff':
        return msg('henkilökunta', { id: 'messages.kind.staff' });
    }
  }

  #people(people: readonly PersonRef[]): string {
    if (people.length <= 3) return people.map((p) => p.name).join(', ');
    const shown = people
      .slice(0, 2)
      .map((p) => p.name)
      .join(', ');
    const more = people.length - 2;
    return msg(str`${shown} ja ${more} muuta`, { id: 'messages.andMore' });
  }

  #failureText(
    failure: ApiFailure,
    what: 'load' | 'thread' | 'send',
  ): {
    heading: string;
    message: string;
    retry: boolean;
  } {
    const kind: FailureKind = failure.kind;
    if (kind === 'session') {
      return {
        heading: msg('Istuntosi ei kelpaa viestipalvelulle', { id: 'messages.error.session' }),
        message: msg(
          'Viestipalvelu ei hyväksynyt kirjautumistasi. Yritä uudelleen; jos virhe toistuu, kirjaudu ulos ja takaisin sisään.',
          { id: 'messages.error.sessionHelp' },
        ),
        retry: true,
      };
    }
    if (what === 'thread' && (kind === 'not-found' || kind === 'forbidden')) {
      return {
        heading: msg('Viestiketjua ei löydy', { id: 'messages.error.threadMissing' }),
        message: msg(
          'Viestiketjua ei ole, tai se ei kuulu sinulle. Palaa viesteihin ja valitse ketju sieltä.',
          { id: 'messages.error.threadMissingHelp' },
        ),
        retry: false,
      };
    }
    if (what === 'send' && kind === 'forbidden') {
      return {
        heading: msg('Viestiä ei lähetetty', { id: 'messages.error.notSent' }),
        message: msg(
          'Et voi kirjoittaa kaikille valituille vastaanottajille. Valitse vastaanottajat uudelleen.',
          { id: 'messages.error.recipientNotAllowed' },
        ),
        retry: false,
      };
    }
    if (what === 'send' && kind === 'invalid') {
      return {
        heading: msg('Viestiä ei lähetetty', { id: 'messages.error.notSent' }),
        message: msg('Tarkista vastaanottajat, aihe ja viesti, ja lähetä uudelleen.', {
          id: 'messages.error.invalid',
        }),
        retry: false,
      };
    }
    if (kind === 'network') {
      return {
        heading: msg('Viestipalveluun ei saada yhteyttä', { id: 'messages.error.network' }),
        message:
          what === 'send'
            ? msg('Viestiä ei lähetetty. Se on tallessa tässä; yritä hetken päästä uudelleen.', {
                id: 'messages.error.networkSend',
              })
            : msg('Tarkista verkkoyhteytesi ja yritä uudelleen.', {
                id: 'messages.error.networkHelp',
              }),
        retry: true,
      };
    }
    return {
      heading: msg('Viestipalvelussa tapahtui virhe', { id: 'messages.error.server' }),
      message:
        what === 'send'
          ? msg('Viestiä ei lähetetty. Se on tallessa tässä; yritä hetken päästä uudelleen.', {
              id: 'messages.error.networkSend',
            })
          : msg('Viestejä ei voitu hakea juuri nyt. Yritä hetken päästä uudelleen.', {
              id: 'messages.error.serverHelp',
            }),
      retry: true,
    };
  }

  #errorPanel(failure: ApiFailure, what: 'load' | 'thread', retry: () => void): TemplateResult {
    const text = this.#failureText(failure, what);
    return html`<d1-error-panel
      heading=${text.heading}
      message=${text.message}
      heading-level="3"
      ?no-retry=${!text.retry}
      retry-label=${msg('Yritä uudelleen', { id: 'messages.retry' })}
      @d1-retry=${retry}
    ></d1-error-panel>`;
  }

  #loading(label: string): TemplateResult {
    return html`<div class="loading" aria-busy="true">
      <d1-spinner label=${label}></d1-spinner>
      <d1-skeleton lines="4"></d1-skeleton>
    </div>`;
  }

  override render() {
    const context = this.#ctx.context;
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
    switch (route.view) {
      case 'inbox':
        return this.#renderInbox();
      case 'compose':
        return this.#renderCompose(context);
      case 'thread':
        return this.#renderThread(route.id);
    }
  }

  #renderInbox(): TemplateResult {
    const inbox = this.inbox;
    const heading = html`<h3 data-focus tabindex="-1">
      ${msg('Viestiketjut', { id: 'messages.inbox.heading' })}
    </h3>`;
    if (inbox.status === 'error') {
      return html`<div class="view">
        ${heading} ${this.#errorPanel(inbox.failure, 'load', () => void this.#loadInbox())}
      </div>`;
    }
    if (inbox.status !== 'ready') {
      return html`<div class="view">
        ${heading} ${this.#loading(msg('Ladataan viestejä…', { id: 'messages.inbox.loading' }))}
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
        ${threads.map((thread) => this.#renderThreadItem(thread))}
      </ul>
    </div>`;
  }

  #renderThreadItem(thread: ThreadSummary): TemplateResult {
    const where = threadPlace(thread.context);
    return html`<li class=${thread.unread ? 'unread' : ''} data-thread=${thread.id}>
      <a
        class="thread-link"
        href=${pathOf({ view: 'thread', id: thread.id })}
        @click=${this.#onLink}
      >
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
        <time datetime=${thread.lastMessageAt}
          >${this.#formatTime(thread.lastMessageAt, 'short')}</time
        >
        <span class="line">
          <span class="party">${this.#people(thread.with)}</span>
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

  #renderBackLink(): TemplateResult {
    return html`<p>
      <a href=${pathOf({ view: 'inbox' })} @click=${this.#onLink}
        >${msg('← Kaikki viestit', { id: 'messages.back' })}</a
      >
    </p>`;
  }

  #renderThread(id: string): TemplateResult {
    const thread = this.thread;
    if (thread.status === 'error') {
      return html`<div class="view">
        ${this.#renderBackLink()}
        ${this.#errorPanel(thread.failure, 'thread', () => void this.#loadThread(id))}
      </div>`;
    }
    if (thread.status !== 'ready') {
      return html`<div class="view">
        ${this.#renderBackLink()}
        ${this.#loading(msg('Ladataan viestiketjua…', { id: 'messages.thread.loading' }))}
      </div>`;
    }
    const { data } = thread;
    const where = [data.context.child?.name, data.context.school.name].filter(Boolean).join(', ');
    const reply = this.replies.get(data.id) ?? '';
    const replyFailure = this.replyFailure
      ? this.#failureText(this.replyFailure, 'send')
      : undefined;
    return html`<article class="view" aria-labelledby="thread-subject">
      ${this.#renderBackLink()}
      <h3 id="thread-subject" data-focus tabindex="-1">${data.subject}</h3>
      <p class="muted summary">
        ${msg('Osallistujat:', { id: 'messages.thread.with' })} ${this.#people(data.with)} ·
        ${where}
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
                  <time datetime=${message.sentAt}
                    >${this.#formatTime(message.sentAt, 'long')}</time
                  >
                </header>
                <p class="body">${message.body}</p>
              </article>
            </li>`,
        )}
      </ol>
      <form class="reply" @submit=${(event: SubmitEvent) => void this.#reply(event, data.id)}>
        <d1-text-field
          label=${msg('Vastaus', { id: 'messages.reply.label' })}
          multiline
          rows="5"
          required
          maxlength=${LIMITS.body}
          .value=${live(reply)}
          @input=${(event: Event) => {
            this.#setReply(data.id, (event.currentTarget as D1TextField).value);
          }}
        ></d1-text-field>
        ${
          replyFailure
            ? html`<d1-alert variant="danger" live heading=${replyFailure.heading}
                >${replyFailure.message}</d1-alert
              >`
            : nothing
        }
        <div class="actions">
          <d1-button type="submit" ?loading=${this.replying}
            >${msg('Lähetä vastaus', { id: 'messages.reply.send' })}</d1-button
          >
        </div>
      </form>
    </article>`;
  }

  #renderRecipients(context: ShellContext): TemplateResult {
    const recipients = this.recipients;
    const actingAs = context.actingAs.value;
    let list: TemplateResult;
    if (recipients.status === 'error') {
      list = this.#errorPanel(recipients.failure, 'load', () => void this.#loadRecipients());
    } else if (recipients.status !== 'ready') {
      list = html`<d1-spinner
        label=${msg('Ladataan vastaanottajia…', { id: 'messages.compose.recipientsLoading' })}
      ></d1-spinner>`;
    } else if (recipients.data.length === 0) {
      list = html`<p>
        ${msg('Sinulla ei ole tässä roolissa henkilöitä, joille voisit kirjoittaa.', {
          id: 'messages.compose.noRecipients',
        })}
      </p>`;
    } else {
      const chosen = new Set(this.draft.to);
      list = html`<ul class="recipients">
        ${recipients.data.map(
          (r) =>
            html`<li>
              <label>
                <input
                  type="checkbox"
                  name="to"
                  value=${r.id}
                  .checked=${live(chosen.has(r.id))}
                  aria-describedby=${this.recipientsMissing ? 'to-error' : nothing}
                  @change=${(event: Event) => {
                    this.#toggleRecipient(r.id, (event.currentTarget as HTMLInputElement).checked);
                  }}
                />
                <span class="who">
                  <span>${r.name}</span>
                  <span class="muted where">${this.#kindLabel(r.kind)} · ${r.detail}</span>
                </span>
              </label>
            </li>`,
        )}
      </ul>`;
    }
    return html`<fieldset>
      <legend>${msg('Vastaanottajat', { id: 'messages.compose.to' })}</legend>
      ${
        actingAs
          ? html`<p class="hint muted">
              ${msg('Toimit nyt:', { id: 'messages.compose.actingAs' })} ${actingAs.label}
            </p>`
          : nothing
      }
      ${list}
      ${
        this.recipientsMissing
          ? html`<p class="field-error" id="to-error" role="alert">
              ${msg('Valitse vähintään yksi vastaanottaja.', { id: 'messages.compose.toMissing' })}
            </p>`
          : nothing
      }
    </fieldset>`;
  }

  #renderCompose(context: ShellContext): TemplateResult {
    const failure = this.sendFailure ? this.#failureText(this.sendFailure, 'send') : undefined;
    return html`<form
      class="view compose"
      novalidate
      aria-labelledby="compose-heading"
      @submit=${(event: SubmitEvent) => void this.#send(event)}
    >
      ${this.#renderBackLink()}
      <h3 id="compose-heading" data-focus tabindex="-1">
        ${msg('Uusi viesti', { id: 'messages.new' })}
      </h3>
      ${this.#renderRecipients(context)}
      <d1-text-field
        label=${msg('Aihe', { id: 'messages.compose.subject' })}
        required
        maxlength=${LIMITS.subject}
        .value=${live(this.draft.subject)}
        @input=${(event: Event) => {
          this.#setDraft({ subject: (event.currentTarget as D1TextField).value });
        }}
      ></d1-text-field>
      <d1-text-field
        label=${msg('Viesti', { id: 'messages.compose.body' })}
        multiline
        rows="8"
        required
        maxlength=${LIMITS.body}
        .value=${live(this.draft.body)}
        @input=${(event: Event) => {
          this.#setDraft({ body: (event.currentTarget as D1TextField).value });
        }}
      ></d1-text-field>
      ${
        failure
          ? html`<d1-alert variant="danger" live heading=${failure.heading}
              >${failure.message}</d1-alert
            >`
          : nothing
      }
      <div class="actions">
        <d1-button type="submit" ?loading=${this.sending}
          >${msg('Lähetä', { id: 'messages.compose.send' })}</d1-button
        >
        <d1-button variant="secondary" @click=${() => void this.#clearDraft()}
          >${msg('Tyhjennä', { id: 'messages.compose.clear' })}</d1-button
        >
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'messages-app': MessagesApp;
  }
}
