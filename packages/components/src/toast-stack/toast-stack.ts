import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { D1Element } from '../base/element.js';
import { D1DismissEvent } from '../events/events.js';
import { baseStyles } from '../styles/shared.js';
import { D1ToastCloseEvent, type ToastCloseReason } from './toast-stack.events.js';
import { toastStackStyles } from './toast-stack.styles.js';
import { Countdown, durationOf } from './toast-timing.js';

export type ToastVariant = 'info' | 'success' | 'warning' | 'danger';
export type ToastPlacement = 'bottom-end' | 'top-end' | 'bottom-center';

/** A button in a toast, such as "Undo". Choosing it runs `onAction` and closes the toast. */
export interface ToastAction {
  label: string;
  onAction: () => void;
}

/**
 * Whose message a toast is: the page's own (`shell`, the default), or one an app asked the page to
 * show (`app`), which is shown as the app's.
 */
export type ToastSource = 'shell' | 'app';

/** What every toast shows. */
export interface ToastContent {
  /** The text of the toast, shown as plain text. */
  message: string;
  /** An optional short heading above the message. */
  heading?: string;
  /** `info` (default), `success`, `warning` or `danger`. Warnings and errors are announced at once. */
  variant?: ToastVariant;
  /**
   * Milliseconds before the toast closes by itself; `0` keeps it until closed. Defaults to 6000, or
   * to 0 when the toast has an action, so that nobody misses the chance to use it. An app's toast
   * stays 4000–10 000 ms: a value out of range is brought within it, and `0` or none (or a value
   * that is no finite number) is 6000, or 10 000 for a warning or an error.
   */
  duration?: number;
  /** An optional action button. */
  action?: ToastAction;
}

/** The page's own message. */
export interface ShellToastOptions extends ToastContent {
  source?: 'shell';
}

/**
 * An app's message, which never speaks in the page's voice: it names the app (shown and
 * announced), closes within 4–10 seconds whatever `duration` it asks for, and never pushes out the
 * page's own toasts (an app's oldest goes first, and when only the page's are left, it is not shown).
 */
export interface AppToastOptions extends ToastContent {
  source: 'app';
  /** The app's name in the person's language. */
  appName: string;
}

/** What `show()` displays. */
export type ToastOptions = ShellToastOptions | AppToastOptions;

/** Returned by `show()`: closes that toast. */
export interface ToastHandle {
  close(): void;
}

export { D1ToastCloseEvent, type ToastCloseReason } from './toast-stack.events.js';

interface Toast {
  readonly id: number;
  readonly source: ToastSource;
  /** The app's name, for an app's toast. */
  readonly appName: string;
  readonly message: string;
  readonly heading: string;
  readonly variant: ToastVariant;
  readonly action: ToastAction | undefined;
  readonly countdown: Countdown;
  spoken: boolean;
}

const ICONS: Readonly<Record<ToastVariant, string>> = {
  info: 'info',
  success: 'success',
  warning: 'warning',
  danger: 'error',
};
const VARIANTS = new Set<string>(Object.keys(ICONS));
let nextId = 0;

/** The line on an app's toast that names the app: whose message it is. */
function sourceLine(appName: string): string {
  return msg('Viesti palvelusta: {0}', {
    id: 'd1-toast-stack.source',
    desc: "First line of a toast an app asked the portal to show, naming the app. Keep {0}: it is replaced by the app's name.",
  }).replace('{0}', () => appName);
}

/**
 * The portal's area for toasts: short messages that appear for a moment in a corner, such as
 * "Message sent". Place one in the page and call `show()`.
 *
 * @summary Toasts confirm what just happened. Screen readers announce them through live regions that
 * are in the page before any toast, politely for info and success, at once for warnings and errors.
 * A toast an app asked for (`source: 'app'`) names the app, on screen and when announced, closes
 * within 4–10 seconds, and never pushes out the page's own toasts.
 * @tagname d1-toast-stack
 * @since 0.1.0
 *
 * @csspart stack - The column of toasts.
 * @csspart toast - One toast.
 * @csspart source - The line of an app's toast that names the app.
 * @csspart heading - A toast's heading.
 * @csspart message - A toast's message.
 *
 * @cssproperty --d1-toast-width - Width of a toast.
 * @cssproperty --d1-toast-background - Background of a toast.
 * @cssproperty --d1-toast-shadow - Shadow of a toast.
 *
 * @fires d1-dismiss - The user closed a toast with its close button or Escape.
 * @fires d1-toast-close - A toast closed, for any reason (`reason`: `dismiss`, `timeout`, `action`,
 * `overflow` or `api`; `message`: its text).
 */
export class D1ToastStack extends D1Element {
  static override styles = [baseStyles, toastStackStyles];

  /** The corner the toasts appear in: `bottom-end` (default), `top-end` or `bottom-center`. */
  @property({ reflect: true }) placement: ToastPlacement = 'bottom-end';

  /**
   * How many toasts are shown at once; showing one more removes the oldest app toast, or the
   * oldest toast when all are the page's own.
   */
  @property({ type: Number }) max = 3;

  /** Accessible name of each toast's close button. Defaults to "Close" in the current language. */
  @property({ attribute: 'close-label' }) closeLabel?: string;

  #toasts: Toast[] = [];
  #hovered = false;
  #focused = false;
  #returnFocus: HTMLElement | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /**
   * Shows a toast and returns a handle to close it early.
   *
   * @example stack.show({ message: 'Viesti lähetetty', variant: 'success' })
   */
  show(options: ToastOptions): ToastHandle {
    const variant = options.variant && VARIANTS.has(options.variant) ? options.variant : 'info';
    const toast: Toast = {
      id: ++nextId,
      source: options.source === 'app' ? 'app' : 'shell',
      appName: options.source === 'app' ? options.appName : '',
      message: options.message,
      heading: options.heading ?? '',
      variant,
      action: options.action,
      countdown: new Countdown(durationOf(options, variant), () => {
        this.#remove(toast, 'timeout');
      }),
      spoken: false,
    };
    this.#toasts.push(toast);
    const max = Math.max(1, Math.floor(this.max) || 1);
    while (this.#toasts.length > max) {
      // The page's own toasts never make room for an app's: the oldest app toast goes first
      // (the new one itself, when all the others are the page's).
      const oldest = this.#toasts.find((t) => t.source === 'app') ?? this.#toasts[0];
      this.#remove(oldest, 'overflow');
    }
    const handle: ToastHandle = {
      close: () => {
        this.#remove(toast, 'api');
      },
    };
    if (!this.#toasts.includes(toast)) return handle;
    this.#start(toast);
    this.requestUpdate();
    // The live regions must be in the page before the text goes in, or nothing is announced: the
    // text is added in a later update (and a moment later still when the stack itself is new).
    const rendered = this.hasUpdated;
    void this.updateComplete
      .then(() => (rendered ? undefined : new Promise((resolve) => setTimeout(resolve, 100))))
      .then(() => {
        if (!this.#toasts.includes(toast)) return;
        toast.spoken = true;
        this.requestUpdate();
      });
    return handle;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const toast of this.#toasts) this.#start(toast);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const toast of this.#toasts) this.#stop(toast);
  }

  get #paused(): boolean {
    return this.#hovered || this.#focused || !this.isConnected;
  }

  #start(toast: Toast): void {
    if (!this.#paused) toast.countdown.start();
  }

  #stop(toast: Toast): void {
    toast.countdown.stop();
  }

  #setPause(hovered: boolean, focused: boolean): void {
    this.#hovered = hovered;
    this.#focused = focused;
    for (const toast of this.#toasts) {
      if (this.#paused) this.#stop(toast);
      else this.#start(toast);
    }
  }

  #remove(toast: Toast, reason: ToastCloseReason): void {
    const index = this.#toasts.indexOf(toast);
    if (index < 0) return;
    this.#stop(toast);
    const element = this.shadowRoot?.querySelector(`[data-toast="${toast.id}"]`);
    const hadFocus = element?.matches(':focus-within') ?? false;
    this.#toasts.splice(index, 1);
    this.requestUpdate();
    if (hadFocus) {
      // Keep keyboard users in place: the next toast's close button, else where they came from.
      const next = this.#toasts.at(Math.min(index, this.#toasts.length - 1));
      void this.updateComplete.then(() => {
        const target = next
          ? this.renderRoot.querySelector<HTMLElement>(`[data-toast="${next.id}"] .close`)
          : this.#returnFocus;
        if (target?.isConnected) target.focus();
      });
    }
    if (reason === 'dismiss') this.dispatchEvent(new D1DismissEvent());
    this.dispatchEvent(new D1ToastCloseEvent(reason, toast.message));
  }

  #onFocusIn = (event: FocusEvent): void => {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && !this.renderRoot.contains(from)) this.#returnFocus = from;
    this.#setPause(this.#hovered, true);
  };

  #onFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget;
    this.#setPause(this.#hovered, to instanceof Node && this.renderRoot.contains(to));
  };

  #renderToast(toast: Toast, closeLabel: string) {
    const textId = `d1-toast-${toast.id}`;
    const { action } = toast;
    return html`
      <div
        part="toast"
        class="toast"
        data-toast=${toast.id}
        data-variant=${toast.variant}
        data-source=${toast.source}
        role="group"
        aria-labelledby=${textId}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key !== 'Escape') return;
          event.stopPropagation();
          this.#remove(toast, 'dismiss');
        }}
      >
        <d1-icon class="icon" name=${ICONS[toast.variant]}></d1-icon>
        <div class="text" id=${textId}>
          ${
            toast.source === 'app'
              ? html`<p part="source" class="source">${sourceLine(toast.appName)}</p>`
              : nothing
          }
          ${toast.heading ? html`<p part="heading" class="heading">${toast.heading}</p>` : nothing}
          <p part="message" class="message">${toast.message}</p>
        </div>
        ${
          action
            ? html`<d1-button
                class="action"
                variant="secondary"
                size="s"
                @click=${() => {
                  try {
                    action.onAction();
                  } finally {
                    this.#remove(toast, 'action');
                  }
                }}
                >${action.label}</d1-button
              >`
            : nothing
        }
        <d1-button
          class="close"
          variant="ghost"
          size="s"
          @click=${() => {
            this.#remove(toast, 'dismiss');
          }}
        >
          <d1-icon name="close"></d1-icon>
          <span class="visually-hidden">${closeLabel}</span>
        </d1-button>
      </div>
    `;
  }

  #renderRegion(role: 'status' | 'alert', toasts: readonly Toast[]) {
    const spoken = toasts.filter(
      (t) => t.spoken && (role === 'alert') === (t.variant === 'warning' || t.variant === 'danger'),
    );
    return html`<div class="visually-hidden" role=${role} aria-atomic="false">
      ${repeat(
        spoken,
        (t) => t.id,
        (t) =>
          html`<div>
            ${t.source === 'app' ? html`<p>${sourceLine(t.appName)}</p>` : nothing}
            ${t.heading ? html`<p>${t.heading}</p>` : nothing}
            <p>${t.message}</p>
          </div>`,
      )}
    </div>`;
  }

  override render() {
    const closeLabel =
      this.closeLabel ??
      msg('Sulje', {
        id: 'd1-toast-stack.close',
        desc: 'Accessible name of the button that closes a toast notification',
      });
    const shown = this.placement === 'top-end' ? [...this.#toasts].reverse() : this.#toasts;
    return html`
      ${this.#renderRegion('status', this.#toasts)} ${this.#renderRegion('alert', this.#toasts)}
      <div
        part="stack"
        class="stack"
        @pointerenter=${() => {
          this.#setPause(true, this.#focused);
        }}
        @pointerleave=${() => {
          this.#setPause(false, this.#focused);
        }}
        @focusin=${this.#onFocusIn}
        @focusout=${this.#onFocusOut}
      >
        ${repeat(
          shown,
          (t) => t.id,
          (t) => this.#renderToast(t, closeLabel),
        )}
      </div>
    `;
  }
}
