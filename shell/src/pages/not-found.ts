import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { pageStyles } from './page-styles.js';

/**
 * The page for an address the portal does not know (404): says so, shows the address that was
 * asked for, and leads home.
 *
 * @tagname d1-shell-not-found
 */
export class D1ShellNotFound extends LitElement {
  static override styles = pageStyles;

  /** The address that was asked for, shown as text (never as markup). */
  @property() path = '';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render(): TemplateResult {
    return html`
      <h1 id="heading" tabindex="-1">${msg('Sivua ei löytynyt')}</h1>
      <p>
        ${msg(
          'Portaalissa ei ole tällaista sivua. Sivu on voinut siirtyä tai poistua, tai osoitteessa on kirjoitusvirhe.',
        )}
      </p>
      ${
        this.path
          ? html`<p>${msg('Hakemasi osoite:')} <code data-testid="path">${this.path}</code></p>`
          : nothing
      }
      <div class="actions">
        <a href="/">${msg('Siirry etusivulle')}</a>
        <a href="/palaute">${msg('Ilmoita rikkinäisestä linkistä')}</a>
      </div>
    `;
  }

  /** Moves focus to the heading, so a screen reader announces the page after a route change. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
  }
}
