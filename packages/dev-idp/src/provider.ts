/**
 * DigiOne's local identity provider: a real OpenID Provider (oidc-provider) on node:http with the
 * security posture the portal needs in production — authorization code with PKCE (S256) only,
 * rotated refresh tokens, token revocation (RFC 7009), RP-initiated logout by client id (no ID token
 * in the URL), and resource indicators (RFC 8707) so that every app's API gets a JWT access token
 * for its own audience only.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, {
  errors,
  type Configuration,
  type KoaContextWithOIDC,
  type ResourceServer,
} from 'oidc-provider';
import { claimsOf, PROFILE_CLAIMS } from './claims.js';
import { htmlSecurityHeaders, STYLESHEET_PATH } from './html.js';
import { DEFAULT_LOCALE, isLocale, localeFromUiLocales, type Locale } from './i18n.js';
import { loadOrCreateKeys } from './keys.js';
import {
  doorPage,
  errorPage,
  loggedOutPage,
  loginPage,
  logoutPage,
  type InteractionLinks,
  type LoginProblem,
} from './pages.js';
import { DOORS, TEST_PASSWORD, userBySub, userByUsername, type Door } from './users.js';

/**
 * A browser client of the provider (the portal shell, or the SDK's vendor sandbox): public, code +
 * PKCE, refresh tokens.
 */
export interface PortalClient {
  readonly clientId: string;
  readonly redirectUris: readonly string[];
  readonly postLogoutRedirectUris: readonly string[];
}

/** An API that apps call with access tokens for its audience (a resource indicator, RFC 8707). */
export interface ApiResource {
  /** Absolute URI, e.g. `https://api.digione.test/timetable` or `urn:digione:api:timetable`. */
  readonly audience: string;
  /** Space-separated scopes of the API, granted to the portal when requested. */
  readonly scope?: string;
}

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

/** The client id of the portal shell. */
export const PORTAL_CLIENT_ID = 'digione-portal';

/** The origins the portal's development server answers on. */
export const DEFAULT_PORTAL_ORIGINS: readonly string[] = [
  'http://127.0.0.1:5173',
  'http://localhost:5173',
];

/**
 * The portal client for some origins: redirect URIs `<origin>/` and `<origin>/auth/callback`,
 * post-logout redirect URI `<origin>/`.
 */
export function portalClient(
  origins: readonly string[] = DEFAULT_PORTAL_ORIGINS,
  clientId = PORTAL_CLIENT_ID,
): PortalClient {
  const bases = origins.map((origin) => new URL(origin).origin);
  return {
    clientId,
    redirectUris: bases.flatMap((base) => [`${base}/`, `${base}/auth/callback`]),
    postLogoutRedirectUris: bases.map((base) => `${base}/`),
  };
}

/** The client id of the SDK's vendor sandbox (`digione-sandbox --idp <issuer>`). */
export const SANDBOX_CLIENT_ID = 'digione-sandbox';

/** The origins the vendor sandbox answers on by default (its port 5199). */
export const DEFAULT_SANDBOX_ORIGINS: readonly string[] = [
  'http://127.0.0.1:5199',
  'http://localhost:5199',
];

/**
 * The vendor sandbox's client for some origins: the sandbox is one page, so its redirect URI and
 * its post-logout redirect URI are both `<origin>/`.
 */
export function sandboxClient(
  origins: readonly string[] = DEFAULT_SANDBOX_ORIGINS,
  clientId = SANDBOX_CLIENT_ID,
): PortalClient {
  const bases = origins.map((origin) => new URL(origin).origin);
  return {
    clientId,
    redirectUris: bases.map((base) => `${base}/`),
    postLogoutRedirectUris: bases.map((base) => `${base}/`),
  };
}

const LANGUAGE_COOKIE = 'digione_idp_lang';
const MAX_FORM_BYTES = 16 * 1024;

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

function cookieLocale(header: string | undefined): Locale | undefined {
  const value = cookieValue(header, LANGUAGE_COOKIE);
  return isLocale(value) ? value : undefined;
}

function languageCookie(locale: Locale): string {
  return `${LANGUAGE_COOKIE}=${locale}; Path=/; HttpOnly; SameSite=Lax`;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) return new URLSearchParams();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_FORM_BYTES) throw new Error('form too large');
    chunks.push(buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function isDoor(value: unknown): value is Door {
  return typeof value === 'string' && (DOORS as readonly string[]).includes(value);
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
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
  for (const resource of resources) {
    if (!URL.canParse(resource.audience) || resource.audience.includes('#')) {
      throw new TypeError(`API audience ${resource.audience} is not an absolute URI`);
    }
  }
  const firstParty = new Set(clients.map((client) => client.clientId));
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

  /** The language of a page of the provider's own routes (logout, errors). */
  const ctxLocale = (ctx: KoaContextWithOIDC): Locale =>
    // Errors can happen before the request has an OpenID context.
    localeFromUiLocales((ctx.oidc as KoaContextWithOIDC['oidc'] | undefined)?.params?.ui_locales) ??
    cookieLocale(ctx.get('cookie')) ??
    DEFAULT_LOCALE;

  const configuration: Configuration = {
    clients: clients.map((client) => ({
      client_id: client.clientId,
      client_name: client.clientId === SANDBOX_CLIENT_ID ? 'DigiOne sandbox' : 'DigiOne Portal',
      application_type: 'web',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: [...client.redirectUris],
      post_logout_redirect_uris: [...client.postLogoutRedirectUris],
    })),
    jwks: { keys: [...material.keys] },
    cookies: {
      keys: [...material.cookieKeys],
      long: { httpOnly: true, sameSite: 'lax', signed: true },
      short: { httpOnly: true, sameSite: 'lax', signed: true },
    },
    responseTypes: ['code'],
    pkce: { required: () => true },
    allowOmittingSingleRegisteredRedirectUri: false,
    acrValues: [...DOORS],
    scopes: ['openid', 'profile', 'offline_access'],
    // Every ID token tells the door (acr) and the time of sign-in; the person's claims by scope.
    claims: {
      acr: null,
      auth_time: null,
      sid: null,
      iss: null,
      openid: ['sub', 'acr', 'amr', 'auth_time'],
      profile: [...PROFILE_CLAIMS],
    },
    // The portal reads the person from the ID token as well as from userinfo.
    conformIdTokenClaims: false,
    findAccount(_ctx, sub) {
      const user = userBySub(sub);
      if (!user) return undefined;
      return { accountId: user.sub, claims: () => ({ ...claimsOf(user) }) };
    },
    // Browser clients get a refresh token without offline_access: it ends with the session.
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    /**
     * Always rotate. A refresh request for a resource the token cannot get is refused here, before
     * the library consumes the old token: otherwise one misconfigured app audience would burn the
     * portal's refresh token, and the retry would revoke the whole sign-in as a replay.
     */
    rotateRefreshToken(ctx) {
      const requested = ctx.oidc.params?.resource;
      if (requested === undefined) return true;
      const list: unknown[] = Array.isArray(requested) ? requested : [requested];
      const [resource] = list;
      if (list.length !== 1 || typeof resource !== 'string') {
        throw new errors.InvalidTarget('only one resource indicator may be requested');
      }
      if (!resources.some((each) => each.audience === resource)) {
        throw new errors.InvalidTarget(`unknown resource ${resource}`);
      }
      if (!ctx.oidc.entities.RefreshToken?.resourceIndicators.has(resource)) {
        throw new errors.InvalidTarget('resource was not requested at sign-in');
      }
      return true;
    },
    // The portal is first party: grant what it asks (openid, profile, the requested APIs' scopes).
    async loadExistingGrant(ctx) {
      const { client, account, session } = ctx.oidc;
      if (!client || !account || !session) return undefined;
      const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      const existing = grantId ? await ctx.oidc.provider.Grant.find(grantId) : undefined;
      if (!firstParty.has(client.clientId)) return existing;
      const grant =
        existing?.accountId === account.accountId
          ? existing
          : new ctx.oidc.provider.Grant({
              clientId: client.clientId,
              accountId: account.accountId,
            });
      grant.addOIDCScope([...ctx.oidc.requestParamOIDCScopes].join(' '));
      for (const [indicator, resourceServer] of Object.entries(ctx.oidc.resourceServers ?? {})) {
        grant.addResourceScope(indicator, resourceServer.scope);
      }
      await grant.save();
      return grant;
    },
    clientBasedCORS: (_ctx, origin, client) =>
      client.redirectUris?.some((uri) => new URL(uri).origin === origin) ?? false,
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    ttl: {
      AccessToken: accessTokenTtl,
      AuthorizationCode: 60,
      IdToken: Math.max(accessTokenTtl, 3600),
      Interaction: 30 * 60,
      Session: sessionTtl,
      Grant: sessionTtl,
      // A rotated refresh token keeps the end of the one it replaces: rotation never extends.
      RefreshToken: (ctx) => ctx.oidc.entities.RotatedRefreshToken?.remainingTTL ?? refreshTokenTtl,
    },
    features: {
      devInteractions: { enabled: false },
      // Sign-out revokes the portal's refresh token (RFC 7009), which ends its whole sign-in
      // (grant); CORS as for the token endpoint. A client revokes only its own tokens.
      revocation: {
        enabled: true,
        allowedPolicy: (_ctx, client, token) => token.clientId === client.clientId,
      },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource(ctx, form) {
          const action = /action="([^"]+)"/.exec(form)?.[1];
          const xsrf = /name="xsrf" value="([^"]+)"/.exec(form)?.[1];
          if (!action || !xsrf) throw new Error('unexpected logout form from oidc-provider');
          const locale = ctxLocale(ctx);
          const params = ctx.oidc.params ?? {};
          const languageHref = (each: Locale): string => {
            const url = new URL(ctx.oidc.urlFor('end_session'));
            for (const name of [
              'id_token_hint',
              'post_logout_redirect_uri',
              'state',
              'client_id',
              'logout_hint',
            ]) {
              const value = params[name];
              if (typeof value === 'string') url.searchParams.set(name, value);
            }
            url.searchParams.set('ui_locales', each);
            return url.pathname + url.search;
          };
          ctx.set(headers);
          ctx.append('Set-Cookie', languageCookie(locale));
          ctx.body = logoutPage(locale, { action, xsrf }, languageHref);
        },
        postLogoutSuccessSource(ctx) {
          ctx.set(headers);
          ctx.body = loggedOutPage(ctxLocale(ctx));
        },
      },
      resourceIndicators: {
        enabled: true,
        // An authorization request may name many APIs; a token request must name one at most.
        defaultResource: (_ctx, _client, oneOf) => oneOf,
        useGrantedResource: () => false,
        getResourceServerInfo(_ctx, indicator): ResourceServer {
          const resource = resources.find((each) => each.audience === indicator);
          if (!resource) throw new errors.InvalidTarget(`unknown resource ${indicator}`);
          return {
            scope: resource.scope ?? '',
            audience: resource.audience,
            accessTokenFormat: 'jwt',
            accessTokenTTL: accessTokenTtl,
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    renderError(ctx, out, error) {
      const locale = ctxLocale(ctx);
      const kind = error instanceof errors.SessionNotFound ? 'session' : 'error';
      const languageHref =
        ctx.method === 'GET'
          ? (each: Locale): string => {
              const url = new URL(ctx.href);
              url.searchParams.set('ui_locales', each);
              return url.pathname + url.search;
            }
          : undefined;
      ctx.set(headers);
      ctx.body = errorPage(
        locale,
        kind,
        {
          error: out.error,
          ...(out.error_description ? { description: out.error_description } : {}),
        },
        languageHref,
      );
    },
  };

  const provider = new Provider(issuer, configuration);
  provider.on('server_error', (_ctx: unknown, error: Error) => {
    log(`DigiOne identity provider: server error: ${error.stack ?? error.message}`);
  });
  const oidc = provider.callback();

  function sendHtml(res: ServerResponse, status: number, body: string, locale?: Locale): void {
    res.writeHead(status, {
      ...headers,
      ...(locale ? { 'Set-Cookie': languageCookie(locale) } : {}),
    });
    res.end(body);
  }

  /** The sign-in pages: /interaction/<uid>, /interaction/<uid>/login, /interaction/<uid>/abort. */
  async function interaction(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const match = /^\/interaction\/([\w-]+)(?:\/(login|abort))?$/.exec(url.pathname);
    const action = match?.[2] ?? 'page';
    const expectedMethod = action === 'page' ? 'GET' : 'POST';
    const form = req.method === 'POST' ? await readForm(req) : new URLSearchParams();
    const chosen = form.get('lang') ?? url.searchParams.get('lang');
    const fallback = cookieLocale(req.headers.cookie) ?? DEFAULT_LOCALE;
    if (!match || req.method !== expectedMethod) {
      const locale = isLocale(chosen) ? chosen : fallback;
      sendHtml(res, match ? 405 : 404, errorPage(locale, 'not-found'));
      return;
    }
    let details: Awaited<ReturnType<Provider['interactionDetails']>>;
    try {
      details = await provider.interactionDetails(req, res);
      if (details.uid !== match[1]) throw new errors.SessionNotFound('interaction mismatch');
    } catch (error) {
      if (!(error instanceof errors.SessionNotFound)) throw error;
      const locale = isLocale(chosen) ? chosen : fallback;
      sendHtml(res, 400, errorPage(locale, 'session'));
      return;
    }
    // An explicit choice on the page wins, then the client's ui_locales, then the last choice.
    const locale = isLocale(chosen)
      ? chosen
      : (localeFromUiLocales(details.params.ui_locales) ?? fallback);
    const base = `/interaction/${details.uid}`;
    const links: InteractionLinks = {
      page: (each, door) =>
        `${base}?${new URLSearchParams({ ...(door ? { door } : {}), lang: each }).toString()}`,
      login: `${base}/login`,
      abort: `${base}/abort`,
    };

    if (details.prompt.name !== 'login') {
      // Only consent remains, and the portal is first party: grant what it asked and go on.
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({
            accountId: details.session?.accountId,
            clientId: String(details.params.client_id),
          });
      if (!grant) throw new errors.SessionNotFound('grant not found');
      const prompt = details.prompt.details;
      if (Array.isArray(prompt.missingOIDCScope)) {
        grant.addOIDCScope((prompt.missingOIDCScope as string[]).join(' '));
      }
      if (Array.isArray(prompt.missingOIDCClaims)) {
        grant.addOIDCClaims(prompt.missingOIDCClaims as string[]);
      }
      const missingResourceScopes = (prompt.missingResourceScopes ?? {}) as Record<
        string,
        string[]
      >;
      for (const [indicator, scopes] of Object.entries(missingResourceScopes)) {
        grant.addResourceScope(indicator, scopes.join(' '));
      }
      await provider.interactionFinished(
        req,
        res,
        { consent: { grantId: await grant.save() } },
        { mergeWithLastSubmission: true },
      );
      return;
    }

    if (action === 'abort') {
      await provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'End-User cancelled the sign-in' },
        { mergeWithLastSubmission: false },
      );
      return;
    }

    if (action === 'page') {
      const door = url.searchParams.get('door');
      sendHtml(
        res,
        200,
        isDoor(door) ? loginPage(locale, door, links) : doorPage(locale, links),
        locale,
      );
      return;
    }

    const door = form.get('door');
    if (!isDoor(door)) {
      sendHtml(res, 400, doorPage(locale, links), locale);
      return;
    }
    const username = (form.get('username') ?? '').trim();
    const password = form.get('password') ?? '';
    let problem: LoginProblem | undefined;
    const user = userByUsername(username);
    if (!username || !password) {
      problem = { kind: 'missing', username: !username, password: !password };
    } else if (!user || password !== TEST_PASSWORD) {
      problem = { kind: 'invalid' };
    } else if (user.door !== door) {
      // Told only to someone who knows the password, so it reveals nothing about who exists.
      problem = { kind: 'wrong-door', rightDoor: user.door };
    }
    if (problem || !user) {
      sendHtml(
        res,
        200,
        loginPage(locale, door, links, { username, ...(problem ? { problem } : {}) }),
        locale,
      );
      return;
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: user.sub, acr: door, amr: ['pwd'], remember: true } },
      { mergeWithLastSubmission: false },
    );
  }

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
