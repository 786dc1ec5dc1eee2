import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { IconName } from '@digione/components/icon';

/** One link of the portal's navigation. */
export interface NavItem {
  readonly href: string;
  /** The label in the person's language. */
  readonly label: string;
  /** The label's language when it is not the page's (an app without this language's label). */
  readonly lang?: string;
  readonly icon?: IconName;
  /** A count the app published on `shell:badge` (unread messages); absent or 0 shows none. */
  readonly badge?: number;
}

/**
 * The portal's main navigation: the home page and the entries of every app the person may use, in
 * their order. The entry of the page the person is on is marked `aria-current="page"`. On a narrow
 * screen the list folds behind a disclosure button ("Valikko").
 *
 * @tagname d1-shell-nav
 */
export class D1ShellNav extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    nav {
      padding: var(--d1-space-3) var(--d1-space-2);
    }
    .toggle {
      display: none;
      align-items: center;
      gap: var(--d1-space-2);
      min-block-size: 2.75rem;
      padding: var(--d1-space-2) var(--d1-space-3);
      border: 1px solid var(--d1-color-border-subtle);
      border-radius: var(--d1-radius-s);
      background: var(--d1-color-surface);
      color: var(--d1-color-text);
      font: inherit;
      cursor: pointer;
    }
    .toggle:focus-visible {
      outline: var(--d1-focus-ring);
      outline-offset: var(--d1-focus-ring-offset);
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: var(--d1-space-1);
    }
    a {
      display: flex;
      align-items: center;
      gap: var(--d1-space-2);
      min-block-size: 2.75rem;
      padding: var(--d1-space-2) var(--d1-space-3);
      border-radius: var(--d1-radius-s);
      color: var(--d1-color-text);
      text-decoration: none;
    }
    a:hover {
      background: var(--d1-color-surface-sunken);
    }
    a:focus-visible {
      outline: var(--d1-focus-ring);
      outline-offset: calc(-1 * var(--d1-focus-ring-offset));
    }
    a[aria-current='page'] {
      background: var(--d1-color-accent-subtle);
      color: var(--d1-color-accent-text);
      font-weight: var(--d1-font-weight-strong);
      box-shadow: inset 0.25rem 0 0 var(--d1-color-accent);
    }
    @media (max-width: 48rem) {
      nav {
        padding: var(--d1-space-1) var(--d1-space-3);
      }
      .toggle {
        display: inline-flex;
      }
      .folded {
        display: none;
      }
      ul {
        padding-block: var(--d1-space-2);
      }
    }
  `;

  /** The links, in order. */
  @property({ attribute: false }) items: readonly NavItem[] = [];

  /** The current path; the link it falls under is the current page. */
  @property() path = '/';

  /** Whether the list is unfolded on a narrow screen. */
  @state() private expanded = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Following a link folds the list again, as a page load would.
    if (changed.has('path') && changed.get('path') !== undefined) this.expanded = false;
  }

  /** The link for `path`: the longest one it is under (the home page only for `/` itself). */
  #current(): string | undefined {
    let best: string | undefined;
    for (const item of this.items) {
      const href = item.href;
      const under =
        href === '/'
          ? this.path === '/'
          : this.path === href || this.path.startsWith(href.endsWith('/') ? href : `${href}/`);
      if (under && (best === undefined || href.length > best.length)) best = href;
    }
    return best;
  }

  override render(): TemplateResult {
    const current = this.#current();
    return html`<nav aria-label=${msg('Päävalikko')}>
      <button
        class="toggle"
        type="button"
        aria-expanded=${this.expanded ? 'true' : 'false'}
        aria-controls="nav-list"
        @click=${() => {
          this.expanded = !this.expanded;
        }}
      >
        <d1-icon name="menu"></d1-icon>
        <span>${msg('Valikko')}</span>
      </button>
      <div id="nav-list" class=${this.expanded ? 'list' : 'list folded'}>
        <ul>
          ${this.items.map(
            (item) =>
              html`<li>
                <a
                  href=${item.href}
                  lang=${item.lang ?? nothing}
                  aria-current=${item.href === current ? 'page' : nothing}
                >
                  ${item.icon ? html`<d1-icon name=${item.icon}></d1-icon>` : nothing}
                  <span>${item.label}</span>
                  ${
                    item.badge
                      ? html`<d1-badge
                          variant="accent"
                          .count=${item.badge}
                          label=${msg(str`${item.badge} uutta`, {
                            desc: 'Navigation: what the count beside an app means, e.g. "3 uutta"',
                          })}
                        ></d1-badge>`
                      : nothing
                  }
                </a>
              </li>`,
          )}
        </ul>
      </div>
    </nav>`;
  }
}
