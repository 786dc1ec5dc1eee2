/**
 * The hooks of a React app that runs in DigiOne Portal: the app's context, and its values as React
 * state. They read what `defineReactApp` provides to the app's component tree.
 */
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import { DigiOneSdkError } from '@digione/sdk';
import type { ActingAs, ContextValue, DigiOneUser, Locale, ShellContext } from '@digione/sdk';

/** What `defineReactApp` gives its component tree: the app's context and the locale it shows. */
export interface ReactAppState {
  /** The app's context, its subscriptions ended when the app unmounts. */
  readonly context: ShellContext;
  /** The locale the app renders in: its strings for it are in place. */
  readonly locale: Locale;
}

/** The state of the mounted app, provided around its component by `defineReactApp`. */
export const ReactAppContext = createContext<ReactAppState | null>(null);
ReactAppContext.displayName = 'DigiOneApp';

function useAppState(hook: string): ReactAppState {
  const state = useContext(ReactAppContext);
  if (!state) {
    throw new DigiOneSdkError(
      'D1-SDK-192',
      `${hook}() was called outside a DigiOne React app. Call it in a component rendered by the app that defineReactApp(Component) mounts (the portal, the sandbox or mountApp gives it its context); in a test of a single component, mount the app instead.`,
    );
  }
  return state;
}

/**
 * The app's context (`AppContext`): its values (`user`, `actingAs`, `locale`, …) and the shell's
 * services (`getAccessToken`, `navigate`, `notify`, `reportError`, …). Every subscription made
 * through it ends when the app unmounts. Throws D1-SDK-192 outside an app of `defineReactApp`.
 */
export function useShellContext(): ShellContext {
  return useAppState('useShellContext').context;
}

/**
 * The current value of one context value (`context.user`, `context.actingAs`, `context.theme`, …):
 * the component renders again when it changes, once a change. Subscribed while the component is
 * mounted (`useSyncExternalStore`), so unmounting the app ends the subscription.
 *
 * For the language, use `useLocale()`: it changes when the app's strings for the new locale are in
 * place, with one render a switch.
 */
export function useContextValue<T>(value: ContextValue<T>): T {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const subscription = value.subscribe(onChange);
      return () => {
        subscription.unsubscribe();
      };
    },
    [value],
  );
  const read = useCallback(() => value.value, [value]);
  return useSyncExternalStore(subscribe, read, read);
}

/**
 * The locale the app shows (fi, sv or en): the portal's language once the app's strings for it are
 * in place. A language switch renders the app once, in the new language.
 */
export function useLocale(): Locale {
  return useAppState('useLocale').locale;
}

/** The signed-in person: the fields the app's manifest asks for (`userFields`). */
export function useUser(): Partial<DigiOneUser> {
  return useContextValue(useAppState('useUser').context.user);
}

/** Where the person acts now (school, child, role); null unless the manifest asks for it. */
export function useActingAs(): ActingAs | null {
  return useContextValue(useAppState('useActingAs').context.actingAs);
}
