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
import { readFileSync } from 'node:fs';
import {
  ApiError,
  startProtectedApi,
  type ApiRequest,
  type ApiRoute,
  type RunningProtectedApi,
} from '@digione/dev-idp';
import type { RecipientsResponse, ThreadListResponse, UnreadCountResponse } from '../src/api.js';
import { MessageStore, type ContextQuery } from './store.js';

interface Manifest {
  readonly api: { readonly audience: string };
}

/** The API's audience, as the app's manifest declares it. */
export const AUDIENCE = (
  JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8')) as Manifest
).api.audience;

export interface MessagesApiOptions {
  /** The identity provider's issuer identifier. */
  readonly issuer: string;
  /** Browser origins that may call the API (the portal's, the sandbox's). */
  readonly allowedOrigins: readonly string[];
  /** Interface to listen on; default 127.0.0.1. */
  readonly host?: string;
  /** Port; default 0, any free port. */
  readonly port?: number;
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
export async function startApi(options: MessagesApiOptions): Promise<RunningProtectedApi> {
  const store = new MessageStore(options.now);
  return startProtectedApi({
    issuer: options.issuer,
    audience: AUDIENCE,
    allowedOrigin: options.allowedOrigins,
    ...(options.host !== undefined ? { host: options.host } : {}),
    ...(options.port !== undefined ? { port: options.port } : {}),
    routes: messagesRoutes(store),
  });
}
