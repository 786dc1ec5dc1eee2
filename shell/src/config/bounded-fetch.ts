/**
 * Fetching the portal's deployment files (`/config.json`, the app registry) within limits: an
 * answer that does not come, or a body that never ends, fails after a time; a body larger than
 * its cap fails as soon as it is known to be (at once when its Content-Length says so). The
 * portal then shows an error with a retry instead of loading forever, and never reads a file of
 * any size into memory.
 */

/** How long one fetch may take and how large its body may be. */
export interface FetchLimits {
  /** Milliseconds from the request to the last byte of the body. */
  readonly timeoutMs: number;
  /** Bytes the body may hold. */
  readonly maxBytes: number;
  /** Ends the fetch early, e.g. when a newer request replaces it. */
  readonly signal?: AbortSignal;
}

/** Why a bounded fetch stopped: too slow, too large, or ended by the caller's signal. */
export class FetchLimitError extends Error {
  constructor(
    readonly kind: 'timeout' | 'too-large' | 'aborted',
    /** What happened, to follow the file's name: "did not load within 10000 ms". */
    message: string,
  ) {
    super(message);
    this.name = 'FetchLimitError';
  }
}

/** An answer within the limits: the body as text when the status is OK, else only the status. */
export type BoundedAnswer =
  | { readonly ok: true; readonly status: number; readonly text: string }
  | { readonly ok: false; readonly status: number };

/** "256 KiB", "2 MiB", "16 bytes": a size as an operator reads it. */
export function formatBytes(bytes: number): string {
  const units: [number, string][] = [
    [1024 * 1024, 'MiB'],
    [1024, 'KiB'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  }
  return `${bytes} bytes`;
}

function tooLarge(maxBytes: number): FetchLimitError {
  return new FetchLimitError(
    'too-large',
    `is larger than ${formatBytes(maxBytes)}, the most the portal reads`,
  );
}

/**
 * Fetches `url` with `init` and reads its body as UTF-8 text (as `Response.json()` would), within
 * `limits`. Rejects with `FetchLimitError` when the time runs out, the body passes its cap, or the
 * caller's signal aborts; the request (and the body) is then cancelled — also when `fetchImpl`
 * ignores the signal it is given, as a promise started earlier does. Other failures (the network)
 * reject as `fetchImpl` rejects.
 */
export async function fetchText(
  fetchImpl: typeof fetch,
  url: string,
  init: RequestInit,
  limits: FetchLimits,
): Promise<BoundedAnswer> {
  const controller = new AbortController();
  const { signal } = controller;
  const timer = setTimeout(() => {
    controller.abort(new FetchLimitError('timeout', `did not load within ${limits.timeoutMs} ms`));
  }, limits.timeoutMs);
  const outer = limits.signal;
  const onAbort = (): void => {
    controller.abort(new FetchLimitError('aborted', 'was no longer needed and was cancelled'));
  };
  if (outer?.aborted) onAbort();
  else outer?.addEventListener('abort', onAbort, { once: true });
  /** Rejects with the reason once the fetch is stopped: the race for what ignores the signal. */
  const stopped = new Promise<never>((_resolve, reject) => {
    const fail = (): void => {
      reject(signal.reason as Error);
    };
    if (signal.aborted) fail();
    else signal.addEventListener('abort', fail, { once: true });
  });
  // Raced below, and handled there; never an unhandled rejection of its own.
  stopped.catch(() => undefined);

  let response: Response | undefined;
  try {
    response = await Promise.race([fetchImpl(url, { ...init, signal }), stopped]);
    if (!response.ok) {
      cancel(response.body);
      return { ok: false, status: response.status };
    }
    const declared = Number(response.headers.get('content-length') ?? '');
    if (declared > limits.maxBytes) throw tooLarge(limits.maxBytes);
    const text = await readText(response.body, limits.maxBytes, stopped);
    return { ok: true, status: response.status, text };
  } catch (error) {
    // Whatever failed, nothing of this request goes on: the fetch and its body are cancelled.
    if (!signal.aborted) controller.abort(error);
    if (response && !response.bodyUsed) cancel(response.body);
    // A fetch that honours the signal rejects with its reason; one that did not lost the race.
    throw signal.reason instanceof FetchLimitError ? signal.reason : error;
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onAbort);
  }
}

/** Reads `body` to its end as UTF-8 text, failing once it passes `maxBytes` or `stopped` rejects. */
async function readText(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  stopped: Promise<never>,
): Promise<string> {
  if (!body) return '';
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), stopped]);
      if (done) return text + decoder.decode();
      size += value.byteLength;
      if (size > maxBytes) throw tooLarge(maxBytes);
      text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    reader.cancel(error).catch(() => undefined);
    throw error;
  }
}

/** Cancels a body nobody will read (a stream already locked or errored is left as it is). */
function cancel(body: ReadableStream | null): void {
  if (!body || body.locked) return;
  body.cancel().catch(() => undefined);
}
