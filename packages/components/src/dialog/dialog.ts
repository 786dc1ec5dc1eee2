import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { D1Element } from '../base/element.js';
import { D1CloseEvent, D1OpenEvent } from '../events/events.js';
import { baseStyles } from '../styles/shared.js';
import { dialogStyles } from './dialog.styles.js';

const FOCUSABLE =
  'a[href], area[href], button, input:not([type="hidden"]), select, textarea, iframe, summary, ' +
  '[tabindex]:not([tabindex="-1"]), [contenteditable]:not([contenteditable="false"])';

/** Elements of `roots` and their light-DOM descendants, in tree order, that may take focus. */
function* focusables(roots: readonly Element[]): Generator<HTMLElement> {
  for (const root of roots) {
    for (const el of [root, ...root.querySelectorAll('*')]) {
      if (!(el instanceof HTMLElement) || el.getAttribute('tabindex') === '-1') continue;
      if (el.matches(FOCUSABLE) || el.shadowRoot?.delegatesFocus) yield el;
    }
  }
}

/** Page scroll is locked while any modal dialog is open; nested dialogs share one lock. */
let locks = 0;
let saved = { overflow: '', gutter: '' };
function lockScroll(): void {
  if (locks++ > 0) return;
  const root = document.documentElement;
  saved = { overflow: root.style.overflow, gutter: root.style.scrollbarGutter };
  if (window.innerWidth > root.clientWidth) root.style.scrollbarGutter = 'stable';
  root.style.overflow = 'hidden';
}
function unlockScroll(): void {
  if (--locks > 0) return;
  const root = document.documentElement;
  root.style.overflow = saved.overflow;
  root.style.scrollbarGutter = saved.gutter;
}

/**
 * A modal dialog on the native `<dialog>`: the rest of the page is inert while it is open, focus
 * moves into it, stays in it, and returns to where it was when it closes.
 *
 * @summary Dialogs ask for a decision or a short task without leaving the page. Escape and the close
 * button close it; a click on the backdrop does only with `light-dismiss`.
 * @tagname d1-dialog
 * @since 0.1.0
 *
 * @slot - The content.
 * @slot footer - Actions, such as "Cancel" and "Send". An element with `data-d1-close` closes the
 * dialog when clicked, with the attribute's value (or its `value`) as the action.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart header - The row of the heading and the close button.
 * @csspart label - The heading.
 * @csspart close - The close button.
 * @csspart body - The content's wrapper; it scrolls when the content is long.
 * @csspart footer - The footer's wrapper.
 *
 * @cssproperty --d1-dialog-width - Width of the dialog.
 * @cssproperty --d1-dialog-background - Background of the dialog.
 * @cssproperty --d1-dialog-radius - Corner radius.
 * @cssproperty --d1-dialog-backdrop - Colour over the page behind the dialog.
 *
 * @fires d1-open - The dialog opened.
 * @fires d1-close - The dialog closed; `action` is the value given to `close()` or the
 * `data-d1-close` of the element that closed it, and empty when it was dismissed (Escape, the close
 * button, the backdrop).
 */
export class D1Dialog extends D1Element {
  static override styles = [baseStyles, dialogStyles];

  /** Whether the dialog is open. Setting it opens or closes the dialog. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** The dialog's heading, which is also its accessible name. Required. */
  @property() label = '';

  /** Accessible name of the close button. Defaults to "Close" in the current language. */
  @property({ attribute: 'close-label' }) closeLabel?: string;

  /** Closes the dialog when the backdrop outside it is clicked. */
  @property({ type: Boolean, reflect: true, attribute: 'light-dismiss' }) lightDismiss = false;

  @state() private hasFooter = false;

  #action = '';
  #shown = false;
  #pressedBackdrop = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.addEventListener('click', this.#onHostClick);
    this.addEventListener('pointerdown', this.#onHostPointerDown);
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** Opens the dialog. */
  show(): void {
    this.open = true;
  }

  /** Closes the dialog; `d1-close` carries `action`. */
  close(action = ''): void {
    if (!this.open) return;
    this.#action = action;
    this.open = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#shown) {
      this.#action = '';
      this.open = false;
      this.#hide();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open) this.#show();
    else this.#hide();
  }

  #show(): void {
    const dialog = this.#dialog;
    if (!dialog || dialog.open || !this.isConnected) return;
    if (!this.label) {
      console.warn('[D1-DIALOG-001] <d1-dialog> has no label: give it one, it names the dialog.');
    }
    dialog.showModal();
    this.#shown = true;
    lockScroll();
    void this.#focusInitial();
    this.dispatchEvent(new D1OpenEvent());
  }

  // Closing does not wait for the native `close` event: it is queued, and in tests it never arrived
  // in a background tab. `d1-close` is fired here, at once.
  #hide(): void {
    const action = this.#action;
    this.#action = '';
    const dialog = this.#dialog;
    if (dialog?.open) dialog.close(action);
    if (!this.#shown) return;
    this.#shown = false;
    unlockScroll();
    this.dispatchEvent(new D1CloseEvent(action));
  }

  /** The slotted element with `autofocus`, else the first focusable content, else the close button. */
  async #focusInitial(): Promise<void> {
    const close = this.renderRoot.querySelector<
      HTMLElement & { updateComplete?: Promise<unknown> }
    >('.close');
    await close?.updateComplete;
    if (!this.#shown) return;
    const slotted = (name: string) =>
      this.renderRoot
        .querySelector<HTMLSlotElement>(name ? `slot[name="${name}"]` : 'slot:not([name])')
        ?.assignedElements({ flatten: true }) ?? [];
    const content = slotted('');
    const all = [...content, ...slotted('footer')];
    const autofocus = all
      .map((el) => (el.matches('[autofocus]') ? el : el.querySelector('[autofocus]')))
      .find((el): el is HTMLElement => el instanceof HTMLElement);
    for (const el of [...(autofocus ? [autofocus] : []), ...focusables(content)]) {
      el.focus();
      if (el.matches(':focus, :focus-within')) return;
    }
    close?.focus();
  }

  /** Escape (or another close request of the platform) dismisses the dialog. */
  #onCancel = (event: Event): void => {
    event.preventDefault();
    this.close();
  };

  /** The native dialog closed without `close()` (the browser closed it): keep `open` in step. */
  #onNativeClose = (): void => {
    if (!this.#dialog?.open) this.open = false;
  };

  #onHostClick = (event: MouseEvent): void => {
    if (this.lightDismiss && this.#pressedBackdrop && this.#isBackdrop(event)) {
      this.#pressedBackdrop = false;
      this.close();
      return;
    }
    this.#pressedBackdrop = false;
    let closer: Element | undefined;
    for (const node of event.composedPath()) {
      if (node === this) break;
      if (node instanceof D1Dialog) return;
      if (!closer && node instanceof Element && node.hasAttribute('data-d1-close')) closer = node;
    }
    if (!closer) return;
    const action = closer.getAttribute('data-d1-close');
    this.close(action === null || action === '' ? (closer.getAttribute('value') ?? '') : action);
  };

  #onHostPointerDown = (event: PointerEvent): void => {
    this.#pressedBackdrop = this.#isBackdrop(event);
  };

  /** Whether `event` hit the backdrop: the `<dialog>` itself, outside its box. */
  #isBackdrop(event: MouseEvent): boolean {
    const dialog = this.#dialog;
    if (!dialog || event.composedPath()[0] !== dialog) return false;
    const r = dialog.getBoundingClientRect();
    const { clientX: x, clientY: y } = event;
    return x < r.left || x > r.right || y < r.top || y > r.bottom;
  }

  override render() {
    const closeLabel =
      this.closeLabel ??
      msg('Sulje', {
        id: 'd1-dialog.close',
        desc: 'Accessible name of the button that closes a dialog',
      });
    return html`
      <dialog
        part="dialog"
        aria-labelledby=${this.label ? 'label' : nothing}
        @cancel=${this.#onCancel}
        @close=${this.#onNativeClose}
      >
        <div class="panel">
          <header part="header" class="header">
            <h2 part="label" id="label" class="label">${this.label}</h2>
            <d1-button
              part="close"
              class="close"
              variant="ghost"
              @click=${() => {
                this.close();
              }}
            >
              <d1-icon name="close"></d1-icon>
              <span class="visually-hidden">${closeLabel}</span>
            </d1-button>
          </header>
          <div part="body" class="body"><slot></slot></div>
          <footer part="footer" class="footer" ?hidden=${!this.hasFooter}>
            <slot
              name="footer"
              @slotchange=${(event: Event) => {
                this.hasFooter =
                  (event.target as HTMLSlotElement).assignedNodes({ flatten: true }).length > 0;
              }}
            ></slot>
          </footer>
        </div>
      </dialog>
    `;
  }
}
