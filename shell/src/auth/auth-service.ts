import type { User, UserManager } from 'oidc-client-ts';
import { BehaviorSubject, type Observable } from 'rxjs';
import { userFromClaims } from '@digione/sdk/host';
import type { AuthConfig } from '../config/runtime-config.js';
import { AppTokens, type IssuedToken } from './app-tokens.js';
import { AuthError, toAuthError } from './auth-error.js';
import type { AuthEnvironment, AuthState } from './auth-state.js';
import { createUserManager } from './oidc-manager.js';
import { ProviderCalls, signedOut } from './provider-request.js';
import { RenewalTimer } from './renewal.js';
import { pathOf, safeReturnPath } from './return-path.js';
import { TokenFamily } from './token-family.js';

/** Messages between the tabs of one portal. */
type TabMessage = { readonly type: 'signed-in' } | { readonly type: 'signed-out' };

/** Each request to the provider may take this long, its answer read to the end. */
const REQUEST_TIMEOUT_MS = 10_000;

interface SignInState {
  /** The path, query and hash the person was on when sign-in began. */
  readonly returnTo: string;
}

/**
 * Signs people in to DigiOne Portal with the authorization code flow and PKCE (oidc-client-ts),
 * keeps the user in memory, renews tokens with rotating refresh tokens one at a time, shares
 * sign-in and sign-out between tabs, and hands each app a token for its own API audience.
 * Sign-out wins over everything under way: whatever a request started before it brings back is
 * dropped.
 */
export class AuthService {
  readonly #config: AuthConfig;
  readonly #env: AuthEnvironment;
  readonly #manager: UserManager;
  readonly #state = new BehaviorSubject<AuthState>({ status: 'starting' });
  readonly #appTokens: AppTokens;
  /** This tab's refresh-token family and its lock (see `token-family.ts`). */
  readonly #family: TokenFamily;
  readonly #renewal: RenewalTimer;
  #user: User | null = null;
  #disposed = false;
  /** The requests under way for the person, numbered by sign-in (see `ProviderCalls`). */
  readonly #calls: ProviderCalls;

  constructor(config: AuthConfig, env: AuthEnvironment) {
    this.#config = config;
    this.#env = env;
    const timeoutMs = env.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
    this.#manager = createUserManager(config, env, timeoutMs);
    this.#calls = new ProviderCalls(env.fetch, timeoutMs, () => void this.#manager.removeUser());
    this.#family = new TokenFamily(env, config.userStore === 'session');
    this.#renewal = new RenewalTimer(() => void this.renew(), env.now);
    this.#appTokens = new AppTokens({
      resources: config.resources,
      now: env.now,
      generation: () => this.#calls.generation,
      inTurn: (task) => this.#calls.serial(task),
      issue: (audience, generation) => this.#issue(audience, generation),
    });
    env.channel?.addEventListener('message', this.#onTabMessage);
  }

  /** The sign-in state, now and as it changes. */
  get state(): Observable<AuthState> {
    return this.#state.asObservable();
  }

  get current(): AuthState {
    return this.#state.value;
  }

  /**
   * Starts sign-in where the page stands: completes a callback from the provider, resumes a kept
   * user, shows the signed-out page after sign-out, or goes to the provider to sign in.
   */
  async start(): Promise<void> {
    const url = new URL(this.#env.currentUrl());
    const generation = this.#calls.generation;
    try {
      if (url.pathname === this.#config.redirectPath) {
        await this.#completeSignIn(url, generation);
        return;
      }
      if (url.pathname === this.#config.postLogoutRedirectPath) {
        // Whatever the tab still kept of the person (a renewal that ended after sign-out) goes.
        await this.#forget();
        this.#state.next({ status: 'signed-out', reason: 'signed-out' });
        return;
      }
      const kept = await this.#manager.getUser();
      if (generation !== this.#calls.generation) return;
      if (kept && !(await this.#family.claim(this.#family.kept()))) {
        // A duplicated tab: its original uses this refresh token. Sign in for a family of its own.
        await this.#manager.removeUser();
        this.#family.remove();
        await this.signIn(pathOf(url));
        return;
      }
      if (generation !== this.#calls.generation) return;
      if (kept && !kept.expired) {
        this.#accept(kept);
        return;
      }
      if (kept?.refresh_token) {
        this.#user = kept;
        await this.renew();
        return;
      }
      await this.signIn(pathOf(url));
    } catch (error) {
      if (generation === this.#calls.generation) this.#fail(error);
    }
  }

  /** Goes to the provider to sign in, coming back to `returnTo` (a path on the portal). */
  async signIn(
    returnTo = '/',
    options: { readonly forceLogin?: boolean; readonly uiLocale?: string } = {},
  ): Promise<void> {
    const state: SignInState = { returnTo: safeReturnPath(returnTo) };
    this.#state.next({ status: 'redirecting' });
    try {
      await this.#calls.managed(this.#calls.generation, () =>
        this.#manager.signinRedirect({
          state,
          // Every API audience is granted at sign-in; each app's token then asks for one of them.
          ...(this.#config.resources.length > 0 ? { resource: [...this.#config.resources] } : {}),
          ...(options.forceLogin ? { prompt: 'login' } : {}),
          ...(options.uiLocale ? { ui_locales: options.uiLocale } : {}),
        }),
      );
    } catch (error) {
      this.#fail(error);
    }
  }

  /**
   * Signs out here, in every other tab, and at the provider: the refresh token is revoked
   * (RFC 7009), then the browser goes to the provider's logout (RP-initiated logout), which sends
   * it back to the signed-out page. The logout URL names the portal, never the person: no ID token
   * in an address that browser history and server logs keep.
   */
  async signOut(): Promise<void> {
    const refreshToken = this.#user?.refresh_token;
    this.#post({ type: 'signed-out' });
    await this.#forget();
    this.#state.next({ status: 'redirecting' });
    if (refreshToken) {
      // A provider that does not answer in time does not keep the person here: its logout, and
      // the end of its session, end the token too.
      await this.#revoke(refreshToken).catch(() => undefined);
    }
    try {
      const endpoint = await this.#calls.managed(this.#calls.generation, () =>
        this.#manager.metadataService.getEndSessionEndpoint(),
      );
      if (!endpoint) {
        throw new AuthError('provider', 'The identity provider has no logout endpoint.');
      }
      const logout = new URL(endpoint);
      logout.searchParams.set('client_id', this.#config.clientId);
      logout.searchParams.set(
        'post_logout_redirect_uri',
        this.#env.origin + this.#config.postLogoutRedirectPath,
      );
      this.#env.redirect(logout.href);
    } catch (error) {
      // The provider is out of reach: the portal forgot the person already; say so plainly.
      this.#fail(error);
    }
  }

  /**
   * Renews the shell's tokens with the refresh token, after any other refresh of this tab (see
   * `ProviderCalls.serial`). A renewal that ends after sign-out is dropped.
   */
  async renew(): Promise<void> {
    this.#renewal.stop();
    const generation = this.#calls.generation;
    try {
      const user = await this.#calls.serial(() =>
        this.#calls.managed(generation, () => this.#manager.signinSilent()),
      );
      if (generation !== this.#calls.generation) return;
      if (user) this.#accept(user);
    } catch (error) {
      if (generation !== this.#calls.generation) return;
      const failure = toAuthError(error, pathOf(new URL(this.#env.currentUrl())));
      const kept = this.#user;
      // The provider is briefly out of reach but the token still works: keep going, try again
      // after a while, and at the latest when the token runs out (then the error page says why).
      if (failure.kind === 'unreachable' && kept && !kept.expired && !this.#disposed) {
        this.#renewal.retry((kept.expires_at ?? 0) * 1000);
        return;
      }
      this.#fail(failure);
    }
  }

  /** "Try again" on the error page: renew the session if one is kept, else sign in afresh. */
  async retry(error: AuthError): Promise<void> {
    if (error.kind === 'unreachable' && this.#user?.refresh_token) {
      this.#state.next({ status: 'starting' });
      await this.renew();
      return;
    }
    await this.signIn(error.returnTo);
  }

  /**
   * An access token for one API audience, for the app `appId` whose manifest names it. Tokens are
   * cached per app and audience until shortly before they expire; the shell's own token is never
   * handed out. Signing out rejects every request still under way with a `session` error.
   * `{ fresh: true }` skips the cached token (the app's API refused it) and asks for a new one.
   */
  getAccessToken(
    appId: string,
    audience: string,
    options?: { readonly fresh?: boolean },
  ): Promise<string> {
    return this.#appTokens.get(appId, audience, options?.fresh ?? false, this.#calls.signal);
  }

  /** Stops timers, requests and tab messages (the page is going away, or a test ends). */
  dispose(): void {
    this.#disposed = true;
    this.#renewal.stop();
    this.#calls.close(new AuthError('session', 'The portal was closed.'));
    this.#family.release();
    this.#env.channel?.removeEventListener('message', this.#onTabMessage);
    this.#state.complete();
  }

  async #completeSignIn(url: URL, generation: number): Promise<void> {
    let user: User;
    try {
      user = await this.#calls.managed(generation, () =>
        this.#manager.signinRedirectCallback(url.href),
      );
    } catch (error) {
      const failure = toAuthError(error, '/');
      this.#env.replaceUrl(safeReturnPath(failure.returnTo));
      throw failure;
    }
    const state = user.state as Partial<SignInState> | undefined;
    this.#env.replaceUrl(safeReturnPath(state?.returnTo ?? '/'));
    // A fresh sign-in starts a refresh-token family of its own.
    await this.#family.claim(this.#family.create());
    if (generation !== this.#calls.generation) return;
    this.#accept(user);
    this.#post({ type: 'signed-in' });
  }

  #accept(user: User): void {
    this.#user = user;
    const mapped = userFromClaims(user.profile);
    const authTime =
      typeof user.profile.auth_time === 'number' ? user.profile.auth_time : undefined;
    const startedAt = authTime !== undefined ? authTime * 1000 : this.#env.now();
    this.#state.next({
      status: 'signed-in',
      user: mapped.user,
      door: mapped.door,
      sessionEndsAt: startedAt + this.#config.sessionLifetimeSeconds * 1000,
    });
    this.#scheduleRenewal(user);
  }

  #scheduleRenewal(user: User): void {
    this.#renewal.reset();
    if (this.#disposed || user.expires_at === undefined || !user.refresh_token) return;
    this.#renewal.ahead(user.expires_at * 1000);
  }

  /** A token for `audience` (refresh-token grant) for the person signed in at `generation`. */
  async #issue(audience: string, generation: number): Promise<IssuedToken> {
    const user = this.#user;
    if (!user?.refresh_token) {
      throw new AuthError('session', 'There is no signed-in session to get a token from.');
    }
    const endpoint = await this.#calls.managed(generation, () =>
      this.#manager.metadataService.getTokenEndpoint(false),
    );
    if (!endpoint) throw new AuthError('provider', 'The identity provider has no token endpoint.');
    const { response, body } = await this.#calls.send(endpoint, {
      grant_type: 'refresh_token',
      refresh_token: user.refresh_token,
      client_id: this.#config.clientId,
      resource: audience,
    });
    if (generation !== this.#calls.generation) throw signedOut();
    if (!response.ok || typeof body.access_token !== 'string') {
      const code = typeof body.error === 'string' ? body.error : `http_${response.status}`;
      if (code === 'invalid_grant') this.#sessionEnded();
      throw new AuthError('provider', `The identity provider refused a token for "${audience}".`, {
        code,
      });
    }
    // Refresh tokens rotate: the old one is spent, keep the new one.
    if (typeof body.refresh_token === 'string') {
      user.refresh_token = body.refresh_token;
      await this.#manager.storeUser(user);
    }
    const lifetimeSeconds = typeof body.expires_in === 'number' ? body.expires_in : 60;
    return { token: body.access_token, lifetimeSeconds };
  }

  /** Revokes a refresh token at the provider (RFC 7009): worthless from now on, even leaked. */
  async #revoke(token: string): Promise<void> {
    const endpoint = await this.#calls.managed(this.#calls.generation, () =>
      this.#manager.metadataService.getRevocationEndpoint(true),
    );
    // A provider without revocation ends the token with its logout.
    if (!endpoint) return;
    await this.#calls.send(endpoint, {
      token,
      token_type_hint: 'refresh_token',
      client_id: this.#config.clientId,
    });
  }

  #sessionEnded(): void {
    void this.#forget();
    this.#state.next({ status: 'signed-out', reason: 'session-ended' });
  }

  /**
   * Forgets the person in this tab: every request under way is cut short and whatever it brings
   * back is dropped, tokens and the kept user go, and the shell removes what it kept on the device.
   */
  async #forget(): Promise<void> {
    this.#calls.forget();
    this.#renewal.reset();
    this.#user = null;
    this.#appTokens.clear();
    this.#family.release();
    this.#family.remove();
    this.#env.onForget?.();
    await this.#manager.removeUser();
  }

  #fail(error: unknown): void {
    const authError = toAuthError(error, pathOf(new URL(this.#env.currentUrl())));
    if (authError.kind === 'provider' && authError.code === 'invalid_grant') {
      this.#sessionEnded();
      return;
    }
    this.#state.next({ status: 'error', error: authError });
  }

  #post(message: TabMessage): void {
    this.#env.channel?.postMessage(message);
  }

  readonly #onTabMessage = (event: MessageEvent<unknown>): void => {
    const data = event.data as Partial<TabMessage> | null;
    if (data?.type === 'signed-out') {
      // Whatever this tab was doing (signed in, on the error page, starting), the person is gone.
      const status = this.#state.value.status;
      void this.#forget();
      if (status === 'signed-in' || status === 'error' || status === 'starting') {
        this.#state.next({ status: 'signed-out', reason: 'other-tab' });
      }
    } else if (data?.type === 'signed-in' && this.#state.value.status === 'signed-out') {
      // Signed in elsewhere: the provider's session signs this tab in without a form.
      void this.signIn(pathOf(new URL(this.#env.currentUrl())));
    }
  };
}
