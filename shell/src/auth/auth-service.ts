import {
  InMemoryWebStorage,
  UserManager,
  WebStorageStateStore,
  type INavigator,
  type IWindow,
  type User,
} from 'oidc-client-ts';
import { BehaviorSubject, type Observable } from 'rxjs';
import { userFromClaims, type DigiOneUser, type SignInDoor } from '@digione/sdk';
import type { AuthConfig } from '../config/runtime-config.js';
import { AuthError, toAuthError } from './auth-error.js';

/** Where the person stands with sign-in, as the shell draws it. */
export type AuthState =
  | { readonly status: 'starting' }
  | { readonly status: 'redirecting' }
  | {
      readonly status: 'signed-out';
      /** `signed-out`: by the person here; `other-tab`: in another tab; `session-ended`: it ran out. */
      readonly reason: 'signed-out' | 'other-tab' | 'session-ended';
    }
  | {
      readonly status: 'signed-in';
      readonly user: DigiOneUser;
      readonly door: SignInDoor;
      /** When the provider's session ends (epoch ms); the shell warns before. */
      readonly sessionEndsAt: number;
    }
  | { readonly status: 'error'; readonly error: AuthError };

/** What the auth service needs from the page; tests give their own. */
export interface AuthEnvironment {
  /** The portal's origin, e.g. `https://portal.digione.fi`. */
  readonly origin: string;
  /** The current URL (path, query and hash are kept across sign-in). */
  readonly currentUrl: () => string;
  /** Replaces the address bar's URL without a reload (after the sign-in callback). */
  readonly replaceUrl: (pathAndQuery: string) => void;
  /** Leaves the page for the provider (sign-in, sign-out). */
  readonly redirect: (url: string) => void;
  readonly fetch: typeof fetch;
  /** Serialises token refreshes across tabs; absent where the browser lacks Web Locks. */
  readonly locks: LockManager | undefined;
  /** Tells other tabs of sign-in and sign-out; absent where BroadcastChannel is missing. */
  readonly channel: BroadcastChannel | undefined;
  /** sessionStorage, used only when the configuration asks for it. */
  readonly sessionStorage: Storage | undefined;
  readonly now: () => number;
}

/** Messages between the tabs of one portal. */
type TabMessage = { readonly type: 'signed-in' } | { readonly type: 'signed-out' };

const REFRESH_LOCK = 'digione.auth.refresh';
/** Tokens are renewed this long before they expire (or a third of their life, if shorter). */
const RENEW_AHEAD_MS = 60_000;
/** While the provider cannot be reached and the token still works, renewal is retried this often. */
const UNREACHABLE_RETRY_MS = 10_000;
/** A cached app token is used only while it has at least this long to live. */
const TOKEN_MIN_LIFE_MS = 30_000;

interface CachedToken {
  readonly token: string;
  readonly expiresAt: number;
}

interface SignInState {
  /** The path, query and hash the person was on when sign-in began. */
  readonly returnTo: string;
}

/**
 * Signs people in to DigiOne Portal with the authorization code flow and PKCE (oidc-client-ts),
 * keeps the user in memory, renews tokens with rotating refresh tokens one at a time across tabs,
 * shares sign-in and sign-out between tabs, and hands each app a token for its own API audience.
 */
export class AuthService {
  readonly #config: AuthConfig;
  readonly #env: AuthEnvironment;
  readonly #manager: UserManager;
  readonly #state = new BehaviorSubject<AuthState>({ status: 'starting' });
  readonly #appTokens = new Map<string, CachedToken>();
  readonly #pendingTokens = new Map<string, Promise<string>>();
  #renewTimer: ReturnType<typeof setTimeout> | undefined;
  #user: User | null = null;
  #disposed = false;

  constructor(config: AuthConfig, env: AuthEnvironment) {
    this.#config = config;
    this.#env = env;
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
    this.#manager = new UserManager(
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
        // Renewal is the shell's own (below): serialised across tabs, which oidc-client-ts is not.
        automaticSilentRenew: false,
        monitorSession: false,
        loadUserInfo: false,
        // Keep `acr` (the door) and `auth_time` (when the session began); drop the protocol's own.
        filterProtocolClaims: ['nbf', 'jti', 'nonce', 'amr', 'azp', 'at_hash'],
        requestTimeoutInSeconds: 10,
      },
      navigator,
    );
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
    try {
      if (url.pathname === this.#config.redirectPath) {
        await this.#completeSignIn(url);
        return;
      }
      if (url.pathname === this.#config.postLogoutRedirectPath) {
        this.#state.next({ status: 'signed-out', reason: 'signed-out' });
        return;
      }
      const kept = await this.#manager.getUser();
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
      this.#fail(error);
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
      await this.#manager.signinRedirect({
        state,
        // Every API audience is granted at sign-in; each app's token is then asked for one of them.
        ...(this.#config.resources.length > 0 ? { resource: [...this.#config.resources] } : {}),
        ...(options.forceLogin ? { prompt: 'login' } : {}),
        ...(options.uiLocale ? { ui_locales: options.uiLocale } : {}),
      });
    } catch (error) {
      this.#fail(error);
    }
  }

  /**
   * Signs out here, in every other tab, and at the provider (RP-initiated logout), which then
   * sends the browser back to the signed-out page.
   */
  async signOut(): Promise<void> {
    const user = this.#user;
    this.#post({ type: 'signed-out' });
    await this.#forget();
    this.#state.next({ status: 'redirecting' });
    try {
      await this.#manager.signoutRedirect({
        ...(user?.id_token ? { id_token_hint: user.id_token } : {}),
        post_logout_redirect_uri: this.#env.origin + this.#config.postLogoutRedirectPath,
      });
    } catch (error) {
      // The provider is out of reach: the portal forgot the person already; say so plainly.
      this.#fail(error);
    }
  }

  /**
   * Renews the shell's tokens with the refresh token. Only one renewal runs at a time across all
   * tabs, so a rotated refresh token is never spent twice.
   */
  async renew(): Promise<void> {
    clearTimeout(this.#renewTimer);
    try {
      const user = await this.#exclusive(() => this.#manager.signinSilent());
      if (user) this.#accept(user);
    } catch (error) {
      const failure = toAuthError(error, pathOf(new URL(this.#env.currentUrl())));
      const kept = this.#user;
      // The provider is briefly out of reach but the token still works: keep going, try again soon.
      if (failure.kind === 'unreachable' && kept && !kept.expired && !this.#disposed) {
        this.#renewTimer = setTimeout(() => void this.renew(), UNREACHABLE_RETRY_MS);
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
   * An access token for one API audience, for the app whose manifest names it. Tokens are cached
   * until shortly before they expire; the shell's own token is never handed out.
   */
  getAccessToken(audience: string): Promise<string> {
    if (!this.#config.resources.includes(audience)) {
      return Promise.reject(
        new AuthError('audience', `The audience "${audience}" is not registered for this portal.`),
      );
    }
    const cached = this.#appTokens.get(audience);
    if (cached && cached.expiresAt - this.#env.now() > TOKEN_MIN_LIFE_MS) {
      return Promise.resolve(cached.token);
    }
    let pending = this.#pendingTokens.get(audience);
    if (!pending) {
      pending = this.#exclusive(() => this.#tokenFor(audience)).finally(() =>
        this.#pendingTokens.delete(audience),
      );
      this.#pendingTokens.set(audience, pending);
    }
    return pending;
  }

  /** Stops timers and tab messages (the page is going away, or a test ends). */
  dispose(): void {
    this.#disposed = true;
    clearTimeout(this.#renewTimer);
    this.#env.channel?.removeEventListener('message', this.#onTabMessage);
    this.#state.complete();
  }

  async #completeSignIn(url: URL): Promise<void> {
    let user: User;
    try {
      user = await this.#manager.signinRedirectCallback(url.href);
    } catch (error) {
      const failure = toAuthError(error, '/');
      this.#env.replaceUrl(safeReturnPath(failure.returnTo));
      throw failure;
    }
    const state = user.state as Partial<SignInState> | undefined;
    this.#env.replaceUrl(safeReturnPath(state?.returnTo ?? '/'));
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
    clearTimeout(this.#renewTimer);
    if (this.#disposed || user.expires_at === undefined || !user.refresh_token) return;
    const life = user.expires_at * 1000 - this.#env.now();
    const delay = Math.max(0, life - Math.min(RENEW_AHEAD_MS, life / 3));
    this.#renewTimer = setTimeout(() => void this.renew(), delay);
  }

  async #tokenFor(audience: string): Promise<string> {
    // Another tab or request may have refreshed while this one waited for the lock.
    const cached = this.#appTokens.get(audience);
    if (cached && cached.expiresAt - this.#env.now() > TOKEN_MIN_LIFE_MS) return cached.token;
    const user = this.#user ?? (await this.#manager.getUser());
    if (!user?.refresh_token) {
      throw new AuthError('session', 'There is no signed-in session to get a token from.');
    }
    const endpoint = await this.#manager.metadataService.getTokenEndpoint(false);
    if (!endpoint) throw new AuthError('provider', 'The identity provider has no token endpoint.');
    let response: Response;
    try {
      response = await this.#env.fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'refresh_token',
          refresh_token: user.refresh_token,
          client_id: this.#config.clientId,
          resource: audience,
        }),
      });
    } catch (error) {
      throw new AuthError('unreachable', 'The identity provider could not be reached.', {
        cause: error,
      });
    }
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
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
    const lifetime = typeof body.expires_in === 'number' ? body.expires_in : 60;
    this.#appTokens.set(audience, {
      token: body.access_token,
      expiresAt: this.#env.now() + lifetime * 1000,
    });
    return body.access_token;
  }

  /** Runs `task` while holding the portal-wide refresh lock (all tabs of this origin). */
  #exclusive<T>(task: () => Promise<T>): Promise<T> {
    const locks = this.#env.locks;
    if (!locks) return task();
    return locks.request(REFRESH_LOCK, { mode: 'exclusive' }, task) as Promise<T>;
  }

  #sessionEnded(): void {
    void this.#forget();
    this.#state.next({ status: 'signed-out', reason: 'session-ended' });
  }

  async #forget(): Promise<void> {
    clearTimeout(this.#renewTimer);
    this.#user = null;
    this.#appTokens.clear();
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
    if (data?.type === 'signed-out' && this.#state.value.status === 'signed-in') {
      void this.#forget();
      this.#state.next({ status: 'signed-out', reason: 'other-tab' });
    } else if (data?.type === 'signed-in' && this.#state.value.status === 'signed-out') {
      // Signed in elsewhere: the provider's session signs this tab in without a form.
      void this.signIn(pathOf(new URL(this.#env.currentUrl())));
    }
  };
}

/** The path, query and hash of a URL: what a deep link keeps across sign-in. */
function pathOf(url: URL): string {
  return url.pathname + url.search + url.hash;
}

/** Only paths on the portal itself are followed after sign-in (no open redirect). */
export function safeReturnPath(value: string): string {
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}
