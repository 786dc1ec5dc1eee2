import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { ShellRegistryRetryEvent } from '../portal/shell-events.js';

/**
 * The error panel shown where the list of apps could not be fetched (the home page, or a page that
 * needs the list): what happened, and a retry that asks the portal to fetch it again
 * (`d1-shell-registry-retry`, dispatched from `host`). It loads no component module itself, so
 * the frame painted first can carry it.
 */
export function registryErrorPanel(
  host: EventTarget,
  options: { readonly headingLevel: 2 | 3; readonly heading: string; readonly message: string },
): TemplateResult {
  return html`<d1-error-panel
    heading-level=${options.headingLevel}
    .heading=${options.heading}
    .message=${options.message}
    .retryLabel=${msg('Yritä uudelleen')}
    @d1-retry=${() => {
      host.dispatchEvent(new ShellRegistryRetryEvent());
    }}
  ></d1-error-panel>`;
}
