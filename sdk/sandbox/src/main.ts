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
    const module = entry as { default?: TestLifecycles; lifecycles?: TestLifecycles };
    const app = module.default ?? module.lifecycles;
    if (app && typeof app === 'object' && 'mount' in app) sandbox.app = app;
    else {
      sandbox.lifecycleErrors.push(
        '[D1-SDK-170] The app entry exports no lifecycles: export default defineMicroApp(...) (or export const lifecycles = ...).',
      );
      sandbox.requestUpdate();
    }
  }
}
