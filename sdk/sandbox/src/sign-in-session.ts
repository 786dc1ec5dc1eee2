import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DigiOneUser, Locale } from '@digione/sdk';
import { SandboxSignIn, type IdentityProviderPlace, type SignInState } from './sign-in.js';
import type { SignInView } from './sign-in-view.js';

/** What the sandbox element tells its session. */
export interface SessionPage {
  /** The manifest's `api.audience`, asked for as a resource at sign-in. */
  audience(): string | undefined;
  /** The page's language. */
  locale(): Locale;
  /** Called after each change of the sign-in's state: was someone signed in before, and now. */
  changed(wasIn: boolean, isIn: boolean): void;
}

/**
 * The sandbox's sign-in at a real identity provider (`digione-sandbox --idp`), for the sandbox
 * element: who is signed in, their tokens, and the sign-in panel's view. Without a provider
 * (`use(undefined)`) nobody signs in and the sandbox gives the app the test people.
 */
export class SignInSession implements ReactiveController {
  #signIn: SandboxSignIn | undefined;
  #state: SignInState | undefined;
  #stopListening: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly page: SessionPage,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#stopListening?.();
    this.#stopListening = undefined;
  }

  /** Signs in at `place` from now on (none: no provider). */
  use(place: IdentityProviderPlace | undefined): void {
    this.hostDisconnected();
    const signIn = place ? new SandboxSignIn(place, `${window.location.origin}/`) : undefined;
    this.#signIn = signIn;
    this.#state = signIn?.state;
    if (!signIn) return;
    this.#stopListening = signIn.onChange(() => {
      const wasIn = this.#state?.status === 'signed-in';
      this.#state = signIn.state;
      this.page.changed(wasIn, this.#state.status === 'signed-in');
      this.host.requestUpdate();
    });
  }

  /**
   * Once per page load: completes the provider's answer, or signs in again after a reload. Its
   * first change of state comes after the host's update, not inside it.
   */
  start(): void {
    const signIn = this.#signIn;
    if (signIn) {
      void Promise.resolve().then(() => signIn.start(window.location.href, this.#request()));
    }
  }

  /** Whether the sandbox signs in at a provider. */
  get active(): boolean {
    return this.#signIn !== undefined;
  }

  /** The signed-in person, when the sandbox signs in at a provider and someone has. */
  get user(): DigiOneUser | undefined {
    return this.#state?.status === 'signed-in' ? this.#state.user : undefined;
  }

  /** With a provider and nobody signed in yet: no person to switch, no app to mount. */
  get waiting(): boolean {
    return this.active && !this.user;
  }

  /** The app's token: from the provider when signed in there, else a made-up one. */
  token(audience: string): Promise<string> | string {
    if (this.#signIn && this.user) return this.#signIn.getAccessToken(audience);
    return `sandbox-token-for:${audience}`;
  }

  /** The sign-in panel's view; `requestToken` asks for the app's token through its context. */
  view(mounted: boolean, requestToken: () => void): SignInView {
    return {
      signIn: this.#signIn,
      state: this.#state,
      lastToken: this.#signIn?.lastToken,
      audience: this.page.audience(),
      locale: this.page.locale(),
      mounted,
      onSignIn: () => void this.#signIn?.signIn(this.#request()),
      onSignOut: () => void this.#signIn?.signOut(this.page.locale()),
      onRequestToken: requestToken,
    };
  }

  #request(): { resources: string[]; uiLocale: Locale } {
    const audience = this.page.audience();
    return { resources: audience ? [audience] : [], uiLocale: this.page.locale() };
  }
}
