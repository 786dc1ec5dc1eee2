import type { LifeCycles, ParcelConfig } from 'single-spa';
import { describe } from './errors.js';
import { elementLifecycles } from './element-lifecycles.js';
import { frameworkLifecycles, isFrameworkApp } from './framework-lifecycles.js';
import { fail } from './lifecycle-props.js';
import type {
  DigiOneAppProps,
  DigiOneLifecycles,
  DigiOneParcelConfig,
  DigiOneWidgetProps,
  MicroAppOptions,
  WidgetOptions,
} from './lifecycle-types.js';

export type * from './lifecycle-types.js';

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
