/**
 * The Messages API's wire format and limits: what the API (`api/server.ts`, in Node) answers and
 * the app reads. Nothing here imports the SDK, so the API runs it as it is.
 */

/** What a person is in the school community, as the recipient list and the threads tell. */
export type PersonKind = 'guardian' | 'teacher' | 'principal' | 'staff';

/** Someone a message comes from or goes to. */
export interface PersonRef {
  /** The person's id: their `sub` at the identity provider, or an id of the API's own data. */
  readonly id: string;
  readonly name: string;
}

/** Someone the caller may write to, with what they are in the school (data, in Finnish). */
export interface Recipient extends PersonRef {
  readonly kind: PersonKind;
  /** E.g. "Aino Mäkelä, 7B" (a guardian's children) or "matematiikka, luokanohjaaja 7B". */
  readonly detail: string;
}

/** Where a thread belongs: the school, and the child it concerns when there is one. */
export interface ThreadContext {
  readonly school: { readonly code: string; readonly name: string };
  readonly child?: { readonly id: string; readonly name: string };
}

/** Whom or where a thread concerns, in a list: the child, or else the school. */
export function threadPlace(context: ThreadContext): string {
  return context.child?.name ?? context.school.name;
}

/** One thread in the inbox. */
export interface ThreadSummary {
  readonly id: string;
  readonly subject: string;
  /** The other people of the thread, as the caller sees them. */
  readonly with: readonly PersonRef[];
  /** When the last message the caller sees was sent (ISO 8601). */
  readonly lastMessageAt: string;
  /** Whether a message the caller has not read is waiting in the thread. */
  readonly unread: boolean;
  readonly messageCount: number;
  readonly context: ThreadContext;
}

export interface Message {
  readonly id: string;
  readonly from: PersonRef;
  /** Whether the caller sent it. */
  readonly mine: boolean;
  /** ISO 8601. */
  readonly sentAt: string;
  /** Plain text; line breaks are part of it. */
  readonly body: string;
}

/** A thread opened: its messages, oldest first, as the caller sees them. */
export interface ThreadDetail {
  readonly id: string;
  readonly subject: string;
  readonly with: readonly PersonRef[];
  readonly context: ThreadContext;
  readonly messages: readonly Message[];
  /** The caller's unread threads after this one was read. */
  readonly unreadCount: number;
}

/** `GET /threads` */
export interface ThreadListResponse {
  /** Newest first. */
  readonly threads: readonly ThreadSummary[];
  readonly unreadCount: number;
}

/** `GET /recipients` */
export interface RecipientsResponse {
  readonly recipients: readonly Recipient[];
}

/** `GET /unread-count` */
export interface UnreadCountResponse {
  readonly count: number;
}

/** `POST /threads` body. */
export interface NewThreadRequest {
  readonly to: readonly string[];
  readonly subject: string;
  readonly body: string;
  /** The school the caller writes from (teachers, principals, staff). */
  readonly school?: string;
  /** The child the message concerns (guardians). */
  readonly child?: string;
}

/** `POST /threads/:id/replies` body. */
export interface ReplyRequest {
  readonly body: string;
}

/** An error answer: `{ error, error_description }` with a stable code. */
export interface ApiErrorBody {
  readonly error: string;
  readonly error_description?: string;
}

/** Limits the API enforces (the app enforces them too, to say so before sending). */
export const LIMITS = Object.freeze({
  subject: 150,
  body: 5000,
  recipients: 50,
});
