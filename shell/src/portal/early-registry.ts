/**
 * The app registry asked for as soon as `/config.json` names it, not once the boot module has
 * arrived and the person is signed in: on a phone's slow network that is one round trip less
 * (about half a second) before the frame stands with the person's apps.
 *
 * Only a registry on the portal's own origin (a path such as `/registry.json`), asked for exactly
 * as the registry's loader asks for it (`REGISTRY_REQUEST`), so that the loader's first request
 * takes this answer and reads it within the same limits of time and size. Any other registry, and
 * every later request (a retry), goes to the network as before.
 */

/** How the registry is requested: revalidated on every page load, with the portal's cookies. */
export const REGISTRY_REQUEST = { cache: 'no-cache', credentials: 'same-origin' } as const;

/** A configuration larger than this is not read here (the boot's own reading refuses it). */
const CONFIG_MAX_BYTES = 256 * 1024;

interface Early {
  readonly url: string;
  readonly answer: Promise<Response>;
  readonly stop: AbortController;
}

/**
 * Starts the registry's request when `config` (the page's request for `/config.json`) answers with
 * a registry path, and returns the fetch for the registry's loader: its first request for that
 * address is handed the answer under way (and cancelling it cancels that request).
 */
export function requestRegistryEarly(win: Window, config: Promise<Response>): typeof fetch {
  const plain = win.fetch.bind(win);
  // The copy is taken as the answer arrives, before the boot reads the configuration's body.
  const early: Promise<Early | undefined> = config
    .then((response) => {
      const size = Number(response.headers.get('content-length') ?? 0);
      if (!response.ok || size > CONFIG_MAX_BYTES) return undefined;
      return response
        .clone()
        .json()
        .then((body: unknown) => start(win, plain, body));
    })
    .catch(() => undefined);
  let handedOut = false;
  return async (input, init) => {
    if (!handedOut) {
      handedOut = true;
      const started = await early;
      const signal = init?.signal;
      // The loader asks with the address as a string, and as REGISTRY_REQUEST says.
      if (started?.url === input && !signal?.aborted) {
        signal?.addEventListener(
          'abort',
          () => {
            started.stop.abort(signal.reason);
          },
          { once: true },
        );
        return started.answer;
      }
      started?.stop.abort();
    }
    return plain(input, init);
  };
}

function start(win: Window, plain: typeof fetch, body: unknown): Early | undefined {
  const path =
    typeof body === 'object' && body !== null ? (body as { registry?: unknown }).registry : null;
  // A path on this origin only: "//host" and "/\host" lead elsewhere.
  if (typeof path !== 'string' || !/^\/(?![/\\])/.test(path)) return undefined;
  const url = new URL(path, win.location.href).href;
  const stop = new AbortController();
  const answer = plain(url, { ...REGISTRY_REQUEST, signal: stop.signal });
  // Read (or failed) by the loader when it asks; never an unhandled rejection here.
  answer.catch(() => undefined);
  return { url, answer, stop };
}
