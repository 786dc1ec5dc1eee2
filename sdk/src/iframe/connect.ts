/**
 * The app's side of the iframe protocol (see protocol.ts): connects an app running in an iframe to
 * the shell that frames it and gives it the same `ShellContext` an app in the page gets.
 */
import { CONTRACT_VERSION, satisfies } from '../contract.js';
import type { ShellContext, ShellServices } from '../context/types.js';
import {
  DIGIONE_CONTEXT,
  contextKeys,
  type AppContext,
  type ContextDefinition,
} from '../context/fields.js';
import { Connection } from './connection.js';
import {
  D1IframeError,
  PROTOCOL_VERSION,
  looksLikeD1,
  parseShellMessage,
  type AppMessage,
} from './protocol.js';
import {
  describeShellOrigins,
  portalCandidates,
  readShellOrigins,
  type ShellOrigins,
} from './portal-origins.js';

export interface ConnectToShellOptions<D extends ContextDefinition = ContextDefinition> {
  /**
   * The portals that may frame the app: the exact origin of the one portal page that frames it,
   * e.g. "https://portal.example.fi", or several — a list, or a string of entries separated by
   * spaces (as `<meta name="digione-shell-origin">` holds them) — each an exact origin or a
   * pattern an operator publishes, "https://*.example.fi", where "*" is exactly one DNS label
   * (https only; "http://*.localhost" while developing). The app connects to the portal that
   * frames it only when the setting accepts that portal's origin, and from then on talks with that
   * exact origin alone (see `acceptsPortalOrigin` of `@digione/sdk/host`).
   */
  readonly shellOrigin: ShellOrigins;
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
 * `options.context`; rejects with a coded error (D1-SDK-301..304, 314) that says what to check.
 *
 * The app says hello only to portal origins its `shellOrigin` accepts (the parent's origin, where
 * the browser tells it; else the listed ones and the referrer's), takes the welcome only from the
 * parent window at one of them, and pins that exact origin: every later message must come from it,
 * and every message the app sends goes to it alone.
 */
export function connectToShell<D extends ContextDefinition>(
  options: ConnectToShellOptions<D> & { readonly context: D },
): Promise<AppContext<D>>;
/** Connects with DigiOne's context definition: resolves with the app's `ShellContext`. */
export function connectToShell(options: ConnectToShellOptions): Promise<ShellContext>;
export function connectToShell(options: ConnectToShellOptions): Promise<ShellServices> {
  const accepted = readShellOrigins(options.shellOrigin);
  if (accepted.problems.length > 0) {
    return Promise.reject(
      new D1IframeError(
        'D1-SDK-301',
        `connectToShell: "shellOrigin" must name the portals that may frame this app, each an ` +
          `exact origin such as "https://portal.example.fi" (scheme, host and port; no path, no ` +
          `"*") or a pattern such as "https://*.example.fi"; ${accepted.problems.join(' ')}`,
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
  const candidates = portalCandidates(accepted, {
    // Firefox has no ancestorOrigins: the referrer and the listed origins stand in.
    parentOrigin:
      (location as { ancestorOrigins?: DOMStringList }).ancestorOrigins?.item(0) ?? undefined,
    referrer: document.referrer,
  });
  if ('refused' in candidates) {
    // Nothing is sent to a portal the app does not accept.
    return Promise.reject(
      new D1IframeError(
        'D1-SDK-314',
        `connectToShell: the app refuses to connect: ${candidates.refused}`,
      ),
    );
  }
  const tried = candidates.origins;
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
          `connectToShell: no answer from the shell at ${tried.map((o) => `"${o}"`).join(' or ')} ` +
            `within ${timeoutMs} ms. Check that "shellOrigin" (${describeShellOrigins(accepted)}) ` +
            `accepts the exact origin of the portal page that frames this app (scheme, host and ` +
            `port), that the shell bridges this iframe with appOrigin "${location.origin}", and ` +
            `that it supports contract ${contract}.`,
        ),
      );
    }, timeoutMs);

    const hello = (): void => {
      const message: AppMessage = { d1: PROTOCOL_VERSION, kind: 'hello', session, contract };
      // Each to one exact origin: the browser delivers it only if that is the parent's.
      for (const origin of tried) shell.postMessage(message, origin);
      helloTimer = setTimeout(hello, HELLO_DELAYS[Math.min(attempt++, HELLO_DELAYS.length - 1)]);
    };

    /** The portal's exact origin, pinned by its welcome; until then, any origin said hello to. */
    let pinned: string | undefined;
    function onMessage(event: MessageEvent): void {
      const expected =
        pinned === undefined ? tried.includes(event.origin) : event.origin === pinned;
      if (event.source !== shell || !expected) {
        // Other frames and libraries may post to this window too; only messages that claim to be
        // DigiOne's are worth a warning.
        if (looksLikeD1(event.data)) {
          console.warn(
            `[D1-SDK-307] connectToShell: ignored a message from origin "${event.origin}"` +
              `${expected ? ' (not from the parent window)' : ''}; only the shell at ` +
              `${pinned === undefined ? tried.map((o) => `"${o}"`).join(' or ') : `"${pinned}", which this app connected to,`} ` +
              `may talk to this app.`,
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
        pinned = event.origin;
        connection = new Connection(shell, pinned, message, keys);
        resolve(connection.context);
      }
    }

    window.addEventListener('message', onMessage);
    hello();
  });
}
