import { Observable } from 'rxjs';
import type { ContextValue, ShellContext, Unsubscribe } from '../context/types.js';
import { valuesOf } from '../context/fields.js';

/** The app's context, counting each live subscription by what it subscribes to. */
export function countingContext(base: ShellContext): {
  context: ShellContext;
  live: () => Record<string, number>;
} {
  const live = new Map<string, number>();
  const add = (key: string, n: number): void => {
    const next = (live.get(key) ?? 0) + n;
    if (next === 0) live.delete(key);
    else live.set(key, next);
  };
  function value<T>(name: string, source: ContextValue<T>): ContextValue<T> {
    const observable = new Observable<T>((subscriber) => {
      add(`context.${name}`, 1);
      const inner = source.subscribe(subscriber);
      return () => {
        add(`context.${name}`, -1);
        inner.unsubscribe();
      };
    });
    Object.defineProperty(observable, 'value', { get: () => source.value, enumerable: true });
    return observable as ContextValue<T>;
  }
  // Every value of the context, as the portal's definition of it has them (none named here).
  const values = Object.fromEntries(
    valuesOf(base).map(([key, source]) => [key, value(key, source)]),
  );
  const context: ShellContext = Object.freeze({
    ...base,
    ...values,
    events: {
      publish: base.events.publish.bind(base.events),
      subscribe(topic, listener): Unsubscribe {
        const key = `context.events "${topic}"`;
        const unsubscribe = base.events.subscribe(topic, listener);
        add(key, 1);
        let ended = false;
        return () => {
          if (ended) return;
          ended = true;
          add(key, -1);
          unsubscribe();
        };
      },
    } satisfies ShellContext['events'],
  });
  return { context, live: () => Object.fromEntries(live) };
}
