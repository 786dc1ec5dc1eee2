import { html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { D1Element } from '../base/element.js';
import { D1AppSelectEvent } from '../events/events.js';
import type { IconName } from '../icon/icon.js';
import { PopupController } from '../menu/popup.js';
import { popupStyles } from '../menu/popup.styles.js';
import { baseStyles } from '../styles/shared.js';
import { appSwitcherStyles } from './app-switcher.styles.js';

/** One app of `<d1-app-switcher>`. */
export interface AppSwitcherApp {
  /** Stable id, sent in `d1-app-select` and matched by `current`. */
  id: string;
  /** The app's name, in the current language. */
  name: string;
  /** The tile's icon: one of `ICON_NAMES`. Defaults to `apps`. */
  icon?: IconName;
  /** Where the tile links to. */
  href: string;
  /** A short description, shown under the name and spoken as the link's description. */
  description?: string;
}

/**
 * The portal's app switcher: a grid of app tiles, each a link. By default a button (an "apps" icon)
 * opens it as a popup; with `inline` the grid is shown in place, as on the home page.
 *
 * The popup follows the disclosure pattern: the button has `aria-expanded` and `aria-controls`, Tab
 * goes on into the tiles, Escape closes and returns focus to the button, clicking outside or moving
 * focus away closes it. In the grid, the arrow keys move between tiles by rows and columns, Home and
 * End go to the first and last tile; every tile also stays in the tab order.
 *
 * @summary Switches between the portal's apps: Wilma-like messages, schedule, assessment and more.
 * @tagname d1-app-switcher
 * @since 0.1.0
 *
 * @csspart trigger - The button that opens the popup (not rendered with `inline`).
 * @csspart panel - The popup (not rendered with `inline`).
 * @csspart nav - The `<nav>` around the grid.
 * @csspart grid - The list of tiles.
 * @csspart tile - Each tile's link.
 * @csspart empty - The text shown when there are no apps.
 *
 * @cssproperty --d1-app-tile-size - Minimum width and height of a tile.
 * @cssproperty --d1-app-tile-background - Background of a tile.
 * @cssproperty --d1-app-tile-background-hover - Background of a hovered tile and the current app.
 *
 * @fires d1-app-select - A tile was clicked; `appId` and `href` name it. Cancel it to keep the link
 * from being followed (the shell routes itself). Not fired for clicks that open a new tab or window.
 * @fires {D1OpenEvent} d1-open - The popup opened.
 * @fires {D1CloseEvent} d1-close - The popup closed.
 */
export class D1AppSwitcher extends D1Element {
  static override styles = [baseStyles, popupStyles, appSwitcherStyles];

  /** The apps to show, in order. */
  @property({ attribute: false }) apps: AppSwitcherApp[] = [];

  /** The id of the app the user is in; its tile is marked `aria-current="page"`. */
  @property() current = '';

  /** Shows the grid in place instead of behind a button. */
  @property({ type: Boolean, reflect: true }) inline = false;

  /** Whether the popup is open (without `inline`). */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Accessible name of the button and the grid. Defaults to "Sovellukset" in the current language. */
  @property() label = '';

  /** Shown when `apps` is empty. Defaults to "Ei sovelluksia" in the current language. */
  @property({ attribute: 'empty-label' }) emptyLabel = '';

  @query('.trigger') private readonly trigger?: HTMLButtonElement;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.addEventListener('keydown', this.#onKeydown);
    // #close does nothing inline: there is no popup to close.
    new PopupController(this, {
      close: () => {
        this.#close(false);
      },
    });
  }

  get #tiles(): HTMLAnchorElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLAnchorElement>('.tile')];
  }

  #close(returnFocus: boolean): void {
    if (this.inline || !this.open) return;
    if (returnFocus) this.trigger?.focus();
    this.open = false;
  }

  #onTileClick(event: MouseEvent, app: AppSwitcherApp): void {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
      return;
    }
    const select = new D1AppSelectEvent(app.id, app.href);
    this.dispatchEvent(select);
    if (select.defaultPrevented) event.preventDefault();
    this.#close(true);
  }

  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.open && !this.inline) {
      event.preventDefault();
      event.stopPropagation();
      this.#close(true);
      return;
    }
    const tiles = this.#tiles;
    const index = tiles.indexOf(event.composedPath()[0] as HTMLAnchorElement);
    if (index < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const last = tiles.length - 1;
    const top = tiles[0]?.offsetTop;
    const columns = Math.max(1, tiles.filter((tile) => tile.offsetTop === top).length);
    const row = (i: number) => Math.floor(i / columns);
    const forward = getComputedStyle(this).direction === 'rtl' ? -1 : 1;
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
        next = index + forward;
        break;
      case 'ArrowLeft':
        next = index - forward;
        break;
      case 'ArrowDown':
        // Into a shorter last row, land on its last tile.
        next = row(index) < row(last) ? Math.min(index + columns, last) : index;
        break;
      case 'ArrowUp':
        next = index - columns >= 0 ? index - columns : index;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      default:
        return;
    }
    event.preventDefault();
    tiles[Math.min(Math.max(next, 0), last)]?.focus();
  };

  #onTriggerClick = (): void => {
    this.open = !this.open;
  };

  #renderGrid(label: string) {
    if (this.apps.length === 0) {
      return html`<p part="empty" class="empty">
        ${this.emptyLabel || msg('Ei sovelluksia', { desc: 'App switcher with no apps to show' })}
      </p>`;
    }
    return html`
      <nav part="nav" aria-label=${label}>
        <ul part="grid" class="grid">
          ${this.apps.map(
            (app, i) => html`
              <li>
                <a
                  part="tile"
                  class="tile"
                  href=${app.href}
                  aria-current=${ifDefined(app.id === this.current ? 'page' : undefined)}
                  aria-describedby=${ifDefined(app.description ? `description-${i}` : undefined)}
                  @click=${(event: MouseEvent) => {
                    this.#onTileClick(event, app);
                  }}
                >
                  <d1-icon name=${app.icon ?? 'apps'}></d1-icon>
                  <span class="name">${app.name}</span>
                  ${
                    app.description
                      ? html`<span class="description" id="description-${i}" aria-hidden="true"
                          >${app.description}</span
                        >`
                      : nothing
                  }
                </a>
              </li>
            `,
          )}
        </ul>
      </nav>
    `;
  }

  override render() {
    const label = this.label || msg('Sovellukset', { desc: 'Name of the app switcher' });
    if (this.inline) return this.#renderGrid(label);
    return html`
      <button
        part="trigger"
        class="trigger"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel"
        aria-label=${label}
        @click=${this.#onTriggerClick}
      >
        <d1-icon name="apps"></d1-icon>
      </button>
      <div part="panel" class="panel" id="panel" ?hidden=${!this.open}>
        ${
          // Closed, the panel holds no tiles: a portal with hundreds of apps does not build
          // hundreds of hidden links (and their icons) on every page until the person asks.
          this.open ? this.#renderGrid(label) : nothing
        }
      </div>
    `;
  }
}
