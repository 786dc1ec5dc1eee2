/**
 * The oidc-provider configuration of DigiOne's local identity provider: its clients, claims,
 * lifetimes and features (revocation, RP-initiated logout with its own pages, resource
 * indicators), and its error page.
 */
import { errors, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { accessTokenClaims, claimsIn, PROFILE_CLAIMS, type ClaimShape } from './claims.js';
import { SANDBOX_CLIENT_ID, type PortalClient } from './clients.js';
import { firstPartyGrants } from './grants.js';
import { cookieLocale, languageCookie } from './http.js';
import { DEFAULT_LOCALE, localeFromUiLocales, type Locale } from './i18n.js';
import type { KeyMaterial } from './keys.js';
import { errorPage, loggedOutPage, logoutPage } from './pages.js';
import { refreshTokenRotation, resourceIndicators, type ApiResource } from './resources.js';
import { DOORS, userBySub } from './users.js';

/** What the configuration is made from, the options of `startIdentityProvider` resolved. */
export interface ProviderSettings {
  readonly clients: readonly PortalClient[];
  readonly resources: readonly ApiResource[];
  readonly accessTokenTtl: number;
  readonly refreshTokenTtl: number;
  readonly sessionTtl: number;
  readonly material: KeyMaterial;
  /** The security headers of every HTML page. */
  readonly headers: Readonly<Record<string, string>>;
  /** Which claims ID tokens and userinfo carry: DigiOne's or MPASSid's. */
  readonly claimShape: ClaimShape;
}

/** The language of a page of the provider's own routes (logout, errors). */
function ctxLocale(ctx: KoaContextWithOIDC): Locale {
  return (
    // Errors can happen before the request has an OpenID context.
    localeFromUiLocales((ctx.oidc as KoaContextWithOIDC['oidc'] | undefined)?.params?.ui_locales) ??
    cookieLocale(ctx.get('cookie')) ??
    DEFAULT_LOCALE
  );
}

/** The end-session parameters a language link on the logout page carries over. */
const LOGOUT_PARAMS = [
  'id_token_hint',
  'post_logout_redirect_uri',
  'state',
  'client_id',
  'logout_hint',
] as const;

type LogoutFeature = NonNullable<NonNullable<Configuration['features']>['rpInitiatedLogout']>;

/** RP-initiated logout with the provider's own confirmation and signed-out pages. */
function rpInitiatedLogout(headers: Readonly<Record<string, string>>): LogoutFeature {
  return {
    enabled: true,
    logoutSource(ctx, form) {
      const action = /action="([^"]+)"/.exec(form)?.[1];
      const xsrf = /name="xsrf" value="([^"]+)"/.exec(form)?.[1];
      if (!action || !xsrf) throw new Error('unexpected logout form from oidc-provider');
      const locale = ctxLocale(ctx);
      const params = ctx.oidc.params ?? {};
      const languageHref = (each: Locale): string => {
        const url = new URL(ctx.oidc.urlFor('end_session'));
        for (const name of LOGOUT_PARAMS) {
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
  };
}

/** The provider's error page, in the request's language, with language links on GET. */
function renderError(headers: Readonly<Record<string, string>>): Configuration['renderError'] {
  return (ctx, out, error) => {
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
  };
}

/** The oidc-provider configuration for these settings. */
export function providerConfiguration(settings: ProviderSettings): Configuration {
  const { clients, resources, accessTokenTtl, refreshTokenTtl, sessionTtl, material, headers } =
    settings;
  const shape = settings.claimShape;
  return {
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
      return { accountId: user.sub, claims: () => ({ ...claimsIn(shape, user) }) };
    },
    // An app's API checks the role at the school asked about: its tokens carry each role's school.
    extraTokenClaims(_ctx, token) {
      const user = 'accountId' in token ? userBySub(token.accountId) : undefined;
      return user ? accessTokenClaims(user) : undefined;
    },
    // Browser clients get a refresh token without offline_access: it ends with the session.
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: refreshTokenRotation(resources),
    // The portal is first party: grant what it asks (openid, profile, the requested APIs' scopes).
    loadExistingGrant: firstPartyGrants(new Set(clients.map((client) => client.clientId))),
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
      rpInitiatedLogout: rpInitiatedLogout(headers),
      resourceIndicators: resourceIndicators(resources, accessTokenTtl),
    },
    renderError: renderError(headers),
  };
}
