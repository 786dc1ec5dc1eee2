import type { Locale } from '../context/types.js';
import { checkAccessibility } from './axe-check.js';
import { ListenerProbe } from './listener-probe.js';
import { checkMountError, type MountErrorProbe } from './mount-error-probe.js';
import {
  createTestShell,
  deepText,
  type MountOptions,
  type MountedApp,
  type TestLifecycles,
  type TestShell,
} from './mount.js';
import {
  describeNode,
  errorText,
  hasContent,
  leftovers,
  mountedReactRoots,
  plural,
  quote,
  settle,
  waitFor,
} from './page-inspection.js';

export type { MountErrorProbe } from './mount-error-probe.js';

/** The checks of `checkConformance`, in the order its report lists them. */
export const CONFORMANCE_CHECKS = [
  'mount',
  'no-dom-left',
  'no-listeners-left',
  'no-subscriptions-left',
  'remount',
  'locale-switch',
  'accessibility',
  'mount-error-reported',
  'mount-time',
] as const;

/** One of the checks of `checkConformance`. */
export type ConformanceCheckId = (typeof CONFORMANCE_CHECKS)[number];

export interface ConformanceCheck {
  readonly id: ConformanceCheckId;
  /** True when the check passed or was skipped. */
  readonly ok: boolean;
  /** Set when the check could not run (the message says why). */
  readonly skipped?: true;
  /** What was found and, when it failed, what to do about it. */
  readonly message: string;
}

export interface ConformanceReport {
  /** True when no check failed. */
  readonly ok: boolean;
  readonly checks: readonly ConformanceCheck[];
  /** Milliseconds the first mount took (NaN when it failed). */
  readonly mountMs: number;
}

export interface ConformanceOptions extends MountOptions {
  /** A string the app shows in each language; the check switches locale and waits for it. */
  readonly expectText: Readonly<Record<Locale, string>>;
  /** How long to wait for the text of a locale after switching (default 2000 ms). */
  readonly localeTimeout?: number;
  /** Fails the mount-time check when the first mount takes longer (default: only reported). */
  readonly maxMountMs?: number;
  /** Runs the mount-error check; without it that check is skipped. */
  readonly mountErrorProbe?: MountErrorProbe;
  /** axe rules to turn off (ids), each with a reason in your own tests. */
  readonly disableAxeRules?: readonly string[];
}

const LOCALE_ORDER: readonly Locale[] = ['fi', 'sv', 'en'];

/** The checks that run, or are skipped, whether or not the app mounted. */
const WITHOUT_MOUNT: ReadonlySet<ConformanceCheckId> = new Set([
  'mount',
  'mount-error-reported',
  'mount-time',
]);

/**
 * Checks an app against the DigiOne contract in a test shell: it mounts and unmounts cleanly (no
 * DOM, mounted React root, window/document listeners or context subscriptions left), mounts again,
 * follows the locale (fi, sv, en), has no axe violations (WCAG 2.1 A/AA), reports an error thrown
 * in mount, and how long mounting takes. Never throws for a failing app: read the report, or pass it to
 * `expectConformance`.
 *
 *   expectConformance(await checkConformance(app, {
 *     expectText: { fi: 'Lukujärjestys', sv: 'Schema', en: 'Timetable' },
 *   }));
 */
export async function checkConformance(
  lifecycles: TestLifecycles,
  options: ConformanceOptions,
): Promise<ConformanceReport> {
  const checks: ConformanceCheck[] = [];
  const pass = (id: ConformanceCheckId, message: string): void => {
    checks.push({ id, ok: true, message });
  };
  const fail = (id: ConformanceCheckId, message: string): void => {
    checks.push({ id, ok: false, message });
  };
  const skip = (id: ConformanceCheckId, message: string): void => {
    checks.push({ id, ok: true, skipped: true, message });
  };
  const { expectText, localeTimeout = 2000 } = options;
  const initialLocale = options.locale ?? 'fi';
  const probe = new ListenerProbe();
  const shell: TestShell = createTestShell(options);
  const bodyBefore = new Set(document.body.children);
  let mountMs = Number.NaN;

  /** Unmounts and lists what the app left: nodes, and subscriptions to its context. */
  async function unmountAndInspect(app: MountedApp): Promise<{
    dom: string[];
    reactRoots: string[];
    subscriptions: string[];
    unmountError?: unknown;
  }> {
    const rendered = [shell.container, ...shell.container.querySelectorAll('*')];
    let unmountError: unknown;
    try {
      await app.unmount();
    } catch (error) {
      unmountError = error;
    }
    // Those still live when the app's unmount finished, before the shell ended its context.
    const live = app.liveSubscriptions();
    const dom = leftovers(shell.container).map(describeNode);
    for (const el of document.body.children) {
      if (!bodyBefore.has(el) && el !== shell.container) dom.push(`${describeNode(el)} in <body>`);
    }
    const reactRoots = mountedReactRoots(rendered).map(describeNode);
    const subscriptions = Object.entries(live).map(([what, n]) => `${what} (${n})`);
    return unmountError === undefined
      ? { dom, reactRoots, subscriptions }
      : { dom, reactRoots, subscriptions, unmountError };
  }

  probe.start();
  try {
    // Cycle 1: mount, follow the locale, axe, unmount.
    probe.phase = 'first';
    let app: MountedApp | undefined;
    const started = performance.now();
    try {
      app = await shell.mount(lifecycles);
      mountMs = performance.now() - started;
      pass('mount', 'The app mounted.');
    } catch (error) {
      fail(
        'mount',
        `Mounting the app failed: ${errorText(error)}. Make mount succeed with a signed-in teacher in locale "${initialLocale}" (pass the state your app needs in the options).`,
      );
    }

    if (!app) {
      for (const id of CONFORMANCE_CHECKS) {
        if (!WITHOUT_MOUNT.has(id)) skip(id, 'Not run: the app did not mount.');
      }
    } else {
      // Locale switching.
      const localeProblems: string[] = [];
      const order = [...LOCALE_ORDER.filter((l) => l !== initialLocale), initialLocale] as Locale[];
      const showsInitialText = (): boolean =>
        deepText(shell.container).includes(expectText[initialLocale]);
      const firstRendered = await waitFor(showsInitialText, localeTimeout);
      if (!firstRendered) {
        localeProblems.push(
          `in "${initialLocale}" (the locale it was mounted in) it did not show ${quote(expectText[initialLocale])}; it shows ${quote(deepText(shell.container))}`,
        );
      }
      for (const locale of order) {
        if (localeProblems.length) break;
        shell.host.setLocale(locale);
        const text = expectText[locale];
        if (!(await waitFor(() => deepText(shell.container).includes(text), localeTimeout))) {
          localeProblems.push(
            `after switching to "${locale}" it did not show ${quote(text)} within ${localeTimeout} ms; it shows ${quote(deepText(shell.container))}`,
          );
        }
      }
      if (shell.host.state.locale.value !== initialLocale) shell.host.setLocale(initialLocale);
      if (localeProblems.length) {
        fail(
          'locale-switch',
          `The app does not follow the shell's language: ${localeProblems.join('; ')}. Read context.locale and re-render when it changes (ContextController does this for Lit elements; connectAppLocalization switches @lit/localize strings).`,
        );
      } else {
        pass('locale-switch', `The app re-rendered in ${LOCALE_ORDER.join(', ')}.`);
      }

      // Accessibility.
      await waitFor(showsInitialText, localeTimeout);
      const axe = await checkAccessibility(shell.container, options.disableAxeRules);
      (axe.ok ? pass : fail)('accessibility', axe.message);

      // Unmount: DOM and subscriptions.
      const first = await unmountAndInspect(app);
      if (first.unmountError !== undefined) {
        fail(
          'no-dom-left',
          `Unmounting the app failed: ${errorText(first.unmountError)}. unmount must tear down without throwing.`,
        );
      } else if (first.dom.length || first.reactRoots.length) {
        const problems: string[] = [];
        if (first.dom.length) {
          problems.push(
            `After unmount the app left ${plural(first.dom.length, 'node', 'nodes')} in the page: ${first.dom.join(', ')}. Remove everything mount added (defineMicroApp does this for you).`,
          );
        }
        if (first.reactRoots.length) {
          problems.push(
            `After unmount a React root was still mounted on ${first.reactRoots.join(', ')}. Call root.unmount() in your unmount: otherwise React keeps the app's components, and their effects (listeners, timers, subscriptions), running after the shell removed them.`,
          );
        }
        fail('no-dom-left', problems.join(' '));
      } else {
        pass('no-dom-left', 'Unmount left no DOM behind.');
      }
      if (first.subscriptions.length) {
        fail(
          'no-subscriptions-left',
          `After unmount the app was still subscribed to ${first.subscriptions.join(', ')}. Unsubscribe in unmount (defineMicroApp and ContextController do it for you).`,
        );
      }
      for (const node of [...shell.container.childNodes]) node.remove();

      // Cycle 2: mount again; listeners are judged on this cycle, since the first may set up
      // page-wide state once (as the page's localization does).
      probe.phase = 'second';
      let second: MountedApp | undefined;
      try {
        second = await shell.mount(lifecycles);
        // Frameworks that render after mount resolves (React) get the time to render, and to run
        // their effects, before the unmount that the listener check judges.
        const rendered = firstRendered
          ? await waitFor(showsInitialText, localeTimeout)
          : hasContent(shell.container);
        if (rendered) {
          await settle();
          pass('remount', 'The app mounted and rendered again after an unmount.');
        } else if (firstRendered) {
          fail(
            'remount',
            `The second mount did not show ${quote(expectText[initialLocale])} within ${localeTimeout} ms, as the first did; it shows ${quote(deepText(shell.container))}. The shell mounts an app again each time the person comes back to it: mount must render from scratch every time.`,
          );
        } else {
          fail(
            'remount',
            'The second mount rendered nothing. The shell mounts an app again each time the person comes back to it: mount must render from scratch every time.',
          );
        }
      } catch (error) {
        fail(
          'remount',
          `Mounting the app a second time failed: ${errorText(error)}. The shell mounts an app again each time the person comes back to it: keep no state between mounts that stops this.`,
        );
      }
      const listenerPhase = second ? 'second' : 'first';
      if (second) {
        const again = await unmountAndInspect(second);
        if (!first.subscriptions.length && again.subscriptions.length) {
          fail(
            'no-subscriptions-left',
            `After the second unmount the app was still subscribed to ${again.subscriptions.join(', ')}. Unsubscribe in unmount (defineMicroApp and ContextController do it for you).`,
          );
        }
      }
      if (!checks.some((c) => c.id === 'no-subscriptions-left')) {
        pass('no-subscriptions-left', 'Unmount ended every subscription to the context.');
      }
      const left = probe.left(listenerPhase);
      if (left.length) {
        const counts = new Map<string, number>();
        for (const l of left) counts.set(l, (counts.get(l) ?? 0) + 1);
        const list = [...counts].map(([what, n]) => (n > 1 ? `${what} ×${n}` : what));
        fail(
          'no-listeners-left',
          `After unmount the app left ${plural(left.length, 'event listener', 'event listeners')} on ${list.join(', ')}. Remove in unmount every listener mount added to window or document (removeEventListener, or an AbortController); a framework app also ends its render root (React: root.unmount()), so its effects clean up.`,
        );
      } else {
        pass(
          'no-listeners-left',
          'Unmount removed every listener it added to window and document.',
        );
      }
    }
  } finally {
    probe.stop();
    await shell.dispose().catch(() => undefined);
  }

  // An error thrown in mount reaches the shell.
  const errorProbe = options.mountErrorProbe;
  if (!errorProbe) {
    skip(
      'mount-error-reported',
      'Skipped: pass mountErrorProbe (the state under which your app fails to mount) to check that the error reaches the shell.',
    );
  } else {
    const result = await checkMountError(lifecycles, options, errorProbe);
    (result.ok ? pass : fail)('mount-error-reported', result.message);
  }

  // Mount time.
  if (Number.isNaN(mountMs)) {
    skip('mount-time', 'Not measured: the app did not mount.');
  } else if (options.maxMountMs !== undefined && mountMs > options.maxMountMs) {
    fail(
      'mount-time',
      `The first mount took ${mountMs.toFixed(1)} ms, more than the ${options.maxMountMs} ms allowed. Defer work that is not needed for the first render.`,
    );
  } else {
    pass('mount-time', `The first mount took ${mountMs.toFixed(1)} ms.`);
  }

  checks.sort((a, b) => CONFORMANCE_CHECKS.indexOf(a.id) - CONFORMANCE_CHECKS.indexOf(b.id));
  return { ok: checks.every((c) => c.ok), checks, mountMs };
}

/** Thrown by `expectConformance`; carries the report. */
export class ConformanceError extends Error {
  override readonly name = 'ConformanceError';
  constructor(readonly report: ConformanceReport) {
    const failed = report.checks.filter((c) => !c.ok);
    super(
      `The app does not meet the DigiOne contract (${failed.length} of ${report.checks.length} checks failed):\n` +
        failed.map((c) => `  ✗ ${c.id}: ${c.message}`).join('\n'),
    );
  }
}

/** Throws a ConformanceError listing every failed check; returns the report when all passed. */
export function expectConformance(report: ConformanceReport): ConformanceReport {
  if (!report.checks.every((c) => c.ok)) throw new ConformanceError(report);
  return report;
}
