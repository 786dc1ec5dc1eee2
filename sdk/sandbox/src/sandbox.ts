import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import '@digione/components/define';
import { addTranslations, localization } from '@digione/components/localization';
import { applyBranding, type Theme } from '@digione/components/tenants';
// The page imports the SDK by its public entry points, as an app does: from this repository's
// sources here, from the installed package's dist when a vendor runs `digione-sandbox`.
import type { ActingAs, AppManifest, Locale, Role } from '@digione/sdk';
import { validateManifest, type ManifestError } from '@digione/sdk/manifest';
import type { MountedApp, TestLifecycles, TestShell } from '@digione/sdk/testing';
import { renderControls, renderRolesNote, type ControlsView } from './controls.js';
import { iframeApp, type IframeAppPlace } from './iframe-app.js';
import { describeError } from './labels.js';
import {
  SANDBOX_TENANTS,
  manifestRequest,
  sandboxShell,
  tenantById,
  tenantInfo,
  type ManifestRequest,
} from './test-shell.js';
import { appName, renderHeader } from './header.js';
import { renderPanels } from './panels.js';
import {
  choicesIn,
  offerRoles,
  personActing,
  personIn,
  rolesShown,
  type RoleOffer,
} from './people.js';
import { recorded, type LifecycleTiming, type PublishedEvent } from './recorder.js';
import { sandboxStyles } from './sandbox-styles.js';
import type { IdentityProviderPlace } from './sign-in.js';
import { renderSignInStage } from './sign-in-view.js';
import { SignInSession } from './sign-in-session.js';

export type { LifecycleTiming, PublishedEvent } from './recorder.js';

addTranslations((locale) =>
  locale === 'sv' ? import('./generated/sv.js') : import('./generated/en.js'),
);

/**
 * The vendor sandbox: mounts ONE app with a live context from a test shell, with switches for
 * role, acting-as, locale, theme and tenant, and panels showing what the app was given and what it
 * asked of the shell. The app renders in the light DOM (slot "app"), as it would in the shell.
 *
 *   <d1-sandbox .app=${lifecycles} .manifest=${manifestJson}></d1-sandbox>
 *
 * The people are the local identity provider's test people, seen as the portal sees them, acting
 * where the portal lets them act, in the roles the app's manifest declares (people.ts).
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
  static override styles = sandboxStyles;

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
   * Where to sign in for real (`--idp`); without it the sandbox gives the app the local identity
   * provider's test people and made-up tokens.
   */
  @property({ attribute: false }) idp: IdentityProviderPlace | null | undefined;

  @state() private userRole: Role = 'teacher';
  @state() private actingAsId = '';
  @state() private locale: Locale = 'fi';
  @state() private theme: Theme = 'light';
  @state() private tenantId: string = SANDBOX_TENANTS[0].id;
  @state() private mounted: MountedApp | undefined;
  @state() private busy = false;

  /** What the sandbox recorded; shown in the panels. */
  readonly events: PublishedEvent[] = [];
  readonly timings: LifecycleTiming[] = [];
  readonly lifecycleErrors: string[] = [];

  #shell: TestShell | undefined;
  #wrapped: TestLifecycles | undefined;
  #manifestErrors: readonly ManifestError[] = [];
  #validManifest: AppManifest | undefined;
  #container = document.createElement('div');
  /** Signing in at a real provider (--idp); inactive without one. */
  readonly #session = new SignInSession(this, {
    audience: () => this.#request.audience,
    locale: () => this.locale,
    changed: (wasIn, isIn) => {
      // The real person starts in their first role the app declares, in its first choice.
      if (isIn && !wasIn) this.#startInOfferedRole(false);
      // Signing in mounts the app for the person; signing out (or the session ending) unmounts it.
      if (isIn !== wasIn && this.app) this.#restart();
    },
  });
  /** Whether the role was chosen in the switch (kept when the manifest changes). */
  #roleChosen = false;
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
    const shell = this.#shell;
    this.#shell = undefined;
    this.mounted = undefined;
    void shell?.dispose();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('idp')) this.#session.use(this.idp ?? undefined);
    if (changed.has('iframeApp') && this.iframeApp) {
      // What names the frame: the app's name from its manifest.
      this.app = iframeApp(
        this.iframeApp,
        (locale) =>
          appName(this.#validManifest, locale) ?? msg('Sovellus', { id: 'd1-sandbox.stage' }),
      );
    }
    if (changed.has('manifest')) {
      const result = validateManifest(this.manifest);
      this.#manifestErrors = result.ok ? [] : result.errors;
      this.#validManifest = result.ok ? result.manifest : undefined;
      this.#startInOfferedRole(this.#roleChosen);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const started = changed.has('app') || changed.has('iframeApp') || changed.has('manifest');
    if (started && this.app) this.#restart();
    if (changed.has('idp')) this.#session.start();
  }

  /** The roles to switch between, and those left out. */
  get #offer(): RoleOffer {
    return offerRoles(this.#validManifest ?? this.manifest, this.#session.user);
  }

  /**
   * Starts in the first role offered (as the kit does), or keeps the role chosen in the switch
   * while it is still offered (`keep`: a manifest edited while the sandbox runs).
   */
  #startInOfferedRole(keep: boolean): void {
    const shown = rolesShown(this.#offer);
    if (!keep || !shown.includes(this.userRole)) this.userRole = shown.at(0) ?? this.userRole;
  }

  /** Where the person in `role` can act: the portal's choices. */
  #choices(role: Role): ActingAs[] {
    return choicesIn(personActing(this.#session.user, role), role);
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

  /** The manifest's fields as far as they can be read, valid or not. */
  get #request(): ManifestRequest {
    return manifestRequest(this.#validManifest ?? this.manifest);
  }

  async #start(app: TestLifecycles): Promise<void> {
    const previous = this.#shell;
    this.#shell = undefined;
    this.mounted = undefined;
    await previous?.dispose();
    if (this.#session.waiting) {
      // With a provider, the app runs only for a signed-in person, as in the portal.
      this.#container.replaceChildren();
      return;
    }
    const request = this.#request;
    const acting = this.#choices(this.userRole).at(0) ?? null;
    this.actingAsId = acting?.id ?? '';
    const refresh = (): void => {
      this.requestUpdate();
    };
    let shell: TestShell;
    try {
      shell = sandboxShell({
        request,
        user: personActing(this.#session.user, this.userRole),
        actingAs: acting,
        locale: this.locale,
        theme: this.theme,
        tenantId: this.tenantId,
        token: (audience) => this.#session.token(audience),
        changed: refresh,
      });
    } catch (error) {
      this.lifecycleErrors.push(describeError(error));
      this.requestUpdate();
      return;
    }
    this.#shell = shell;
    // The shell's container holds the app: keep it in the page's light DOM, in the stage slot.
    this.#container.replaceChildren(shell.container);
    this.#wrapped = recorded(app, {
      events: this.events,
      timings: this.timings,
      changed: refresh,
    });
    applyBranding(document.documentElement, {
      theme: this.theme,
      brand: tenantById(this.tenantId).colors,
    });
    await this.remount();
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

  readonly #setRole = (role: Role): void => {
    this.userRole = role;
    this.#roleChosen = true;
    const host = this.#shell?.host;
    const person = personActing(this.#session.user, role);
    if (person) host?.setUser(person);
    this.#setActingAs(this.#choices(role).at(0) ?? null);
  };

  readonly #setActingAs = (acting: ActingAs | null): void => {
    this.actingAsId = acting?.id ?? '';
    this.#shell?.host.setActingAs(acting);
  };

  readonly #setTheme = (theme: Theme): void => {
    this.theme = theme;
    applyBranding(document.documentElement, { theme });
    this.#shell?.host.setTheme(theme);
  };

  readonly #setTenant = (id: string): void => {
    const tenant = tenantById(id);
    this.tenantId = tenant.id;
    applyBranding(document.documentElement, { brand: tenant.colors });
    this.#shell?.host.setTenant(tenantInfo(tenant, this.locale));
  };

  get #controlsView(): ControlsView {
    return {
      locale: this.locale,
      theme: this.theme,
      tenantId: this.tenantId,
      // Before sign-in at a provider there is nobody to switch and no app to mount.
      waiting: this.#session.waiting,
      offer: this.#offer,
      role: this.userRole,
      personIn: this.#session.active ? undefined : (role) => personIn(role)?.user,
      choices: this.#choices(this.userRole),
      actingAsId: this.actingAsId,
      mounted: this.mounted !== undefined,
      busy: this.busy,
      onRole: this.#setRole,
      onActingAs: this.#setActingAs,
      onLocale: (locale) => void this.setLocale(locale),
      onTheme: this.#setTheme,
      onTenant: this.#setTenant,
      onMount: () => void this.remount(),
      onUnmount: () => void this.unmount(),
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

  override render() {
    const controls = this.#controlsView;
    const signIn = this.#session.view(this.mounted !== undefined, () => void this.#requestToken());
    return html`${renderHeader({
        manifest: this.manifest,
        valid: this.#validManifest,
        errors: this.#manifestErrors,
        id: this.#request.id,
        locale: this.locale,
        place: this.iframeApp,
      })}
      ${renderControls(controls)} ${renderRolesNote(controls)}
      <div class="layout">
        <main class="stage" aria-label=${msg('Sovellus', { id: 'd1-sandbox.stage' })}>
          ${renderSignInStage(signIn)}
          <slot name="app"></slot>
        </main>
        ${renderPanels({
          context: this.mounted?.context,
          records: this.#shell?.records,
          events: this.events,
          timings: this.timings,
          lifecycleErrors: this.lifecycleErrors,
          signIn,
        })}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'd1-sandbox': D1Sandbox;
  }
}
