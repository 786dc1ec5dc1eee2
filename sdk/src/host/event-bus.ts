import type { DigiOneEvents, Unsubscribe } from '../context/types.js';
import type { AppManifest } from '../manifest/types.js';
import { DigiOneSdkError, describe } from '../app/errors.js';

/**
 * Topics are `<namespace>:<name>`: both parts non-empty, no whitespace, exactly one colon, at most
 * 200 characters. An app's namespace is its own id (`messages:unread-count`); `shell` is the
 * shell's. Which topics an app may publish and hear, the shell host decides (`createShellHost`).
 */
const TOPIC = /^([^\s:]+):([^\s:]+)$/;

/**
 * The shell's topics every app may hear: those the shell publishes for apps. (`shell:badge` is
 * the other way round: apps publish it, and the shell takes it for itself.)
 */
export const SHELL_PUBLIC_TOPICS: ReadonlySet<string> = new Set<keyof DigiOneEvents>([
  'shell:navigated',
]);

/**
 * The topics that the registry's manifests make public, which every app may hear:
 * `<id>:<name>` for each name in an app's `events.public`. Throws D1-SDK-110 for one that does not
 * make a topic (the registry's validation refuses such a manifest before it gets here).
 */
export function manifestTopics(
  apps: readonly Pick<AppManifest, 'id' | 'events'>[],
): ReadonlySet<string> {
  const topics = new Set<string>();
  for (const app of apps) {
    for (const name of app.events?.public ?? []) {
      const topic = `${app.id}:${name}`;
      topicNamespace(topic);
      topics.add(topic);
    }
  }
  return topics;
}

export function topicNamespace(topic: unknown): string {
  const match = typeof topic === 'string' && topic.length <= 200 ? TOPIC.exec(topic) : null;
  if (!match) {
    throw new DigiOneSdkError(
      'D1-SDK-110',
      `events: a topic must be "<namespace>:<name>", e.g. "messages:unread-count" (no spaces, one colon, at most 200 characters); got ${describe(topic)}.`,
    );
  }
  return match[1];
}

interface Listener {
  readonly fn: (payload: unknown) => void;
  readonly onError: (error: unknown) => void;
}

/**
 * The host's one event bus, shared by every app of the host. Payloads are structured-cloned for
 * each listener, as they would be over postMessage: no app can change what another app received,
 * and an app behaves the same in the page and in an iframe. A listener that throws is reported
 * (for the app that subscribed) and does not stop delivery to the others.
 */
export class HostEventBus {
  readonly #listeners = new Map<string, Set<Listener>>();

  publish(topic: string, payload: unknown): void {
    topicNamespace(topic);
    let copy: unknown;
    try {
      copy = structuredClone(payload);
    } catch {
      throw new DigiOneSdkError(
        'D1-SDK-112',
        `events.publish("${topic}"): the payload must be plain data (structured-cloneable: no functions, elements or class instances with private state).`,
      );
    }
    const listeners = this.#listeners.get(topic);
    if (!listeners) return;
    for (const listener of [...listeners]) {
      try {
        listener.fn(structuredClone(copy));
      } catch (error) {
        listener.onError(error);
      }
    }
  }

  subscribe(
    topic: string,
    fn: (payload: unknown) => void,
    onError: (error: unknown) => void,
  ): Unsubscribe {
    topicNamespace(topic);
    if (typeof fn !== 'function') {
      throw new DigiOneSdkError(
        'D1-SDK-113',
        `events.subscribe("${topic}"): the listener must be a function; got ${describe(fn)}.`,
      );
    }
    const listener: Listener = { fn, onError };
    let listeners = this.#listeners.get(topic);
    if (!listeners) this.#listeners.set(topic, (listeners = new Set()));
    listeners.add(listener);
    return () => {
      const set = this.#listeners.get(topic);
      if (!set?.delete(listener)) return;
      if (set.size === 0) this.#listeners.delete(topic);
    };
  }

  /** Live listeners, over every topic. */
  get size(): number {
    let size = 0;
    for (const set of this.#listeners.values()) size += set.size;
    return size;
  }

  clear(): void {
    this.#listeners.clear();
  }
}
