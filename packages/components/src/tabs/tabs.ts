import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { D1Element } from '../base/element.js';
import { D1TabChangeEvent } from '../events/events.js';
import { baseStyles } from '../styles/shared.js';
import type { D1Tab } from './tab.js';
import type { D1TabPanel } from './tab-panel.js';

export { D1Tab } from './tab.js';
export { D1TabPanel } from './tab-panel.js';

/**
 * Tabs: a row of tabs that each show one panel (the WAI-ARIA tabs pattern, with automatic
 * activation).
 *
 * ```html
 * <d1-tabs label="Oppilaan tiedot">
 *   <d1-tab slot="nav" panel="schedule">Lukujärjestys</d1-tab>
 *   <d1-tab slot="nav" panel="absences">Poissaolot</d1-tab>
 *   <d1-tab-panel name="schedule">…</d1-tab-panel>
 *   <d1-tab-panel name="absences">…</d1-tab-panel>
 * </d1-tabs>
 * ```
 *
 * Tabs and panels stay in the light DOM, so `aria-controls` and `aria-labelledby` link them by id
 * (ids are generated when missing). Keyboard: ArrowLeft and ArrowRight move to the previous and next
 * tab (wrapping) and show its panel, Home and End go to the first and last; disabled tabs are
 * skipped. Only the selected tab is in the tab order; Tab moves on into the panel.
 *
 * @summary Tabs switch between views of one subject, such as a pupil's schedule and absences.
 * @tagname d1-tabs
 * @since 0.1.0
 *
 * @slot nav - The `<d1-tab>` elements.
 * @slot - The `<d1-tab-panel>` elements.
 *
 * @csspart tablist - The row of tabs, with role `tablist`.
 * @csspart body - The panels' wrapper.
 *
 * @cssproperty --d1-tabs-border - Colour of the line under the tabs.
 * @cssproperty --d1-tabs-indicator - Colour of the selected tab's underline.
 *
 * @fires d1-tab-change - The user chose another tab; `panel` is its panel's name. Not fired by
 * `show()` or by setting `active`.
 */
export class D1Tabs extends D1Element {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      .tablist {
        display: flex;
        flex-wrap: wrap;
        border-bottom: 1px solid var(--d1-tabs-border);
      }
      @media (forced-colors: active) {
        .tablist {
          border-bottom-color: CanvasText;
        }
      }
    `,
  ];

  /** The accessible name of the row of tabs. */
  @property() label = '';

  /** The `name` of the shown panel. Defaults to the first enabled tab's panel. */
  @property({ reflect: true }) active = '';

  /** The tabs, in order. */
  get tabs(): D1Tab[] {
    return [...this.children].filter((el): el is D1Tab => el.localName === 'd1-tab');
  }

  /** The panels, in order. */
  get panels(): D1TabPanel[] {
    return [...this.children].filter((el): el is D1TabPanel => el.localName === 'd1-tab-panel');
  }

  /** Shows the panel named `panel` and selects its tab. Fires no event. */
  show(panel: string): void {
    this.active = panel;
  }

  override willUpdate(): void {
    const tabs = this.tabs;
    if (!tabs.some((tab) => tab.panel === this.active)) {
      this.active = tabs.find((tab) => !tab.disabled)?.panel ?? '';
    }
  }

  override updated(): void {
    const panels = new Map(this.panels.map((panel) => [panel.name, panel]));
    const tabIds = new Map<string, string>();
    for (const tab of this.tabs) {
      const selected = tab.panel === this.active;
      tab.selected = selected;
      tab.tabIndex = selected ? 0 : -1;
      const panel = panels.get(tab.panel);
      if (panel) tab.setAttribute('aria-controls', panel.id);
      else tab.removeAttribute('aria-controls');
      tabIds.set(tab.panel, tab.id);
    }
    for (const [name, panel] of panels) {
      panel.hidden = name !== this.active;
      const tabId = tabIds.get(name);
      if (tabId) panel.setAttribute('aria-labelledby', tabId);
    }
  }

  #tabIn(event: Event): D1Tab | undefined {
    return event
      .composedPath()
      .find((node): node is D1Tab => node instanceof HTMLElement && node.localName === 'd1-tab');
  }

  #choose(tab: D1Tab): void {
    if (tab.disabled) return;
    tab.focus();
    if (tab.panel === this.active) return;
    this.active = tab.panel;
    this.dispatchEvent(new D1TabChangeEvent(tab.panel));
  }

  #onSlotChange = (): void => {
    this.requestUpdate();
  };

  #onClick = (event: MouseEvent): void => {
    const tab = this.#tabIn(event);
    if (tab) this.#choose(tab);
  };

  #onKeydown = (event: KeyboardEvent): void => {
    const current = this.#tabIn(event);
    const enabled = this.tabs.filter((tab) => !tab.disabled);
    if (!current || enabled.length === 0) return;
    // A disabled tab is never focused by us, but keep the arithmetic safe if it is.
    const index = Math.max(0, enabled.indexOf(current));
    const step = (delta: number) =>
      enabled[(index + delta + enabled.length) % enabled.length] ?? current;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const moves: Record<string, (() => D1Tab | undefined) | undefined> = {
      ArrowRight: () => step(rtl ? -1 : 1),
      ArrowLeft: () => step(rtl ? 1 : -1),
      Home: () => enabled[0],
      End: () => enabled.at(-1),
    };
    const next = moves[event.key]?.();
    if (!next) return;
    event.preventDefault();
    this.#choose(next);
  };

  override render() {
    return html`
      <div
        part="tablist"
        class="tablist"
        role="tablist"
        aria-label=${ifDefined(this.label || undefined)}
        @click=${this.#onClick}
        @keydown=${this.#onKeydown}
      >
        <slot name="nav" @slotchange=${this.#onSlotChange}></slot>
      </div>
      <div part="body"><slot @slotchange=${this.#onSlotChange}></slot></div>
    `;
  }
}
