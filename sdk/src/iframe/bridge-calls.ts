/**
 * The app's calls to the portal over the iframe protocol (see bridge.ts), served from the
 * portal's context: each call's arguments are checked and only their known fields reach the
 * portal; the app's event subscriptions are kept by topic until the app's document goes.
 */
import type { ConfirmOptions, Notification, ShellServices, Unsubscribe } from '../context/types.js';
import {
  D1IframeError,
  PROTOCOL_VERSION,
  isCapability,
  type CallMessage,
  type ShellMessage,
} from './protocol.js';

type Fields = Record<string, unknown>;
const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const optional = (value: unknown, type: 'string' | 'number' | 'boolean'): boolean =>
  value === undefined || typeof value === type;

class ArgumentError extends D1IframeError {
  constructor(method: string, expected: string) {
    super('D1-SDK-311', `${method}: expected ${expected}. Check the arguments of the call.`);
  }
}

/** What serves an iframe app's calls for the bridge. */
export interface CallServer {
  /** Answers one call of the app (its value), or throws the coded error the app receives. */
  invoke(call: CallMessage): Promise<unknown>;
  /** Ends the app's event subscriptions (a new app document, or the bridge disposed). */
  endEvents(): void;
}

/** Serves the calls of the app in one iframe from `context`, sending its events with `post`. */
export function serveCalls(
  context: ShellServices,
  post: (message: ShellMessage) => void,
): CallServer {
  /** The app's event subscriptions of the current session, by topic. */
  const topics = new Map<string, Unsubscribe>();

  async function invoke(call: CallMessage): Promise<unknown> {
    const [first, second] = call.args;
    switch (call.method) {
      case 'getAccessToken':
        // `{ fresh: true }` is the one option; anything else asks for the cached token.
        return (first as { fresh?: unknown } | null | undefined)?.fresh === true
          ? context.getAccessToken({ fresh: true })
          : context.getAccessToken();
      case 'navigate':
        if (typeof first !== 'string') throw new ArgumentError('navigate', 'a path string');
        {
          context.navigate(first);
          return;
        }
      case 'notify': {
        if (
          !isRecord(first) ||
          typeof first.message !== 'string' ||
          !optional(first.heading, 'string') ||
          !optional(first.duration, 'number') ||
          !(
            first.variant === undefined ||
            ['info', 'success', 'warning', 'danger'].includes(first.variant as string)
          )
        ) {
          throw new ArgumentError(
            'notify',
            '{ message: string, heading?: string, variant?: "info" | "success" | "warning" | "danger", duration?: number }',
          );
        }
        // Only the known fields reach the shell.
        const notification: { -readonly [K in keyof Notification]: Notification[K] } = {
          message: first.message,
        };
        if (typeof first.heading === 'string') notification.heading = first.heading;
        if (typeof first.duration === 'number') notification.duration = first.duration;
        if (first.variant !== undefined) {
          notification.variant = first.variant as NonNullable<Notification['variant']>;
        }
        context.notify(notification);
        return;
      }
      case 'confirm': {
        if (
          !isRecord(first) ||
          typeof first.heading !== 'string' ||
          typeof first.message !== 'string' ||
          !optional(first.confirmLabel, 'string') ||
          !optional(first.cancelLabel, 'string') ||
          !optional(first.danger, 'boolean')
        ) {
          throw new ArgumentError(
            'confirm',
            '{ heading: string, message: string, confirmLabel?: string, cancelLabel?: string, danger?: boolean }',
          );
        }
        const confirmation: { -readonly [K in keyof ConfirmOptions]: ConfirmOptions[K] } = {
          heading: first.heading,
          message: first.message,
        };
        if (typeof first.confirmLabel === 'string') {
          confirmation.confirmLabel = first.confirmLabel;
        }
        if (typeof first.cancelLabel === 'string') confirmation.cancelLabel = first.cancelLabel;
        if (typeof first.danger === 'boolean') confirmation.danger = first.danger;
        return await context.confirm(confirmation);
      }
      case 'setDirty':
        if (typeof first !== 'boolean') throw new ArgumentError('setDirty', 'a boolean');
        {
          context.setDirty(first);
          return;
        }
      case 'setTitle':
        if (typeof first !== 'string') throw new ArgumentError('setTitle', 'a string');
        {
          context.setTitle(first);
          return;
        }
      case 'reportError': {
        if (!isRecord(first) || typeof first.message !== 'string') {
          throw new ArgumentError(
            'reportError',
            '{ name?: string, message: string, stack?: string }',
          );
        }
        const error = new Error(first.message);
        if (typeof first.name === 'string') error.name = first.name;
        // The app's own stack, never the bridge's (which would point at the shell).
        error.stack =
          typeof first.stack === 'string' ? first.stack : `${error.name}: ${error.message}`;
        context.reportError(error);
        return;
      }
      case 'isSupported':
        return isCapability(first) && context.isSupported(first);
      case 'events.publish':
        if (typeof first !== 'string') throw new ArgumentError('events.publish', 'a topic string');
        // The topic is the app's own choice; the shell's bus checks it as for any app.
        {
          context.events.publish(first as never, second as never);
          return;
        }
      case 'events.subscribe': {
        if (typeof first !== 'string')
          throw new ArgumentError('events.subscribe', 'a topic string');
        if (!topics.has(first)) {
          const unsubscribe = context.events.subscribe(first as never, (payload: unknown) => {
            post({ d1: PROTOCOL_VERSION, kind: 'event', topic: first, payload });
          });
          topics.set(first, unsubscribe);
        }
        return undefined;
      }
      case 'events.unsubscribe':
        if (typeof first !== 'string') {
          throw new ArgumentError('events.unsubscribe', 'a topic string');
        }
        topics.get(first)?.();
        topics.delete(first);
        return undefined;
    }
  }

  function endEvents(): void {
    for (const unsubscribe of topics.values()) unsubscribe();
    topics.clear();
  }

  return { invoke, endEvents };
}
