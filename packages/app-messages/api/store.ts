/**
 * The Messages API's memory: threads, who may see which message, who has read what, and whom each
 * person may write to. One store per running API; sent messages live as long as it does.
 *
 * Who sees what: the author of a thread and its recipients see the author's messages; a recipient's
 * reply goes to the author only (as in a school's messaging today: a reply to a message sent to a
 * whole class does not reach the other families).
 */
import { ApiError } from '@digione/dev-idp';
import {
  LIMITS,
  type Message,
  type PersonRef,
  type Recipient,
  type ThreadContext,
  type ThreadDetail,
  type ThreadSummary,
} from '../src/types.js';
import { PUPILS, SCHOOLS, SEED_THREADS, type Person, type SeedThread } from './data.js';
import {
  allowedRecipients,
  byId,
  pickContexts,
  ref,
  recipientsOf,
  type ContextQuery,
} from './recipients.js';

export type { ContextQuery } from './recipients.js';

interface StoredMessage {
  readonly id: string;
  readonly from: string;
  readonly sentAt: Date;
  readonly body: string;
  /** Who sees the message. */
  readonly audience: ReadonlySet<string>;
  /** Who has read it (its sender always has). */
  readonly readBy: Set<string>;
}

interface StoredThread {
  readonly id: string;
  readonly subject: string;
  readonly author: string;
  readonly recipients: readonly string[];
  readonly school: string;
  readonly child?: string;
  readonly messages: StoredMessage[];
}

function atDaysAgo(now: Date, daysAgo: number, time: string): Date {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const date = new Date(now);
  date.setDate(date.getDate() - daysAgo);
  date.setHours(hours, minutes, 0, 0);
  return date;
}

/** Plain text as people write it: one kind of line break, no stray space around it. */
function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

// eslint-disable-next-line no-control-regex -- the point is to find control characters
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function checkSubject(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ApiError(400, 'subject_required', 'give the message a subject');
  }
  const subject = value.trim();
  if (subject.length > LIMITS.subject) {
    throw new ApiError(
      400,
      'subject_too_long',
      `the subject is at most ${LIMITS.subject} characters`,
    );
  }
  if (/[\r\n]/.test(subject) || CONTROL.test(subject)) {
    throw new ApiError(400, 'subject_invalid', 'the subject is one line of text');
  }
  return subject;
}

function checkBody(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ApiError(400, 'body_required', 'the message has no text');
  }
  const body = normalise(value);
  if (body.length > LIMITS.body) {
    throw new ApiError(400, 'body_too_long', `a message is at most ${LIMITS.body} characters`);
  }
  if (CONTROL.test(body.replace(/\t/g, ''))) {
    throw new ApiError(400, 'body_invalid', 'the message contains control characters');
  }
  return body;
}

function checkObject(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ApiError(400, 'invalid_request', 'send a JSON object');
  }
  return body as Record<string, unknown>;
}

function optionalString(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    throw new ApiError(400, 'invalid_request', `"${name}" must be a string`);
  }
  return value;
}

export class MessageStore {
  readonly #threads: StoredThread[] = [];
  #nextThread = 1;
  #nextMessage = 1;

  constructor(now: Date = new Date()) {
    for (const seed of SEED_THREADS) this.#seed(seed, now);
  }

  #seed(seed: SeedThread, now: Date): void {
    const thread = this.#newThread(
      seed.subject,
      seed.author,
      seed.recipients,
      seed.school,
      seed.child,
    );
    for (const message of seed.messages) {
      const stored = this.#addMessage(
        thread,
        message.from,
        message.body,
        atDaysAgo(now, message.daysAgo, message.time),
      );
      for (const reader of stored.audience) {
        if (!message.unreadBy?.includes(reader)) stored.readBy.add(reader);
      }
    }
  }

  #newThread(
    subject: string,
    author: string,
    recipients: readonly string[],
    school: string,
    child: string | undefined,
  ): StoredThread {
    const thread: StoredThread = {
      id: `t-${String(this.#nextThread++).padStart(4, '0')}`,
      subject,
      author,
      recipients,
      school,
      ...(child ? { child } : {}),
      messages: [],
    };
    this.#threads.push(thread);
    return thread;
  }

  #addMessage(thread: StoredThread, from: string, body: string, sentAt: Date): StoredMessage {
    const audience =
      from === thread.author ? [thread.author, ...thread.recipients] : [thread.author, from];
    const message: StoredMessage = {
      id: `m-${String(this.#nextMessage++).padStart(5, '0')}`,
      from,
      sentAt,
      body,
      audience: new Set(audience),
      readBy: new Set([from]),
    };
    thread.messages.push(message);
    return message;
  }

  /** The person behind a token's `sub`; 403 for someone Messages does not serve. */
  person(sub: string): Person {
    const person = byId.get(sub);
    if (!person) {
      throw new ApiError(
        403,
        'not_a_messaging_user',
        'messages are for guardians and school staff; this person has no messages here',
      );
    }
    return person;
  }

  // --- Reading -------------------------------------------------------------------------------

  #isParticipant(thread: StoredThread, person: string): boolean {
    return thread.author === person || thread.recipients.includes(person);
  }

  #visible(thread: StoredThread, person: string): StoredMessage[] {
    return thread.messages.filter((m) => m.audience.has(person));
  }

  #isUnread(thread: StoredThread, person: string): boolean {
    return this.#visible(thread, person).some((m) => !m.readBy.has(person));
  }

  #with(thread: StoredThread, person: string): PersonRef[] {
    if (thread.author !== person) return [ref(thread.author)];
    return thread.recipients.map(ref);
  }

  #context(thread: StoredThread): ThreadContext {
    const child = thread.child ? PUPILS.find((p) => p.id === thread.child) : undefined;
    return {
      school: { code: thread.school, name: SCHOOLS.get(thread.school) ?? thread.school },
      ...(child ? { child: { id: child.id, name: child.name } } : {}),
    };
  }

  /** The caller's threads, newest first. */
  threads(person: string): ThreadSummary[] {
    return this.#threads
      .filter((t) => this.#isParticipant(t, person))
      .map((thread) => {
        const visible = this.#visible(thread, person);
        const last = visible.at(-1);
        return {
          id: thread.id,
          subject: thread.subject,
          with: this.#with(thread, person),
          lastMessageAt: (last?.sentAt ?? new Date(0)).toISOString(),
          unread: visible.some((m) => !m.readBy.has(person)),
          messageCount: visible.length,
          context: this.#context(thread),
        };
      })
      .sort((a, b) => b.lastMessageAt.localeCompare(a.lastMessageAt));
  }

  /** How many of the caller's threads have a message they have not read. */
  unreadCount(person: string): number {
    return this.#threads.filter((t) => this.#isParticipant(t, person) && this.#isUnread(t, person))
      .length;
  }

  #own(id: string, person: string): StoredThread {
    const thread = /^t-\d{4,}$/.test(id) ? this.#threads.find((t) => t.id === id) : undefined;
    if (!thread) throw new ApiError(404, 'thread_not_found', 'there is no such thread');
    if (!this.#isParticipant(thread, person)) {
      throw new ApiError(403, 'not_a_participant', 'this thread is not yours');
    }
    return thread;
  }

  #detail(thread: StoredThread, person: string): ThreadDetail {
    const messages: Message[] = this.#visible(thread, person).map((m) => ({
      id: m.id,
      from: ref(m.from),
      mine: m.from === person,
      sentAt: m.sentAt.toISOString(),
      body: m.body,
    }));
    return {
      id: thread.id,
      subject: thread.subject,
      with: this.#with(thread, person),
      context: this.#context(thread),
      messages,
      unreadCount: this.unreadCount(person),
    };
  }

  /** Opens a thread for its participant, marking every message they see as read. */
  read(id: string, person: string): ThreadDetail {
    const thread = this.#own(id, person);
    for (const message of this.#visible(thread, person)) message.readBy.add(person);
    return this.#detail(thread, person);
  }

  /** Whom the person may write to, in the context the query names (or all of theirs). */
  recipients(person: Person, query: ContextQuery): Recipient[] {
    return recipientsOf(person, query);
  }

  // --- Writing -------------------------------------------------------------------------------

  /** Starts a thread; validates everything first (400), then whom it goes to (403). */
  send(person: Person, input: unknown, now: Date = new Date()): ThreadDetail {
    const body = checkObject(input);
    const to = body.to;
    if (
      !Array.isArray(to) ||
      to.length === 0 ||
      to.length > LIMITS.recipients ||
      !to.every((id): id is string => typeof id === 'string' && id !== '')
    ) {
      throw new ApiError(
        400,
        'recipients_required',
        `"to" lists 1 to ${LIMITS.recipients} recipients by id`,
      );
    }
    const subject = checkSubject(body.subject);
    const text = checkBody(body.body);
    const query: ContextQuery = {
      school: optionalString(body.school, 'school'),
      child: optionalString(body.child, 'child'),
    };
    const recipients = [...new Set(to)];
    // The first context (a school, a child) whose people include every recipient.
    const context = pickContexts(person, query).find((c) => {
      const allowed = new Set(allowedRecipients(person, c).map((r) => r.id));
      return recipients.every((id) => allowed.has(id));
    });
    if (!context) {
      throw new ApiError(
        403,
        'recipient_not_allowed',
        'you may not write to every one of these recipients (from this school or for this child)',
      );
    }
    const thread = this.#newThread(
      subject,
      person.id,
      recipients,
      context.kind === 'school' ? context.school : context.child.school,
      context.kind === 'child' ? context.child.id : undefined,
    );
    this.#addMessage(thread, person.id, text, now);
    return this.#detail(thread, person.id);
  }

  /** Adds a reply of a participant to a thread. */
  reply(id: string, person: Person, input: unknown, now: Date = new Date()): ThreadDetail {
    const thread = this.#own(id, person.id);
    const text = checkBody(checkObject(input).body);
    this.#addMessage(thread, person.id, text, now);
    // Replying means the person has read what was there.
    for (const message of this.#visible(thread, person.id)) message.readBy.add(person.id);
    return this.#detail(thread, person.id);
  }
}
