// The portal page's entry: design tokens and the frame first, so the page paints at once in the
// person's language; then the rest of the shell (components, SDK, sign-in, single-spa) boots. The
// rest and the runtime configuration are asked for at once, while the frame paints, and the app
// registry as soon as the configuration names it.
import '@digione/components/tokens.css';
import './shell.css';
import { paintFrame } from './portal/frame.js';
import { requestRegistryEarly } from './portal/early-registry.js';
import { BOOT_PRELOAD_META, preloadListed } from './portal/preload.js';
import { warmUpCollation } from './portal/warm-up.js';

const config = fetch('/config.json', { cache: 'no-store', credentials: 'same-origin' });
// Handled where it is used (bootPortal explains a failure); never an unhandled rejection here.
config.catch(() => undefined);
// The app registry as soon as the configuration names it, beside the boot module.
const registryFetch = requestRegistryEarly(window, config);
const boot = import('./portal/boot.js');

/** The running portal (undefined when its configuration could not be used). */
export const portal = paintFrame(document).then(async (frame) => {
  // Once the frame is on screen, the boot module's shared imports (components, SDK host, RxJS)
  // are asked for all at once, to come beside the boot module rather than one level at a time as
  // it arrives; not sooner, so the first paint shares neither network nor processor with them.
  requestAnimationFrame(() => {
    setTimeout(() => {
      preloadListed(document, BOOT_PRELOAD_META);
    }, 0);
  });
  // While the boot module is on its way, the browser's collation data, which the navigation's
  // order needs: off the way to the frame when the network is slower than the processor.
  warmUpCollation(window);
  const { bootPortal } = await boot;
  return bootPortal(document, { config, frame, registryFetch });
});

// Field signals, when /config.json names where (telemetry/): loaded once the portal stands.
void portal
  .then(
    (running) =>
      running?.config.telemetry &&
      import('./telemetry/index.js').then((t) => t.startTelemetry(running)),
  )
  .catch(() => undefined);
