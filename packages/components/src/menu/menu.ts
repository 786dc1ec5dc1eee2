import { html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { D1Element } from '../base/element.js';
import { D1SelectEvent } from '../events/events.js';
import type { IconName } from '../icon/icon.js';
import { baseStyles } from '../styles/shared.js';
import { PopupController } from './popup.js';
import type { D1MenuItem } from './menu-item.js';
import { menuStyles } from './menu.styles.js';
import { popupStyles } from './popup.styles.js';

export { D1MenuItem, type MenuItemType } from './menu-item.js';
export { D1MenuGroup } from './menu-group.js';

const itemIn = (event: Event): D1MenuItem | undefined =>
  event
    .composedPath()
    .find(
      (node): node is D1MenuItem =>
        node instanceof HTMLElement && node.localName === 'd1-menu-item',
    );

/**
 * A menu button: a button that opens a list of actions or options (the WAI-ARIA menu button
 * pattern).
 *
 * The menu renders its own native `<button>` as the trigger, from `label` and `icon` (or from the
 * `label` slot), and sets `aria-haspopup="menu"`, `aria-expanded` and `aria-controls` on it. A slotted
 * `<d1-button>` cannot carry these states, because its real button is in its own shadow root and
 * `aria-controls` cannot point across shadow roots; owning the trigger keeps the button, the menu and
 * their ARIA relations in one tree, so they always work.
 *
 * Keyboard: Enter, Space or ArrowDown on the trigger opens the menu on its first item, ArrowUp on its
 * last. In the menu, ArrowDown and ArrowUp move (wrapping), Home and End jump, typing letters moves to
 * the next item that starts with them, Enter or Space chooses, Escape closes and returns to the
 * trigger, and Tab closes and moves on. Clicking outside closes the menu. Only one item is in the tab
 * order at a time (roving tabindex).
 *
 * @summary A button that opens a menu of actions or options.
 * @tagname d1-menu
 * @since 0.1.0
 *
 * @slot - The `<d1-menu-item>` and `<d1-menu-group>` elements.
 * @slot label - Rich content of the trigger button (text, icons, initials), in place of `label` and
 * `icon`. Phrasing content only: it sits inside a button. Give `trigger-label` with it when the
 * content alone does not name the button well.
 * @slot header - Non-interactive content shown above the items in the popup, such as who is signed in.
 *
 * @csspart trigger - The native `<button>` that opens the menu.
 * @csspart panel - The popup.
 * @csspart menu - The element with role `menu`, around the items.
 *
 * @cssproperty --d1-menu-background - Background of the popup.
 * @cssproperty --d1-menu-shadow - Shadow of the popup.
 * @cssproperty --d1-menu-item-background-hover - Background of the focused item and the open trigger.
 *
 * @fires d1-select - An item was chosen; dispatched on the item, bubbles and is cancelable. `value` is
 * the item's value. Unless cancelled, radio and checkbox items update `checked` and the menu closes.
 * @fires {D1OpenEvent} d1-open - The menu opened.
 * @fires {D1CloseEvent} d1-close - The menu closed; `action` is the chosen item's value, or empty.
 */
export class D1Menu extends D1Element {
  static override styles = [baseStyles, popupStyles, menuStyles];

  /** Whether the menu is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** The trigger's visible text and, unless `trigger-label` is given, its accessible name. */
  @property() label = '';

  /** An icon before the trigger's label: one of `ICON_NAMES`. */
  @property() icon: IconName | '' = '';

  /** Hides `label` visually (an icon-only trigger); it stays the trigger's accessible name. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-label' }) hideLabel = false;

  /**
   * The trigger's accessible name when it should say more than the visible label, for example
   * "Kieli: suomi" for a trigger showing "suomi". Start it with, or include, the visible text.
   */
  @property({ attribute: 'trigger-label' }) triggerLabel = '';

  /**
   * Where the popup opens: `bottom-start` lines it up with the trigger's start edge, `bottom-end` with
   * its end edge (for menus at the end of a bar).
   */
  @property({ reflect: true }) placement: 'bottom-start' | 'bottom-end' = 'bottom-start';

  /** Disables the trigger. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  @query('.trigger') private readonly trigger!: HTMLButtonElement;

  #closeAction = '';
  #typed = '';
  #typedTimer = 0;

  /** The menu's items in order, including those in groups. */
  get items(): D1MenuItem[] {
    return [...this.querySelectorAll<D1MenuItem>('d1-menu-item')].filter((item) => !item.hidden);
  }

  constructor() {
    super();
    new PopupController(this, {
      close: () => {
        this.#close();
      },
      opened: this.#onSlotChange,
      closed: () => {
        if (this.items.some((item) => item.matches(':focus'))) this.trigger.focus();
        const action = this.#closeAction;
        this.#closeAction = '';
        return action;
      },
    });
  }

  /** Moves focus to the trigger. */
  override focus(options?: FocusOptions): void {
    this.trigger.focus(options);
  }

  #rove(to: D1MenuItem | undefined): void {
    for (const item of this.items) item.tabIndex = item === to ? 0 : -1;
  }

  #onSlotChange = (): void => {
    const items = this.items;
    this.#rove(items.find((item) => item.tabIndex === 0) ?? items[0]);
  };

  #focusItem(item: D1MenuItem | undefined): void {
    if (!item) return;
    this.#rove(item);
    item.focus();
  }

  async #openAt(which: 'first' | 'last'): Promise<void> {
    this.open = true;
    await this.updateComplete;
    const items = this.items;
    this.#focusItem(which === 'first' ? items[0] : items.at(-1));
  }

  #close(action = '', returnFocus = false): void {
    if (!this.open) return;
    this.#closeAction = action;
    this.open = false;
    if (returnFocus) this.trigger.focus();
  }

  #choose(item: D1MenuItem): void {
    if (item.disabled) return;
    const value = item.value || item.textContent.trim();
    const event = new D1SelectEvent(value);
    item.dispatchEvent(event);
    if (event.defaultPrevented) return;
    if (item.type === 'checkbox') {
      item.checked = !item.checked;
    } else if (item.type === 'radio') {
      const set = (i: D1MenuItem) => i.closest('d1-menu-group') ?? this;
      for (const other of this.items) {
        if (other.type === 'radio' && set(other) === set(item)) other.checked = other === item;
      }
    }
    this.#close(value, true);
  }

  #onTriggerClick = (): void => {
    if (this.open) this.#close();
    else void this.#openAt('first');
  };

  #onTriggerKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.#openAt(event.key === 'ArrowDown' ? 'first' : 'last');
    } else if (event.key === 'Escape' && this.open) {
      event.preventDefault();
      event.stopPropagation();
      this.#close();
    }
  };

  #onMenuClick = (event: MouseEvent): void => {
    const item = itemIn(event);
    if (item) this.#choose(item);
  };

  #onMenuKeydown = (event: KeyboardEvent): void => {
    const items = this.items;
    const current = itemIn(event);
    if (!current || items.length === 0) return;
    const index = items.indexOf(current);
    let next: D1MenuItem | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = items[(index + 1) % items.length];
        break;
      case 'ArrowUp':
        next = items[(index - 1 + items.length) % items.length];
        break;
      case 'Home':
        next = items[0];
        break;
      case 'End':
        next = items.at(-1);
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.#choose(current);
        return;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        this.#close('', true);
        return;
      case 'Tab':
        // Tab moves on past the menu; Shift+Tab goes back to the trigger, just before the items.
        if (event.shiftKey) event.preventDefault();
        this.#close('', event.shiftKey);
        return;
      default:
        if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
        next = this.#typeahead(event.key, items, index);
    }
    event.preventDefault();
    this.#focusItem(next);
  };

  /** The next item whose text starts with the letters typed in the last half second. */
  #typeahead(key: string, items: D1MenuItem[], index: number): D1MenuItem | undefined {
    window.clearTimeout(this.#typedTimer);
    this.#typedTimer = window.setTimeout(() => (this.#typed = ''), 500);
    this.#typed += key.toLocaleLowerCase();
    // Repeating one letter cycles through the items that start with it.
    const search = /^(.)\1*$/su.test(this.#typed) ? key.toLocaleLowerCase() : this.#typed;
    const start = search.length === 1 ? index + 1 : index;
    for (let n = 0; n < items.length; n++) {
      const item = items[(start + n) % items.length];
      if (item.textContent.trim().toLocaleLowerCase().startsWith(search)) return item;
    }
    return undefined;
  }

  override render() {
    return html`
      <button
        part="trigger"
        class="trigger"
        id="trigger"
        type="button"
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="menu"
        aria-label=${ifDefined(this.triggerLabel || undefined)}
        ?disabled=${this.disabled}
        @click=${this.#onTriggerClick}
        @keydown=${this.#onTriggerKeydown}
      >
        <slot name="label">
          ${this.icon ? html`<d1-icon name=${this.icon}></d1-icon>` : nothing}
          <span class=${this.hideLabel ? 'visually-hidden' : ''}>${this.label}</span>
        </slot>
        <d1-icon class="chevron" name="chevron-down"></d1-icon>
      </button>
      <div part="panel" class="panel" ?hidden=${!this.open}>
        <slot name="header"></slot>
        <div
          part="menu"
          id="menu"
          role="menu"
          aria-labelledby="trigger"
          @click=${this.#onMenuClick}
          @keydown=${this.#onMenuKeydown}
        >
          <slot @slotchange=${this.#onSlotChange}></slot>
        </div>
      </div>
    `;
  }
}
