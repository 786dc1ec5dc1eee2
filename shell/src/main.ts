// The portal page's entry: design tokens, the component library, then the shell boots.
import '@digione/components/tokens.css';
import '@digione/components/define';
import { bootPortal } from './portal/boot.js';

void bootPortal(document);
