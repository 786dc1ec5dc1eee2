import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { D1ContextChangeEvent } from '@digione/components/events';
import { pageStyles } from './page-styles.js';
import { D1ShellPage } from './shell-page.js';

/** Another acting-as choice of the person where the service is available. */
export interface NotAvailableChoice {
  readonly id: string;
  /** How the choice reads: "Aino Mäkelä, Lumikorven koulu (Vantaan kaupunki)". */
  readonly label: string;
}

/**
 * What a deep link to a service shows when the person's role allows it but the education provider
 * of where they act now (a school, a child's school) has not taken it into use there. Unlike "no
 * access" it is not about the person: it names where they act, and offers to switch to each of
 * their other choices where the service is in use. The shell never loads such a service's code.
 *
 * @tagname d1-shell-not-available
 * @fires d1-context-change - The person chose to act where the service is in use.
 */
export class D1ShellNotAvailable extends D1ShellPage {
  static override styles = [
    pageStyles,
    css`
      .choices {
        list-style: none;
        padding: 0;
      }
    `,
  ];

  /** The service's name in the current language; shown as text. */
  @property() service?: string;

  /** Where the person acts now, as text. */
  @property() where?: string;

  /** The person's other choices where the service is in use. */
  @property({ attribute: false }) choices: readonly NotAvailableChoice[] = [];

  override render(): TemplateResult {
    return html`
      <h1 id="heading" tabindex="-1">${msg('Palvelu ei ole käytössä täällä')}</h1>
      ${
        this.service
          ? html`<p>${msg('Palvelu:')} <strong data-testid="service">${this.service}</strong></p>`
          : nothing
      }
      <p data-testid="where">
        ${
          this.where
            ? msg(str`Tämä palvelu ei ole käytössä siellä, missä nyt toimit: ${this.where}.`)
            : msg('Tämä palvelu ei ole käytössä siellä, missä nyt toimit.')
        }
      </p>
      <p>
        ${msg(
          'Koulutuksen järjestäjä (esimerkiksi kunta) päättää, mitkä palvelut sen kouluissa ovat käytössä.',
        )}
      </p>
      ${this.#choices()}
      <div class="actions">
        <a href="/">${msg('Siirry etusivulle')}</a>
      </div>
    `;
  }

  #choices(): TemplateResult | typeof nothing {
    if (this.choices.length === 0) return nothing;
    return html`<h2 id="switch-heading">${msg('Palvelu on käytössä näissä')}</h2>
      <ul class="choices" aria-labelledby="switch-heading" data-testid="switch">
        ${this.choices.map(
          (choice) =>
            html`<li>
              <d1-button
                variant="secondary"
                @click=${() => {
                  this.dispatchEvent(new D1ContextChangeEvent(choice.id));
                }}
                >${msg(str`Toimi: ${choice.label}`)}</d1-button
              >
            </li>`,
        )}
      </ul>`;
  }
}
