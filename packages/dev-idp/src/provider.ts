/**
 * DigiOne's local identity provider: a real OpenID Provider (oidc-provider) on node:http with the
 * security posture the portal needs in production — authorization code with PKCE (S256) only,
 * rotated refresh tokens, token revocation (RFC 7009), RP-initiated logout by client id (no ID token
 * in the URL), and resource indicators (RFC 8707) so that every app's API gets a JWT access token
 * for its own audience only. The configuration is in configuration.ts, the sign-in pages in
 * interactions.ts; this module starts and stops the server.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { portalClient, sandboxClient, shellClient, type PortalClient } from './clients.js';
import { providerConfiguration } from './configuration.js';
import { htmlSecurityHeaders, STYLESHEET_PATH } from './html.js';
import { htmlSender, listen } from './http.js';
import { DEFAULT_LOCALE } from './i18n.js';
import { interactionPages } from './interactions.js';
import { loadOrCreateKeys } from './keys.js';
import { errorPage } from './pages.js';
import { checkResources, type ApiResource } from './resources.js';
import { CLAIM_SHAPES, type ClaimShape } from './claims.js';

export interface IdentityProviderOptions {
  /** Interface to listen on; default `127.0.0.1`. */
  readonly host?: string;
  /** Port; default 0, a free port chosen by the system. */
  readonly port?: number;
  /**
   * Clients; default two: `digione-portal` for http://127.0.0.1:5173 and http://localhost:5173, and
   * `digione-sandbox` (the SDK's vendor sandbox) for http://127.0.0.1:5199 and http://localhost:5199.
   * Given, they replace both.
   */
  readonly clients?: readonly PortalClient[];
  /** APIs apps may ask tokens for; unknown resource indicators are rejected (`invalid_target`). */
  readonly resources?: readonly ApiResource[];
  /** Where the signing and cookie keys are kept; omitted, fresh keys live in memory only. */
  readonly keyFile?: string;
  /** Seconds an access token lives; default 300. */
  readonly accessTokenTtl?: number;
  /** Seconds a refresh token lives (rotation keeps the first one's end); default the session's. */
  readonly refreshTokenTtl?: number;
  /** Seconds a sign-in session lives; default 36 000 (ten hours, a school day). */
  readonly sessionTtl?: number;
  /** Where log lines go; default `console.log`, `false` for none. */
  readonly log?: ((line: string) => void) | false;
  /**
   * Which claims ID tokens and userinfo carry about a person: `digione` (the `digione_*` claims of
   * an identity proxy) or `mpassid` (MPASSid's own, for the MPASSid door). Default: the
   * environment's `DIGIONE_IDP_CLAIMS`, else `digione`.
   */
  readonly claims?: ClaimShape;
}

/** The claim shape `DIGIONE_IDP_CLAIMS` names (`digione` when unset); throws on any other value. */
export function claimShapeFromEnvironment(
  value: string | undefined = process.env.DIGIONE_IDP_CLAIMS,
): ClaimShape {
  if (value === undefined || value === '') return 'digione';
  if (!(CLAIM_SHAPES as readonly string[]).includes(value)) {
    throw new TypeError(
      `DIGIONE_IDP_CLAIMS must be one of ${CLAIM_SHAPES.join(', ')}; got "${value}".`,
    );
  }
  return value as ClaimShape;
}

/** A provider that is listening. */
export interface RunningIdentityProvider {
  /** The issuer identifier, e.g. `http://127.0.0.1:4010`. */
  readonly issuer: string;
  readonly jwksUri: string;
  /**
   * Makes the provider unreachable (connections refused) while keeping its sessions, grants and
   * keys: tests use it to play an outage. `resume()` listens again on the same port.
   */
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Stops listening and closes every open connection. */
  stop(): Promise<void>;
}

/**
 * Starts DigiOne's local identity provider on 127.0.0.1 and resolves when it listens.
 *
 * @example
 * const idp = await startIdentityProvider({
 *   clients: [portalClient(['http://127.0.0.1:5173']), sandboxClient(['http://127.0.0.1:5199'])],
 *   resources: [{ audience: 'urn:digione:api:timetable' }],
 * });
 * // ... idp.issuer ...
 * await idp.stop();
 */
export async function startIdentityProvider(
  options: IdentityProviderOptions = {},
): Promise<RunningIdentityProvider> {
  const host = options.host ?? '127.0.0.1';
  const clients = options.clients ?? [portalClient(), sandboxClient()];
  const resources = options.resources ?? [];
  const accessTokenTtl = options.accessTokenTtl ?? 300;
  const sessionTtl = options.sessionTtl ?? 36_000;
  const refreshTokenTtl = options.refreshTokenTtl ?? sessionTtl;
  const log = options.log === false ? () => undefined : (options.log ?? console.log);
  for (const [name, value] of Object.entries({ accessTokenTtl, sessionTtl, refreshTokenTtl })) {
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new RangeError(`${name} must be a positive whole number of seconds`);
    }
  }
  checkResources(resources);
  const claimShape = options.claims ?? claimShapeFromEnvironment();
  const formActionOrigins = clients.flatMap((client) =>
    [...client.redirectUris, ...client.postLogoutRedirectUris].map((uri) => new URL(uri).origin),
  );
  const headers = htmlSecurityHeaders(formActionOrigins);

  const [{ material }, stylesheet] = await Promise.all([
    loadOrCreateKeys(options.keyFile),
    readFile(new URL('./digione-idp.css', import.meta.url)),
  ]);

  const server = createServer();
  await listen(server, options.port ?? 0, host);
  const { port } = server.address() as AddressInfo;
  const issuer = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  const provider = new Provider(
    issuer,
    providerConfiguration({
      clients,
      resources,
      accessTokenTtl,
      refreshTokenTtl,
      sessionTtl,
      material,
      headers,
      claimShape,
    }),
  );
  provider.on('server_error', (_ctx: unknown, error: Error) => {
    log(`DigiOne identity provider: server error: ${error.stack ?? error.message}`);
  });
  const oidc = provider.callback();
  const sendHtml = htmlSender(headers);
  const interaction = interactionPages(provider, sendHtml);

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', issuer);
    const handle = async (): Promise<void> => {
      if (url.pathname === STYLESHEET_PATH && (req.method === 'GET' || req.method === 'HEAD')) {
        res.writeHead(200, {
          'Content-Type': 'text/css; charset=utf-8',
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-cache',
        });
        res.end(req.method === 'HEAD' ? undefined : stylesheet);
        return;
      }
      if (url.pathname === '/interaction' || url.pathname.startsWith('/interaction/')) {
        await interaction(req, res, url);
        return;
      }
      await oidc(req, res);
    };
    handle().catch((error: unknown) => {
      log(
        `DigiOne identity provider: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      if (!res.headersSent) sendHtml(res, 500, errorPage(DEFAULT_LOCALE, 'error'));
      else res.end();
    });
  });

  let stopped = false;
  const close = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      if (!server.listening) {
        resolve();
        return;
      }
      server.close((error) => {
        if (error) reject(error);
        else resolve();
      });
      server.closeAllConnections();
    });

  log(`DigiOne identity provider: ${issuer}`);
  return {
    issuer,
    jwksUri: `${issuer}/jwks`,
    pause: close,
    resume: async () => {
      if (stopped) throw new Error('the identity provider was stopped; start a new one');
      if (!server.listening) await listen(server, port, host);
    },
    stop: () => {
      stopped = true;
      return close();
    },
  };
}

/**
 * Starts a provider for one portal shell at `portalOrigin` (its {@link shellClient} only), on a free
 * port and without log lines: the provider the end-to-end tests and the benchmark run beside
 * their portal.
 */
export function startProviderForPortal(
  portalOrigin: string,
  options: Omit<IdentityProviderOptions, 'clients'> = {},
): Promise<RunningIdentityProvider> {
  return startIdentityProvider({
    port: 0,
    log: false,
    ...options,
    clients: [shellClient(portalOrigin)],
  });
}
