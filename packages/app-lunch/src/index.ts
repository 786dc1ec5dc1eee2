/**
 * Kouluruoka, DigiOne Portal's example React app: this week's school lunch menu. A vendor's React
 * app in the SDK's framework-neutral form — `createRoot(container)` in mount, `root.unmount()` in
 * unmount — with its strings through @lit/localize, tied to the shell's locale.
 */
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { connectAppLocalization, defineMicroApp, type DigiOneLifecycles } from '@digione/sdk';
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
import { adoptStyles } from './styles.js';

/**
 * Fresh lifecycles of the app: each mounts one React root at a time, as single-spa mounts an app.
 * The default export is one of them; a page that shows the app twice at once (a story book's docs)
 * makes one each.
 */
export function createLunchApp(): DigiOneLifecycles {
  let root: Root | undefined;
  let stop: (() => void) | undefined;
  return defineMicroApp({
    mount(container, context) {
      // Fail before rendering anything: defineMicroApp reports the error to the shell and rethrows it.
      if (context.user.value.schools === undefined) {
        throw new Error('Kouluruoka needs a signed-in user: context.user has no schools.');
      }
      // The translations are small: bundled with the app, one file for the portal to load.
      const localization = connectAppLocalization(context, {
        locales: ['fi', 'sv', 'en'],
        load: (locale) => Promise.resolve(locale === 'sv' ? sv : en),
      });
      const reactRoot = createRoot(container, {
        // React renders after mount returns: its uncaught errors reach the shell this way.
        onUncaughtError: (error) => {
          context.reportError(error);
        },
      });
      const removeStyles = adoptStyles(container);
      let live = true;
      // Render again on every locale change, once the strings of that locale are in place (the
      // first call renders at once).
      const subscription = context.locale.subscribe((locale) => {
        void localization.settled().then(() => {
          if (live && context.locale.value === locale) {
            reactRoot.render(createElement(LunchApp, { context, locale }));
          }
        });
      });
      root = reactRoot;
      stop = () => {
        live = false;
        subscription.unsubscribe();
        localization.dispose();
        removeStyles();
      };
    },
    unmount() {
      stop?.();
      stop = undefined;
      // Without it React keeps the app's components, subscriptions and fetches running.
      root?.unmount();
      root = undefined;
    },
  });
}

/** The app's single-spa lifecycles, as the shell (and the sandbox) mounts them. */
export default createLunchApp();
