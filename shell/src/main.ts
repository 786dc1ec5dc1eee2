// The portal page's entry: design tokens and the frame first, so the page paints at once in the
// person's language; then the rest of the shell (components, SDK, sign-in, single-spa) boots.
import '@digione/components/tokens.css';
import './shell.css';
import { paintFrame } from './portal/frame.js';

/** The running portal (undefined when its configuration could not be used). */
export const portal = paintFrame(document)
  .then(() => import('./portal/boot.js'))
  .then(({ bootPortal }) => bootPortal(document));
