import type { LifeCycles, ParcelConfig } from 'single-spa';
import type { ShellContext } from '../context/types.js';
import { DigiOneSdkError, describe } from './errors.js';
import { scopeContext, type ScopedContext } from './scoped-context.js';

/** What the shell passes to an app's (or a widget's) lifecycles. */
export interface DigiOneAppProps {
  /** The app's single-spa name (its manifest id). */
  readonly name: string;
  /** Where the app renders; the shell owns it. */
  readonly domElement: HTMLElement;
  /** The app's context, minimised to what its manifest asks for. */
  readonly context: ShellContext;
}

/** single-spa lifecycles of a DigiOne app; each returns a promise, as single-spa expects. */
export interface DigiOneLifecycles {
  bootstrap(props: DigiOneAppProps): Promise<void>;
  mount(props: DigiOneAppProps): Promise<void>;
  unmount(props: DigiOneAppProps): Promise<void>;
  update(props: DigiOneAppProps): Promise<void>;
}

/** What the shell passes to a widget's parcel: single-spa adds the parcel's name itself. */
export type DigiOneWidgetProps = Omit<DigiOneAppProps, 'name'> & { readonly name?: string };

/** A widget: single-spa parcel config whose lifecycles take DigiOne props. */
export interface DigiOneParcelConfig {
  readonly name: string;
  bootstrap(props: DigiOneWidgetProps): Promise<void>;
  mount(props: DigiOneWidgetProps): Promise<void>;
  unmount(props: DigiOneWidgetProps): Promise<void>;
  update(props: DigiOneWidgetProps): Promise<void>;
}

/** An element that receives the context: `element.context` is set before it is connected. */
export interface DigiOneContextElement extends HTMLElement {
  context?: ShellContext | undefined;
}

/** A custom element app: its tag name, or its class (registered, or defined under `tagName`). */
export interface ElementAppOptions {
  readonly element: string | CustomElementConstructor;
  /** The tag to define `element` under when it is a class not yet registered. */
  readonly tagName?: string;
  /** Milliseconds bootstrap waits for a tag name to be defined (default 5000). */
  readonly defineTimeout?: number;
}

/** The framework-neutral form, for React, Vue, Angular or plain DOM apps. */
export interface FrameworkAppOptions {
  /** Render into `container` (a fresh element inside the shell's area, removed on unmount). */
  mount(container: HTMLElement, context: ShellContext): void | Promise<void>;
  /** Tear down everything mount made: render roots, timers, listeners. */
  unmount(): void | Promise<void>;
  /** Optional one-time setup before the first mount. */
  bootstrap?(): void | Promise<void>;
}

export type MicroAppOptions = ElementAppOptions | FrameworkAppOptions;

const TAG = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

function fail(code: string, fn: string, message: string): never {
  throw new DigiOneSdkError(code, `${fn}: ${message}`);
}

function checkProps(fn: string, props: unknown): DigiOneWidgetProps {
  const p = props as Partial<DigiOneAppProps> | null | undefined;
  if (typeof p !== 'object' || p === null) {
    fail('D1-SDK-132', fn, `single-spa passed no props; got ${describe(props)}.`);
  }
  if (!(p.domElement instanceof HTMLElement)) {
    fail(
      'D1-SDK-132',
      fn,
      `props.domElement must be the HTMLElement to render in; got ${describe(p.domElement)}. The shell passes it; in a test, use the SDK's testing helpers.`,
    );
  }
  const context = p.context as Partial<ShellContext> | undefined;
  if (typeof context !== 'object' || typeof context.reportError !== 'function' || !context.locale) {
    fail(
      'D1-SDK-132',
      fn,
      `props.context must be the ShellContext from the shell host (host.contextFor(...)); got ${describe(p.context)}.`,
    );
  }
  return p as DigiOneWidgetProps;
}

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

function isFrameworkApp(options: object): options is FrameworkAppOptions {
  return 'mount' in options || 'unmount' in options;
}

/** The lifecycles of an element app or widget; one instance per domElement (parcels repeat). */
function elementLifecycles(
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
      context.reportError(error);
      throw error;
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
      context.reportError(error);
      throw error;
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

function frameworkLifecycles(fn: string, options: FrameworkAppOptions): DigiOneLifecycles {
  const given = options as unknown as Partial<Record<'mount' | 'unmount' | 'bootstrap', unknown>>;
  if (typeof given.mount !== 'function' || typeof given.unmount !== 'function') {
    fail(
      'D1-SDK-130',
      fn,
      `the framework-neutral form needs both mount(container, context) and unmount() functions; got mount: ${describe(given.mount)}, unmount: ${describe(given.unmount)}.`,
    );
  }
  if (given.bootstrap !== undefined && typeof given.bootstrap !== 'function') {
    fail(
      'D1-SDK-130',
      fn,
      `"bootstrap" must be a function or left out; got ${describe(given.bootstrap)}.`,
    );
  }
  let mounted: { container: HTMLElement; scope: ScopedContext } | undefined;

  return {
    async bootstrap() {
      await options.bootstrap?.();
    },
    async mount(props) {
      const { domElement, context, name } = checkProps(`${fn} mount`, props);
      if (mounted)
        fail('D1-SDK-134', `${fn} mount`, `"${name}" is already mounted; unmount it first.`);
      const container = document.createElement('div');
      container.dataset.d1App = context.appId;
      domElement.append(container);
      const scope = scopeContext(context);
      mounted = { container, scope };
      try {
        await options.mount(container, scope.context);
      } catch (error) {
        mounted = undefined;
        container.remove();
        scope.dispose();
        context.reportError(error);
        throw error;
      }
    },
    async unmount(props) {
      const { context } = checkProps(`${fn} unmount`, props);
      const instance = mounted;
      if (!instance) return;
      mounted = undefined;
      try {
        await options.unmount();
      } catch (error) {
        context.reportError(error);
        throw error;
      } finally {
        // Whatever the app left behind goes with its container.
        instance.container.remove();
        instance.scope.dispose();
      }
    },
    async update() {
      // The framework form follows its context's observables; nothing to do on a props update.
      await Promise.resolve();
    },
  };
}

/**
 * Turns an app into single-spa lifecycles `{ bootstrap, mount, unmount, update }`.
 *
 * - A custom element (Lit or not): `defineMicroApp({ element: 'acme-timetable' })` or
 *   `{ element: AcmeTimetable }`. Mount creates the element inside `props.domElement` with its
 *   `context` property set (a Lit element's `ContextController` picks it up); unmount removes it.
 * - Framework-neutral: `defineMicroApp({ mount(container, context) {...}, unmount() {...} })`.
 *
 * Either way, every subscription the app makes through its context ends at unmount. An error in
 * mount or unmount is reported through `context.reportError` and rethrown, so single-spa sees it.
 */
export function defineMicroApp(options: MicroAppOptions): DigiOneLifecycles {
  const fn = 'defineMicroApp';
  if (typeof options !== 'object' || (options as unknown) === null) {
    fail(
      'D1-SDK-130',
      fn,
      `pass { element } (a custom element tag name or class) or { mount(container, context), unmount() }; got ${describe(options)}.`,
    );
  }
  const lifecycles = isFrameworkApp(options)
    ? frameworkLifecycles(fn, options)
    : 'element' in options
      ? elementLifecycles(fn, options)
      : fail(
          'D1-SDK-130',
          fn,
          'pass { element } (a custom element tag name or class) or { mount(container, context), unmount() }.',
        );
  const check: LifeCycles<DigiOneAppProps> = lifecycles;
  return check as DigiOneLifecycles;
}

/** A widget: a small custom element the shell places in a named slot (e.g. "home"). */
export interface WidgetOptions extends ElementAppOptions {
  /** The parcel's name (shown in single-spa's errors and the sandbox); defaults to the tag. */
  readonly name?: string;
}

/**
 * Turns a widget (a custom element) into a single-spa parcel config. The shell mounts it with
 * `mountParcel(config, { domElement, context })` in each slot it is placed in; each placement is
 * its own instance, with its own subscriptions, ended when that parcel unmounts.
 */
export function defineWidget(options: WidgetOptions): DigiOneParcelConfig {
  const fn = 'defineWidget';
  if (typeof options !== 'object' || (options as unknown) === null || !('element' in options)) {
    fail(
      'D1-SDK-140',
      fn,
      `pass { element } (a custom element tag name or class); got ${describe(options)}.`,
    );
  }
  if (options.name !== undefined && (typeof options.name !== 'string' || options.name === '')) {
    fail(
      'D1-SDK-140',
      fn,
      `"name" must be a non-empty string or left out; got ${describe(options.name)}.`,
    );
  }
  const lifecycles = elementLifecycles(fn, options);
  const name =
    options.name ??
    (typeof options.element === 'string'
      ? options.element
      : (options.tagName ?? options.element.name));
  const config = { name, ...lifecycles };
  const check: ParcelConfig<DigiOneWidgetProps> = config;
  return check as DigiOneParcelConfig;
}
