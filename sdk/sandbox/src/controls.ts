/**
 * The sandbox's switches: role and acting-as (the portal's own choices for the person), language,
 * theme, tenant, and mounting the app; with a note on the roles the sandbox leaves out, and why.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { isLocale } from '@digione/components/localization';
import { THEMES, type Theme } from '@digione/components/tenants';
import type { ActingAs, DigiOneUser, Locale, Role } from '@digione/sdk';
import { roleList, roleName, themeName } from './labels.js';
import { rolesShown, type RoleOffer } from './people.js';
import { SANDBOX_TENANTS } from './test-shell.js';

/** What the switches show, and what choosing does. */
export interface ControlsView {
  readonly locale: Locale;
  readonly theme: Theme;
  readonly tenantId: string;
  /** Waiting for sign-in at a provider: nobody to switch, no app to mount. */
  readonly waiting: boolean;
  readonly offer: RoleOffer;
  readonly role: Role;
  /** Who acts in a role, when the sandbox switches between its test people. */
  readonly personIn: ((role: Role) => DigiOneUser | undefined) | undefined;
  readonly choices: readonly ActingAs[];
  readonly actingAsId: string;
  readonly mounted: boolean;
  readonly busy: boolean;
  onRole(role: Role): void;
  onActingAs(choice: ActingAs | null): void;
  onLocale(locale: Locale): void;
  onTheme(theme: Theme): void;
  onTenant(id: string): void;
  onMount(): void;
  onUnmount(): void;
}

function roleLabel(view: ControlsView, role: Role): string {
  const person = view.personIn?.(role);
  return person ? `${roleName(role)} (${person.givenName} ${person.familyName})` : roleName(role);
}

function renderPersonControls(view: ControlsView) {
  return html`<d1-select
      class="role"
      label=${msg('Rooli', { id: 'd1-sandbox.control.role' })}
      .options=${rolesShown(view.offer).map((r) => ({ value: r, label: roleLabel(view, r) }))}
      .value=${view.role}
      @change=${(e: Event) => {
        view.onRole((e.target as HTMLInputElement).value as Role);
      }}
    ></d1-select>
    <d1-select
      class="acting-as"
      label=${msg('Toimii', { id: 'd1-sandbox.control.acting-as' })}
      .options=${view.choices.map((a) => ({ value: a.id, label: a.label }))}
      .value=${view.actingAsId}
      @change=${(e: Event) => {
        const id = (e.target as HTMLInputElement).value;
        view.onActingAs(view.choices.find((a) => a.id === id) ?? null);
      }}
    ></d1-select>`;
}

function renderMountButton(view: ControlsView) {
  return view.mounted
    ? html`<d1-button
        class="unmount"
        variant="secondary"
        ?disabled=${view.busy}
        @click=${() => {
          view.onUnmount();
        }}
        >${msg('Pura sovellus', { id: 'd1-sandbox.action.unmount' })}</d1-button
      >`
    : html`<d1-button
        class="mount"
        ?disabled=${view.busy}
        @click=${() => {
          view.onMount();
        }}
        >${msg('Käynnistä sovellus', { id: 'd1-sandbox.action.mount' })}</d1-button
      >`;
}

/** Why roles are missing from the switch (nothing when none are). */
export function renderRolesNote(view: Pick<ControlsView, 'offer' | 'locale' | 'waiting'>) {
  const { undeclared, nobody } = view.offer;
  if (view.waiting || (undeclared.length === 0 && nobody.length === 0)) return nothing;
  const left = roleList(undeclared, view.locale);
  const missing = roleList(nobody, view.locale);
  return html`<p class="muted roles-note">
    ${
      undeclared.length
        ? msg(
            str`Sovelluksen manifesti ei ilmoita rooleja ${left}: portaali ei näytä sovellusta niissä toimiville, joten hiekkalaatikko ei tarjoa niitä.`,
            { id: 'd1-sandbox.roles.undeclared' },
          )
        : nothing
    }
    ${
      nobody.length
        ? msg(
            str`Paikallisen tunnistuspalvelun testihenkilöistä kukaan ei toimi rooleissa ${missing}.`,
            { id: 'd1-sandbox.roles.nobody' },
          )
        : nothing
    }
  </p>`;
}

export function renderControls(view: ControlsView) {
  return html`<div class="controls">
    ${view.waiting ? nothing : renderPersonControls(view)}
    <d1-language-picker
      .locale=${view.locale}
      @d1-locale-change=${(e: Event & { locale?: string }) => {
        if (isLocale(e.locale)) view.onLocale(e.locale);
      }}
    ></d1-language-picker>
    <d1-select
      class="theme"
      label=${msg('Teema', { id: 'd1-sandbox.control.theme' })}
      .options=${THEMES.map((t) => ({ value: t, label: themeName(t) }))}
      .value=${view.theme}
      @change=${(e: Event) => {
        view.onTheme((e.target as HTMLInputElement).value as Theme);
      }}
    ></d1-select>
    <d1-select
      class="tenant"
      label=${msg('Organisaatio', { id: 'd1-sandbox.control.tenant' })}
      .options=${SANDBOX_TENANTS.map((t) => ({ value: t.id, label: t.name[view.locale] }))}
      .value=${view.tenantId}
      @change=${(e: Event) => {
        view.onTenant((e.target as HTMLInputElement).value);
      }}
    ></d1-select>
    ${view.waiting ? nothing : renderMountButton(view)}
  </div>`;
}
