/**
 * Kouluruoka, DigiOne Portal's example React app: this week's school lunch menu. A vendor's React
 * app made with `defineReactApp` of `@digione/sdk/react`: a React root per mount, its own strings
 * through @lit/localize tied to the shell's locale (one render a language switch, once the strings
 * are in place), its stylesheet adopted while it is mounted.
 */
import type { DigiOneLifecycles } from '@digione/sdk';
import { defineReactApp } from '@digione/sdk/react';
// DigiOne's components the app renders; defining them again is harmless where the shell has.
import '@digione/components/badge/define';
import '@digione/components/card/define';
import '@digione/components/empty-state/define';
import '@digione/components/error-panel/define';
import '@digione/components/skeleton/define';
import '@digione/components/spinner/define';
import { LunchApp } from './lunch-app.js';
import * as en from './localization/generated/en.js';
import * as sv from './localization/generated/sv.js';
import { LUNCH_CSS } from './styles.js';

/**
 * Fresh lifecycles of the app: each mounts one React root at a time, as single-spa mounts an app.
 * The default export is one of them; a page that shows the app twice at once (a story book's docs)
 * makes one each.
 */
export function createLunchApp(): DigiOneLifecycles {
  return defineReactApp(LunchApp, {
    localization: {
      locales: ['fi', 'sv', 'en'],
      // The translations are small: bundled with the app, one file for the portal to load.
      load: (locale) => Promise.resolve(locale === 'sv' ? sv : en),
    },
    styles: LUNCH_CSS,
  });
}

/** The app's single-spa lifecycles, as the shell (and the sandbox) mounts them. */
export default createLunchApp();
