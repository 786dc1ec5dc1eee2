import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import type { Locale } from '@digione/components/localization';
import type { UserContext } from '@digione/components/user-menu';
import type { AppSwitcherApp } from '@digione/components/app-switcher';
import type { D1ToastStack } from '@digione/components/toast-stack';
import type { ThemePreference } from '@digione/components/tenants';
import type { ActingAs } from '@digione/sdk';
import type { AuthState } from '../auth/auth-state.js';
import type { Route, ShellPage } from '../apps/routes.js';
import type { SkippedApp } from '../apps/registry.js';
import type { AppsStatus, HomeTile, HomeWidget, WidgetMounter } from '../layout/home.js';
import { registryErrorPanel } from '../layout/registry-error.js';
import type { NavItem } from '../layout/nav.js';
import type { D1ShellConfirm } from '../layout/confirm-dialog.js';
import type { NotAvailableInfo } from '../state/view.js';
import { isSafeLogoUrl } from '../theme/logo-url.js';
import type { WornBrand } from '../theme/brand.js';
import { roleLabel } from './roles.js';
import { shellStyles } from './shell-element.styles.js';

/** An app the diagnostics page lists as running. */
export interface LoadedAppInfo {
  readonly id: string;
  readonly name: string;
  /** The app's own version (its manifest's `version`), when it gives one. */
  readonly version?: string;
  readonly isolation: string;
}

/** What the "no access" page says about the service asked for. */
export interface NoAccessInfo {
  readonly service: string;
  /** Another acting-as choice of the person may open it. */
  readonly canSwitch: boolean;
}

type SignedIn = Extract<AuthState, { status: 'signed-in' }>;

/** The id of the skip link's target at the start of the main area (see `connectedCallback`). */
const SKIP_TARGET = 'main';

/**
 * The portal page. While signing in it shows the sign-in state; signed in, the frame: a header
 * (the tenant's brand, the app switcher, language, the user menu with acting-as choices and
 * sign-out), the navigation built from the person's apps, the main area (the home page, the
 * portal's own pages, or the app of the route in its area), a footer with the accessibility
 * statement and feedback, toasts and the confirmation dialog.
 *
 * It only draws what the portal's state says (`state/view.ts`, set by `render.ts`): the boot code
 * (`boot.ts`) owns the services and the routing, and listens to the events the parts fire
 * (`d1-locale-change`, `d1-context-change`, `d1-theme-change`, `d1-sign-out`, `d1-app-select`,
 * `d1-shell-sign-in`, `d1-shell-retry`, `d1-shell-registry-retry`). App areas are its children
 * with `slot="app"`.
 *
 * @tagname d1-shell
 * @slot app - The app areas; the one of the current route is shown.
 * @slot main - The skip link's target, which the shell puts there itself.
 */
export class D1Shell extends LitElement {
  static override styles = shellStyles;

  /** Where sign-in stands. */
  @property({ attribute: false }) auth: AuthState = { status: 'starting' };

  /** The portal's language. */
  @property() locale: Locale = 'fi';

  /** The contexts the person can act in, and the one chosen. */
  @property({ attribute: false }) choices: readonly ActingAs[] = [];
  @property({ attribute: false }) actingAs: ActingAs | null = null;

  /** The person's theme choice, which the user menu shows (`system` follows the device). */
  @property({ attribute: false }) themePreference: ThemePreference = 'system';

  /** When the session ends and how early to warn (from the runtime configuration). */
  @property({ type: Number, attribute: 'session-warning-seconds' }) sessionWarningSeconds = 300;

  /** The brand the portal wears: the education provider's where the person acts; DigiOne's when undefined. */
  @property({ attribute: false }) brand: WornBrand | undefined;

  /** What the main area shows, and the path it shows it for. */
  @property({ attribute: false }) route: Route = { kind: 'pending' };
  @property() path = '/';

  /** The navigation's links, the app switcher's apps and the app of the route. */
  @property({ attribute: false }) navItems: readonly NavItem[] = [];
  @property({ attribute: false }) switcherApps: AppSwitcherApp[] = [];
  @property({ attribute: false }) currentApp = '';

  /** The home page's tiles and widgets, and where the list of apps stands. */
  @property({ attribute: false }) tiles: readonly HomeTile[] = [];
  @property({ attribute: false }) widgets: readonly HomeWidget[] = [];
  @property({ attribute: false }) appsStatus: AppsStatus = 'loading';
  @property({ attribute: false }) mountWidget: WidgetMounter | undefined;

  /** The "no access" page's service (for a route of an app the person may not use). */
  @property({ attribute: false }) noAccess: NoAccessInfo | undefined;

  /** The "not available here" page's service, where the person acts, and where it is available. */
  @property({ attribute: false }) notAvailable: NotAvailableInfo | undefined;

  /** The diagnostics page's lists. */
  @property({ attribute: false }) skipped: readonly SkippedApp[] = [];
  @property({ attribute: false }) loaded: readonly LoadedAppInfo[] = [];

  /** What the live region says (the page the person arrived on). */
  @property({ attribute: false }) announcement = '';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The skip link's target, in the document itself and slotted at the start of the main area:
    // a fragment link is followed in the document, not in the shadow root the link and the main
    // area live in, so without it the link leads nowhere for a browser or assistive technology
    // that follows it without our click handler (and audits such as Lighthouse's fail it).
    if (!this.querySelector(`:scope > #${SKIP_TARGET}`)) {
      const target = document.createElement('span');
      target.id = SKIP_TARGET;
      target.slot = SKIP_TARGET;
      target.tabIndex = -1;
      this.prepend(target);
    }
  }

  override render(): TemplateResult {
    const auth = this.auth;
    const signedIn = auth.status === 'signed-in' ? auth : undefined;
    return html`
      <header>
        <!-- The skip link is in the banner, so that everything on the page is in a landmark. -->
        <a class="skip" href=${`#${SKIP_TARGET}`} @click=${this.#skipToMain}
          >${msg('Siirry pääsisältöön')}</a
        >
        ${this.#brand()}
        ${
          signedIn
            ? html`<d1-app-switcher
                .apps=${this.switcherApps}
                .current=${this.currentApp}
              ></d1-app-switcher>`
            : nothing
        }
        <d1-language-picker .locale=${this.locale}></d1-language-picker>
        ${signedIn ? this.#userMenu(signedIn) : nothing}
      </header>
      ${
        signedIn
          ? html`<d1-shell-session-warning
              .endsAt=${signedIn.sessionEndsAt}
              .warningSeconds=${this.sessionWarningSeconds}
              .locale=${this.locale}
            ></d1-shell-session-warning>`
          : nothing
      }
      <div class="body">
        ${signedIn ? html`<d1-shell-nav .items=${this.navItems} .path=${this.path}></d1-shell-nav>` : nothing}
        <main tabindex="-1">
          <slot name=${SKIP_TARGET}></slot>
          ${
            signedIn
              ? this.#page(signedIn)
              : auth.status === 'starting' || auth.status === 'redirecting'
                ? this.#signingIn()
                : html`<d1-shell-auth-screen .state=${auth}></d1-shell-auth-screen>`
          }
        </main>
      </div>
      <footer>
        <ul>
          <li><a href="/saavutettavuus">${msg('Saavutettavuusseloste')}</a></li>
          <li><a href="/palaute">${msg('Anna palautetta')}</a></li>
        </ul>
      </footer>
      <div class="visually-hidden announcer" role="status">${this.announcement}</div>
      <d1-toast-stack></d1-toast-stack>
      <d1-shell-confirm></d1-shell-confirm>
    `;
  }

  /**
   * "Signing in to DigiOne…", the first paint's main area. The other sign-in states (signed out,
   * sign-in failed) come from the sign-in code, after the boot module has defined the screen that
   * explains them (`d1-shell-auth-screen`): the first paint does not wait for its code.
   */
  #signingIn(): TemplateResult {
    return html`<div class="busy signing-in" role="status">
      <d1-spinner></d1-spinner><span>${msg('Kirjaudutaan DigiOneen…')}</span>
    </div>`;
  }

  #brand(): TemplateResult {
    const brand = this.brand;
    // The logo is decorative beside the name; only a checked URL (path, https, SVG data) reaches it.
    const logo = brand && isSafeLogoUrl(brand.logo) ? brand.logo : undefined;
    return html`<a class="brand" href="/">
      ${logo ? html`<img src=${logo} alt="" />` : nothing}
      <span>${brand ? brand.name[this.locale] : 'DigiOne'}</span>
    </a>`;
  }

  /** The user menu's choices as it lists them, for these choices in this language. */
  #contexts?: {
    readonly choices: readonly ActingAs[];
    readonly locale: Locale;
    readonly list: UserContext[];
  };

  /**
   * The choices as the user menu lists them, made again only when the choices or the language
   * change: the frame renders several times on every switch between apps, and a new list would
   * render the menu each time.
   */
  #menuContexts(): UserContext[] {
    const { choices, locale } = this;
    if (this.#contexts?.choices === choices && this.#contexts.locale === locale) {
      return this.#contexts.list;
    }
    const list = choices.map((choice) => ({
      id: choice.id,
      label: choice.label,
      description: choice.kind === 'child' ? (choice.school?.name ?? '') : roleLabel(choice.role),
    }));
    this.#contexts = { choices, locale, list };
    return list;
  }

  #userMenu(auth: SignedIn): TemplateResult {
    const user = auth.user;
    const contexts = this.#menuContexts();
    const role = this.actingAs?.role ?? user.roles.at(0);
    return html`<d1-user-menu
      .name=${`${user.givenName} ${user.familyName}`}
      .roleLabel=${role ? roleLabel(role) : ''}
      .contexts=${contexts}
      .activeContext=${this.actingAs?.id ?? ''}
      .themePreference=${this.themePreference}
    ></d1-user-menu>`;
  }

  #page(auth: SignedIn): TemplateResult {
    const route = this.route;
    switch (route.kind) {
      case 'home':
        return html`<d1-shell-home
          .givenName=${auth.user.givenName}
          .actingAs=${this.actingAs}
          .tiles=${this.tiles}
          .widgets=${this.widgets}
          .status=${this.appsStatus}
          .mountWidget=${this.mountWidget}
        ></d1-shell-home>`;
      case 'page':
        return this.#shellPage(route.page);
      case 'app':
        return html`<slot name="app"></slot>`;
      case 'no-access':
        return html`<d1-shell-no-access
          .service=${this.noAccess?.service}
          .canSwitch=${this.noAccess?.canSwitch ?? false}
        ></d1-shell-no-access>`;
      case 'not-available':
        return html`<d1-shell-not-available
          .service=${this.notAvailable?.service}
          .where=${this.notAvailable?.where}
          .choices=${this.notAvailable?.choices ?? []}
        ></d1-shell-not-available>`;
      case 'not-found':
        return html`<d1-shell-not-found .path=${this.path}></d1-shell-not-found>`;
      case 'pending':
        return html`<div class="busy">
          <d1-spinner></d1-spinner><span aria-hidden="true">${msg('Ladataan…')}</span>
        </div>`;
      case 'registry-error':
        return html`<h1 id="heading" tabindex="-1">${msg('Palveluluetteloa ei voitu hakea')}</h1>
          ${registryErrorPanel(this, {
            headingLevel: 2,
            heading: msg('Mitä tapahtui'),
            message: msg(
              'Palvelujen luetteloa ei saatu haettua juuri nyt, joten tätä sivua ei voitu avata. Kirjautuminen ja portaalin muut osat toimivat. Yritä hetken kuluttua uudelleen.',
            ),
          })}`;
    }
  }

  #shellPage(page: ShellPage): TemplateResult {
    switch (page) {
      case 'accessibility':
        return html`<d1-shell-accessibility-statement></d1-shell-accessibility-statement>`;
      case 'feedback':
        return html`<d1-shell-feedback></d1-shell-feedback>`;
      case 'diagnostics':
        return html`<d1-shell-diagnostics
          .skipped=${this.skipped}
          .loaded=${this.loaded}
        ></d1-shell-diagnostics>`;
    }
  }

  readonly #skipToMain = (event: Event): void => {
    event.preventDefault();
    this.focusMain();
  };

  /** Moves focus to the main area (after sign-in or the skip link). */
  focusMain(): void {
    this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  }

  /**
   * Moves focus to what the route shows (after a route change): the page's heading, or the app's
   * area. Returns the name of the page, for the live region.
   */
  async focusRoute(appArea: HTMLElement | undefined): Promise<string> {
    await this.updateComplete;
    if (this.route.kind === 'app' && appArea) {
      // The app's status names the app in the page's heading (see d1-shell-app-status).
      const status = appArea.querySelector<
        HTMLElement & { focusHeading(): boolean; appName: string }
      >(':scope > d1-shell-app-status');
      if (!status?.focusHeading()) appArea.focus();
      return status?.appName ?? '';
    }
    const main = this.renderRoot.querySelector('main');
    // The page the route shows: the main area's first element after the skip link's slot.
    const page = main?.querySelector<
      HTMLElement & { focusHeading?: () => void; updateComplete?: Promise<unknown> }
    >(':scope > :not(slot)');
    await page?.updateComplete;
    const heading =
      page?.shadowRoot?.querySelector<HTMLElement>('h1') ??
      main?.querySelector<HTMLElement>('h1') ??
      null;
    if (page?.focusHeading) page.focusHeading();
    else if (heading) heading.focus();
    else this.focusMain();
    return heading?.textContent.trim() ?? '';
  }

  /** The toast area (apps' `notify`). */
  get toasts(): D1ToastStack | null {
    return this.renderRoot.querySelector('d1-toast-stack');
  }

  /** The confirmation dialog (apps' `confirm`, the unsaved-changes question). */
  get confirmDialog(): D1ShellConfirm | null {
    return this.renderRoot.querySelector('d1-shell-confirm');
  }
}
