import { Observable, type Subscriber } from 'rxjs';
import type {
  AccessTokenOptions,
  ContextValue,
  EventBus,
  ShellContext,
  ShellServices,
  Unsubscribe,
} from '../context/types.js';
import { valuesOf } from '../context/fields.js';
import { warn } from './errors.js';

/** A context whose subscriptions all end together: what one mounted app (or widget) is given. */
export interface ScopedContext<C extends ShellServices = ShellContext> {
  readonly context: C;
  /** Ends every subscription made through `context` (values and events); later calls are ignored. */
  dispose(): void;
  /** How many subscriptions made through `context` are live now (a leak check reads it). */
  liveSubscriptions(): number;
  readonly disposed: boolean;
}

/**
 * Wraps a context so that every subscription an app makes through it (to a context value or an
 * event topic) is tracked and ended by `dispose()`. Works over any ShellContext: the host's, or one
 * that comes over postMessage. After `dispose()`, new subscriptions complete at once, events are
 * not published and service calls are ignored with a warning (D1-SDK-122), except `reportError`.
 * Every value of the context is scoped, whatever fields the portal's context definition has.
 */
export function scopeContext<C extends ShellServices = ShellContext>(base: C): ScopedContext<C> {
  const live = new Set<() => void>();
  let disposed = false;

  const track = (end: () => void): (() => void) => {
    live.add(end);
    return () => live.delete(end);
  };

  const afterDispose = (what: string): void => {
    warn(
      'D1-SDK-122',
      `App "${base.appId}" called ${what} after it was unmounted; the call is ignored. Stop timers and listeners in unmount.`,
    );
  };

  function scopedValue<T>(source: ContextValue<T>): ContextValue<T> {
    const observable = new Observable<T>((subscriber: Subscriber<T>) => {
      if (disposed) {
        subscriber.complete();
        return undefined;
      }
      const untrack = track(() => {
        subscriber.complete();
      });
      const inner = source.subscribe(subscriber);
      return () => {
        untrack();
        inner.unsubscribe();
      };
    });
    Object.defineProperty(observable, 'value', { get: () => source.value, enumerable: true });
    return observable as ContextValue<T>;
  }

  const events: EventBus = {
    publish(topic, payload) {
      if (disposed) {
        afterDispose(`events.publish("${topic}")`);
        return;
      }
      base.events.publish(topic, payload);
    },
    subscribe(topic, listener): Unsubscribe {
      if (disposed) {
        afterDispose(`events.subscribe("${topic}")`);
        return () => undefined;
      }
      const unsubscribe = base.events.subscribe(topic, listener);
      let untrack: (() => void) | undefined = undefined;
      const end = (): void => {
        untrack?.();
        untrack = undefined;
        unsubscribe();
      };
      untrack = track(end);
      return end;
    },
  };

  const guard =
    <A extends unknown[]>(name: string, call: (...args: A) => void) =>
    (...args: A): void => {
      if (disposed) afterDispose(`${name}()`);
      else call(...args);
    };
  const guardAsync =
    <A extends unknown[], R>(name: string, call: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      if (!disposed) return call(...args);
      afterDispose(`${name}()`);
      return Promise.reject(
        new Error(`[D1-SDK-122] ${name}() was called after app "${base.appId}" was unmounted.`),
      );
    };

  const services: ShellServices = {
    appId: base.appId,
    apiUrl: base.apiUrl,
    getAccessToken: guardAsync('getAccessToken', (options?: AccessTokenOptions) =>
      base.getAccessToken(options),
    ),
    navigate: guard('navigate', (path: string) => {
      base.navigate(path);
    }),
    notify: guard('notify', (notification: Parameters<ShellServices['notify']>[0]) => {
      base.notify(notification);
    }),
    confirm: guardAsync('confirm', (options: Parameters<ShellServices['confirm']>[0]) =>
      base.confirm(options),
    ),
    setDirty: guard('setDirty', (dirty: boolean) => {
      base.setDirty(dirty);
    }),
    setTitle: guard('setTitle', (title: string) => {
      base.setTitle(title);
    }),
    // Errors are reported even while (or after) the app is torn down: they matter most then.
    reportError: (error: unknown) => {
      base.reportError(error);
    },
    events,
    version: base.version,
    isSupported: (capability: Parameters<ShellServices['isSupported']>[0]) =>
      base.isSupported(capability),
  };
  const values = valuesOf(base).map(([key, value]) => [key, scopedValue(value)] as const);
  const context = Object.freeze({ ...Object.fromEntries(values), ...services }) as unknown as C;

  return {
    context,
    get disposed() {
      return disposed;
    },
    liveSubscriptions: () => live.size,
    dispose() {
      if (disposed) return;
      disposed = true;
      for (const end of [...live]) end();
      live.clear();
    },
  };
}
