/**
 * The shell's side of the iframe protocol (see protocol.ts): serves a `ShellContext` to an app that
 * runs in an iframe on its own origin.
 *
 * How the shell should frame such an app:
 *
 *   <iframe src="https://app.vendor.example/" sandbox="allow-scripts allow-same-origin allow-forms">
 *
 * `allow-same-origin` lets the app keep its own origin (its storage, its API's CORS), and it is safe
 * ONLY because that origin differs from the shell's: same-origin would let the framed document reach
 * into the shell and remove its own sandbox. Without `allow-same-origin` the frame's origin is
 * "null", which cannot be checked exactly nor posted to without "*", so this bridge requires the
 * app's real origin.
 */
import { CONTRACT_VERSION, satisfies } from '../contract.js';
import type { ShellContext, ShellServices, Unsubscribe } from '../context/types.js';
import { valuesOf } from '../context/fields.js';
import { serveCalls } from './bridge-calls.js';
import {
  CAPABILITIES,
  D1IframeError,
  PROTOCOL_VERSION,
  describe,
  exactOrigin,
  parseAppMessage,
  toWireError,
  type CallMessage,
  type ContextSnapshot,
  type HelloMessage,
  type ShellMessage,
} from './protocol.js';

export interface BridgeIframeOptions {
  /** The app's exact origin, e.g. "https://app.vendor.example" (scheme, host, port; no path). */
  readonly appOrigin: string;
  /**
   * How long to wait for the app's hello before `ready` rejects (D1-SDK-306); 10 000 ms by default.
   * Counted from the bridge's creation, or, with `loadTimeoutMs`, from the frame's `load` event.
   */
  readonly handshakeTimeoutMs?: number;
  /**
   * How long the frame's page may take to load (its HTML and the scripts it starts with, until the
   * frame's `load` event) before `ready` rejects (D1-SDK-313). Given, the page's load and the
   * handshake are bounded apart: a page on a slow network has this budget to arrive, and the app
   * then `handshakeTimeoutMs` to say hello. Give it only when the bridge is made before the frame
   * is put into the document, so that the bridge sees its `load` event.
   */
  readonly loadTimeoutMs?: number;
  /** Told the height of the app's page (CSS pixels) whenever it changes, to size the frame. */
  readonly onResize?: (height: number) => void;
}

export interface IframeBridge {
  /**
   * Resolves when the app has connected; rejects (D1-SDK-304, -306, -309) when its contract range
   * is refused, when it does not say hello in time, or when the bridge is disposed first. The bridge
   * still serves an app that connects late, until `dispose()`.
   */
  readonly ready: Promise<void>;
  /** Stops everything: the message listener, every subscription, the timer. Idempotent. */
  dispose(): void;
}

/**
 * Serves `context` to the app in `iframe`, over postMessage, to and from `appOrigin` only.
 * Call it when you create the iframe (before or after it loads: the app repeats its hello).
 * Every value of the context is served: each field of the host's context definition (a
 * `ShellContext`, or the `AppContext` of another definition).
 */
export function bridgeIframe(
  iframe: HTMLIFrameElement,
  context: ShellContext | ShellServices,
  options: BridgeIframeOptions,
): IframeBridge {
  const appOrigin = exactOrigin(options.appOrigin);
  if (!appOrigin) {
    throw new D1IframeError(
      'D1-SDK-305',
      `bridgeIframe: "appOrigin" must be the app's exact origin, such as "https://app.vendor.example" ` +
        `(scheme, host and port; no path, no "*"); got ${JSON.stringify(options.appOrigin)}.`,
    );
  }
  const target: string = appOrigin;
  const timeoutMs = options.handshakeTimeoutMs ?? 10_000;

  let disposed = false;
  let session: string | undefined;
  const contextSubscriptions: Unsubscribe[] = [];
  const lastSent = new Map<string, unknown>();
  /** The context's values (the fields of its definition), by key. */
  const values = valuesOf(context);

  let settle: { resolve: () => void; reject: (error: Error) => void } | undefined;
  const ready = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  // A caller who never awaits `ready` must not get an unhandled rejection.
  ready.catch(() => undefined);
  const finish = (error?: Error): void => {
    if (!settle) return;
    if (error) settle.reject(error);
    else settle.resolve();
    settle = undefined;
    clearTimeout(timer);
    iframe.removeEventListener('load', onLoad);
  };
  const handshakeFailed = (afterLoad: boolean) => () => {
    finish(
      new D1IframeError(
        'D1-SDK-306',
        `bridgeIframe: the app at ${appOrigin} did not connect within ${timeoutMs} ms` +
          `${afterLoad ? ' after its page loaded' : ''}. Check that the iframe loads a page of that ` +
          `exact origin and that the "shellOrigin" the app gives connectToShell accepts this portal's ` +
          `origin, "${location.origin}" (if it refuses it, the app's console says D1-SDK-314).`,
      ),
    );
  };
  const loadTimeoutMs = options.loadTimeoutMs;
  /** The page's load, then the handshake, or the handshake alone: one timer at a time. */
  let timer: ReturnType<typeof setTimeout>;
  function onLoad(): void {
    if (!settle) return;
    clearTimeout(timer);
    timer = setTimeout(handshakeFailed(true), timeoutMs);
  }
  if (loadTimeoutMs === undefined) {
    timer = setTimeout(handshakeFailed(false), timeoutMs);
  } else {
    iframe.addEventListener('load', onLoad, { once: true });
    timer = setTimeout(() => {
      finish(
        new D1IframeError(
          'D1-SDK-313',
          `bridgeIframe: the page of the app at ${appOrigin} did not load within ` +
            `${loadTimeoutMs} ms. Check that its address answers, and how much the page loads ` +
            `before it can connect.`,
        ),
      );
    }, loadTimeoutMs);
  }

  function post(message: ShellMessage): void {
    try {
      iframe.contentWindow?.postMessage(message, target);
    } catch (error) {
      console.warn(
        `[D1-SDK-312] bridgeIframe: could not send a "${message.kind}" message to ${appOrigin}: ` +
          `${error instanceof Error ? error.message : String(error)}. Values given to an iframe ` +
          `app must be plain data (structured clone).`,
      );
    }
  }

  const calls = serveCalls(context, post);

  function snapshot(): ContextSnapshot {
    return Object.fromEntries(values.map(([key, source]) => [key, source.value]));
  }

  function streamContext(): void {
    if (contextSubscriptions.length > 0) return;
    for (const [key, source] of values) {
      const subscription = source.subscribe((value) => {
        if (lastSent.has(key) && Object.is(lastSent.get(key), value)) return;
        lastSent.set(key, value);
        post({ d1: PROTOCOL_VERSION, kind: 'context', key, value });
      });
      contextSubscriptions.push(() => {
        subscription.unsubscribe();
      });
    }
  }

  function onHello(hello: HelloMessage): void {
    if (!satisfies(CONTRACT_VERSION, hello.contract)) {
      const refusal = new D1IframeError(
        'D1-SDK-304',
        `The shell speaks DigiOne contract ${CONTRACT_VERSION}, but the app ` +
          `needs ${JSON.stringify(hello.contract)}. Build the app against an SDK whose contract ` +
          `range this shell satisfies, or run it in a newer shell.`,
      );
      post({
        d1: PROTOCOL_VERSION,
        kind: 'refused',
        session: hello.session,
        code: refusal.code,
        message: refusal.message,
      });
      finish(refusal);
      return;
    }
    if (hello.session !== session) {
      // A new app document (first load or a reload): its predecessor's subscriptions end.
      calls.endEvents();
      session = hello.session;
    }
    const now = snapshot();
    for (const [key, value] of Object.entries(now)) lastSent.set(key, value);
    post({
      d1: PROTOCOL_VERSION,
      kind: 'welcome',
      session: hello.session,
      version: CONTRACT_VERSION,
      appId: context.appId,
      ...(context.apiUrl === undefined ? {} : { apiUrl: context.apiUrl }),
      capabilities: CAPABILITIES.filter((capability) => context.isSupported(capability)),
      context: now,
    });
    streamContext();
    finish();
  }

  async function onCall(call: CallMessage): Promise<void> {
    let message: ShellMessage;
    try {
      const value = await calls.invoke(call);
      message = { d1: PROTOCOL_VERSION, kind: 'result', id: call.id, ok: true, value };
    } catch (error) {
      const wire = toWireError(error, 'D1-SDK-310');
      message = { d1: PROTOCOL_VERSION, kind: 'result', id: call.id, ok: false, error: wire };
    }
    if (!disposed) post(message);
  }

  function onMessage(event: MessageEvent): void {
    if (event.source !== iframe.contentWindow || event.origin !== appOrigin) {
      const who =
        event.origin === appOrigin
          ? 'from a window other than the app iframe'
          : 'from another origin';
      console.warn(
        `[D1-SDK-307] bridgeIframe: ignored a message from origin "${event.origin}" (${who}); ` +
          `this bridge accepts messages only from its iframe at "${appOrigin}".`,
      );
      return;
    }
    const message = parseAppMessage(event.data);
    if (!message) {
      console.warn(
        `[D1-SDK-308] bridgeIframe: ignored a malformed message from "${event.origin}" ` +
          `(${describe(event.data)}); expected a DigiOne protocol ${PROTOCOL_VERSION} envelope.`,
      );
      return;
    }
    if (message.kind === 'hello') {
      onHello(message);
    } else if (message.kind === 'size') {
      if (session !== undefined) options.onResize?.(message.height);
    } else if (session === undefined) {
      console.warn(
        `[D1-SDK-308] bridgeIframe: ignored a "${message.method}" call from "${event.origin}" ` +
          `before the handshake; the app must call connectToShell() first.`,
      );
    } else {
      void onCall(message);
    }
  }

  window.addEventListener('message', onMessage);

  return {
    ready,
    dispose(): void {
      if (disposed) return;
      disposed = true;
      window.removeEventListener('message', onMessage);
      for (const unsubscribe of contextSubscriptions.splice(0)) unsubscribe();
      calls.endEvents();
      if (session !== undefined) post({ d1: PROTOCOL_VERSION, kind: 'bye' });
      finish(
        new D1IframeError(
          'D1-SDK-309',
          'bridgeIframe: the bridge was disposed before the app connected.',
        ),
      );
    },
  };
}
