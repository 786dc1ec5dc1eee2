import { css, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { pageStyles } from './page-styles.js';
import { D1ShellPage } from './shell-page.js';

/** An app the shell runs, as the diagnostics page lists it. */
export interface DiagnosticsLoadedApp {
  readonly id: string;
  /** The app's name in the current language. */
  readonly name: string;
  readonly version?: string;
  /** `module` or `iframe`; any other value is shown as it is. */
  readonly isolation: string;
}

/** A registry entry the shell skipped, with every reason `validateRegistry` gave. */
export interface DiagnosticsSkippedApp {
  /** The app's id, when the entry had a usable one. */
  readonly id?: string;
  /** The entry's position in the registry, from 0 (as in the error paths, `[2].nav`). */
  readonly index: number;
  readonly errors: readonly { readonly path: string; readonly message: string }[];
}

/**
 * The operator's view of the app registry: which apps run, and which entries were skipped because
 * their manifest failed validation, with the field and the fix for each error. A broken entry never
 * stops the others; this page is where an operator finds it without opening the console.
 *
 * @tagname d1-shell-diagnostics
 */
export class D1ShellDiagnostics extends D1ShellPage {
  static override styles = [
    pageStyles,
    css`
      :host {
        max-inline-size: 64rem;
      }
      .scroll {
        overflow-x: auto;
        border: 1px solid var(--d1-color-border-subtle);
        border-radius: var(--d1-radius-m);
        background: var(--d1-color-surface);
      }
      .scroll:focus-visible {
        outline: var(--d1-focus-ring);
        outline-offset: var(--d1-focus-ring-offset);
      }
      table {
        inline-size: 100%;
        border-collapse: collapse;
      }
      th,
      td {
        padding: var(--d1-space-2) var(--d1-space-3);
        text-align: start;
        vertical-align: top;
        border-block-end: 1px solid var(--d1-color-border-subtle);
      }
      tbody tr:last-child > * {
        border-block-end: none;
      }
      td code {
        /* The table scrolls sideways on a narrow screen; ids stay whole. */
        white-space: nowrap;
        overflow-wrap: normal;
      }
      th {
        font-weight: var(--d1-font-weight-strong);
        white-space: nowrap;
      }
      .skipped {
        list-style: none;
        padding: 0;
      }
      .skipped > li {
        padding: var(--d1-space-3) var(--d1-space-4);
        border: 1px solid var(--d1-color-border-subtle);
        border-inline-start: var(--d1-space-1) solid var(--d1-color-danger);
        border-radius: var(--d1-radius-m);
        background: var(--d1-color-surface);
      }
      .skipped > li + li {
        margin-block-start: var(--d1-space-3);
      }
      .skipped h3 {
        margin-block-start: 0;
      }
      .errors {
        margin: 0;
      }
      .errors code {
        margin-inline-end: var(--d1-space-2);
      }
    `,
  ];

  /** The apps the shell runs. */
  @property({ attribute: false }) loaded: readonly DiagnosticsLoadedApp[] = [];

  /** The registry entries the shell skipped, and why. */
  @property({ attribute: false }) skipped: readonly DiagnosticsSkippedApp[] = [];

  override render(): TemplateResult {
    return html`
      <h1 id="heading" tabindex="-1">${msg('Sovellusrekisterin tila')}</h1>
      <p>
        ${msg(
          'Portaali tarkistaa jokaisen rekisterin sovelluksen kuvauksen (manifestin) käynnistyessään. Sovellus, jonka kuvaus ei läpäise tarkistusta, ohitetaan; muut sovellukset toimivat normaalisti. Korjaa alla luetellut virheet rekisteriin, niin sovellus otetaan käyttöön seuraavalla käynnistyskerralla.',
        )}
      </p>
      <section>
        <h2 id="skipped-heading">
          ${msg('Ohitetut sovellukset')} (<span data-testid="skipped-count"
            >${this.skipped.length}</span
          >)
        </h2>
        ${this.#skipped()}
      </section>
      <section>
        <h2 id="loaded-heading">
          ${msg('Käytössä olevat sovellukset')} (<span data-testid="loaded-count"
            >${this.loaded.length}</span
          >)
        </h2>
        ${this.#loaded()}
      </section>
    `;
  }

  #skipped(): TemplateResult {
    if (this.skipped.length === 0) {
      return html`<p data-testid="no-skipped">
        ${msg('Kaikkien rekisterin sovellusten kuvaukset läpäisivät tarkistuksen.')}
      </p>`;
    }
    return html`<ul class="skipped">
      ${this.skipped.map(
        (app) =>
          html`<li data-testid="skipped-app">
            <h3>${app.id ? html`<code>${app.id}</code>` : `#${app.index}`}</h3>
            <p class="muted">${msg('Kohta rekisterissä:')} ${app.index}</p>
            <ul class="errors">
              ${app.errors.map(
                // The messages come from the SDK's validator, written in English for operators
                // and vendors: marking their language lets a screen reader pronounce them right.
                (error) =>
                  html`<li>
                    <code>${error.path}</code>
                    <span lang="en">${error.message}</span>
                  </li>`,
              )}
            </ul>
          </li>`,
      )}
    </ul>`;
  }

  #loaded(): TemplateResult {
    if (this.loaded.length === 0) {
      return html`<p data-testid="no-loaded">
        ${msg('Yhtään sovellusta ei ole käytössä. Tarkista rekisterin osoite portaalin asetuksista.')}
      </p>`;
    }
    const isolation = (value: string): string =>
      value === 'module'
        ? msg('moduuli (samalla sivulla)')
        : value === 'iframe'
          ? msg('iframe (eristetty)')
          : value;
    return html`<div class="scroll" role="region" aria-labelledby="loaded-heading" tabindex="0">
      <table aria-labelledby="loaded-heading">
        <thead>
          <tr>
            <th scope="col">${msg('Tunnus')}</th>
            <th scope="col">${msg('Nimi')}</th>
            <th scope="col">${msg('Versio')}</th>
            <th scope="col">${msg('Eristys')}</th>
          </tr>
        </thead>
        <tbody>
          ${this.loaded.map(
            (app) =>
              html`<tr>
                <td><code>${app.id}</code></td>
                <td>${app.name}</td>
                <td>${app.version ?? html`<span class="muted">${msg('ei tiedossa')}</span>`}</td>
                <td>${isolation(app.isolation)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
