import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { ActingAs, ManifestWidget } from '@digione/sdk';
import type { MountedWidget } from '../apps/widget-parcel.js';
import { headingStyles } from '../pages/page-styles.js';
import { roleLabel } from '../portal/roles.js';
import { registryErrorPanel } from './registry-error.js';
import { ShellRegistryRetryEvent } from '../portal/shell-events.js';

/** An app's tile on the home page. */
export interface HomeTile {
  readonly id: string;
  readonly href: string;
  /** Name and description in the person's language. */
  readonly name: string;
  readonly description: string;
  /** Their language, when an app lacks the person's. */
  readonly lang?: string;
}

/** A widget an app contributes to the home page. */
export interface HomeWidget {
  readonly appId: string;
  readonly widget: ManifestWidget;
  /** The widget's name in the person's language (its region's accessible name). */
  readonly name: string;
}

/** Mounts a widget into an element (the shell's runtime does it, as a single-spa parcel). */
export type WidgetMounter = (
  appId: string,
  widget: ManifestWidget,
  domElement: HTMLElement,
) => Promise<MountedWidget>;

/** Where the list of apps stands. */
export type AppsStatus = 'loading' | 'ready' | 'failed';

export { ShellRegistryRetryEvent };

interface PlacedWidget {
  readonly key: string;
  mounted: Promise<MountedWidget | undefined> | undefined;
}

/**
 * The home page: a greeting, where the person acts now, their apps as tiles, and the widgets
 * their apps contribute to the `home` slot, each mounted as a single-spa parcel with its app's
 * context (and unmounted when the page goes).
 *
 * @tagname d1-shell-home
 * @fires d1-shell-registry-retry - The person asked to load the app registry again.
 */
export class D1ShellHome extends LitElement {
  static override styles = [
    headingStyles,
    css`
      :host {
        display: block;
      }
      h1 {
        margin: 0 0 var(--d1-space-3);
      }
      h2 {
        margin: var(--d1-space-6) 0 var(--d1-space-3);
      }
      p {
        margin: 0 0 var(--d1-space-2);
      }
      .tiles,
      .widgets {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--d1-space-4);
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
      }
      .tiles d1-card {
        block-size: 100%;
      }
      .widget {
        min-block-size: 4rem;
        padding: var(--d1-space-3);
        border: 1px solid var(--d1-color-border-subtle);
        border-radius: var(--d1-radius-m);
        background: var(--d1-color-surface);
      }
      .widget-error {
        color: var(--d1-color-text-muted);
      }
      .busy {
        display: flex;
        align-items: center;
        gap: var(--d1-space-3);
      }
    `,
  ];

  /** The person's given name, for the greeting. */
  @property({ attribute: 'given-name' }) givenName = '';

  /** Where the person acts now. */
  @property({ attribute: false }) actingAs: ActingAs | null = null;

  /** The person's apps. */
  @property({ attribute: false }) tiles: readonly HomeTile[] = [];

  /** Widgets for the home page. */
  @property({ attribute: false }) widgets: readonly HomeWidget[] = [];

  @property() status: AppsStatus = 'ready';

  /** Mounts each widget; without it widgets are not shown. */
  @property({ attribute: false }) mountWidget: WidgetMounter | undefined;

  readonly #placed = new Map<string, PlacedWidget>();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const key of [...this.#placed.keys()]) this.#unplace(key);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page: its widgets come back too.
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#placeWidgets();
  }

  /** Moves focus to the greeting (after a route change to the home page). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  override render(): TemplateResult {
    const acting = this.actingAs;
    return html`
      <h1 tabindex="-1">${msg(str`Hei, ${this.givenName}!`)}</h1>
      ${
        acting
          ? html`<p data-testid="acting-as">
              ${msg(str`Toimit nyt: ${acting.label} (${roleLabel(acting.role)})`)}
            </p>`
          : nothing
      }
      <h2 id="apps-heading">${msg('Palvelusi')}</h2>
      ${this.#apps()} ${this.#widgets()}
    `;
  }

  #apps(): TemplateResult {
    if (this.status === 'loading') {
      const text = msg('Palveluja haetaan…');
      return html`<div class="busy">
        <d1-spinner .label=${text}></d1-spinner><span aria-hidden="true">${text}</span>
      </div>`;
    }
    if (this.status === 'failed') {
      return registryErrorPanel(this, {
        headingLevel: 3,
        heading: msg('Palveluluetteloa ei voitu hakea'),
        message: msg(
          'Palvelujen luetteloa ei saatu haettua juuri nyt. Kirjautuminen ja portaalin muut osat toimivat. Yritä hetken kuluttua uudelleen.',
        ),
      });
    }
    if (this.tiles.length === 0) {
      return html`<p>${msg('Sinulle ei ole vielä käytettävissä palveluja tässä roolissa.')}</p>`;
    }
    return html`<ul class="tiles" aria-labelledby="apps-heading">
      ${repeat(
        this.tiles,
        (tile) => tile.id,
        (tile) =>
          html`<li>
            <d1-card href=${tile.href} heading-level="3" lang=${tile.lang ?? nothing}>
              <span slot="heading">${tile.name}</span>
              ${tile.description}
            </d1-card>
          </li>`,
      )}
    </ul>`;
  }

  #widgets(): TemplateResult | typeof nothing {
    if (this.widgets.length === 0 || !this.mountWidget) return nothing;
    return html`<h2 id="widgets-heading">${msg('Ajankohtaista')}</h2>
      <ul class="widgets" aria-labelledby="widgets-heading">
        ${repeat(
          this.widgets,
          (w) => keyOf(w),
          (w) =>
            html`<li>
              <section class="widget" aria-label=${w.name} data-widget=${keyOf(w)}></section>
            </li>`,
        )}
      </ul>`;
  }

  /** Mounts the widgets shown and unmounts those no longer shown (or with the page). */
  #placeWidgets(): void {
    const mount = this.mountWidget;
    const wanted = new Map(this.widgets.map((w) => [keyOf(w), w]));
    for (const key of [...this.#placed.keys()]) {
      if (!wanted.has(key) || !mount) this.#unplace(key);
    }
    if (!mount || !this.isConnected) return;
    for (const [key, w] of wanted) {
      if (this.#placed.has(key)) continue;
      const box = this.renderRoot.querySelector<HTMLElement>(
        `section[data-widget="${CSS.escape(key)}"]`,
      );
      if (!box) continue;
      const root = document.createElement('div');
      box.replaceChildren(root);
      const placed: PlacedWidget = { key, mounted: undefined };
      placed.mounted = mount(w.appId, w.widget, root).catch((error: unknown) => {
        console.error(`[DigiOne] The widget "${key}" could not be shown:`, error);
        if (this.#placed.get(key) === placed) {
          const note = document.createElement('p');
          note.className = 'widget-error';
          note.textContent = msg('Tätä nostoa ei voitu näyttää.');
          box.replaceChildren(note);
        }
        return undefined;
      });
      this.#placed.set(key, placed);
    }
  }

  #unplace(key: string): void {
    const placed = this.#placed.get(key);
    if (!placed) return;
    this.#placed.delete(key);
    void placed.mounted
      ?.then((widget) => widget?.unmount())
      .catch((error: unknown) => {
        console.error(`[DigiOne] The widget "${key}" did not unmount cleanly:`, error);
      });
  }
}

function keyOf(w: HomeWidget): string {
  return `${w.appId}:${w.widget.id}`;
}
