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
  exactOrigin,
  looksLikeD1,
  parseShellMessage,
  type AppMessage,
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
