import {
  InMemoryWebStorage,
  UserManager,
  WebStorageStateStore,
  type INavigator,
  type IWindow,
  type User,
} from 'oidc-client-ts';
import { BehaviorSubject, type Observable } from 'rxjs';
import { userFromClaims, type SignInDoor } from '@digione/sdk/host';
import { type DigiOneUser } from '@digione/sdk';
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
  /**
   * Keeps a refresh-token family kept in sessionStorage to one tab (a duplicated tab starts with a
   * copy of it); absent where the browser lacks Web Locks.
   */
  readonly locks: LockManager | undefined;
  /** Tells other tabs of sign-in and sign-out; absent where BroadcastChannel is missing. */
  readonly channel: BroadcastChannel | undefined;
  /** sessionStorage, used only when the configuration asks for it. */
  readonly sessionStorage: Storage | undefined;
  readonly now: () => number;
  /**
   * How long each request to the provider may take, its answer read to the end, before the
   * provider counts as unreachable (milliseconds; default 10 000). Tests set a short one.
   */
  readonly requestTimeoutMs?: number;
  /**
   * Called whenever the person is forgotten in this tab (they signed out here or in another tab,
   * or their session ended): the shell removes what it keeps for them on the device.
   */
  readonly onForget?: () => void;
}

/** Messages between the tabs of one portal. */
type TabMessage = { readonly type: 'signed-in' } | { readonly type: 'signed-out' };

/**
 * The one lock shared between tabs, held by the tab that uses a refresh-token family kept in
 * sessionStorage, for as long as it keeps it. Tabs do not otherwise share refresh tokens: each
 * signs in for its own family (kept in memory, or in its own sessionStorage). But a duplicated
 * tab starts with a copy of its original's sessionStorage, refresh token included; were both to
 * use it, the second would spend a token the first had already rotated, and the provider would
 * take that for theft and revoke the whole sign-in. Taking turns would not help (the other tab's
 * rotated token is out of sight), so a tab that finds its family held elsewhere signs in afresh.
 */
const FAMILY_LOCK = 'digione.auth.family';
/** Where a tab keeps the id of its refresh-token family, beside the user in sessionStorage. */
const FAMILY_KEY = 'digione.auth.family';
/** How long a tab waits for its family's lock: a reloading page lets go of it within this. */
const FAMILY_WAIT_MS = 2_000;
/** Each request to the provider may take this long, its answer read to the end. */
const REQUEST_TIMEOUT_MS = 10_000;
/** Tokens are renewed this long before they expire (or a third of their life, if shorter). */
const RENEW_AHEAD_MS = 60_000;
/** While the provider cannot be reached, renewal is retried after a random wait of up to this… */
const RETRY_BASE_MS = 2_000;
/** …doubled after each failure, up to this. */
const RETRY_CAP_MS = 60_000;
/** A cached app token is used only while it has at least this long to live. */
const TOKEN_MIN_LIFE_MS = 30_000;

/**
 * How long to wait before renewal's `attempt`th retry (from 0) while the provider cannot be
 * reached: exponential backoff with full jitter, so that the tabs of a whole school do not all
 * come back to the provider at the same moment.
 */
export function renewalRetryDelay(attempt: number, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** attempt));
}

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
 * keeps the user in memory, renews tokens with rotating refresh tokens one at a time, shares
 * sign-in and sign-out between tabs, and hands each app a token for its own API audience.
 * Sign-out wins over everything under way: whatever a request started before it brings back is
 * dropped.
 */
export class AuthService {
  readonly #config: AuthConfig;
  readonly #env: AuthEnvironment;
  readonly #manager: UserManager;
  readonly #timeoutMs: number;
  readonly #state = new BehaviorSubject<AuthState>({ status: 'starting' });
  /** App tokens by app and audience (see `cacheKey`). */
  readonly #appTokens = new Map<string, CachedToken>();
  readonly #pendingTokens = new Map<string, Promise<string>>();
  #renewTimer: ReturnType<typeof setTimeout> | undefined;
  /** Renewal's failures in a row while the provider cannot be reached. */
  #retries = 0;
  #user: User | null = null;
  #disposed = false;
  /** Counts the times the person was forgotten: a result from an earlier count is dropped. */
  #generation = 0;
  /** Aborted when the person is forgotten, cutting short every request under way. */
  #signOut = new AbortController();
  /** The refresh requests of this tab, one after another (see `#serial`). */
  #queue: Promise<unknown> = Promise.resolve();
  /** Lets go of this tab's refresh-token family (see `FAMILY_LOCK`). */
  #releaseFamily: () => void = () => undefined;

  constructor(config: AuthConfig, env: AuthEnvironment) {
    this.#config = config;
    this.#env = env;
    this.#timeoutMs = env.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
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
        // Each request until its answer starts; `#managed` bounds the rest of the work.
        requestTimeoutInSeconds: this.#timeoutMs / 1000,
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
    const generation = this.#generation;
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
      if (generation !== this.#generation) return;
      if (kept && !(await this.#claimFamily(this.#keptFamily()))) {
        // A duplicated tab: its original uses this refresh token. Sign in for a family of its own.
        await this.#manager.removeUser();
        this.#removeFamily();
        await this.signIn(pathOf(url));
        return;
      }
      if (generation !== this.#generation) return;
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
      if (generation === this.#generation) this.#fail(error);
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
      await this.#managed(this.#generation, () =>
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
      const endpoint = await this.#managed(this.#generation, () =>
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
   * `#serial`). A renewal that ends after sign-out is dropped.
   */
  async renew(): Promise<void> {
    clearTimeout(this.#renewTimer);
    const generation = this.#generation;
    try {
      const user = await this.#serial(() =>
        this.#managed(generation, () => this.#manager.signinSilent()),
      );
      if (generation !== this.#generation) return;
      if (user) this.#accept(user);
    } catch (error) {
      if (generation !== this.#generation) return;
      const failure = toAuthError(error, pathOf(new URL(this.#env.currentUrl())));
      const kept = this.#user;
      // The provider is briefly out of reach but the token still works: keep going, try again
      // after a while, and at the latest when the token runs out (then the error page says why).
      if (failure.kind === 'unreachable' && kept && !kept.expired && !this.#disposed) {
        const left = (kept.expires_at ?? 0) * 1000 - this.#env.now();
        const wait = Math.min(renewalRetryDelay(this.#retries++), Math.max(0, left));
        this.#renewTimer = setTimeout(() => void this.renew(), wait);
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
    if (!this.#config.resources.includes(audience)) {
      return Promise.reject(
        new AuthError('audience', `The audience "${audience}" is not registered for this portal.`),
      );
    }
    const key = cacheKey(appId, audience);
    if (options?.fresh) this.#appTokens.delete(key);
    const cached = this.#appTokens.get(key);
    if (cached && cached.expiresAt - this.#env.now() > TOKEN_MIN_LIFE_MS) {
      return Promise.resolve(cached.token);
    }
    let pending = this.#pendingTokens.get(key);
    if (!pending) {
      const generation = this.#generation;
      const asked: Promise<string> = this.#serial(() =>
        this.#tokenFor(key, audience, generation),
      ).finally(() => {
        if (this.#pendingTokens.get(key) === asked) this.#pendingTokens.delete(key);
      });
      pending = asked;
      this.#pendingTokens.set(key, pending);
    }
    return unlessAborted(pending, this.#signOut.signal);
  }

  /** Stops timers, requests and tab messages (the page is going away, or a test ends). */
  dispose(): void {
    this.#disposed = true;
    clearTimeout(this.#renewTimer);
    this.#signOut.abort(new AuthError('session', 'The portal was closed.'));
    this.#releaseFamily();
    this.#env.channel?.removeEventListener('message', this.#onTabMessage);
    this.#state.complete();
  }

  async #completeSignIn(url: URL, generation: number): Promise<void> {
    let user: User;
    try {
      user = await this.#managed(generation, () => this.#manager.signinRedirectCallback(url.href));
    } catch (error) {
      const failure = toAuthError(error, '/');
      this.#env.replaceUrl(safeReturnPath(failure.returnTo));
      throw failure;
    }
    const state = user.state as Partial<SignInState> | undefined;
    this.#env.replaceUrl(safeReturnPath(state?.returnTo ?? '/'));
    // A fresh sign-in starts a refresh-token family of its own.
    await this.#claimFamily(this.#newFamily());
    if (generation !== this.#generation) return;
    this.#accept(user);
    this.#post({ type: 'signed-in' });
  }

  #accept(user: User): void {
    this.#user = user;
    this.#retries = 0;
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

  /** A token for `audience` (refresh-token grant) for the person signed in at `generation`. */
  async #tokenFor(key: string, audience: string, generation: number): Promise<string> {
    if (generation !== this.#generation) throw signedOut();
    // Another request for this app may have got one while this one waited for its turn.
    const cached = this.#appTokens.get(key);
    if (cached && cached.expiresAt - this.#env.now() > TOKEN_MIN_LIFE_MS) return cached.token;
    const user = this.#user;
    if (!user?.refresh_token) {
      throw new AuthError('session', 'There is no signed-in session to get a token from.');
    }
    const endpoint = await this.#managed(generation, () =>
      this.#manager.metadataService.getTokenEndpoint(false),
    );
    if (!endpoint) throw new AuthError('provider', 'The identity provider has no token endpoint.');
    const { response, body } = await this.#send(endpoint, {
      grant_type: 'refresh_token',
      refresh_token: user.refresh_token,
      client_id: this.#config.clientId,
      resource: audience,
    });
    if (generation !== this.#generation) throw signedOut();
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
    this.#appTokens.set(key, {
      token: body.access_token,
      expiresAt: this.#env.now() + lifetime * 1000,
    });
    return body.access_token;
  }

  /** Revokes a refresh token at the provider (RFC 7009): worthless from now on, even leaked. */
  async #revoke(token: string): Promise<void> {
    const endpoint = await this.#managed(this.#generation, () =>
      this.#manager.metadataService.getRevocationEndpoint(true),
    );
    // A provider without revocation ends the token with its logout.
    if (!endpoint) return;
    await this.#send(endpoint, {
      token,
      token_type_hint: 'refresh_token',
      client_id: this.#config.clientId,
    });
  }

  /**
   * Posts a form to the provider and reads its JSON answer, within the time limit (the answer's
   * body included): `unreachable` when it takes longer, `session` when the person signs out first.
   */
  async #send(
    url: string,
    form: Record<string, string>,
  ): Promise<{ readonly response: Response; readonly body: Record<string, unknown> }> {
    const signal = AbortSignal.any([this.#signOut.signal, AbortSignal.timeout(this.#timeoutMs)]);
    let response: Response;
    let text: string;
    try {
      response = await this.#env.fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form),
        signal,
      });
      text = await unlessAborted(response.text(), signal);
    } catch (error) {
      if (signal.aborted) throw abortReason(signal);
      throw new AuthError('unreachable', 'The identity provider could not be reached.', {
        cause: error,
      });
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = {};
    }
    return {
      response,
      body: typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {},
    };
  }

  /**
   * Runs a request of oidc-client-ts for the person signed in at `generation`, within the time
   * limit (twice a request's: discovery, then the request itself) and cut short by sign-out.
   * oidc-client-ts keeps the user it gets; when that comes after a sign-out, it is removed again.
   */
  #managed<T>(generation: number, call: () => Promise<T>): Promise<T> {
    if (generation !== this.#generation) return Promise.reject(signedOut());
    const running = call();
    running.then(
      () => {
        if (generation !== this.#generation) void this.#manager.removeUser();
      },
      () => undefined,
    );
    const signal = AbortSignal.any([
      this.#signOut.signal,
      AbortSignal.timeout(2 * this.#timeoutMs),
    ]);
    return unlessAborted(running, signal);
  }

  /**
   * Runs `task` after every refresh this tab started before it. Renewal and app tokens spend the
   * tab's one refresh token, and each use rotates it: two at once would spend a token twice, and
   * the provider would take that for theft and end the sign-in. Only this tab waits: every task is
   * bounded in time, and no other tab uses this tab's refresh tokens (see `FAMILY_LOCK`).
   */
  #serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** The id of the kept user's refresh-token family (kept beside it in sessionStorage). */
  #keptFamily(): string {
    let family: string | null = null;
    try {
      family = this.#env.sessionStorage?.getItem(FAMILY_KEY) ?? null;
    } catch {
      // Storage refused: the family is this page's own.
    }
    return family ?? this.#newFamily();
  }

  /** A new refresh-token family, kept beside the user when the user is kept in sessionStorage. */
  #newFamily(): string {
    // Kept in memory, a family never leaves its page: it needs no name.
    if (this.#config.userStore !== 'session') return '';
    const family = crypto.randomUUID();
    try {
      this.#env.sessionStorage?.setItem(FAMILY_KEY, family);
    } catch {
      // Storage refused: the user is not kept either.
    }
    return family;
  }

  #removeFamily(): void {
    try {
      this.#env.sessionStorage?.removeItem(FAMILY_KEY);
    } catch {
      // Storage refused: nothing was kept.
    }
  }

  /**
   * Holds the lock of a refresh-token family kept in sessionStorage while this tab uses it.
   * Resolves false when another open tab holds it (see `FAMILY_LOCK`).
   */
  #claimFamily(family: string): Promise<boolean> {
    const locks = this.#env.locks;
    this.#releaseFamily();
    if (!locks || this.#config.userStore !== 'session') return Promise.resolve(true);
    const held = new Promise<void>((release) => {
      this.#releaseFamily = release;
    });
    return new Promise<boolean>((resolve) => {
      locks
        .request(
          `${FAMILY_LOCK}.${family}`,
          { signal: AbortSignal.timeout(FAMILY_WAIT_MS) },
          () => {
            resolve(true);
            return held;
          },
        )
        .catch(() => {
          resolve(false);
        });
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
    this.#generation++;
    this.#signOut.abort(signedOut());
    this.#signOut = new AbortController();
    clearTimeout(this.#renewTimer);
    this.#retries = 0;
    this.#user = null;
    this.#appTokens.clear();
    this.#pendingTokens.clear();
    this.#releaseFamily();
    this.#removeFamily();
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

/** The path, query and hash of a URL: what a deep link keeps across sign-in. */
function pathOf(url: URL): string {
  return url.pathname + url.search + url.hash;
}

/** The cache key of an app's token: the app and its audience. */
function cacheKey(appId: string, audience: string): string {
  return JSON.stringify([appId, audience]);
}

/** The error of a request that sign-out overtook. */
function signedOut(): AuthError {
  return new AuthError('session', 'The person signed out while the request was under way.');
}

/** Why a signal aborted, as an `AuthError`: sign-out's own, or `unreachable` for a time-out. */
function abortReason(signal: AbortSignal): AuthError {
  const reason: unknown = signal.reason;
  if (reason instanceof AuthError) return reason;
  return new AuthError('unreachable', 'The identity provider did not answer in time.', {
    cause: reason,
  });
}

/** `promise`, or `abortReason(signal)` as soon as the signal aborts. */
function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const abort = (): void => {
      reject(abortReason(signal));
    };
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', abort);
    });
  });
}

/** Resolved against this, a return path tells whether it stays on the same origin. */
const SAME_ORIGIN = 'https://portal.invalid';

/**
 * Only paths on the portal itself are followed after sign-in (no open redirect). The value is
 * parsed as the browser would parse it (tabs and newlines dropped, backslashes read as slashes,
 * `//host` as another origin) and kept only if it stays on the same origin; what is returned is
 * the parsed path, query and hash, which must still read as a path when followed.
 */
export function safeReturnPath(value: string): string {
  let url: URL;
  try {
    url = new URL(value, SAME_ORIGIN);
  } catch {
    return '/';
  }
  const path = pathOf(url);
  // `/.//host` parses to the path `//host`, which followed later would be read as another host.
  return url.origin === SAME_ORIGIN && !path.startsWith('//') ? path : '/';
}
