import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { D1CloseEvent, D1OpenEvent } from '../events/events.js';

/**
 * Marks a popup with the class `flip` when it would stick out of the viewport sideways (a
 * `bottom-end` menu placed at the start of a bar, say), so its styles can line it up with the
 * trigger's other edge instead.
 */
export function keepInView(panel: HTMLElement | null): void {
  if (!panel) return;
  panel.classList.remove('flip');
  const { left, right } = panel.getBoundingClientRect();
  if (left < 0 || right > document.documentElement.clientWidth) panel.classList.add('flip');
}

/** An element with a popup (`.panel` in its shadow root) that its `open` property shows. */
export type PopupHost = ReactiveControllerHost & HTMLElement & { open: boolean };

/** What a popup's element does as the popup opens and closes, beyond what every popup does. */
export interface PopupOptions {
  /** Closes the popup, after a press outside it or when focus leaves it. */
  close: () => void;
  /** After the popup opened and was kept in view, before `d1-open`. */
  opened?: () => void;
  /** After the popup closed; returns the `action` its `d1-close` carries. */
  closed?: () => string;
}

/**
 * The behaviour every DigiOne popup (`d1-menu`, `d1-app-switcher`) shares: it stays in the
 * viewport, closes when the user presses outside it or moves focus out of it, and fires `d1-open`
 * and `d1-close` as it opens and closes.
 */
export class PopupController implements ReactiveController {
  readonly #host: PopupHost;
  readonly #options: PopupOptions;
  #wasOpen = false;

  constructor(host: PopupHost, options: PopupOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    host.addEventListener('focusout', this.#onFocusOut);
  }

  hostUpdated(): void {
    const host = this.#host;
    if (host.open === this.#wasOpen) return;
    this.#wasOpen = host.open;
    if (host.open) {
      document.addEventListener('pointerdown', this.#onOutsidePointer, true);
      keepInView(host.shadowRoot?.querySelector<HTMLElement>('.panel') ?? null);
      this.#options.opened?.();
      host.dispatchEvent(new D1OpenEvent());
    } else {
      document.removeEventListener('pointerdown', this.#onOutsidePointer, true);
      host.dispatchEvent(new D1CloseEvent(this.#options.closed?.() ?? ''));
    }
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.#onOutsidePointer, true);
  }

  #onFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget;
    const host = this.#host;
    if (host.open && to instanceof Node && !host.contains(to) && !host.shadowRoot?.contains(to)) {
      this.#options.close();
    }
  };

  #onOutsidePointer = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this.#host)) this.#options.close();
  };
}
