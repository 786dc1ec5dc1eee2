import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { D1ShellPage } from './shell-page.js';

/**
 * What a deep link to a service the person may not use shows: the service is not available for
 * their role or the context they now act in (school, child, role). The shell never loads such a
 * service's code; this page only explains, and leads on.
 *
 * @tagname d1-shell-no-access
 */
export class D1ShellNoAccess extends D1ShellPage {
  /** The service's name in the current language, when the shell knows it; shown as text. */
  @property() service?: string;

  /** The person has other acting-as choices (school, child, role) that may open the service. */
  @property({ type: Boolean, attribute: 'can-switch' }) canSwitch = false;

  override render(): TemplateResult {
    return html`
      <h1 id="heading" tabindex="-1">${msg('Ei käyttöoikeutta')}</h1>
      ${
        this.service
          ? html`<p>${msg('Palvelu:')} <strong data-testid="service">${this.service}</strong></p>`
          : nothing
      }
      <p>
        ${msg(
          'Tämä palvelu ei ole käytettävissä roolissasi tai siinä koulussa, lapsen asioissa tai roolissa, jossa nyt toimit.',
        )}
      </p>
      ${
        this.canSwitch
          ? html`<p data-testid="switch-hint">
              ${msg(
                'Palvelu voi olla käytettävissä toisessa koulussa, toisen lapsen asioissa tai toisessa roolissa. Voit vaihtaa, missä roolissa toimit, käyttäjävalikosta.',
              )}
            </p>`
          : nothing
      }
      <p>
        ${msg(
          'Jos sinulla pitäisi mielestäsi olla pääsy palveluun, ota yhteyttä koulusi tai kuntasi DigiOne-pääkäyttäjään.',
        )}
      </p>
      <div class="actions">
        <a href="/">${msg('Siirry etusivulle')}</a>
      </div>
    `;
  }
}
