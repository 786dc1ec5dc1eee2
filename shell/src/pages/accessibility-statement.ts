import { css, html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { pageStyles } from './page-styles.js';
import { D1ShellPage } from './shell-page.js';

/**
 * DigiOne Portal's accessibility statement (saavutettavuusseloste), as the Act on the Provision of
 * Digital Services (306/2019) requires of a public digital service: what it covers, how far it meets
 * WCAG 2.1 AA and where it falls short, how that was assessed and when, how to give feedback, and
 * where to turn when feedback gets no answer (Traficom's accessibility supervision).
 *
 * The statement is about the portal itself. Every service in it is assessed separately and
 * publishes its own statement, so a vendor's shortcomings are never hidden behind the portal's.
 *
 * @tagname d1-shell-accessibility-statement
 */
export class D1ShellAccessibilityStatement extends D1ShellPage {
  static override styles = [
    pageStyles,
    css`
      .contact {
        list-style: none;
        padding: 0;
      }
      .contact li + li {
        margin-block-start: var(--d1-space-1);
      }
    `,
  ];

  override render(): TemplateResult {
    return html`
      <h1 id="heading" tabindex="-1">${msg('Saavutettavuusseloste')}</h1>
      <p>
        ${msg(
          'Tämä saavutettavuusseloste koskee DigiOne-portaalia: kirjautumista, portaalin ylä- ja alaosaa, navigaatiota, etusivua, käyttäjävalikkoa, kielen valintaa sekä portaalin omia sivuja, kuten tätä selostetta ja palautesivua.',
        )}
      </p>
      <p>
        ${msg(
          'Digitaalisten palvelujen tarjoamisesta annettu laki (306/2019) edellyttää, että julkiset verkkopalvelut ovat saavutettavia eli kaikkien käytettävissä ja että niistä julkaistaan saavutettavuusseloste.',
        )}
      </p>

      <h2>${msg('Saavutettavuuden tila')}</h2>
      <p data-testid="conformance">
        ${msg(
          'DigiOne-portaali täyttää osittain WCAG 2.1 -ohjeiston AA-tason saavutettavuusvaatimukset (standardi EN 301 549). Tunnetut puutteet on lueteltu alla.',
        )}
      </p>

      <h2>${msg('Sisältö, joka ei ole saavutettavaa')}</h2>
      <ul>
        <li>
          ${msg(
            'Portaalissa toimivat palvelut, kuten lukujärjestys, viestit, arviointi ja oppimateriaalit, tulevat eri palveluntarjoajilta. Niiden saavutettavuus arvioidaan erikseen, eikä tämä seloste koske niitä: jokainen palvelu julkaisee oman saavutettavuusselosteensa. Ennen käyttöönottoa portaali tarkistaa palveluista automaattisesti vain osan vaatimuksista.',
          )}
        </li>
        <li>
          ${msg(
            'Palveluntarjoajat antavat palvelujensa nimet ja kuvaukset suomeksi ja ruotsiksi, englanniksi vain halutessaan. Englanninkielisessä näkymässä osa palvelujen nimistä voi siksi näkyä suomeksi, eikä niiden kieltä ole aina merkitty, jolloin ruudunlukija voi lukea ne väärin (WCAG 3.1.2 Osien kieli).',
          )}
        </li>
        <li>
          ${msg(
            'Istunnon päättymisestä varoitetaan etukäteen, mutta istuntoa ei voi jatkaa keskeytyksettä: uudelleen kirjautuminen lataa sivun, ja palvelussa tallentamatta olevat tiedot voivat kadota (WCAG 2.2.1 Säädettävä ajoitus).',
          )}
        </li>
      </ul>

      <h2>${msg('Sisältö, jota saavutettavuusvaatimukset eivät koske')}</h2>
      <p>
        ${msg(
          'Käyttäjien itse palveluihin lisäämät tiedostot, kuten viestien liitteet, eivät kuulu saavutettavuusvaatimusten piiriin, koska portaalin ylläpitäjä ei tuota niitä eikä voi vaikuttaa niihin.',
        )}
      </p>

      <h2>${msg('Miten saavutettavuutta on arvioitu')}</h2>
      <p>
        ${msg(
          'Saavutettavuus on arvioitu itsearviona. Siihen kuului portaalin käyttö pelkällä näppäimistöllä, ruudunlukijalla ja suurennettuna. Lisäksi portaalin näkymät testataan automaattisesti axe-työkalulla suomeksi, ruotsiksi ja englanniksi aina, kun portaalin koodia muutetaan (jatkuva integraatio). Automaattiset testit löytävät vain osan ongelmista.',
        )}
      </p>
      <p data-testid="date">
        ${msg(
          'Saavutettavuus on arvioitu ja seloste laadittu marraskuussa 2026. Selostetta päivitetään, kun portaaliin tehdään saavutettavuuteen vaikuttavia muutoksia, ja vähintään kerran vuodessa.',
        )}
      </p>

      <h2>${msg('Palaute ja yhteystiedot')}</h2>
      <p>
        ${msg(
          'Huomasitko portaalissa saavutettavuuspuutteen, tai etkö saanut jotakin sisältöä saavutettavassa muodossa? Kerro siitä meille palautelomakkeella. Vastaamme 14 päivän kuluessa.',
        )}
      </p>
      <p><a href="/palaute">${msg('Anna palautetta saavutettavuudesta')}</a></p>

      <h2>${msg('Valvontaviranomainen')}</h2>
      <p>
        ${msg(
          'Jos huomaat portaalissa saavutettavuusongelmia, anna ensin palautetta meille. Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta lainkaan kahden viikon kuluessa, voit tehdä ilmoituksen Liikenne- ja viestintävirasto Traficomiin. Traficomin sivuilla kerrotaan, miten ilmoituksen voi tehdä ja miten asia käsitellään.',
        )}
      </p>
      <h3>${msg('Valvontaviranomaisen yhteystiedot')}</h3>
      <ul class="contact" data-testid="supervision">
        <li>${msg('Liikenne- ja viestintävirasto Traficom')}</li>
        <li>${msg('Saavutettavuusvalvonta')}</li>
        <li>
          <a href="https://www.saavutettavuusvaatimukset.fi/">www.saavutettavuusvaatimukset.fi</a>
        </li>
        <li><a href="mailto:saavutettavuus@traficom.fi">saavutettavuus@traficom.fi</a></li>
        <li>${msg('puhelin (vaihde)')} <a href="tel:+358295345000">029 534 5000</a></li>
      </ul>
    `;
  }
}
