import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { D1ShellPage } from './shell-page.js';

/**
 * The page for an address the portal does not know (404): says so, shows the address that was
 * asked for, and leads home.
 *
 * @tagname d1-shell-not-found
 */
export class D1ShellNotFound extends D1ShellPage {
  /** The address that was asked for, shown as text (never as markup). */
  @property() path = '';

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
}
