/**
 * What the person is writing in Viestit and has not sent: the new message (recipients, subject,
 * body) and a reply per thread. Kept apart from the views so that switching views keeps them, and
 * the shell is told whether any unsent text would be lost (its dirty guard).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ShellContext } from '@digione/sdk';
import { clearQuestion } from './strings.js';
import { EMPTY_DRAFT, type Draft } from './views/common.js';

/** The host: the app's element, with the shell context it was mounted with. */
export type DraftsHost = ReactiveControllerHost & { readonly context?: ShellContext | undefined };

export class Drafts implements ReactiveController {
  /** The new message. */
  draft: Draft = EMPTY_DRAFT;
  /** The reply being written in each thread, by thread id. */
  replies: ReadonlyMap<string, string> = new Map();
  /** Whether sending was tried without a recipient. */
  recipientsMissing = false;

  readonly #host: DraftsHost;
  #dirty = false;

  constructor(host: DraftsHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to start: the drafts change only when the person writes.
  }

  /** Changes the new message. */
  setDraft(change: Partial<Draft>): void {
    this.draft = { ...this.draft, ...change };
    this.#changed();
  }

  /** Changes the reply in thread `id` (empty: no reply). */
  setReply(id: string, text: string): void {
    const replies = new Map(this.replies);
    if (text === '') replies.delete(id);
    else replies.set(id, text);
    this.replies = replies;
    this.#changed();
  }

  /** Adds or removes a recipient of the new message. */
  toggleRecipient(id: string, checked: boolean): void {
    const to = new Set(this.draft.to);
    if (checked) to.add(id);
    else to.delete(id);
    this.recipientsMissing = false;
    this.setDraft({ to: [...to] });
  }

  /**
   * Empties the new message, once the person confirms it when it has text (where the shell can
   * ask); resolves whether it was emptied.
   */
  async clearDraft(): Promise<boolean> {
    const context = this.#host.context;
    if (!context) return false;
    const hasText = this.draft.subject.trim() !== '' || this.draft.body.trim() !== '';
    if (hasText && context.isSupported('confirm')) {
      const sure = await context.confirm(clearQuestion());
      if (!sure) return false;
    }
    this.recipientsMissing = false;
    this.setDraft(EMPTY_DRAFT);
    return true;
  }

  #changed(): void {
    this.#host.requestUpdate();
    this.#syncDirty();
  }

  /** Tells the shell whether an unsent draft (a new message, a reply) has text. */
  #syncDirty(): void {
    const context = this.#host.context;
    if (!context) return;
    const dirty =
      this.draft.subject.trim() !== '' ||
      this.draft.body.trim() !== '' ||
      [...this.replies.values()].some((text) => text.trim() !== '');
    if (dirty === this.#dirty) return;
    this.#dirty = dirty;
    if (context.isSupported('dirty-guard')) context.setDirty(dirty);
  }
}
