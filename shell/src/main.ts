// The portal page's entry: design tokens, the component library, then the shell boots.
import '@digione/components/tokens.css';
import './shell.css';
import '@digione/components/define';
import { bootPortal } from './portal/boot.js';

/** The running portal (undefined when its configuration could not be used). */
export const portal = bootPortal(document);
