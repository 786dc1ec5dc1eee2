import { describe } from './errors.js';
import { checkProps, fail, reportAndRethrow } from './lifecycle-props.js';
import type { DigiOneLifecycles, FrameworkAppOptions } from './lifecycle-types.js';
import { scopeContext, type ScopedContext } from './scoped-context.js';

/** Whether `options` take the framework-neutral form (`mount` and `unmount` functions). */
export function isFrameworkApp(options: object): options is FrameworkAppOptions {
  return 'mount' in options || 'unmount' in options;
}

/** The lifecycles of a framework-neutral app (React, Vue, Angular or plain DOM). */
export function frameworkLifecycles(fn: string, options: FrameworkAppOptions): DigiOneLifecycles {
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
        reportAndRethrow(context, error);
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
        reportAndRethrow(context, error);
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
