import {
  InMemoryWebStorage,
  UserManager,
  WebStorageStateStore,
  type INavigator,
  type IWindow,
} from 'oidc-client-ts';
import type { AuthConfig } from '../config/runtime-config.js';
import type { AuthEnvironment } from './auth-state.js';

/**
 * The oidc-client-ts user manager of DigiOne Portal: the authorization code flow with PKCE, the
 * user kept in memory (or in sessionStorage when the configuration asks), leaving for the provider
 * through the environment, and no renewal or session monitoring of its own (the auth service
 * renews, one refresh at a time across the tab). Each request may take `timeoutMs` until its
 * answer starts.
 */
export function createUserManager(
  config: AuthConfig,
  env: AuthEnvironment,
  timeoutMs: number,
): UserManager {
  const store =
    config.userStore === 'session' && env.sessionStorage
      ? env.sessionStorage
      : new InMemoryWebStorage();
  // Leaving for the provider goes through the environment, so tests see where the page would go.
  const leave: IWindow = {
    navigate: ({ url }) => {
      env.redirect(url);
      // The page is leaving; in tests it stays, with the state at `redirecting`.
      return Promise.resolve({ url });
    },
    close: () => undefined,
  };
  const navigator: INavigator = {
    prepare: () => Promise.resolve(leave),
    callback: () => Promise.resolve(),
  };
  return new UserManager(
    {
      authority: config.authority,
      client_id: config.clientId,
      redirect_uri: env.origin + config.redirectPath,
      post_logout_redirect_uri: env.origin + config.postLogoutRedirectPath,
      response_type: 'code',
      scope: config.scope,
      userStore: new WebStorageStateStore({ store, prefix: 'digione.auth.' }),
      // The sign-in request's state (PKCE verifier, nonce) must survive the round trip to the
      // provider, so it lives in sessionStorage for those seconds, whatever holds the user.
      ...(env.sessionStorage
        ? {
            stateStore: new WebStorageStateStore({
              store: env.sessionStorage,
              prefix: 'digione.oidc.',
            }),
          }
        : {}),
      // Renewal is the auth service's own: serialised across the tab, which oidc-client-ts is not.
      automaticSilentRenew: false,
      monitorSession: false,
      loadUserInfo: false,
      // Keep `acr` (the door) and `auth_time` (when the session began); drop the protocol's own.
      filterProtocolClaims: ['nbf', 'jti', 'nonce', 'amr', 'azp', 'at_hash'],
      // Each request until its answer starts; the auth service bounds the rest of the work.
      requestTimeoutInSeconds: timeoutMs / 1000,
    },
    navigator,
  );
}
