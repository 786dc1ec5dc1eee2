/** The top of the sandbox page: its title, the app's name and id, and what is wrong with its manifest. */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { AppManifest, Locale } from '@digione/sdk';
import type { ManifestError } from '@digione/sdk/manifest';
import { renderPortalAlert, renderPortals, type PortalCheckView } from './portal-check.js';

export interface HeaderView {
  /** The manifest as given (undefined or null when there is none). */
  readonly manifest: unknown;
  /** The manifest when it is valid. */
  readonly valid: AppManifest | undefined;
  readonly errors: readonly ManifestError[];
  /** The app's id (a stand-in when the manifest has none). */
  readonly id: string;
  readonly locale: Locale;
  /**
   * For an iframe app: the origin it is framed on, the manifest's when that is stood in for, and
   * the portals the app accepts.
   */
  readonly place:
    | { readonly origin: string; readonly standsInFor?: string; readonly shellOrigins?: string }
    | undefined;
}

/** The accepted portals of an iframe app, checked against this page's origin. */
function portalCheck(place: HeaderView['place']): PortalCheckView | undefined {
  return place?.shellOrigins === undefined
    ? undefined
    : { shellOrigins: place.shellOrigins, portalOrigin: location.origin };
}

function renderManifestAlert(view: HeaderView) {
  if (view.manifest === undefined || view.manifest === null) {
    return html`<d1-alert
      variant="warning"
      heading=${msg('Manifestia ei löytynyt', { id: 'd1-sandbox.manifest.missing' })}
      >${msg('Sovellus käynnistetään oletusasetuksin: ei käyttäjän kenttiä eikä roolia.', {
        id: 'd1-sandbox.manifest.missing-detail',
      })}</d1-alert
    >`;
  }
  if (view.errors.length === 0) return nothing;
  return html`<d1-alert
    variant="danger"
    heading=${msg('Manifestissa on virheitä', { id: 'd1-sandbox.manifest.errors' })}
  >
    <ul class="manifest-errors">
      ${view.errors.map((e) => html`<li><code>${e.path || '/'}</code>: ${e.message}</li>`)}
    </ul>
  </d1-alert>`;
}

function renderOrigins(place: HeaderView['place']) {
  if (!place) return nothing;
  return html`<dl class="origins">
    <dt>${msg('Kehyksen alkuperä', { id: 'd1-sandbox.iframe.origin' })}</dt>
    <dd><code>${place.origin}</code></dd>
    ${
      place.standsInFor
        ? html`<dt>${msg('Manifestin alkuperä', { id: 'd1-sandbox.iframe.manifest-origin' })}</dt>
            <dd><code>${place.standsInFor}</code></dd>`
        : nothing
    }
  </dl>`;
}

/** The app's name in `locale`, from its valid manifest. */
export function appName(valid: AppManifest | undefined, locale: Locale): string | undefined {
  return valid ? (valid.name[locale] ?? valid.name.fi) : undefined;
}

export function renderHeader(view: HeaderView) {
  const name = appName(view.valid, view.locale);
  return html`<header>
      <h1>${msg('DigiOne-hiekkalaatikko', { id: 'd1-sandbox.title' })}</h1>
      <p class="muted">${name ?? ''} <code>${view.id}</code></p>
      ${renderOrigins(view.place)} ${renderPortals(portalCheck(view.place))}
    </header>
    ${renderManifestAlert(view)} ${renderPortalAlert(portalCheck(view.place))}`;
}
