import { createTestShell, type MountOptions, type TestLifecycles } from './mount.js';

/** A way to make the app fail in mount, to see that the failure reaches the shell. */
export interface MountErrorProbe {
  /** The shell state (and services) under which the app fails to mount, e.g. `{ user: null }`. */
  readonly options?: MountOptions;
  /** A variant of the app that fails to mount (default the app itself). */
  readonly app?: TestLifecycles;
}

/**
 * Mounts the app in a shell of its own under the probe's state: an error thrown in mount must be
 * passed to context.reportError and rethrown. Whether it was, and what to do when not.
 */
export async function checkMountError(
  lifecycles: TestLifecycles,
  options: MountOptions,
  probe: MountErrorProbe,
): Promise<{ ok: boolean; message: string }> {
  const failing = createTestShell({ ...options, ...probe.options });
  let rejected = false;
  try {
    await failing.mount(probe.app ?? lifecycles);
  } catch {
    rejected = true;
  }
  const reported = failing.records.errors.length > 0;
  await failing.dispose().catch(() => undefined);
  if (rejected && reported) {
    return { ok: true, message: 'An error in mount was reported to the shell and rethrown.' };
  }
  if (!rejected && !reported) {
    return {
      ok: false,
      message:
        "Under the mountErrorProbe the app swallowed its mount error: mount resolved and nothing was passed to context.reportError. Let the error out of mount (defineMicroApp reports and rethrows it), so the shell can show it in the app's area — or check that mountErrorProbe really makes your app fail.",
    };
  }
  if (!rejected) {
    return {
      ok: false,
      message:
        'Under the mountErrorProbe the app reported an error but mount resolved: rethrow the error from mount, so the shell knows the app is not running.',
    };
  }
  return {
    ok: false,
    message:
      "Under the mountErrorProbe mount rejected but the error was not passed to context.reportError: report it before rethrowing, so the shell can show it in the app's area and log it for the operator (defineMicroApp does both).",
  };
}
