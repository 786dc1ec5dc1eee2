/**
 * The app's entry module, which the portal (and the sandbox) loads: its default export is the
 * app's single-spa lifecycles. The portal mounts the app on its route; `defineMicroApp` creates
 * the app's element, gives it the portal's context and removes it on unmount.
 */
import { defineMicroApp } from '@digione/sdk';
import { AppElement } from './app.js';

export default defineMicroApp({ element: AppElement, tagName: '__DIGIONE_APP_ID__-app' });
