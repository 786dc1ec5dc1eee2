import type { ShellContext } from '../context/types.js';
import { DigiOneSdkError, describe } from './errors.js';
import type { DigiOneAppProps, DigiOneWidgetProps } from './lifecycle-types.js';

/**
 * What every lifecycle of `defineMicroApp` and `defineWidget` shares: its coded errors, the check
 * of the props the portal passes, and the report of an error to the portal.
 */

/** Throws the SDK's coded error, naming the function the vendor called. */
export function fail(code: string, fn: string, message: string): never {
  throw new DigiOneSdkError(code, `${fn}: ${message}`);
}

/** The props the portal passed to a lifecycle, checked; a clear error names what is wrong. */
export function checkProps(fn: string, props: unknown): DigiOneWidgetProps {
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

/** Reports a lifecycle's error to the portal (`context.reportError`) and rethrows it to single-spa. */
export function reportAndRethrow(context: ShellContext, error: unknown): never {
  context.reportError(error);
  throw error;
}
