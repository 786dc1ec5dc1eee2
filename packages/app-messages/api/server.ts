/**
 * The Messages API for development and tests: the routes the Messages app calls, behind the access
 * token checks of `@digione/dev-idp` (a request without a valid token for the manifest's audience
 * is answered 401 before any route runs). Messages live in memory while the API runs.
 *
 *   GET  /threads               the caller's threads, newest first, with the unread count
 *   GET  /threads/:id           one thread (marks it read for the caller)
 *   POST /threads               { to, subject, body, school?, child? } → 201
 *   POST /threads/:id/replies   { body } → 201
 *   GET  /recipients            whom the caller may write to (?school=<code> or ?child=<id>)
 *   GET  /unread-count          { count }
 */
import {
  ApiError,
  manifestAudience,
  startAppApi,
  type ApiRequest,
  type ApiRoute,
  type AppApiOptions,
  type RunningProtectedApi,
} from '@digione/dev-idp';
import type { RecipientsResponse, ThreadListResponse, UnreadCountResponse } from '../src/types.js';
import { MessageStore, type ContextQuery } from './store.js';

/** The API's audience, as the app's manifest declares it. */
export const AUDIENCE = manifestAudience(new URL('../manifest.json', import.meta.url));

export interface MessagesApiOptions extends AppApiOptions {
  /** The moment the first messages are dated from (default: now). */
  readonly now?: Date;
}

function contextQuery(query: URLSearchParams): ContextQuery {
  const value = (name: string): string | undefined => {
    const values = query.getAll(name);
    if (values.length > 1) {
      throw new ApiError(400, 'invalid_context', `give "${name}" once`);
    }
    return values[0] === '' ? undefined : values[0];
  };
  return { school: value('school'), child: value('child') };
}

/** The routes of the Messages API over one store. */
export function messagesRoutes(store: MessageStore): ApiRoute[] {
  const caller = ({ token }: ApiRequest) => store.person(token.sub);
  return [
    {
      method: 'GET',
      path: '/threads',
      handle: (request) => {
        const person = caller(request);
        const body: ThreadListResponse = {
          threads: store.threads(person.id),
          unreadCount: store.unreadCount(person.id),
        };
        return { body };
      },
    },
    {
      method: 'GET',
      path: '/threads/:id',
      handle: (request) => ({ body: store.read(request.params.id, caller(request).id) }),
    },
    {
      method: 'POST',
      path: '/threads',
      handle: (request) => ({ status: 201, body: store.send(caller(request), request.body) }),
    },
    {
      method: 'POST',
      path: '/threads/:id/replies',
      handle: (request) => ({
        status: 201,
        body: store.reply(request.params.id, caller(request), request.body),
      }),
    },
    {
      method: 'GET',
      path: '/recipients',
      handle: (request) => {
        const body: RecipientsResponse = {
          recipients: store.recipients(caller(request), contextQuery(request.query)),
        };
        return { body };
      },
    },
    {
      method: 'GET',
      path: '/unread-count',
      handle: (request) => {
        const body: UnreadCountResponse = { count: store.unreadCount(caller(request).id) };
        return { body };
      },
    },
  ];
}

/** Starts the Messages API; resolves once it listens. `stop()` ends it (and forgets its messages). */
export function startApi(options: MessagesApiOptions): Promise<RunningProtectedApi> {
  return startAppApi(AUDIENCE, options, messagesRoutes(new MessageStore(options.now)));
}
