/**
 * The DigiOne iframe protocol, version 1: how an app in a sandboxed iframe on its own origin and the
 * shell that frames it speak over `postMessage`, so that the app gets the same `ShellContext` as an
 * app running in the page.
 *
 * Every message is a plain-data envelope `{ d1: 1, kind, ... }` (structured clone: no functions, no
 * DOM nodes, no HTML — text stays text on both sides). Both ends post only with the other side's
 * exact origin as `targetOrigin` (never `"*"`), and accept a message only when BOTH its `source` is
 * the expected window (the iframe's `contentWindow`, or `window.parent`) AND its `origin` is exactly
 * the expected origin. A message that fails those checks, or that is not a well-formed envelope, is
 * ignored and logged (`console.warn` with a code), never thrown.
 *
 * Handshake (the app starts it, and repeats `hello` with backoff until answered, since the shell
 * may bridge the iframe a little after the app has loaded). An app may accept several portals
 * (portal-origins.ts): it says hello only to exact origins it accepts — the parent's, where the
 * browser tells it — and pins the origin the welcome comes from; after that it is one exact origin
 * on both sides, as above:
 *
 *   app → shell  { d1: 1, kind: 'hello', session, contract }     `contract`: the contract range the
 *                                                                   app needs, e.g. "^1.0.0"
 *   shell → app  { d1: 1, kind: 'welcome', session, version, appId, capabilities, context }
 *                                                                   `version`: the shell's contract
 *                                                                   version; `context`: every value now
 *   shell → app  { d1: 1, kind: 'refused', session, code, message } the shell's version does not
 *                                                                   satisfy `contract`
 *
 * After the welcome:
 *
 *   shell → app  { d1: 1, kind: 'context', key, value }           a context value changed
 *                                                                   (key: a field of the context's
 *                                                                   definition, context/fields.ts)
 *   app → shell  { d1: 1, kind: 'call', id, method, args }        a call of the ShellContext API
 *   shell → app  { d1: 1, kind: 'result', id, ok: true, value }   its answer …
 *   shell → app  { d1: 1, kind: 'result', id, ok: false, error: { code, message } }   … or its error
 *   shell → app  { d1: 1, kind: 'event', topic, payload }         an event on a topic the app
 *                                                                   subscribed to (`events.subscribe`)
 *   shell → app  { d1: 1, kind: 'bye' }                           the shell disposed the bridge;
 *                                                                   further calls fail
 *   app → shell  { d1: 1, kind: 'size', height }                  the height of the app's page in
 *                                                                   CSS pixels, whenever it changes:
 *                                                                   the shell sizes the frame to it
 *
 * Methods of `call`: getAccessToken(), navigate(path), notify(notification), confirm(options),
 * setDirty(dirty), setTitle(title), reportError({ name, message, stack? }), isSupported(capability),
 * events.publish(topic, payload), events.subscribe(topic), events.unsubscribe(topic).
 * `isSupported` is answered in the app from the `capabilities` of the welcome (the API is
 * synchronous); the call exists for completeness.
 *
 * The context's values are the fields of the portal's context definition (`DIGIONE_CONTEXT`): the
 * welcome carries every one, and the app takes those of its own definition (a field it does not
 * know is ignored, so a newer portal with more fields still serves an older app; a field it needs
 * and the welcome lacks refuses the connection, D1-SDK-304).
 *
 * Error codes (stable; each message says what to check):
 *   D1-SDK-301  connectToShell: an entry of `shellOrigin` is neither an exact origin nor a pattern
 *   D1-SDK-302  connectToShell: the app is not inside a frame
 *   D1-SDK-303  connectToShell: no answer from the shell in time (check shell origin, bridging)
 *   D1-SDK-304  handshake refused: the shell's contract version does not satisfy the app's range
 *   D1-SDK-305  bridgeIframe: `appOrigin` is not an exact origin
 *   D1-SDK-306  bridgeIframe: the app did not say hello in time
 *   D1-SDK-307  (warning) a message from another origin or window was ignored
 *   D1-SDK-308  (warning) a malformed message was ignored
 *   D1-SDK-309  the connection is closed (the shell disposed the bridge)
 *   D1-SDK-310  a call failed in the shell (when the shell's error carries no code of its own)
 *   D1-SDK-311  a call had invalid arguments
 *   D1-SDK-312  (warning) a message could not be posted (data that structured clone refuses)
 *   D1-SDK-313  bridgeIframe: the app's page did not load in time (with `loadTimeoutMs`)
 *   D1-SDK-314  connectToShell: the portal that frames the app is not one its `shellOrigin` accepts
 *               (nothing is sent to it)
 */
import type { Capability } from '../context/types.js';
import { isFieldKey } from '../context/fields.js';

/** The protocol version, carried in every envelope as `d1`. */
export const PROTOCOL_VERSION = 1;

/** The context values the shell streams to the app, by field of the context's definition. */
export type ContextSnapshot = Readonly<Record<string, unknown>>;

/** Every capability, so the shell can tell the app which it supports (a record keeps it complete). */
const CAPABILITY_SET: Readonly<Record<Capability, true>> = {
  navigate: true,
  notify: true,
  confirm: true,
  'dirty-guard': true,
  title: true,
  events: true,
  'access-token': true,
  'acting-as': true,
  widgets: true,
  iframe: true,
};
export const CAPABILITIES = Object.keys(CAPABILITY_SET) as readonly Capability[];

export function isCapability(value: unknown): value is Capability {
  return typeof value === 'string' && Object.hasOwn(CAPABILITY_SET, value);
}

export const METHODS = [
  'getAccessToken',
  'navigate',
  'notify',
  'confirm',
  'setDirty',
  'setTitle',
  'reportError',
  'isSupported',
  'events.publish',
  'events.subscribe',
  'events.unsubscribe',
] as const;
export type Method = (typeof METHODS)[number];

/** An error as it crosses the frame boundary. */
export interface WireError {
  readonly code: string;
  readonly message: string;
}

export interface HelloMessage {
  readonly d1: 1;
  readonly kind: 'hello';
  readonly session: string;
  readonly contract: string;
}
export interface WelcomeMessage {
  readonly d1: 1;
  readonly kind: 'welcome';
  readonly session: string;
  readonly version: string;
  readonly appId: string;
  /** The app's API base URL (its manifest's `api.url`), when it has one. */
  readonly apiUrl?: string;
  readonly capabilities: readonly Capability[];
  readonly context: ContextSnapshot;
}
export interface RefusedMessage extends WireError {
  readonly d1: 1;
  readonly kind: 'refused';
  readonly session: string;
}
export interface ContextMessage {
  readonly d1: 1;
  readonly kind: 'context';
  readonly key: string;
  readonly value: unknown;
}
export interface CallMessage {
  readonly d1: 1;
  readonly kind: 'call';
  readonly id: string;
  readonly method: Method;
  readonly args: readonly unknown[];
}
export type ResultMessage =
  | {
      readonly d1: 1;
      readonly kind: 'result';
      readonly id: string;
      readonly ok: true;
      readonly value: unknown;
    }
  | {
      readonly d1: 1;
      readonly kind: 'result';
      readonly id: string;
      readonly ok: false;
      readonly error: WireError;
    };
export interface EventMessage {
  readonly d1: 1;
  readonly kind: 'event';
  readonly topic: string;
  readonly payload: unknown;
}
export interface ByeMessage {
  readonly d1: 1;
  readonly kind: 'bye';
}

/** What the app sends. */
/** The height of the app's page, so the shell can size the frame to its content. */
export interface SizeMessage {
  readonly d1: 1;
  readonly kind: 'size';
  /** CSS pixels, a whole number from 0 to {@link MAX_FRAME_HEIGHT}. */
  readonly height: number;
}

/** The tallest page height a frame takes (larger reports are refused as malformed). */
export const MAX_FRAME_HEIGHT = 100_000;

export type AppMessage = HelloMessage | CallMessage | SizeMessage;
/** What the shell sends. */
export type ShellMessage =
  WelcomeMessage | RefusedMessage | ContextMessage | ResultMessage | EventMessage | ByeMessage;

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isId = (value: unknown): value is string =>
  isString(value) && value.length > 0 && value.length <= 200;
const isWireError = (value: unknown): value is WireError =>
  isRecord(value) && isString(value.code) && isString(value.message);

function envelope(data: unknown): Fields | undefined {
  return isRecord(data) && data.d1 === PROTOCOL_VERSION && isString(data.kind) ? data : undefined;
}

/** Whether the data claims to be a DigiOne message at all (of any protocol version). */
export function looksLikeD1(data: unknown): boolean {
  return isRecord(data) && 'd1' in data;
}

/** The app message in `data`, or undefined when it is not a well-formed one. */
export function parseAppMessage(data: unknown): AppMessage | undefined {
  const m = envelope(data);
  if (!m) return undefined;
  switch (m.kind) {
    case 'hello':
      return isId(m.session) && isString(m.contract) ? (m as unknown as HelloMessage) : undefined;
    case 'call':
      return isId(m.id) &&
        (METHODS as readonly unknown[]).includes(m.method) &&
        Array.isArray(m.args)
        ? (m as unknown as CallMessage)
        : undefined;
    case 'size':
      return Number.isInteger(m.height) &&
        (m.height as number) >= 0 &&
        (m.height as number) <= MAX_FRAME_HEIGHT
        ? (m as unknown as SizeMessage)
        : undefined;
    default:
      return undefined;
  }
}

/** The shell message in `data`, or undefined when it is not a well-formed one. */
export function parseShellMessage(data: unknown): ShellMessage | undefined {
  const m = envelope(data);
  if (!m) return undefined;
  switch (m.kind) {
    case 'welcome': {
      const context = m.context;
      return isId(m.session) &&
        isString(m.version) &&
        isString(m.appId) &&
        (m.apiUrl === undefined || isString(m.apiUrl)) &&
        Array.isArray(m.capabilities) &&
        isRecord(context) &&
        Object.keys(context).every(isFieldKey)
        ? (m as unknown as WelcomeMessage)
        : undefined;
    }
    case 'refused':
      return isId(m.session) && isWireError(m) ? (m as unknown as RefusedMessage) : undefined;
    case 'context':
      return isFieldKey(m.key) && 'value' in m ? (m as unknown as ContextMessage) : undefined;
    case 'result':
      return isId(m.id) &&
        ((m.ok === true && 'value' in m) || (m.ok === false && isWireError(m.error)))
        ? (m as unknown as ResultMessage)
        : undefined;
    case 'event':
      return isString(m.topic) && 'payload' in m ? (m as unknown as EventMessage) : undefined;
    case 'bye':
      return m as unknown as ByeMessage;
    default:
      return undefined;
  }
}

/**
 * The origin in `value` when it is exactly one (scheme, host and port, no path, no trailing
 * slash, not "*" and not "null"), else undefined.
 */
export function exactOrigin(value: unknown): string | undefined {
  if (!isString(value) || value === 'null') return undefined;
  try {
    return new URL(value).origin === value ? value : undefined;
  } catch {
    return undefined;
  }
}

/** A short, safe description of a received value for a log line. */
export function describe(data: unknown): string {
  if (isRecord(data)) return `an object with kind ${JSON.stringify(String(data.kind))}`;
  return data === null ? 'null' : `a ${typeof data}`;
}

/** An error with a stable code, as every error a vendor can hit carries. */
export class D1IframeError extends Error {
  override readonly name = 'D1IframeError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`[${code}] ${message}`);
  }
}

/** Turns anything thrown into data that can cross the frame boundary. */
export function toWireError(error: unknown, fallbackCode: string): WireError {
  const code =
    isRecord(error) && isString(error.code) && error.code.startsWith('D1-')
      ? error.code
      : fallbackCode;
  const message = error instanceof Error ? error.message : String(error);
  return { code, message };
}
