import type { ShellContext } from '../context/types.js';
import { DigiOneSdkError, describe } from './errors.js';
import { checkProps, fail, reportAndRethrow } from './lifecycle-props.js';
import type {
  DigiOneContextElement,
  DigiOneParcelConfig,
  DigiOneWidgetProps,
  ElementAppOptions,
} from './lifecycle-types.js';
import { scopeContext, type ScopedContext } from './scoped-context.js';

const TAG = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

/**
 * Runs `fn`, rethrowing the first error a custom element callback threw during it (browsers report
 * those to window instead of throwing them from `append`).
 */
function rethrowingCallbackErrors(fn: () => void): void {
  let reported: { error: unknown } | undefined;
  const onError = (event: ErrorEvent): void => {
    reported ??= { error: event.error ?? new Error(event.message) };
    // It is rethrown below, to single-spa: not an uncaught error of the page.
    event.preventDefault();
  };
  // For the span of this synchronous call only, so the error is not also reported as uncaught.
  const previous = window.onerror;
  window.onerror = null;
  window.addEventListener('error', onError);
  try {
    fn();
  } finally {
    window.removeEventListener('error', onError);
    window.onerror = previous;
  }
  if (reported) throw reported.error;
}

/** The lifecycles of an element app or widget; one instance per domElement (parcels repeat). */
export function elementLifecycles(
  fn: string,
  options: ElementAppOptions,
): Omit<DigiOneParcelConfig, 'name'> {
  const { element, tagName } = options;
  const defineTimeout = options.defineTimeout ?? 5000;
  if (typeof element === 'string') {
    if (!TAG.test(element)) {
      fail(
        'D1-SDK-131',
        fn,
        `"element" ${JSON.stringify(element)} is not a valid custom element tag name (lowercase, with a hyphen, e.g. "acme-timetable").`,
      );
    }
  } else if (typeof element !== 'function' || !(element.prototype instanceof HTMLElement)) {
    fail(
      'D1-SDK-130',
      fn,
      `"element" must be a custom element tag name or class; got ${describe(element)}.`,
    );
  }
  if (tagName !== undefined && (typeof tagName !== 'string' || !TAG.test(tagName))) {
    fail(
      'D1-SDK-131',
      fn,
      `"tagName" must be a valid custom element tag name; got ${describe(tagName)}.`,
    );
  }

  /** The class to construct, once it is known. */
  let ctor: CustomElementConstructor | undefined;

  function resolveClass(): CustomElementConstructor | undefined {
    if (ctor) return ctor;
    if (typeof element === 'string') {
      ctor = customElements.get(element);
      return ctor;
    }
    if (customElements.getName(element) === null) {
      if (tagName === undefined) {
        fail(
          'D1-SDK-131',
          fn,
          `the class ${element.name || '(anonymous)'} is not registered as a custom element; register it with customElements.define() or pass "tagName".`,
        );
      }
      const existing = customElements.get(tagName);
      if (existing && existing !== element) {
        fail(
          'D1-SDK-131',
          fn,
          `the tag "${tagName}" is already defined by another class; choose a tag name of your own (prefix it with your vendor name).`,
        );
      }
      if (!existing) customElements.define(tagName, element);
    }
    ctor = element;
    return ctor;
  }

  async function bootstrap(): Promise<void> {
    if (resolveClass() || typeof element !== 'string') return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([
        customElements.whenDefined(element),
        new Promise((_, reject) => {
          timer = setTimeout(() => {
            reject(
              new DigiOneSdkError(
                'D1-SDK-131',
                `${fn}: <${element}> was not defined within ${defineTimeout} ms; import the module that calls customElements.define("${element}", ...) before the app's lifecycles run.`,
              ),
            );
          }, defineTimeout);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
    resolveClass();
  }

  interface Instance {
    readonly element: DigiOneContextElement;
    base: ShellContext;
    scope: ScopedContext;
  }
  const instances = new Map<HTMLElement, Instance>();

  async function mount(props: DigiOneWidgetProps): Promise<void> {
    const { domElement, context } = checkProps(`${fn} mount`, props);
    if (instances.has(domElement)) {
      fail(
        'D1-SDK-134',
        `${fn} mount`,
        `"${props.name ?? context.appId}" is already mounted in this element; unmount it first.`,
      );
    }
    const scope = scopeContext(context);
    let el: DigiOneContextElement | undefined;
    try {
      if (!resolveClass()) await bootstrap();
      const Ctor = resolveClass();
      if (!Ctor) fail('D1-SDK-131', `${fn} mount`, `the app's element could not be resolved.`);
      el = new Ctor();
      el.context = scope.context;
      const created = el;
      rethrowingCallbackErrors(() => {
        domElement.append(created);
      });
      instances.set(domElement, { element: el, base: context, scope });
      const updateComplete = (el as { updateComplete?: unknown }).updateComplete;
      if (updateComplete instanceof Promise) await updateComplete;
    } catch (error) {
      instances.delete(domElement);
      el?.remove();
      scope.dispose();
      reportAndRethrow(context, error);
    }
  }

  async function unmount(props: DigiOneWidgetProps): Promise<void> {
    const { domElement, context } = checkProps(`${fn} unmount`, props);
    const instance = instances.get(domElement);
    if (!instance) return;
    instances.delete(domElement);
    try {
      rethrowingCallbackErrors(() => {
        instance.element.remove();
      });
    } catch (error) {
      reportAndRethrow(context, error);
    } finally {
      instance.element.remove();
      instance.scope.dispose();
    }
    await Promise.resolve();
  }

  /** A new context from the shell (a parcel's props update): the element gets it, scoped anew. */
  async function update(props: DigiOneWidgetProps): Promise<void> {
    const { domElement, context } = checkProps(`${fn} update`, props);
    const instance = instances.get(domElement);
    if (instance && instance.base !== context) {
      instance.scope.dispose();
      instance.base = context;
      instance.scope = scopeContext(context);
      instance.element.context = instance.scope.context;
      // A Lit element's ContextController follows the new context on its next update.
      (instance.element as { requestUpdate?: () => void }).requestUpdate?.();
    }
    await Promise.resolve();
  }

  return { bootstrap, mount, unmount, update };
}
