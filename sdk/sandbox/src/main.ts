// The sandbox page: loads the vendor's app (virtual:digione-app) or, for an iframe app, where the
// CLI serves it (virtual:digione-sandbox), the manifest, and where to sign in (--idp), and hands
// them to <d1-sandbox>.
// The CLI (cli.mjs) points the virtual modules at the app's folder.
import '@digione/components/tokens.css';
import '@digione/components/define';
import type { TestLifecycles } from '@digione/sdk/testing';
import * as entry from 'virtual:digione-app';
import manifest from 'virtual:digione-manifest';
import config from 'virtual:digione-sandbox';
import './sandbox.js';

const sandbox = document.querySelector('d1-sandbox');
if (sandbox) {
  sandbox.lifecycleErrors.push(...config.problems);
  sandbox.manifest = manifest;
  sandbox.idp = config.idp;
  if (config.iframe) {
    sandbox.iframeApp = config.iframe;
  } else {
    // As the portal takes them: the default export, else `lifecycles`, else the module's own
    // named bootstrap/mount/unmount (an app made with single-spa's helpers).
    const module = entry as Partial<TestLifecycles> & {
      default?: unknown;
      lifecycles?: unknown;
    };
    const isLifecycles = (value: unknown): value is TestLifecycles =>
      typeof value === 'object' && value !== null && 'mount' in value && 'unmount' in value;
    const app = [module.default, module.lifecycles, module].find(isLifecycles);
    if (app) sandbox.app = app;
    else {
      sandbox.lifecycleErrors.push(
        '[D1-SDK-170] The app entry exports no lifecycles: export default defineMicroApp(...), export const lifecycles = ..., or export bootstrap, mount and unmount as single-spa does.',
      );
      sandbox.requestUpdate();
    }
  }
}
