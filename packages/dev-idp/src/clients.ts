/**
 * The browser clients of DigiOne's local identity provider: the portal shell and the SDK's vendor
 * sandbox, each public (code + PKCE, no secret) with refresh tokens.
 */

/**
 * A browser client of the provider (the portal shell, or the SDK's vendor sandbox): public, code +
 * PKCE, refresh tokens.
 */
export interface PortalClient {
  readonly clientId: string;
  readonly redirectUris: readonly string[];
  readonly postLogoutRedirectUris: readonly string[];
}

/** The client id of the portal shell. */
export const PORTAL_CLIENT_ID = 'digione-portal';

/** The origins the portal's development server answers on. */
export const DEFAULT_PORTAL_ORIGINS: readonly string[] = [
  'http://127.0.0.1:5173',
  'http://localhost:5173',
];

/** The client id of the SDK's vendor sandbox (`digione-sandbox --idp <issuer>`). */
export const SANDBOX_CLIENT_ID = 'digione-sandbox';

/** The origins the vendor sandbox answers on by default (its port 5199). */
export const DEFAULT_SANDBOX_ORIGINS: readonly string[] = [
  'http://127.0.0.1:5199',
  'http://localhost:5199',
];

/** A client whose redirect URIs are these paths on every origin, signing out to `<origin>/`. */
function browserClient(
  clientId: string,
  origins: readonly string[],
  redirectPaths: readonly string[],
): PortalClient {
  const bases = origins.map((origin) => new URL(origin).origin);
  return {
    clientId,
    redirectUris: bases.flatMap((base) => redirectPaths.map((path) => `${base}${path}`)),
    postLogoutRedirectUris: bases.map((base) => `${base}/`),
  };
}

/**
 * The portal client for some origins: redirect URIs `<origin>/` and `<origin>/auth/callback`,
 * post-logout redirect URI `<origin>/`.
 */
export function portalClient(
  origins: readonly string[] = DEFAULT_PORTAL_ORIGINS,
  clientId = PORTAL_CLIENT_ID,
): PortalClient {
  return browserClient(clientId, origins, ['/', '/auth/callback']);
}

/**
 * The portal client of a shell as it is served (`npm start`, the production build, the tests'
 * and the benchmark's portals): it signs in at `<origin>/auth/callback` and, signed out, lands on
 * its own `<origin>/signed-out` page.
 */
export function shellClient(origin: string, clientId = PORTAL_CLIENT_ID): PortalClient {
  const base = new URL(origin).origin;
  return {
    clientId,
    redirectUris: [`${base}/auth/callback`],
    postLogoutRedirectUris: [`${base}/signed-out`],
  };
}

/**
 * The vendor sandbox's client for some origins: the sandbox is one page, so its redirect URI and
 * its post-logout redirect URI are both `<origin>/`.
 */
export function sandboxClient(
  origins: readonly string[] = DEFAULT_SANDBOX_ORIGINS,
  clientId = SANDBOX_CLIENT_ID,
): PortalClient {
  return browserClient(clientId, origins, ['/']);
}
