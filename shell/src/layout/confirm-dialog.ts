import { LitElement, html, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import type { ConfirmOptions } from '@digione/sdk';
import type { D1Dialog } from '@digione/components/dialog';
import { D1CloseEvent } from '@digione/components/events';

interface Question {
  readonly options: ConfirmOptions;
  readonly answer: (yes: boolean) => void;
}

/**
 * The portal's confirmation dialog, drawn by the shell for itself (leaving unsaved changes) and
 * for apps (`context.confirm`). One question at a time: later ones wait their turn.
 *
 * @tagname d1-shell-confirm
 */
export class D1ShellConfirm extends LitElement {
  @state() private current: Question | undefined;
  readonly #queue: Question[] = [];

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** Asks the question; resolves true when the person confirms, false when they cancel or close. */
  ask(options: ConfirmOptions): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      this.#queue.push({ options, answer: resolve });
      this.#next();
    });
  }

  /** Whether a question is open now. */
  get asking(): boolean {
    return this.current !== undefined;
  }

  #next(): void {
    if (this.current) return;
    this.current = this.#queue.shift();
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
    return html`<d1-dialog
      .label=${options?.heading ?? ''}
      .open=${live(question !== undefined)}
      @d1-close=${this.#onClose}
    >
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
