import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import '@digione/components/define';
import { addTranslations, isLocale, localization } from '@digione/components/localization';
import { TENANTS, THEMES, applyBranding, type Theme } from '@digione/components/tenants';
// The page imports the SDK by its public entry points, as an app does: from this repository's
// sources here, from the installed package's dist when a vendor runs `digione-sandbox`.
import {
  ROLES,
  validateManifest,
  actingAsChoicesFor,
  rolesOf,
  type ActingAs,
  type DigiOneUser,
  type AppManifest,
  type Capability,
  type DigiOneAppProps,
  type Locale,
  type ManifestError,
  type Role,
  type ShellContext,
} from '@digione/sdk';
import {
  createTestShell,
  type MountedApp,
  type TestLifecycle,
  type TestLifecycles,
  type TestShell,
} from '@digione/sdk/testing';
import { iframeApp, type IframeAppPlace } from './iframe-app.js';
import { actingAsOptions, sampleUser } from './samples.js';
import { SandboxSignIn, type IdentityProviderPlace, type SignInState } from './sign-in.js';
import { renderSignInPanel, renderSignInStage, type SignInView } from './sign-in-view.js';

addTranslations((locale) =>
  locale === 'sv' ? import('./generated/sv.js') : import('./generated/en.js'),
);

const CAPABILITIES: readonly Capability[] = [
  'navigate',
  'notify',
  'confirm',
  'dirty-guard',
  'title',
  'events',
  'access-token',
  'acting-as',
  'widgets',
  'iframe',
];

type Phase = 'bootstrap' | 'mount' | 'unmount';

/** One call of a lifecycle, timed. */
export interface LifecycleTiming {
  readonly phase: Phase;
  readonly ms: number;
  readonly ok: boolean;
}

/** An event the app published. */
export interface PublishedEvent {
  readonly topic: string;
  readonly payload: unknown;
  /** Set when the shell refused it (e.g. a topic outside the app's namespace). */
  readonly error?: string;
}

function steps(lifecycle: TestLifecycle | readonly TestLifecycle[] | undefined): TestLifecycle[] {
  if (lifecycle === undefined) return [];
  return typeof lifecycle === 'function' ? [lifecycle] : [...lifecycle];
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  try {
    // JSON.stringify returns undefined for undefined and functions, whatever its type says.
    const text = JSON.stringify(error) as string | undefined;
    return text ?? String(error);
  } catch {
    return String(error);
  }
}

function json(value: unknown): string {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  return text ?? 'undefined';
}

function roleName(role: Role): string {
  switch (role) {
    case 'learner':
      return msg('Oppilas', { id: 'd1-sandbox.role.learner' });
    case 'teacher':
      return msg('Opettaja', { id: 'd1-sandbox.role.teacher' });
    case 'principal':
      return msg('Rehtori', { id: 'd1-sandbox.role.principal' });
    case 'staff':
      return msg('Henkilökunta', { id: 'd1-sandbox.role.staff' });
    case 'substitute':
      return msg('Sijainen', { id: 'd1-sandbox.role.substitute' });
    case 'guardian':
      return msg('Huoltaja', { id: 'd1-sandbox.role.guardian' });
    case 'admin':
      return msg('Ylläpitäjä', { id: 'd1-sandbox.role.admin' });
  }
}

function themeName(theme: Theme): string {
  switch (theme) {
    case 'light':
      return msg('Vaalea', { id: 'd1-sandbox.theme.light' });
    case 'dark':
      return msg('Tumma', { id: 'd1-sandbox.theme.dark' });
    case 'high-contrast':
      return msg('Suuri kontrasti', { id: 'd1-sandbox.theme.high-contrast' });
  }
}

/**
 * The vendor sandbox: mounts ONE app with a live context from a test shell, with switches for
 * role, acting-as, locale, theme and tenant, and panels showing what the app was given and what it
 * asked of the shell. The app renders in the light DOM (slot "app"), as it would in the shell.
 *
 *   <d1-sandbox .app=${lifecycles} .manifest=${manifestJson}></d1-sandbox>
 *
 * An iframe app is given by where it is served instead: the sandbox frames it on its own origin
 * and bridges the same context to it (see iframe-app.ts).
 *
 *   <d1-sandbox .iframeApp=${{ url, origin }} .manifest=${manifestJson}></d1-sandbox>
 *
 * Given an identity provider (`digione-sandbox --idp <issuer>`), the person is real: the app mounts
 * once they have signed in there, sees them as the portal would, acts in their own schools or for
 * their own children, and gets real access tokens for its manifest's API audience (sign-in.ts).
 *
 *   <d1-sandbox .idp=${{ authority, clientId }} .app=${lifecycles} .manifest=${manifestJson}></d1-sandbox>
 */
@customElement('d1-sandbox')
export class D1Sandbox extends LitElement {
  static override styles = css`
    :host {
      display: block;
      color: var(--d1-color-text);
      background: var(--d1-color-surface-sunken);
      font-family: var(--d1-font-family);
      min-height: 100vh;
      box-sizing: border-box;
      padding: var(--d1-space-4);
    }
    header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: var(--d1-space-3);
    }
    h1 {
      font-size: var(--d1-font-size-xl);
      margin: 0 0 var(--d1-space-3);
    }
    h2 {
      font-size: var(--d1-font-size-m);
      margin: 0 0 var(--d1-space-2);
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: var(--d1-space-3);
      margin-bottom: var(--d1-space-4);
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      gap: var(--d1-space-4);
    }
    @media (max-width: 60rem) {
      .layout {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .stage,
    section.panel {
      background: var(--d1-color-surface);
      border: 1px solid var(--d1-color-border-subtle);
      border-radius: var(--d1-radius-m);
      padding: var(--d1-space-3);
    }
    .stage {
      min-height: 12rem;
    }
    .panels {
      display: grid;
      gap: var(--d1-space-3);
      align-content: start;
    }
    pre {
      font-family: var(--d1-font-family-mono);
      font-size: var(--d1-font-size-s);
      margin: 0;
      white-space: pre-wrap;
      word-break: break-word;
      max-height: 16rem;
      overflow: auto;
    }
    ul {
      margin: 0;
      padding-inline-start: var(--d1-space-4);
      font-size: var(--d1-font-size-s);
    }
    .muted {
      color: var(--d1-color-text-muted);
      font-size: var(--d1-font-size-s);
      margin: 0;
    }
    dl {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: var(--d1-space-1) var(--d1-space-3);
      margin: 0;
      font-size: var(--d1-font-size-s);
    }
    dt {
      font-weight: var(--d1-font-weight-strong);
    }
    dd {
      margin: 0;
    }
    code {
      font-family: var(--d1-font-family-mono);
    }
    d1-alert {
      display: block;
      margin-bottom: var(--d1-space-4);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--d1-space-2);
      margin-top: var(--d1-space-2);
    }
    .sign-in-working {
      display: flex;
      align-items: center;
      gap: var(--d1-space-2);
    }
    .provider-answer code {
      word-break: break-word;
    }
  `;

  /** The app's single-spa lifecycles (its entry's default export, or its `lifecycles`). */
  @property({ attribute: false }) app: TestLifecycles | undefined;

  /**
   * An app with "isolation": "iframe": where its page is served. Setting it sets `app` to
   * lifecycles that frame the page and bridge the context to it.
   */
  @property({ attribute: false }) iframeApp: IframeAppPlace | undefined;

  /** The app's manifest, as parsed JSON (validated; the app mounts even when it has errors). */
  @property({ attribute: false }) manifest: unknown;

  /**
   * Where to sign in for real (`--idp`); without it the sandbox gives the app a made-up person
   * and made-up tokens.
   */
  @property({ attribute: false }) idp: IdentityProviderPlace | null | undefined;

  @state() private userRole: Role = 'teacher';
  @state() private actingAsId = '';
  @state() private locale: Locale = 'fi';
  @state() private theme: Theme = 'light';
  @state() private tenantId: string = TENANTS[0].id;
  @state() private mounted: MountedApp | undefined;
  @state() private busy = false;
  @state() private signInState: SignInState | undefined;

  /** What the sandbox recorded; shown in the panels. */
  readonly events: PublishedEvent[] = [];
  readonly timings: LifecycleTiming[] = [];
  readonly lifecycleErrors: string[] = [];

  #shell: TestShell | undefined;
  #wrapped: TestLifecycles | undefined;
  #manifestErrors: readonly ManifestError[] = [];
  #validManifest: AppManifest | undefined;
  #container = document.createElement('div');
  #signIn: SandboxSignIn | undefined;
  #stopListening: (() => void) | undefined;
  /** Starts of the app run one after another (a sign-in can arrive while the manifest loads). */
  #starting: Promise<void> = Promise.resolve();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.#container.slot = 'app';
  }

  /** The test shell the app runs in (its records: notifications, navigations, errors...). */
  get shell(): TestShell | undefined {
    return this.#shell;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#container.isConnected) this.append(this.#container);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopListening?.();
    this.#stopListening = undefined;
    const shell = this.#shell;
    this.#shell = undefined;
    this.mounted = undefined;
    void shell?.dispose();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('idp')) this.#useProvider(this.idp ?? undefined);
    if (changed.has('iframeApp') && this.iframeApp) {
      this.app = iframeApp(this.iframeApp, (locale) => this.#appName(locale));
    }
    if (changed.has('manifest')) {
      const result = validateManifest(this.manifest);
      this.#manifestErrors = result.ok ? [] : result.errors;
      this.#validManifest = result.ok ? result.manifest : undefined;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const started = changed.has('app') || changed.has('iframeApp') || changed.has('manifest');
    if (started && this.app) this.#restart();
    // Once per page load: completes the provider's answer, or signs in again after a reload. Its
    // first change of state comes after this update, not inside it.
    const signIn = changed.has('idp') ? this.#signIn : undefined;
    if (signIn) {
      void Promise.resolve().then(() => signIn.start(window.location.href, this.#signInRequest()));
    }
  }

  #useProvider(place: IdentityProviderPlace | undefined): void {
    this.#stopListening?.();
    this.#stopListening = undefined;
    this.#signIn = place ? new SandboxSignIn(place, `${window.location.origin}/`) : undefined;
    this.signInState = this.#signIn?.state;
    const signIn = this.#signIn;
    if (!signIn) return;
    this.#stopListening = signIn.onChange(() => {
      const before = this.signInState;
      const now = signIn.state;
      this.signInState = now;
      const wasIn = before?.status === 'signed-in';
      const isIn = now.status === 'signed-in';
      if (isIn && !wasIn) {
        // The real person starts in their preferred role, in their first school or child.
        this.userRole = rolesOf(now.user).at(0) ?? 'teacher';
      }
      // Signing in mounts the app for the person; signing out (or the session ending) unmounts it.
      if (isIn !== wasIn && this.app) this.#restart();
      this.requestUpdate();
    });
  }

  #signInRequest(): { resources: string[]; uiLocale: Locale } {
    const audience = this.#request.audience;
    return { resources: audience ? [audience] : [], uiLocale: this.locale };
  }

  /** The signed-in person, when the sandbox signs in at a provider and someone has. */
  get #signedIn(): DigiOneUser | undefined {
    const state = this.signInState;
    return state?.status === 'signed-in' ? state.user : undefined;
  }

  /** Who the app sees in `role`: the signed-in person as they are, or the made-up person. */
  #person(role: Role): DigiOneUser {
    return this.#signedIn ?? sampleUser(role);
  }

  /** Where the person can act in `role`. */
  #choices(role: Role): ActingAs[] {
    const user = this.#signedIn;
    return user ? actingAsChoicesFor(user, role) : actingAsOptions(role);
  }

  /** The roles to switch between: the signed-in person's own, or any for the made-up person. */
  #roles(): readonly Role[] {
    const user = this.#signedIn;
    return user ? rolesOf(user) : ROLES;
  }

  /** The app's token: from the provider when signed in there, else a made-up one. */
  #token(audience: string): Promise<string> | string {
    if (this.#signIn && this.#signedIn) return this.#signIn.getAccessToken(audience);
    return `sandbox-token-for:${audience}`;
  }

  #restart(): void {
    const app = this.app;
    if (!app) return;
    const start = (): Promise<void> =>
      this.#start(app).catch((error: unknown) => {
        this.lifecycleErrors.push(describeError(error));
        this.requestUpdate();
      });
    this.#starting = this.#starting.then(start, start);
  }

  /** The app's name in `locale`, from its manifest (what names an iframe app's frame). */
  #appName(locale: Locale): string {
    const name = this.#validManifest?.name;
    return name?.[locale] ?? name?.fi ?? msg('Sovellus', { id: 'd1-sandbox.stage' });
  }

  /** The manifest's fields as far as they can be read, valid or not. */
  get #request(): {
    id: string;
    userFields: string[];
    actingAs: boolean;
    audience?: string;
    apiUrl?: string;
  } {
    const m = (this.#validManifest ?? this.manifest ?? {}) as Partial<{
      id: unknown;
      context: { user?: unknown; actingAs?: unknown };
      api: { audience?: unknown; url?: unknown };
    }>;
    const id = typeof m.id === 'string' && /^[^\s:]{1,100}$/.test(m.id) ? m.id : 'sandbox-app';
    const user = m.context?.user;
    const audience = m.api?.audience;
    const apiUrl = m.api?.url;
    return {
      id,
      userFields: Array.isArray(user) ? user.filter((f): f is string => typeof f === 'string') : [],
      actingAs: m.context?.actingAs === true,
      ...(typeof audience === 'string' && audience ? { audience } : {}),
      ...(typeof apiUrl === 'string' && URL.canParse(apiUrl) ? { apiUrl } : {}),
    };
  }

  async #start(app: TestLifecycles): Promise<void> {
    const previous = this.#shell;
    this.#shell = undefined;
    this.mounted = undefined;
    await previous?.dispose();
    if (this.#signIn && !this.#signedIn) {
      // With a provider, the app runs only for a signed-in person, as in the portal.
      this.#container.replaceChildren();
      return;
    }
    const request = this.#request;
    const acting = this.#choices(this.userRole).at(0) ?? null;
    this.actingAsId = acting?.id ?? '';
    const tenant = TENANTS.find((t) => t.id === this.tenantId) ?? TENANTS[0];
    const refresh = (): void => {
      this.requestUpdate();
    };
    let shell: TestShell;
    try {
      shell = createTestShell({
        appId: request.id,
        user: this.#person(this.userRole),
        // The app gets acting-as only when its manifest asks for it.
        ...(request.actingAs ? { actingAs: acting } : {}),
        locale: this.locale,
        theme: this.theme,
        tenant: { id: tenant.id, name: tenant.name[this.locale] },
        userFields: request.userFields as never,
        ...(request.audience ? { audience: request.audience } : {}),
        ...(request.apiUrl ? { apiUrl: request.apiUrl } : {}),
        accessToken: (audience) => this.#token(audience),
        services: {
          navigate: refresh,
          notify: refresh,
          setDirty: refresh,
          setTitle: refresh,
          reportError: refresh,
        },
      });
    } catch (error) {
      this.lifecycleErrors.push(describeError(error));
      this.requestUpdate();
      return;
    }
    this.#shell = shell;
    // The shell's container holds the app: keep it in the page's light DOM, in the stage slot.
    this.#container.replaceChildren(shell.container);
    this.#wrapped = this.#wrap(app);
    applyBranding(document.documentElement, { theme: this.theme, tenant: tenant.id });
    await this.remount();
  }

  /** Times each lifecycle and records what the app publishes. */
  #wrap(app: TestLifecycles): TestLifecycles {
    const timed =
      (phase: Phase, lifecycle: TestLifecycle | readonly TestLifecycle[] | undefined) =>
      async (props: DigiOneAppProps): Promise<void> => {
        const start = performance.now();
        let ok = false;
        try {
          for (const step of steps(lifecycle)) await step(this.#recording(props));
          ok = true;
        } finally {
          this.timings.push({ phase, ms: performance.now() - start, ok });
          this.requestUpdate();
        }
      };
    return {
      bootstrap: timed('bootstrap', app.bootstrap),
      mount: timed('mount', app.mount),
      unmount: timed('unmount', app.unmount),
    };
  }

  #recording(props: DigiOneAppProps): DigiOneAppProps {
    const context = props.context;
    const events: ShellContext['events'] = {
      publish: (topic, payload) => {
        try {
          context.events.publish(topic, payload);
          this.events.push({ topic, payload });
        } catch (error) {
          this.events.push({ topic, payload, error: describeError(error) });
          throw error;
        } finally {
          this.requestUpdate();
        }
      },
      subscribe: (topic, listener) => context.events.subscribe(topic, listener),
    };
    return { ...props, context: Object.freeze({ ...context, events }) };
  }

  /** Unmounts the app (the panels keep their records). */
  async unmount(): Promise<void> {
    const app = this.mounted;
    if (!app) return;
    this.busy = true;
    try {
      this.mounted = undefined;
      await app.unmount();
    } catch (error) {
      this.lifecycleErrors.push(describeError(error));
    } finally {
      this.busy = false;
    }
  }

  /** Mounts the app again (unmounting it first if it is mounted). */
  async remount(): Promise<void> {
    const shell = this.#shell;
    if (!shell || !this.#wrapped) return;
    this.busy = true;
    try {
      await this.unmount();
      this.busy = true;
      this.mounted = await shell.mount(this.#wrapped);
    } catch (error) {
      this.lifecycleErrors.push(describeError(error));
    } finally {
      this.busy = false;
    }
  }

  /** Switches the locale of the page and of the app (as the shell's language picker does). */
  async setLocale(locale: Locale): Promise<void> {
    this.locale = locale;
    document.documentElement.lang = locale;
    await localization().setLocale(locale);
    this.#shell?.host.setLocale(locale);
    this.#setTenant(this.tenantId);
    // The page rendered while the strings loaded, before the app's context changed: render the
    // context panel again with the new values.
    this.requestUpdate();
  }

  #setRole(role: Role): void {
    this.userRole = role;
    const host = this.#shell?.host;
    host?.setUser(this.#person(role));
    const first = this.#choices(role).at(0) ?? null;
    this.#setActingAs(first);
  }

  #setActingAs(acting: ActingAs | null): void {
    this.actingAsId = acting?.id ?? '';
    this.#shell?.host.setActingAs(acting);
  }

  #setTheme(theme: Theme): void {
    this.theme = theme;
    applyBranding(document.documentElement, { theme });
    this.#shell?.host.setTheme(theme);
  }

  #setTenant(id: string): void {
    const tenant = TENANTS.find((t) => t.id === id) ?? TENANTS[0];
    this.tenantId = tenant.id;
    applyBranding(document.documentElement, { tenant: tenant.id });
    this.#shell?.host.setTenant({ id: tenant.id, name: tenant.name[this.locale] });
  }

  #contextGiven(context: ShellContext): unknown {
    return {
      appId: context.appId,
      version: context.version,
      user: context.user.value,
      actingAs: context.actingAs.value,
      locale: context.locale.value,
      theme: context.theme.value,
      tenant: context.tenant.value,
      supports: CAPABILITIES.filter((c) => context.isSupported(c)),
    };
  }

  #renderManifest() {
    if (this.manifest === undefined || this.manifest === null) {
      return html`<d1-alert
        variant="warning"
        heading=${msg('Manifestia ei löytynyt', { id: 'd1-sandbox.manifest.missing' })}
        >${msg('Sovellus käynnistetään oletusasetuksin: ei käyttäjän kenttiä eikä roolia.', {
          id: 'd1-sandbox.manifest.missing-detail',
        })}</d1-alert
      >`;
    }
    if (this.#manifestErrors.length === 0) return nothing;
    return html`<d1-alert
      variant="danger"
      heading=${msg('Manifestissa on virheitä', { id: 'd1-sandbox.manifest.errors' })}
    >
      <ul class="manifest-errors">
        ${this.#manifestErrors.map((e) => html`<li><code>${e.path || '/'}</code>: ${e.message}</li>`)}
      </ul>
    </d1-alert>`;
  }

  #renderControls() {
    const acting = this.#choices(this.userRole);
    // Before sign-in at a provider there is nobody to switch and no app to mount.
    const waiting = this.#signIn !== undefined && !this.#signedIn;
    return html`<div class="controls">
      ${waiting ? nothing : this.#renderPersonControls(acting)}
      <d1-language-picker
        .locale=${this.locale}
        @d1-locale-change=${(e: Event & { locale?: string }) => {
          if (isLocale(e.locale)) void this.setLocale(e.locale);
        }}
      ></d1-language-picker>
      <d1-select
        class="theme"
        label=${msg('Teema', { id: 'd1-sandbox.control.theme' })}
        .options=${THEMES.map((t) => ({ value: t, label: themeName(t) }))}
        .value=${this.theme}
        @change=${(e: Event) => {
          this.#setTheme((e.target as HTMLInputElement).value as Theme);
        }}
      ></d1-select>
      <d1-select
        class="tenant"
        label=${msg('Organisaatio', { id: 'd1-sandbox.control.tenant' })}
        .options=${TENANTS.map((t) => ({ value: t.id, label: t.name[this.locale] }))}
        .value=${this.tenantId}
        @change=${(e: Event) => {
          this.#setTenant((e.target as HTMLInputElement).value);
        }}
      ></d1-select>
      ${waiting ? nothing : this.#renderMountButton()}
    </div>`;
  }

  #renderPersonControls(acting: readonly ActingAs[]) {
    return html`<d1-select
        class="role"
        label=${msg('Rooli', { id: 'd1-sandbox.control.role' })}
        .options=${this.#roles().map((r) => ({ value: r, label: roleName(r) }))}
        .value=${this.userRole}
        @change=${(e: Event) => {
          this.#setRole((e.target as HTMLInputElement).value as Role);
        }}
      ></d1-select>
      <d1-select
        class="acting-as"
        label=${msg('Toimii', { id: 'd1-sandbox.control.acting-as' })}
        .options=${acting.map((a) => ({
          value: a.id,
          label: a.kind === 'role' ? roleName(a.role) : a.label,
        }))}
        .value=${this.actingAsId}
        @change=${(e: Event) => {
          const id = (e.target as HTMLInputElement).value;
          this.#setActingAs(acting.find((a) => a.id === id) ?? null);
        }}
      ></d1-select>`;
  }

  #renderMountButton() {
    return html`${
      this.mounted
        ? html`<d1-button
            class="unmount"
            variant="secondary"
            ?disabled=${this.busy}
            @click=${() => void this.unmount()}
            >${msg('Pura sovellus', { id: 'd1-sandbox.action.unmount' })}</d1-button
          >`
        : html`<d1-button class="mount" ?disabled=${this.busy} @click=${() => void this.remount()}
            >${msg('Käynnistä sovellus', { id: 'd1-sandbox.action.mount' })}</d1-button
          >`
    }`;
  }

  get #signInView(): SignInView {
    return {
      signIn: this.#signIn,
      state: this.signInState,
      lastToken: this.#signIn?.lastToken,
      audience: this.#request.audience,
      locale: this.locale,
      mounted: this.mounted !== undefined,
      onSignIn: () => void this.#signIn?.signIn(this.#signInRequest()),
      onSignOut: () => void this.#signIn?.signOut(this.locale),
      onRequestToken: () => void this.#requestToken(),
    };
  }

  /** Asks for the app's token through its context, as the app would (the panel shows the result). */
  async #requestToken(): Promise<void> {
    try {
      await this.mounted?.context.getAccessToken();
    } catch (error) {
      // Shown in the panel (the token line) and in the reported errors.
      this.lifecycleErrors.push(describeError(error));
    }
    this.requestUpdate();
  }

  #renderPanels() {
    const records = this.#shell?.records;
    const none = html`<p class="muted">
      ${msg('Ei vielä mitään.', { id: 'd1-sandbox.panel.none' })}
    </p>`;
    const errors = [...this.lifecycleErrors, ...(records?.errors ?? []).map(describeError)];
    return html`<div class="panels">
      ${renderSignInPanel(this.#signInView)}
      <section class="panel context" aria-labelledby="h-context">
        <h2 id="h-context">
          ${msg('Sovellukselle annettu konteksti', { id: 'd1-sandbox.panel.context' })}
        </h2>
        ${
          this.mounted
            ? html`<pre tabindex="0">${json(this.#contextGiven(this.mounted.context))}</pre>`
            : html`<p class="muted">
                ${msg('Sovellus ei ole käynnissä.', { id: 'd1-sandbox.panel.not-mounted' })}
              </p>`
        }
      </section>
      <section class="panel toasts" aria-labelledby="h-toasts">
        <h2 id="h-toasts">${msg('Ilmoitukset', { id: 'd1-sandbox.panel.toasts' })}</h2>
        ${
          records?.notifications.length
            ? html`<ul>
                ${records.notifications.map(
                  (n) =>
                    html`<li>
                      ${n.variant ?? 'info'}:
                      ${n.heading ? html`<strong>${n.heading}</strong> ` : nothing}${n.message}
                    </li>`,
                )}
              </ul>`
            : none
        }
      </section>
      <section class="panel events" aria-labelledby="h-events">
        <h2 id="h-events">${msg('Julkaistut tapahtumat', { id: 'd1-sandbox.panel.events' })}</h2>
        ${
          this.events.length
            ? html`<ul>
                ${this.events.map(
                  (e) =>
                    html`<li>
                      <code>${e.topic}</code>
                      ${json(e.payload)}${e.error ? html` — ${e.error}` : nothing}
                    </li>`,
                )}
              </ul>`
            : none
        }
      </section>
      <section class="panel errors" aria-labelledby="h-errors">
        <h2 id="h-errors">${msg('Ilmoitetut virheet', { id: 'd1-sandbox.panel.errors' })}</h2>
        ${
          errors.length
            ? html`<ul>
                ${errors.map((e) => html`<li>${e}</li>`)}
              </ul>`
            : none
        }
      </section>
      <section class="panel shell" aria-labelledby="h-shell">
        <h2 id="h-shell">
          ${msg('Siirtymät, otsikko ja tallentamattomat muutokset', { id: 'd1-sandbox.panel.shell' })}
        </h2>
        <dl>
          <dt>${msg('Siirtymät', { id: 'd1-sandbox.panel.navigations' })}</dt>
          <dd>${records?.navigations.length ? records.navigations.join(', ') : '–'}</dd>
          <dt>${msg('Otsikko', { id: 'd1-sandbox.panel.title' })}</dt>
          <dd>${records?.titles.at(-1) ?? '–'}</dd>
          <dt>${msg('Tallentamattomia muutoksia', { id: 'd1-sandbox.panel.dirty' })}</dt>
          <dd>
            ${
              records?.dirty
                ? msg('kyllä', { id: 'd1-sandbox.yes' })
                : msg('ei', { id: 'd1-sandbox.no' })
            }
          </dd>
          <dt>${msg('Tunnuspyynnöt', { id: 'd1-sandbox.panel.tokens' })}</dt>
          <dd>${records?.tokenRequests.length ? records.tokenRequests.join(', ') : '–'}</dd>
        </dl>
      </section>
      <section class="panel timings" aria-labelledby="h-timings">
        <h2 id="h-timings">${msg('Elinkaaren ajat', { id: 'd1-sandbox.panel.timings' })}</h2>
        ${
          this.timings.length
            ? html`<ul>
                ${this.timings.map(
                  (t) =>
                    html`<li>
                      <code>${t.phase}</code> ${t.ms.toFixed(1)}
                      ms${
                        t.ok ? nothing : html` — ${msg('epäonnistui', { id: 'd1-sandbox.failed' })}`
                      }
                    </li>`,
                )}
              </ul>`
            : none
        }
      </section>
    </div>`;
  }

  /** For an iframe app: the origin it is framed on (and the manifest's, when that is stood in for). */
  #renderOrigins() {
    const place = this.iframeApp;
    if (!place) return nothing;
    return html`<dl class="origins">
      <dt>${msg('Kehyksen alkuperä', { id: 'd1-sandbox.iframe.origin' })}</dt>
      <dd><code>${place.origin}</code></dd>
      ${
        place.standsInFor
          ? html`<dt>${msg('Manifestin alkuperä', { id: 'd1-sandbox.iframe.manifest-origin' })}</dt>
              <dd><code>${place.standsInFor}</code></dd>`
          : nothing
      }
    </dl>`;
  }

  override render() {
    const manifest = this.#validManifest;
    const name = manifest ? (manifest.name[this.locale] ?? manifest.name.fi) : undefined;
    return html`<header>
        <h1>${msg('DigiOne-hiekkalaatikko', { id: 'd1-sandbox.title' })}</h1>
        <p class="muted">${name ?? ''} <code>${this.#request.id}</code></p>
        ${this.#renderOrigins()}
      </header>
      ${this.#renderManifest()} ${this.#renderControls()}
      <div class="layout">
        <main class="stage" aria-label=${msg('Sovellus', { id: 'd1-sandbox.stage' })}>
          ${renderSignInStage(this.#signInView)}
          <slot name="app"></slot>
        </main>
        ${this.#renderPanels()}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'd1-sandbox': D1Sandbox;
  }
}
