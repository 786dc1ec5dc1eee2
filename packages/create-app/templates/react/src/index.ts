/**
 * The app's entry module, which the portal (and the sandbox) loads: its default export is the
 * app's single-spa lifecycles. `defineReactApp` mounts the app's React component in its area,
 * gives the component tree the portal's context, renders again when the language changes (once the
 * app's strings for it are in place), sends the app's uncaught errors to the portal, and unmounts
 * the React root when the portal unmounts the app.
 */
import { defineReactApp } from '@digione/sdk/react';
// DigiOne's components the app renders; defining them again is harmless where the portal has.
import '@digione/components/button/define';
import { App } from './app.js';
import { localization } from './localization/index.js';

export default defineReactApp(App, { localization });
