// Real sign-in for the sandbox (`digione-sandbox --idp <issuer>`): the authorization code flow with
// PKCE at an OpenID provider (oidc-client-ts), the person kept in memory only, and tokens for the
// app's API audience from refresh-token grants with a resource indicator (RFC 8707), as the portal
// gets them. The page shows the state; it never shows a token.
import {
  ErrorResponse,
  InMemoryWebStorage,
  UserManager,
  WebStorageStateStore,
  type User,
} from 'oidc-client-ts';
import { userFromClaims, type SignInDoor } from '@digione/sdk/host';
import type { DigiOneUser } from '@digione/sdk';

/** Where the sandbox signs in: the provider's issuer and the sandbox's client id there. */
export interface IdentityProviderPlace {
  readonly authority: string;
  readonly clientId: string;
}

/**
 * What went wrong, in kinds the page explains:
 * - `unreachable`: the provider did not answer;
 * - `audience`: the provider does not know the app's API audience (`invalid_target`);
 * - `cancelled`: the person cancelled at the provider;
 * - `provider`: the provider answered with another error (`code`, `description` are its own);
 * - `callback`: the provider's answer could not be used (stale or replayed sign-in);
 * - `session`: there is no signed-in session to get a token from.
 */
export type SignInProblemKind =
  'unreachable' | 'audience' | 'cancelled' | 'provider' | 'callback' | 'session';

export interface SignInProblem {
  readonly kind: SignInProblemKind;
  /** The provider's OAuth error code, e.g. `invalid_target`. */
  readonly code?: string;
  /** The provider's `error_description`, or the technical message. */
  readonly description?: string;
}

export type SignInState =
  | {
      readonly status: 'signed-out';
      /** `start`: not signed in yet; `signed-out`: came back from signing out; `session-ended`. */
      readonly reason: 'start' | 'signed-out' | 'session-ended';
    }
  | { readonly status: 'working' }
  | { readonly status: 'signed-in'; readonly user: DigiOneUser; readonly door: SignInDoor }
  | { readonly status: 'error'; readonly problem: SignInProblem };

/** The last token the sandbox got, or failed to get, for the app: shown in the panel. */
export type TokenRecord =
  | { readonly audience: string; readonly expiresAt: number }
  | { readonly audience: string; readonly problem: SignInProblem };

/** A token request the provider refused, or that never reached it. */
export class TokenError extends Error {
  readonly problem: SignInProblem;
  constructor(audience: string, problem: SignInProblem) {
    const detail = [problem.code, problem.description].filter(Boolean).join(': ');
    super(
      `The sandbox could not get an access token for "${audience}" from the identity provider` +
        (detail ? ` (${detail})` : '') +
        '.',
    );
    this.name = 'TokenError';
    this.problem = problem;
  }
}

/** What a sign-in asks the provider for. */
export interface SignInRequest {
  /** The app's API audiences, requested as resource indicators. */
  readonly resources: readonly string[];
  /** The page's language, so the provider's pages match it. */
  readonly uiLocale: string;
}

/**
 * Marks this tab as signed in at this provider, so that a reload (Vite reloads the page on every
 * save) signs in again through the provider's session, without a form. Only the issuer is kept
 * here; the person and the tokens live in memory.
 */
const SIGNED_IN_KEY = 'digione.sandbox.signed-in';
/** A cached token is used only while it has at least this long to live. */
const TOKEN_MIN_LIFE_MS = 30_000;

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** Sorts any failure into a problem the page can explain. */
export function toProblem(error: unknown): SignInProblem {
  if (error instanceof TokenError) return error.problem;
  if (error instanceof ErrorResponse) {
    const code = error.error ?? undefined;
    const kind: SignInProblemKind =
      code === 'access_denied' ? 'cancelled' : code === 'invalid_target' ? 'audience' : 'provider';
    const description = error.error_description ?? error.message;
    return { kind, ...(code ? { code } : {}), ...(description ? { description } : {}) };
  }
  const message = error instanceof Error ? error.message : String(error);
  // fetch() rejects with a TypeError when nothing answers; oidc-client-ts reports its timeout.
  if (error instanceof TypeError || /network|failed to fetch|timed? ?out/i.test(message)) {
    return { kind: 'unreachable', description: message };
  }
  return { kind: 'callback', description: message };
}

/**
 * The sandbox's sign-in at one provider. `start()` once per page load; the page listens with
 * `onChange` and reads `state` and `lastToken`.
 */
export class SandboxSignIn {
  readonly place: IdentityProviderPlace;
  readonly #redirectUri: string;
  readonly #manager: UserManager;
  readonly #listeners = new Set<() => void>();
  readonly #tokens = new Map<string, { readonly token: string; readonly expiresAt: number }>();
  #state: SignInState = { status: 'working' };
  #lastToken: TokenRecord | undefined;
  #user: User | null = null;
  #started = false;
  /** Token requests run one at a time: a rotated refresh token must never be spent twice. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(place: IdentityProviderPlace, redirectUri: string) {
    this.place = place;
    this.#redirectUri = redirectUri;
    const session = storage();
    this.#manager = new UserManager({
      authority: place.authority,
      client_id: place.clientId,
      redirect_uri: redirectUri,
      post_logout_redirect_uri: redirectUri,
      response_type: 'code',
      scope: 'openid profile',
      // The person and the tokens are kept in memory only.
      userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
      // The sign-in request's state (PKCE verifier, nonce) must survive the round trip to the
      // provider, so it lives in sessionStorage for those seconds.
      ...(session
        ? {
            stateStore: new WebStorageStateStore({
              store: session,
              prefix: 'digione.sandbox.oidc.',
            }),
          }
        : {}),
      automaticSilentRenew: false,
      monitorSession: false,
      loadUserInfo: false,
      // Keep `acr` (the door); drop the protocol's own claims.
      filterProtocolClaims: ['nbf', 'jti', 'nonce', 'amr', 'azp', 'at_hash'],
      requestTimeoutInSeconds: 10,
    });
  }

  get state(): SignInState {
    return this.#state;
  }

  get lastToken(): TokenRecord | undefined {
    return this.#lastToken;
  }

  /** Calls `listener` on every change of `state` or `lastToken`; returns the means to stop. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Where the page stands at load: completes the provider's answer to a sign-in or a sign-out, or
   * signs in again through the provider's session when this tab was signed in before a reload.
   */
  async start(url: string, request: SignInRequest): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    const params = new URL(url).searchParams;
    if (params.has('code') || params.has('error')) {
      await this.#completeSignIn(url);
    } else if (params.has('state')) {
      // Back from the provider's sign-out (RP-initiated logout).
      this.#cleanUrl();
      await this.#manager.signoutCallback(url).catch(() => undefined);
      this.#set({ status: 'signed-out', reason: 'signed-out' });
    } else if (storage()?.getItem(SIGNED_IN_KEY) === this.place.authority) {
      await this.signIn(request);
    } else {
      this.#set({ status: 'signed-out', reason: 'start' });
    }
  }

  /** Goes to the provider to sign in (its session signs in without a form when it has one). */
  async signIn(request: SignInRequest): Promise<void> {
    this.#set({ status: 'working' });
    try {
      await this.#manager.signinRedirect({
        // The app's API is granted at sign-in; its token is then asked for with a refresh grant.
        ...(request.resources.length > 0 ? { resource: [...request.resources] } : {}),
        ui_locales: request.uiLocale,
      });
    } catch (error) {
      this.#fail(error);
    }
  }

  /**
   * Forgets the person here and ends the provider's session (RP-initiated logout). The logout URL
   * names the sandbox (`client_id`, which oidc-client-ts adds), never the person: no ID token in
   * an address, as in the portal.
   */
  async signOut(uiLocale: string): Promise<void> {
    this.#forget();
    this.#set({ status: 'working' });
    try {
      await this.#manager.signoutRedirect({
        post_logout_redirect_uri: this.#redirectUri,
        // With a state, the provider's way back carries it, and the page knows it was signed out.
        state: 'signed-out',
        extraQueryParams: { ui_locales: uiLocale },
      });
    } catch (error) {
      this.#fail(error);
    }
  }

  /**
   * An access token for `audience` (the app's manifest's `api.audience`): a JWT from a
   * refresh-token grant with that one resource, cached until shortly before it expires.
   */
  getAccessToken(audience: string): Promise<string> {
    const cached = this.#tokens.get(audience);
    if (cached && cached.expiresAt - Date.now() > TOKEN_MIN_LIFE_MS) {
      return Promise.resolve(cached.token);
    }
    const run = this.#queue.then(() => this.#tokenFor(audience));
    this.#queue = run.catch(() => undefined);
    return run.then(
      (token) => token,
      (error: unknown) => {
        const problem = toProblem(error);
        this.#lastToken = { audience, problem };
        this.#notify();
        throw error instanceof TokenError ? error : new TokenError(audience, problem);
      },
    );
  }

  async #tokenFor(audience: string): Promise<string> {
    // An earlier request in the queue may have fetched it meanwhile.
    const cached = this.#tokens.get(audience);
    if (cached && cached.expiresAt - Date.now() > TOKEN_MIN_LIFE_MS) return cached.token;
    const user = this.#user;
    if (!user?.refresh_token) {
      throw new TokenError(audience, {
        kind: 'session',
        description: 'There is no signed-in session to get a token from.',
      });
    }
    const endpoint = await this.#manager.metadataService.getTokenEndpoint(false);
    if (!endpoint) {
      throw new TokenError(audience, {
        kind: 'provider',
        description: 'The identity provider has no token endpoint.',
      });
    }
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'refresh_token',
          refresh_token: user.refresh_token,
          client_id: this.place.clientId,
          resource: audience,
        }),
      });
    } catch (error) {
      throw new TokenError(audience, { kind: 'unreachable', description: String(error) });
    }
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok || typeof body.access_token !== 'string') {
      const code = typeof body.error === 'string' ? body.error : `http_${String(response.status)}`;
      const description =
        typeof body.error_description === 'string' ? body.error_description : undefined;
      if (code === 'invalid_grant') {
        // The provider's session (and its refresh tokens) ended: sign in again.
        this.#forget();
        this.#set({ status: 'signed-out', reason: 'session-ended' });
      }
      throw new TokenError(audience, {
        kind:
          code === 'invalid_target'
            ? 'audience'
            : code === 'invalid_grant'
              ? 'session'
              : 'provider',
        code,
        ...(description ? { description } : {}),
      });
    }
    // Refresh tokens rotate: the old one is spent, keep the new one.
    if (typeof body.refresh_token === 'string') user.refresh_token = body.refresh_token;
    const lifetime = typeof body.expires_in === 'number' ? body.expires_in : 60;
    const expiresAt = Date.now() + lifetime * 1000;
    this.#tokens.set(audience, { token: body.access_token, expiresAt });
    this.#lastToken = { audience, expiresAt };
    this.#notify();
    return body.access_token;
  }

  async #completeSignIn(url: string): Promise<void> {
    this.#set({ status: 'working' });
    try {
      const user = await this.#manager.signinRedirectCallback(url);
      const { user: person, door } = userFromClaims(user.profile);
      this.#user = user;
      storage()?.setItem(SIGNED_IN_KEY, this.place.authority);
      this.#set({ status: 'signed-in', user: person, door });
    } catch (error) {
      this.#fail(error);
    } finally {
      this.#cleanUrl();
    }
  }

  /** Takes the provider's answer out of the address bar, so a reload does not replay it. */
  #cleanUrl(): void {
    history.replaceState(history.state, '', new URL(this.#redirectUri).pathname);
  }

  #forget(): void {
    this.#user = null;
    this.#tokens.clear();
    this.#lastToken = undefined;
    storage()?.removeItem(SIGNED_IN_KEY);
    void this.#manager.removeUser();
  }

  #fail(error: unknown): void {
    // A failed sign-in does not come back by itself on the next reload.
    storage()?.removeItem(SIGNED_IN_KEY);
    this.#set({ status: 'error', problem: toProblem(error) });
  }

  #set(state: SignInState): void {
    this.#state = state;
    this.#notify();
  }

  #notify(): void {
    for (const listener of this.#listeners) listener();
  }
}
