/**
 * The app's side of the iframe protocol (see protocol.ts): connects an app running in an iframe to
 * the shell that frames it and gives it the same `ShellContext` an app in the page gets.
 */
import { BehaviorSubject } from 'rxjs';
import { CONTRACT_VERSION, satisfies } from '../contract.js';
import { portalPath } from '../app/portal-path.js';
import type {
  Capability,
  ConfirmOptions,
  ContextValue,
  DigiOneEvents,
  EventBus,
  Notification,
  ShellContext,
  ShellServices,
  Unsubscribe,
} from '../context/types.js';
import {
  DIGIONE_CONTEXT,
  contextKeys,
  type AppContext,
  type ContextDefinition,
} from '../context/fields.js';
import {
  D1IframeError,
  MAX_FRAME_HEIGHT,
  PROTOCOL_VERSION,
  exactOrigin,
  looksLikeD1,
  parseShellMessage,
  type AppMessage,
  type Method,
  type ShellMessage,
  type WelcomeMessage,
} from './protocol.js';

export interface ConnectToShellOptions<D extends ContextDefinition = ContextDefinition> {
  /** The exact origin of the portal page that frames the app, e.g. "https://portal.example.fi". */
  readonly shellOrigin: string;
  /**
   * The definition of the shared context the app takes from the shell: DigiOne's
   * (`DIGIONE_CONTEXT`) by default. The shell must send every field of it.
   */
  readonly context?: D;
  /** How long to wait for the shell's answer; 10 000 ms by default. */
  readonly timeoutMs?: number;
  /**
   * The contract range the app needs, as in its manifest; by default `^` and the contract version
   * of this SDK, so an app built against contract 1.2.0 runs in any 1.x shell from 1.2.0 on.
   */
  readonly contract?: string;
}

/** Delays between repeated hellos while the shell has not answered yet. */
const HELLO_DELAYS = [25, 50, 100, 200, 400, 800, 1000];

/**
 * Connects to the shell that frames this app, with a handshake that checks both origins and the
 * contract version. Resolves with the app's context, whose values are the fields of
 * `options.context`; rejects with a coded error (D1-SDK-301..304) that says what to check.
 */
export function connectToShell<D extends ContextDefinition>(
  options: ConnectToShellOptions<D> & { readonly context: D },
): Promise<AppContext<D>>;
/** Connects with DigiOne's context definition: resolves with the app's `ShellContext`. */
export function connectToShell(options: ConnectToShellOptions): Promise<ShellContext>;
export function connectToShell(options: ConnectToShellOptions): Promise<ShellServices> {
  const shellOrigin = exactOrigin(options.shellOrigin);
  if (!shellOrigin) {
    return Promise.reject(
      new D1IframeError(
        'D1-SDK-301',
        `connectToShell: "shellOrigin" must be the portal's exact origin, such as ` +
          `"https://portal.example.fi" (scheme, host and port; no path, no "*"); got ` +
          `${JSON.stringify(options.shellOrigin)}.`,
      ),
    );
  }
  if (window.parent === window) {
    return Promise.reject(
      new D1IframeError(
        'D1-SDK-302',
        'connectToShell: this page is not inside a frame. An iframe app runs inside the DigiOne ' +
          'shell (or the sandbox); open it there, or mount it as a module app instead.',
      ),
    );
  }
  let keys: string[];
  try {
    keys = contextKeys(options.context ?? DIGIONE_CONTEXT);
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  const contract = options.contract ?? `^${CONTRACT_VERSION}`;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const session = crypto.randomUUID();
  const shell = window.parent;

  return new Promise<ShellServices>((resolve, reject) => {
    let connection: Connection | undefined;
    let helloTimer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;

    const stop = (): void => {
      clearTimeout(helloTimer);
      clearTimeout(deadline);
    };
    const fail = (error: Error): void => {
      stop();
      window.removeEventListener('message', onMessage);
      reject(error);
    };
    const deadline = setTimeout(() => {
      fail(
        new D1IframeError(
          'D1-SDK-303',
          `connectToShell: no answer from the shell at "${shellOrigin}" within ${timeoutMs} ms. ` +
            `Check that "shellOrigin" is exactly the origin of the portal page that frames this ` +
            `app (scheme, host and port), that the shell bridges this iframe with appOrigin ` +
            `"${location.origin}", and that it supports contract ${contract}.`,
        ),
      );
    }, timeoutMs);

    const hello = (): void => {
      const message: AppMessage = { d1: PROTOCOL_VERSION, kind: 'hello', session, contract };
      shell.postMessage(message, shellOrigin);
      helloTimer = setTimeout(hello, HELLO_DELAYS[Math.min(attempt++, HELLO_DELAYS.length - 1)]);
    };

    function onMessage(event: MessageEvent): void {
      if (event.source !== shell || event.origin !== shellOrigin) {
        // Other frames and libraries may post to this window too; only messages that claim to be
        // DigiOne's are worth a warning.
        if (looksLikeD1(event.data)) {
          console.warn(
            `[D1-SDK-307] connectToShell: ignored a message from origin "${event.origin}"` +
              `${event.origin === shellOrigin ? ' (not from the parent window)' : ''}; only the ` +
              `shell at "${shellOrigin}" may talk to this app.`,
          );
        }
        return;
      }
      const message = parseShellMessage(event.data);
      if (!message) {
        console.warn(
          `[D1-SDK-308] connectToShell: ignored a malformed message from "${event.origin}"; ` +
            `expected a DigiOne protocol ${PROTOCOL_VERSION} envelope.`,
        );
        return;
      }
      if (connection) {
        if (!connection.receive(message)) window.removeEventListener('message', onMessage);
        return;
      }
      if (message.kind === 'refused' && message.session === session) {
        fail(
          new D1IframeError(
            message.code,
            `connectToShell: the shell refused the app. ${message.message}`,
          ),
        );
      } else if (message.kind === 'welcome' && message.session === session) {
        if (!satisfies(message.version, contract)) {
          fail(
            new D1IframeError(
              'D1-SDK-304',
              `connectToShell: the shell speaks DigiOne contract ${message.version}, but this app ` +
                `needs ${contract}. Run the app in a shell that supports it.`,
            ),
          );
          return;
        }
        const missing = keys.filter((key) => !Object.hasOwn(message.context, key));
        if (missing.length > 0) {
          fail(
            new D1IframeError(
              'D1-SDK-304',
              `connectToShell: the shell sends no ${missing.join(', ')} in the context, which ` +
                `this app needs. Run the app in a shell whose context has these fields.`,
            ),
          );
          return;
        }
        stop();
        connection = new Connection(shell, shellOrigin, message, keys);
        resolve(connection.context);
      }
    }

    window.addEventListener('message', onMessage);
    hello();
  });
}

/** An rxjs Observable of `subject` (read-only: the app cannot push values) with its `.value`. */
function contextValue<T>(subject: BehaviorSubject<T>): ContextValue<T> {
  const observable = subject.asObservable();
  Object.defineProperty(observable, 'value', { get: () => subject.value, enumerable: true });
  return observable as ContextValue<T>;
}

/** The app's end of an accepted connection. */
class Connection {
  readonly context: ShellServices;
  private readonly subjects: Map<string, BehaviorSubject<unknown>>;
  private readonly pending = new Map<
    string,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>();
  private nextId = 0;
  private closed = false;
  private readonly session: string;

  constructor(
    private readonly shell: Window,
    private readonly shellOrigin: string,
    welcome: WelcomeMessage,
    /** The fields of the app's context definition (the welcome has each). */
    keys: readonly string[],
  ) {
    this.session = welcome.session;
    this.subjects = new Map(
      keys.map((key) => [key, new BehaviorSubject<unknown>(welcome.context[key])]),
    );
    const capabilities = new Set<unknown>(welcome.capabilities);
    const values = Object.fromEntries(
      [...this.subjects].map(([key, subject]) => [key, contextValue(subject)]),
    );

    const events: EventBus = {
      publish: (topic, payload) => {
        this.fire('events.publish', [topic, payload]);
      },
      subscribe: (topic, listener) => this.subscribe(topic, listener as (payload: unknown) => void),
    };

    this.context = Object.freeze({
      appId: welcome.appId,
      version: welcome.version,
      apiUrl: welcome.apiUrl,
      ...values,
      getAccessToken: async (options?: { readonly fresh?: boolean }): Promise<string> => {
        const token = await this.call('getAccessToken', options?.fresh ? [{ fresh: true }] : []);
        if (typeof token !== 'string') {
          throw new D1IframeError('D1-SDK-310', 'getAccessToken: the shell gave no token.');
        }
        return token;
      },
      navigate: (path: string): void => {
        // The shell refuses a path off the portal (D1-SDK-125) whatever the app sends; checked here
        // too, so that it throws at once, as it does in a module app.
        this.fire('navigate', [
          typeof path === 'string' ? portalPath(welcome.appId, path, this.shellOrigin) : path,
        ]);
      },
      notify: (notification: Notification): void => {
        this.fire('notify', [notification]);
      },
      confirm: async (options: ConfirmOptions): Promise<boolean> =>
        (await this.call('confirm', [options])) === true,
      setDirty: (dirty: boolean): void => {
        this.fire('setDirty', [dirty]);
      },
      setTitle: (title: string): void => {
        this.fire('setTitle', [title]);
      },
      reportError: (error: unknown): void => {
        this.fire('reportError', [
          error instanceof Error
            ? {
                name: error.name,
                message: error.message,
                ...(error.stack ? { stack: error.stack } : {}),
              }
            : { message: String(error) },
        ]);
      },
      events,
      isSupported: (capability: Capability): boolean => capabilities.has(capability),
    });
    this.reportSize();
  }

  /**
   * Tells the shell the height of this page whenever it changes, so the frame fits its content and
   * the person scrolls the portal, not a box inside it. The height is the root element's own
   * (content, not viewport), so the frame can shrink again.
   */
  private reportSize(): void {
    if (typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    let last = -1;
    const observer = new ResizeObserver(() => {
      if (this.closed) {
        observer.disconnect();
        return;
      }
      const height = Math.min(MAX_FRAME_HEIGHT, Math.ceil(root.getBoundingClientRect().height));
      if (height === last) return;
      last = height;
      const message: AppMessage = { d1: PROTOCOL_VERSION, kind: 'size', height };
      this.shell.postMessage(message, this.shellOrigin);
    });
    observer.observe(root);
  }

  /** Handles a message from the shell; false once the connection has closed. */
  receive(message: ShellMessage): boolean {
    switch (message.kind) {
      case 'context':
        // A field the app's definition does not have (a newer portal's) is not the app's concern.
        this.subjects.get(message.key)?.next(message.value);
        break;
      case 'result': {
        const waiting = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.ok) waiting?.resolve(message.value);
        else waiting?.reject(new D1IframeError(message.error.code, message.error.message));
        break;
      }
      case 'event':
        for (const listener of [...(this.listeners.get(message.topic) ?? [])]) {
          try {
            listener(message.payload);
          } catch (error) {
            console.error(`A listener of the DigiOne event "${message.topic}" threw:`, error);
          }
        }
        break;
      case 'bye':
        this.closed = true;
        for (const { reject } of this.pending.values()) reject(this.closedError());
        this.pending.clear();
        this.listeners.clear();
        return false;
      default:
        // A repeated welcome (the app said hello more than once) changes nothing.
        break;
    }
    return true;
  }

  private closedError(): D1IframeError {
    return new D1IframeError(
      'D1-SDK-309',
      'The shell closed the connection to this app (it unmounted the iframe app). Reload the app.',
    );
  }

  private call(method: Method, args: readonly unknown[]): Promise<unknown> {
    if (this.closed) return Promise.reject(this.closedError());
    const id = `${this.session}:${this.nextId++}`;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const message: AppMessage = { d1: PROTOCOL_VERSION, kind: 'call', id, method, args };
      try {
        this.shell.postMessage(message, this.shellOrigin);
      } catch (error) {
        this.pending.delete(id);
        reject(
          new D1IframeError(
            'D1-SDK-311',
            `${method}: the arguments cannot be sent to the shell (${error instanceof Error ? error.message : String(error)}); ` +
              'pass plain data only (no functions, no DOM nodes).',
          ),
        );
      }
    });
  }

  /** A call whose answer the app does not wait for; a failure is logged. */
  private fire(method: Method, args: readonly unknown[]): void {
    this.call(method, args).catch((error: unknown) => {
      console.warn(error instanceof Error ? error.message : error);
    });
  }

  private subscribe(topic: keyof DigiOneEvents, listener: (payload: unknown) => void): Unsubscribe {
    let set = this.listeners.get(topic);
    if (!set) {
      set = new Set();
      this.listeners.set(topic, set);
      this.fire('events.subscribe', [topic]);
    }
    // Each subscription is its own entry, even for the same function subscribed twice.
    const entry = (payload: unknown): void => {
      listener(payload);
    };
    set.add(entry);
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      const current = this.listeners.get(topic);
      if (!current?.delete(entry) || current.size > 0) return;
      this.listeners.delete(topic);
      this.fire('events.unsubscribe', [topic]);
    };
  }
}
