/**
 * Requests to the identity provider that the portal makes itself (app tokens, revocation): bounded
 * in time, their answer's body included, and cut short when the person signs out.
 */
import { AuthError } from './auth-error.js';

/** The error of a request that sign-out overtook. */
export function signedOut(): AuthError {
  return new AuthError('session', 'The person signed out while the request was under way.');
}

/** Why a signal aborted, as an `AuthError`: sign-out's own, or `unreachable` for a time-out. */
function abortReason(signal: AbortSignal): AuthError {
  const reason: unknown = signal.reason;
  if (reason instanceof AuthError) return reason;
  return new AuthError('unreachable', 'The identity provider did not answer in time.', {
    cause: reason,
  });
}

/** `promise`, or `abortReason(signal)` as soon as the signal aborts. */
export function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const abort = (): void => {
      reject(abortReason(signal));
    };
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', abort);
    });
  });
}

/** The provider's answer to a form: the response and its JSON body (`{}` when it is not JSON). */
export interface ProviderAnswer {
  readonly response: Response;
  readonly body: Record<string, unknown>;
}

/**
 * Posts a form to the provider and reads its JSON answer until `signal` aborts (the answer's body
 * included): `unreachable` when nothing answers or the time limit passes, sign-out's own error
 * when the person signs out first.
 */
export async function postForm(
  fetchImpl: typeof fetch,
  url: string,
  form: Record<string, string>,
  signal: AbortSignal,
): Promise<ProviderAnswer> {
  let response: Response;
  let text: string;
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form),
      signal,
    });
    text = await unlessAborted(response.text(), signal);
  } catch (error) {
    if (signal.aborted) throw abortReason(signal);
    throw new AuthError('unreachable', 'The identity provider could not be reached.', {
      cause: error,
    });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = {};
  }
  return {
    response,
    body: typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {},
  };
}

/**
 * The requests to the provider for the person signed in now: each bounded in time and cut short
 * when the person is forgotten (`forget`), after which whatever a request brings back is dropped.
 * The person's sign-ins are numbered (`generation`): a request started for an earlier one fails
 * with a `session` error.
 */
export class ProviderCalls {
  readonly #fetch: typeof fetch;
  readonly #timeoutMs: number;
  readonly #dropLateUser: () => void;
  #generation = 0;
  /** Aborted when the person is forgotten, cutting short every request under way. */
  #signOut = new AbortController();
  /** The refresh requests of this tab, one after another (see `serial`). */
  #queue: Promise<unknown> = Promise.resolve();

  /**
   * `timeoutMs` bounds each request, its answer read to the end; `dropLateUser` removes a user
   * oidc-client-ts kept from an answer that came after the person was forgotten.
   */
  constructor(fetchImpl: typeof fetch, timeoutMs: number, dropLateUser: () => void) {
    this.#fetch = fetchImpl;
    this.#timeoutMs = timeoutMs;
    this.#dropLateUser = dropLateUser;
  }

  /** Counts the times the person was forgotten: a result from an earlier count is dropped. */
  get generation(): number {
    return this.#generation;
  }

  /** Aborts when the person is forgotten (or the portal closes). */
  get signal(): AbortSignal {
    return this.#signOut.signal;
  }

  /** The person is forgotten: every request under way is cut short with a `session` error. */
  forget(): void {
    this.#generation++;
    this.#signOut.abort(signedOut());
    this.#signOut = new AbortController();
  }

  /** Cuts short every request under way for good, with `reason` (the portal closes). */
  close(reason: AuthError): void {
    this.#signOut.abort(reason);
  }

  /**
   * Runs a request of oidc-client-ts for the person signed in at `generation`, within the time
   * limit (twice a request's: discovery, then the request itself) and cut short by sign-out.
   * oidc-client-ts keeps the user it gets; when that comes after a sign-out, it is removed again.
   */
  managed<T>(generation: number, call: () => Promise<T>): Promise<T> {
    if (generation !== this.#generation) return Promise.reject(signedOut());
    const running = call();
    running.then(
      () => {
        if (generation !== this.#generation) this.#dropLateUser();
      },
      () => undefined,
    );
    const signal = AbortSignal.any([
      this.#signOut.signal,
      AbortSignal.timeout(2 * this.#timeoutMs),
    ]);
    return unlessAborted(running, signal);
  }

  /**
   * Runs `task` after every refresh this tab started before it. Renewal and app tokens spend the
   * tab's one refresh token, and each use rotates it: two at once would spend a token twice, and
   * the provider would take that for theft and end the sign-in. Only this tab waits: every task is
   * bounded in time, and no other tab uses this tab's refresh tokens (see `token-family.ts`).
   */
  serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Posts a form to the provider and reads its JSON answer, within the time limit (the answer's
   * body included): `unreachable` when it takes longer, `session` when the person signs out first.
   */
  send(url: string, form: Record<string, string>): Promise<ProviderAnswer> {
    const signal = AbortSignal.any([this.#signOut.signal, AbortSignal.timeout(this.#timeoutMs)]);
    return postForm(this.#fetch, url, form, signal);
  }
}
