/**
 * The Messages API: what it answers (`api/server.ts`), shared by the API and the app, and the app's
 * client of it (the SDK's, bound to the app's context). Every text field is plain text from people
 * (subjects, message bodies, names): the app renders it as text, never as HTML.
 */
import {
  DigiOneApiError,
  createApiClient,
  type ActingAs,
  type ApiClient,
  type ShellContext,
} from '@digione/sdk';

/**
 * The API's address when the shell gives none (`context.apiUrl`): the manifest's `api.url`. The
 * portal's development server and tests rewrite the manifest, and the shell passes the result.
 */
export const DEFAULT_API_URL = 'https://api.messages.example.fi';

/** The app's API client: token, one retry with a fresh token on 401, coded errors (the SDK's). */
export function messagesApi(context: ShellContext): ApiClient {
  return createApiClient(context, { baseUrl: DEFAULT_API_URL });
}

/** The failure behind any error (an unexpected one counts as a server failure). */
export function failureOf(error: unknown): DigiOneApiError {
  return error instanceof DigiOneApiError
    ? error
    : new DigiOneApiError('server', 0, error instanceof Error ? error.message : String(error));
}

import type { ThreadListResponse } from './types.js';

export * from './types.js';

/** `?school=` or `?child=` for where the person acts now (none when the shell tells nothing). */
export function contextQuery(actingAs: ActingAs | null): { school?: string; child?: string } {
  if (actingAs?.kind === 'child' && actingAs.child) return { child: actingAs.child.id };
  if (actingAs?.kind === 'school' && actingAs.school) return { school: actingAs.school.code };
  return {};
}

export function queryString(query: { school?: string; child?: string }): string {
  const params = new URLSearchParams(query);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The inbox with the thread `id` marked read (as it is once opened). */
export function withThreadRead(list: ThreadListResponse, id: string): ThreadListResponse {
  return { ...list, threads: list.threads.map((t) => (t.id === id ? { ...t, unread: false } : t)) };
}
