import { createShellHost, type ShellHost } from '@digione/sdk/host';
import type { AuthService } from '../auth/auth-service.js';
import type { DirtyGuard } from '../apps/dirty-guard.js';
import type { AppRuntime } from '../apps/runtime.js';
import { appTitle } from '../layout/app-views.js';
import type { PortalStore } from '../state/store.js';
import { appName, themeOf } from '../state/view.js';
import type { D1Shell } from './shell-element.js';

/** What the portal's side of the apps' context works with. */
export interface PortalHostParts {
  readonly auth: AuthService;
  readonly element: D1Shell;
  readonly guard: DirtyGuard;
  readonly store: PortalStore;
  /** The apps (made after the host, which they need). */
  readonly apps: () => AppRuntime;
  /** Goes to a path of the portal (the router, made after the host too). */
  readonly navigate: (path: string) => void;
}

/**
 * The shell host: what apps get from the portal (tokens, navigation, toasts, questions, titles,
 * counts), starting in the store's language and theme.
 */
export function createPortalHost({
  auth,
  element,
  guard,
  store,
  apps,
  navigate,
}: PortalHostParts): ShellHost {
  /** The name of the app of id `appId`, as its toasts and questions show it. */
  const appNameOf = (appId: string): string => {
    const app = apps().apps.find((a) => a.id === appId);
    return app ? appName(app, store.current) : appId;
  };
  return createShellHost({
    locale: store.current.locale,
    theme: themeOf(store.current),
    capabilities: ['widgets', 'iframe'],
    services: {
      getAccessToken: (appId, audience, options) => auth.getAccessToken(appId, audience, options),
      navigate: (_appId, path) => {
        navigate(path);
      },
      // An app's toasts and questions are shown as the app's, with its name: never the portal's voice.
      notify: (appId, notification, signal) => {
        const toast = element.toasts?.show({
          source: 'app',
          appName: appNameOf(appId),
          message: notification.message,
          ...(notification.heading === undefined ? {} : { heading: notification.heading }),
          ...(notification.variant === undefined ? {} : { variant: notification.variant }),
          ...(notification.duration === undefined ? {} : { duration: notification.duration }),
        });
        // Nothing of an app outlasts its unmount: its toasts close with it.
        signal?.addEventListener('abort', () => toast?.close(), { once: true });
      },
      confirm: (appId, options, signal) =>
        element.confirmDialog?.ask(options, { app: appNameOf(appId), signal }) ??
        Promise.resolve(false),
      setDirty: (appId, dirty) => {
        guard.setDirty(appId, dirty);
      },
      setTitle: (appId, title) => {
        store.dispatch({ type: 'title', appId, title: appTitle(title) });
      },
      setBadge: (appId, count) => {
        store.dispatch({ type: 'badge', appId, count });
      },
      reportError: (appId, error) => {
        console.error(`[DigiOne] App "${appId}" reported an error:`, error);
        apps().noteError(appId, error);
      },
    },
  });
}
