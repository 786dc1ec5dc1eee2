import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { D1Element } from '../base/element.js';
import {
  D1ContextChangeEvent,
  D1SignOutEvent,
  D1ThemeChangeEvent,
  type D1SelectEvent,
} from '../events/events.js';
import { THEME_PREFERENCES, type ThemePreference } from '../tokens/tenants.js';
import { baseStyles } from '../styles/shared.js';
import { userMenuStyles } from './user-menu.styles.js';

/** One acting-as choice of `<d1-user-menu>`: a school of a teacher, a child of a guardian. */
export interface UserContext {
  /** Stable id, sent in `d1-context-change` and matched by `active-context`. */
  id: string;
  /** What the user sees, e.g. "Kivistön koulu" or "Aino Virtanen". */
  label: string;
  /** A second line, e.g. "Vantaa" or "7B". */
  description?: string;
}

const isThemePreference = (value: unknown): value is ThemePreference =>
  THEME_PREFERENCES.some((preference) => preference === value);

/** The names of the theme choices, in the current language. */
function themeChoiceLabel(preference: ThemePreference): string {
  switch (preference) {
    case 'system':
      return msg('Laitteen mukaan', { desc: 'User menu: theme that follows the device settings' });
    case 'light':
      return msg('Vaalea', { desc: 'User menu: the light colour theme' });
    case 'dark':
      return msg('Tumma', { desc: 'User menu: the dark colour theme' });
    case 'high-contrast':
      return msg('Suuri kontrasti', { desc: 'User menu: the high-contrast colour theme' });
  }
}

/** The first letters of the first and last word of a name: "Maija Liisa Virtanen" → "MV". */
function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const ends = words.length > 1 ? [words[0], words.at(-1)] : words;
  return ends.map((word) => word?.charAt(0).toLocaleUpperCase() ?? '').join('');
}

/**
 * The signed-in user's menu, at the end of the portal's header: who is signed in and in which role,
 * the contexts they can act in (a teacher's schools, a guardian's children), and signing out.
 *
 * The button shows the user's initials and name; its accessible name is "Käyttäjävalikko: <name>,
 * <role>". Built on `<d1-menu>`; the keyboard works as there. The contexts are radio items in a
 * group named "Toimit roolissa" ("Acting as"); the colour themes are radio items in a group named
 * "Teema" ("Theme"): "Laitteen mukaan" (follow the device), light, dark and high contrast.
 *
 * @summary The user menu: the signed-in user, acting-as choices, the colour theme and sign out.
 * @tagname d1-user-menu
 * @since 0.1.0
 *
 * @csspart menu - The inner `<d1-menu>`.
 * @csspart header - The user's name and role at the top of the popup.
 *
 * @fires d1-context-change - The user chose another context; `contextId` is its id. `active-context`
 * is already updated.
 * @fires d1-theme-change - The user chose another theme; `preference` is its value.
 * `theme-preference` is already updated.
 * @fires d1-sign-out - The user chose "Kirjaudu ulos". Unless cancelled, the browser then goes to
 * `sign-out-href`, if set; without it, sign the user out in the listener.
 * @fires d1-open - The menu opened.
 * @fires d1-close - The menu closed.
 */
export class D1UserMenu extends D1Element {
  static override styles = [baseStyles, userMenuStyles];

  /** The signed-in user's display name. */
  @property() name = '';

  /** The user's role, e.g. "Opettaja" or "Huoltaja". */
  @property({ attribute: 'role-label' }) roleLabel = '';

  /** The contexts the user can act in. With none, the group is left out. */
  @property({ attribute: false }) contexts: UserContext[] = [];

  /** The id of the context the user acts in now. */
  @property({ attribute: 'active-context' }) activeContext = '';

  /**
   * The user's theme choice, checked in the "Teema" group: `system` (follow the device), `light`,
   * `dark` or `high-contrast`. Any other value warns and shows `system` checked.
   */
  @property({ attribute: 'theme-preference' }) themePreference: ThemePreference = 'system';

  /** Where "Kirjaudu ulos" goes when `d1-sign-out` is not cancelled. */
  @property({ attribute: 'sign-out-href' }) signOutHref = '';

  /** Whether the menu is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Starts the button's accessible name. Defaults to "Käyttäjävalikko" in the current language. */
  @property() label = '';

  /** Names the group of contexts. Defaults to "Toimit roolissa" in the current language. */
  @property({ attribute: 'contexts-label' }) contextsLabel = '';

  /** The sign-out item's text. Defaults to "Kirjaudu ulos" in the current language. */
  @property({ attribute: 'sign-out-label' }) signOutLabel = '';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('themePreference') && !isThemePreference(this.themePreference)) {
      console.warn(
        `[D1-USER-MENU-001] <d1-user-menu> has no theme "${String(this.themePreference)}": ` +
          `give theme-preference one of ${THEME_PREFERENCES.join(', ')}. Showing "system".`,
      );
    }
  }

  #onSelect = (event: D1SelectEvent): void => {
    // The inner menu's event stays inside: the user menu fires its own events.
    event.stopPropagation();
    const item = event.target as HTMLElement;
    if (item.hasAttribute('data-theme')) {
      const preference = THEME_PREFERENCES.find((p) => p === event.value);
      if (!preference || preference === this.themePreference) return;
      this.themePreference = preference;
      this.dispatchEvent(new D1ThemeChangeEvent(preference));
      return;
    }
    if (item.hasAttribute('data-sign-out')) {
      const signOut = new D1SignOutEvent();
      this.dispatchEvent(signOut);
      if (!signOut.defaultPrevented && this.signOutHref) window.location.assign(this.signOutHref);
      return;
    }
    if (event.value === this.activeContext) return;
    this.activeContext = event.value;
    this.dispatchEvent(new D1ContextChangeEvent(event.value));
  };

  #onToggle = (event: Event): void => {
    this.open = (event.currentTarget as HTMLElement).hasAttribute('open');
  };

  /**
   * The initials, drawn as generated content: they are a picture of the user, like an avatar, so they
   * stay out of the button's visible text, which must be part of its accessible name (WCAG 2.5.3).
   */
  #initials() {
    const initials = initialsOf(this.name);
    return html`<span class="initials" aria-hidden="true" data-initials=${initials}
      >${initials ? nothing : html`<d1-icon name="user"></d1-icon>`}</span
    >`;
  }

  #themes() {
    const checked = isThemePreference(this.themePreference) ? this.themePreference : 'system';
    return html`
      <d1-menu-group label=${msg('Teema', { desc: 'User menu: group of the colour themes' })}>
        ${THEME_PREFERENCES.map(
          (preference) => html`
            <d1-menu-item
              type="radio"
              value=${preference}
              data-theme
              .checked=${preference === checked}
            >
              ${themeChoiceLabel(preference)}
            </d1-menu-item>
          `,
        )}
      </d1-menu-group>
    `;
  }

  override render() {
    const label = this.label || msg('Käyttäjävalikko', { desc: 'Name of the user menu button' });
    const who = [this.name, this.roleLabel].filter(Boolean).join(', ');
    return html`
      <d1-menu
        part="menu"
        placement="bottom-end"
        trigger-label=${who ? `${label}: ${who}` : label}
        ?open=${this.open}
        @d1-select=${this.#onSelect}
        @d1-open=${this.#onToggle}
        @d1-close=${this.#onToggle}
      >
        <span slot="label" class="trigger-content">
          ${this.#initials()}
          <span class="name">${this.name}</span>
        </span>
        <div slot="header" part="header" class="header">
          ${this.#initials()}
          <span class="who">
            <span class="name">${this.name}</span>
            ${this.roleLabel ? html`<span class="role">${this.roleLabel}</span>` : nothing}
          </span>
        </div>
        ${
          this.contexts.length > 0
            ? html`
                <d1-menu-group
                  label=${
                    this.contextsLabel ||
                    msg('Toimit roolissa', {
                      desc: 'User menu: group of the roles the user can act in',
                    })
                  }
                >
                  ${this.contexts.map(
                    (context, i) => html`
                      <d1-menu-item
                        type="radio"
                        value=${context.id}
                        .checked=${context.id === this.activeContext}
                        aria-describedby=${context.description ? `context-${i}` : nothing}
                      >
                        ${context.label}
                        ${
                          context.description
                            ? html`<span slot="description" id="context-${i}" aria-hidden="true"
                                >${context.description}</span
                              >`
                            : nothing
                        }
                      </d1-menu-item>
                    `,
                  )}
                </d1-menu-group>
              `
            : nothing
        }
        ${this.#themes()}
        <d1-menu-group>
          <d1-menu-item icon="sign-out" value="sign-out" data-sign-out>
            ${this.signOutLabel || msg('Kirjaudu ulos', { desc: 'User menu: sign out' })}
          </d1-menu-item>
        </d1-menu-group>
      </d1-menu>
    `;
  }
}
