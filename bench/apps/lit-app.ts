/**
 * What the benchmark's Lit apps share: an element that follows the shell's language through the
 * SDK's `ContextController`, renders its content for that language and marks every render.
 */
import { LitElement, css, type TemplateResult } from 'lit';
import { ContextController, type Locale, type ShellContext } from '@digione/sdk';
import { markRender } from './render-mark.js';

export abstract class BenchLitApp extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  context?: ShellContext;
  readonly #ctx = new ContextController(this, { select: (c) => c.locale.value });

  /** The app's content in `locale`. */
  protected abstract renderIn(locale: Locale): TemplateResult;

  override render(): TemplateResult {
    return this.renderIn(this.#ctx.value ?? 'fi');
  }

  override updated(): void {
    const context = this.#ctx.context;
    if (context) markRender(this, context.appId, this.#ctx.value ?? 'fi');
  }
}
