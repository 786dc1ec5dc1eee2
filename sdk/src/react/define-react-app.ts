/**
 * `defineReactApp`: a React component as the lifecycles of a DigiOne Portal app, in the SDK's
 * framework-neutral form. Each mount makes one React root in the app's area, provides the app's
 * context to the component tree (`useShellContext`, `useLocale`, `useContextValue`), renders again
 * when the language changes — once its strings are in place, one render a switch — and unmounts the
 * root on unmount.
 */
import {
  Component as ReactComponent,
  createElement,
  useLayoutEffect,
  type ComponentType,
  type ReactNode,
} from 'react';
import { createRoot } from 'react-dom/client';
import {
  DigiOneSdkError,
  connectAppLocalization,
  defineMicroApp,
  type AppLocalization,
  type AppLocalizationOptions,
  type DigiOneLifecycles,
  type Locale,
  type ShellContext,
} from '@digione/sdk';
import { ReactAppContext } from './hooks.js';
import { adoptSheets, toSheets, type AppStyles } from './styles.js';

/** What `defineReactApp` takes besides the app's component; every option may be left out. */
export interface ReactAppOptions {
  /**
   * The app's own translations, as `connectAppLocalization` takes them (`{ locales, load }`): the
   * app renders once the strings of the portal's locale are in place, and again, once, after each
   * language switch. Without it the app renders at once in each locale.
   */
  readonly localization?: AppLocalizationOptions;
  /**
   * The app's own stylesheets (CSS text or constructed sheets), adopted by the document or shadow
   * root the app renders in while it is mounted. The portal allows no inline `<style>`.
   */
  readonly styles?: AppStyles;
  /** One-time setup before the first mount. */
  readonly bootstrap?: () => void | Promise<void>;
}

/** Marks the tree's first commit: rendered after the app's component, so only when it rendered. */
function Committed({ onCommit }: { readonly onCommit: () => void }): null {
  useLayoutEffect(onCommit, [onCommit]);
  return null;
}

/**
 * Catches what the app's tree throws while rendering, with React 18.3 as with 19: the first render's
 * error fails the mount, a later one goes to the shell; the app's area is left empty.
 */
class AppErrorBoundary extends ReactComponent<
  { readonly onError: (error: unknown) => void; readonly children?: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override componentDidCatch(error: unknown): void {
    this.props.onError(error);
  }
  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

const isComponent = (value: unknown): boolean =>
  typeof value === 'function' ||
  (typeof value === 'object' && value !== null && '$$typeof' in value);

function checkOptions(options: ReactAppOptions | undefined): ReactAppOptions {
  const fail = (message: string): never => {
    throw new DigiOneSdkError('D1-SDK-191', `defineReactApp: ${message}`);
  };
  if (options === undefined) return {};
  const given: unknown = options;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    return fail('the second argument, when given, must be an object of options.');
  }
  const { localization, styles, bootstrap } = given as Record<string, unknown>;
  if (localization !== undefined && (typeof localization !== 'object' || localization === null)) {
    fail('"localization" must be { locales, load } as connectAppLocalization takes it.');
  }
  const isStyle = (style: unknown): boolean =>
    typeof style === 'string' || style instanceof CSSStyleSheet;
  if (styles !== undefined && !(Array.isArray(styles) ? styles.every(isStyle) : isStyle(styles))) {
    fail('"styles" must be CSS text, a CSSStyleSheet, or a list of them.');
  }
  if (bootstrap !== undefined && typeof bootstrap !== 'function') {
    fail('"bootstrap" must be a function or left out.');
  }
  return options;
}

/**
 * Turns a React component into a DigiOne app's single-spa lifecycles:
 *
 *   export default defineReactApp(TimetableApp, {
 *     localization: { locales: ['fi', 'sv', 'en'], load: (l) => import(`./generated/${l}.js`) },
 *   });
 *
 * Mount creates a React root in the app's area and resolves once the component has rendered; an
 * error thrown in that first render fails the mount and reaches the shell (`context.reportError`).
 * Later uncaught and recoverable errors of the root go to `context.reportError` too. Unmount ends
 * the root, the app's subscriptions, its translations' link to the locale and its stylesheets.
 * Inside the tree, `useShellContext()` gives the app's context, `useLocale()` its language and
 * `useContextValue(context.x)` any value of the context as state. Throws D1-SDK-191 for a
 * `Component` that is no React component or options of the wrong shape.
 */
export function defineReactApp(
  Component: ComponentType,
  options?: ReactAppOptions,
): DigiOneLifecycles {
  if (!isComponent(Component)) {
    throw new DigiOneSdkError(
      'D1-SDK-191',
      'defineReactApp: the first argument must be a React component (a function, or what memo, forwardRef or lazy returns).',
    );
  }
  const { localization: localizationOptions, styles, bootstrap } = checkOptions(options);
  let sheets: CSSStyleSheet[] | undefined;
  let stop: (() => void) | undefined;

  return defineMicroApp({
    ...(bootstrap ? { bootstrap } : {}),
    async mount(container: HTMLElement, context: ShellContext) {
      let firstRender: { resolve: () => void; reject: (error: unknown) => void } | undefined;
      const rendered = new Promise<void>((resolve, reject) => {
        firstRender = { resolve, reject };
      });
      // An error of the first render fails the mount, which reports it; later ones are reported here.
      const onError = (error: unknown): void => {
        if (firstRender) firstRender.reject(error);
        else context.reportError(error);
      };
      const root = createRoot(container, {
        // What the boundary cannot catch (React 19 calls these; 18.3 knows only the second).
        onUncaughtError: onError,
        onRecoverableError(error) {
          context.reportError(error);
        },
      });
      const onCommit = (): void => {
        firstRender?.resolve();
      };
      const removeStyles = adoptSheets(container, (sheets ??= styles ? toSheets(styles) : []));
      let localization: AppLocalization | undefined;
      let live = true;
      let shown: Locale | undefined;
      const show = (locale: Locale): void => {
        if (!live || context.locale.value !== locale || shown === locale) return;
        shown = locale;
        root.render(
          createElement(
            ReactAppContext.Provider,
            { value: { context, locale } },
            createElement(
              AppErrorBoundary,
              { onError },
              createElement(Component),
              createElement(Committed, { onCommit }),
            ),
          ),
        );
      };
      const end = (): void => {
        live = false;
        subscription?.unsubscribe();
        localization?.dispose();
        root.unmount();
        removeStyles();
      };
      let subscription: { unsubscribe(): void } | undefined;
      try {
        if (localizationOptions) {
          localization = connectAppLocalization(context, localizationOptions);
        }
        const strings = localization;
        // A context that cannot be read (a broken state) fails the mount rather than leave it waiting.
        const showOrFail = (locale: Locale): void => {
          try {
            show(locale);
          } catch (error) {
            onError(error);
          }
        };
        subscription = context.locale.subscribe((locale) => {
          if (!strings) showOrFail(locale);
          else
            void strings.settled().then(() => {
              showOrFail(locale);
            });
        });
        await rendered;
      } catch (error) {
        end();
        throw error;
      } finally {
        firstRender = undefined;
      }
      stop = end;
    },
    unmount() {
      const end = stop;
      stop = undefined;
      end?.();
    },
  });
}
