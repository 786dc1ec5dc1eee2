// Which portals an iframe app accepts, checked against the sandbox's own origin: the page names the
// setting the sandbox wrote into the app's pages and says whether the app would connect to the
// sandbox as it is opened now (127.0.0.1 or localhost, say), or refuse it and why.
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { acceptsPortalOrigin } from '@digione/sdk/host';

/** The verdict on `portalOrigin` for an app that accepts `shellOrigins`, as the page shows it. */
export interface PortalCheckView {
  /** The app's accepted portals, as written into its pages (`--shell-origins`). */
  readonly shellOrigins: string;
  /** The sandbox page's own origin: the portal that frames the app. */
  readonly portalOrigin: string;
}

/** The coded problem of an app that would refuse the sandbox, or undefined when it accepts it. */
export function portalRefusal(view: PortalCheckView): string | undefined {
  const check = acceptsPortalOrigin(view.shellOrigins, view.portalOrigin);
  if (check.accepted) return undefined;
  return (
    `[D1-SDK-177] The app would refuse this sandbox at ${view.portalOrigin}: ${check.reason} ` +
    `Open the sandbox at an origin the app accepts, or give the portals it accepts with ` +
    `--shell-origins "<origin or pattern> …" (exact origins, or patterns such as ` +
    `"https://*.example.fi" where "*" is one label).`
  );
}

/** The accepted portals, and whether this sandbox, as it is opened now, is one of them. */
export function renderPortals(view: PortalCheckView | undefined) {
  if (!view) return nothing;
  const accepted = portalRefusal(view) === undefined;
  return html`<dl class="portals">
    <dt>${msg('Hyväksytyt portaalit', { id: 'd1-sandbox.iframe.shell-origins' })}</dt>
    <dd><code>${view.shellOrigins}</code></dd>
    <dt>${msg('Tämä hiekkalaatikko', { id: 'd1-sandbox.iframe.this-portal' })}</dt>
    <dd>
      <code>${view.portalOrigin}</code>
      ${
        accepted
          ? msg('hyväksytään', { id: 'd1-sandbox.iframe.portal-accepted' })
          : msg('ei hyväksytä', { id: 'd1-sandbox.iframe.portal-refused' })
      }
    </dd>
  </dl>`;
}

/** A warning when the app would refuse the sandbox as it is opened now; nothing otherwise. */
export function renderPortalAlert(view: PortalCheckView | undefined) {
  const refusal = view && portalRefusal(view);
  if (refusal === undefined) return nothing;
  return html`<d1-alert
    variant="danger"
    heading=${msg('Sovellus ei hyväksy tätä hiekkalaatikkoa portaalikseen', {
      id: 'd1-sandbox.iframe.portal-refused-heading',
    })}
    ><p class="portal-refusal">${refusal}</p></d1-alert
  >`;
}
