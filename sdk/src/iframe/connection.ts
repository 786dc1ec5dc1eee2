/**
 * The app's end of the iframe protocol once the shell has welcomed it (see connect.ts for the
 * handshake): the app's `ShellContext` kept up to date from the shell's messages, its calls to the
 * shell and their answers, its event subscriptions, and the page's height for the frame.
 */
import { BehaviorSubject } from 'rxjs';
import { portalPath } from '../app/portal-path.js';
import type {
  Capability,
  ConfirmOptions,
  ContextValue,
  DigiOneEvents,
  EventBus,
  Notification,
  ShellServices,
  Unsubscribe,
} from '../context/types.js';
import {
  D1IframeError,
  MAX_FRAME_HEIGHT,
  PROTOCOL_VERSION,
  type AppMessage,
  type Method,
  type ShellMessage,
  type WelcomeMessage,
} from './protocol.js';

/** An rxjs Observable of `subject` (read-only: the app cannot push values) with its `.value`. */
function contextValue<T>(subject: BehaviorSubject<T>): ContextValue<T> {
  const observable = subject.asObservable();
  Object.defineProperty(observable, 'value', { get: () => subject.value, enumerable: true });
  return observable as ContextValue<T>;
}

/** The app's end of an accepted connection: its context, its calls and its events. */
export class Connection {
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
