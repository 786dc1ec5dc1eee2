import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { ConfirmOptions } from '@digione/sdk';
import type { D1Dialog } from '@digione/components/dialog';
import { D1CloseEvent } from '@digione/components/events';

/** Who asks, when it is an app rather than the shell itself. */
export interface Asker {
  /** The app's name in the person's language, shown with its question. */
  readonly app: string;
  /** Aborts when the app goes: its question is closed (or never shown) and answered false. */
  readonly signal?: AbortSignal | undefined;
}

interface Question {
  readonly options: ConfirmOptions;
  readonly app: string | undefined;
  readonly answer: (yes: boolean) => void;
}

/**
 * The portal's confirmation dialog, drawn by the shell for itself (leaving unsaved changes) and
 * for apps (`context.confirm`). One question at a time: later ones wait their turn. An app's
 * question names the app ("Kysymys palvelusta: …"), so an app never speaks in the portal's voice,
 * and it is withdrawn (answered false) when the app goes.
 *
 * @tagname d1-shell-confirm
 */
export class D1ShellConfirm extends LitElement {
  static override styles = css`
    .source {
      margin-block-start: 0;
      color: var(--d1-color-text-muted);
      font-size: var(--d1-font-size-s);
    }
  `;

  @state() private current: Question | undefined;
  readonly #queue: Question[] = [];
  /** A withdrawn question's dialog is closing: the next waits until it has. */
  #closing = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /**
   * Asks the question; resolves true when the person confirms, false when they cancel or close,
   * or when `asker.signal` aborts (the app that asks went).
   */
  ask(options: ConfirmOptions, asker?: Asker): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      const signal = asker?.signal;
      if (signal?.aborted) {
        resolve(false);
        return;
      }
      const question: Question = {
        options,
        app: asker?.app,
        answer: (yes) => {
          signal?.removeEventListener('abort', withdraw);
          resolve(yes);
        },
      };
      const withdraw = (): void => {
        this.#withdraw(question);
      };
      signal?.addEventListener('abort', withdraw, { once: true });
      this.#queue.push(question);
      this.#next();
    });
  }

  /** Whether a question is open now. */
  get asking(): boolean {
    return this.current !== undefined;
  }

  #next(): void {
    if (this.current || this.#closing) return;
    this.current = this.#queue.shift();
  }

  /** Takes back a question whose app went: out of the queue, or the dialog closes. */
  #withdraw(question: Question): void {
    const waiting = this.#queue.indexOf(question);
    if (waiting >= 0) this.#queue.splice(waiting, 1);
    question.answer(false);
    if (this.current !== question) return;
    this.current = undefined;
    // The dialog closes before the next question opens, so that it is announced as a new one.
    this.#closing = true;
    void this.updateComplete
      .then(() => this.dialog?.updateComplete)
      .then(() => {
        this.#closing = false;
        this.#next();
      });
  }

  // The dialog closes itself (Escape, its buttons): `live` opens it again for the next question.
  readonly #onClose = (event: Event): void => {
    const question = this.current;
    if (!question || !(event instanceof D1CloseEvent) || event.target !== this.dialog) return;
    const action = event.action;
    this.current = undefined;
    question.answer(action === 'confirm');
    this.#next();
  };

  override render(): TemplateResult {
    const question = this.current;
    const options = question?.options;
    const app = question?.app;
    return html`<d1-dialog
      .label=${options?.heading ?? ''}
      .open=${live(question !== undefined)}
      @d1-close=${this.#onClose}
    >
      ${
        app === undefined
          ? nothing
          : html`<p class="source" data-d1-source>${msg(str`Kysymys palvelusta: ${app}`)}</p>`
      }
      <p>${options?.message ?? ''}</p>
      <d1-button slot="footer" variant="secondary" data-d1-close="cancel"
        >${options?.cancelLabel ?? msg('Peruuta')}</d1-button
      >
      <d1-button
        slot="footer"
        variant=${options?.danger ? 'danger' : 'primary'}
        data-d1-close="confirm"
        >${options?.confirmLabel ?? msg('Jatka')}</d1-button
      >
    </d1-dialog>`;
  }

  /** The dialog element (for tests and focus handling). */
  get dialog(): D1Dialog | null {
    return this.renderRoot.querySelector('d1-dialog');
  }
}
