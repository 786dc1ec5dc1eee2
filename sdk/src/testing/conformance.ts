import type { Locale } from '../context/types.js';
import { checkAccessibility, preloadAxe } from './axe-check.js';
import {
  Budget,
  CONFORMANCE_CHECKS,
  timeLimitsOf,
  withinLimit,
  type ConformanceCheckId,
  type ConformanceTimeLimits,
} from './checks.js';
import { ListenerProbe } from './listener-probe.js';
import { checkMountError, type MountErrorProbe } from './mount-error-probe.js';
import {
  createTestShell,
  deepText,
  type MountManifest,
  type MountOptions,
  type TestLifecycles,
} from './mount.js';
import { errorText, quote, settle, waitFor } from './page-inspection.js';
import {
  DEFAULT_REPORT_FILE,
  SDK_CONTRACT_VERSION,
  readSdkVersion,
  writeReport,
  type ConformanceCheck,
  type ConformanceReport,
} from './report.js';
import { judgeUnmount, listenersMessage, unmountAndInspect } from './unmount-inspection.js';

export type { MountErrorProbe } from './mount-error-probe.js';

/** A check that can be turned off: every one but `mount`, on which all others depend. */
export type SkippableCheckId = Exclude<ConformanceCheckId, 'mount'>;

export interface ConformanceOptions extends MountOptions {
  /** The app's manifest; its `version` and `contract` go into the report. */
  readonly manifest?: MountManifest & { readonly version?: string; readonly contract?: string };
  /** A string the app shows in each language; the check switches locale and waits for it. */
  readonly expectText: Readonly<Record<Locale, string>>;
  /** How long each step may take; the defaults keep the whole check under 2000 ms. */
  readonly timeLimits?: Partial<ConformanceTimeLimits>;
  /** The same as `timeLimits.locale` (the name of earlier versions). */
  readonly localeTimeout?: number;
  /** Fails the mount-time check when the first mount takes longer (default: only reported). */
  readonly maxMountMs?: number;
  /**
   * The state under which your app fails to mount. Without it, the kit makes every value of the
   * app's context throw when read, and checks that the error reaches the shell.
   */
  readonly mountErrorProbe?: MountErrorProbe;
  /** axe rules to turn off (ids), each with a reason in your own tests. */
  readonly disableAxeRules?: readonly string[];
  /**
   * Checks to turn off, each with the reason, which the report prints:
   * `{ 'mount-time': 'measured in our own performance test' }`. Every check runs by default.
   */
  readonly skip?: Readonly<Partial<Record<SkippableCheckId, string>>>;
  /**
   * The file, in your project's folder, that the `digioneTestRunner()` preset of
   * `@digione/sdk/test-runner` writes the report to (default "conformance-report.json"); `false`
   * writes none. Under another runner, nothing is written unless a file is named (then: an error).
   */
  readonly reportFile?: string | false;
}

const LOCALE_ORDER: readonly Locale[] = ['fi', 'sv', 'en'];

function checkSkips(skip: ConformanceOptions['skip']): Map<ConformanceCheckId, string> {
  const skips = new Map<ConformanceCheckId, string>();
  for (const [id, reason] of Object.entries(skip ?? {})) {
    if (!(CONFORMANCE_CHECKS as readonly string[]).includes(id) || id === 'mount') {
      throw new TypeError(
        `checkConformance: skip.${id} is not a check that can be turned off; those are ${CONFORMANCE_CHECKS.filter((c) => c !== 'mount').join(', ')}.`,
      );
    }
    if (typeof reason !== 'string' || reason.trim() === '') {
      throw new TypeError(
        `checkConformance: skip["${id}"] must be the reason the check is turned off (a non-empty string); got ${JSON.stringify(reason)}.`,
      );
    }
    skips.set(id as ConformanceCheckId, reason.trim());
  }
  return skips;
}

/**
 * Checks an app against the DigiOne contract in a test shell: it mounts and unmounts cleanly (no
 * DOM, mounted React root, window/document listeners or context subscriptions left), mounts again,
 * follows the locale (fi, sv, en), has no axe violations (WCAG 2.1 A/AA), reports an error thrown
 * in mount, and how long mounting takes (`CONFORMANCE_CHECK_DESCRIPTIONS`). Every step has a time
 * limit, and the whole check ends within `timeLimits.total` (15 s by default, under the test
 * timeout of the `digioneTestRunner()` preset), so a failing app is explained by the kit. Never throws for a failing app:
 * read the report, or pass it to `expectConformance`. Under the `digioneTestRunner()` preset the
 * report is written to `conformance-report.json`.
 *
 *   it('meets the DigiOne contract', async () =>
 *     expectConformance(await checkConformance(app, {
 *       expectText: { fi: 'Lukujärjestys', sv: 'Schema', en: 'Timetable' },
 *     })));
 */
export async function checkConformance(
  lifecycles: TestLifecycles,
  options: ConformanceOptions,
): Promise<ConformanceReport> {
  const budget = new Budget(timeLimitsOf(options.timeLimits, options.localeTimeout));
  const skips = checkSkips(options.skip);
  preloadAxe();
  const version = readSdkVersion();
  const checks = new Map<ConformanceCheckId, ConformanceCheck>();
  const record = (id: ConformanceCheckId, ok: boolean, message: string, since: number): void => {
    if (checks.has(id)) return;
    const skipped = skips.get(id);
    checks.set(
      id,
      skipped === undefined
        ? { id, ok, message, durationMs: performance.now() - since }
        : { id, ok: true, skipped, message: `Turned off: ${skipped}`, durationMs: 0 },
    );
  };
  const notRun = (id: ConformanceCheckId, why: string): void => {
    if (checks.has(id)) return;
    const skipped = skips.get(id);
    checks.set(id, {
      id,
      ok: true,
      skipped: skipped ?? why,
      message: skipped === undefined ? `Not run: ${why}` : `Turned off: ${skipped}`,
      durationMs: 0,
    });
  };
  const { expectText } = options;
  const initialLocale = options.locale ?? 'fi';
  const probe = new ListenerProbe();
  const shell = createTestShell(options);
  const bodyBefore = new Set(document.body.children);
  const shows = (text: string) => () => deepText(shell.container).includes(text);
  /** Waits for `text` within the locale limit: whether it showed, and if not, why it stopped. */
  const waitForText = async (text: string): Promise<string | undefined> => {
    const { ms, byTotal } = budget.limit('locale');
    if (await waitFor(shows(text), ms)) return undefined;
    return byTotal ? `before ${budget.explain('locale', true)}` : `within ${ms} ms`;
  };
  let mountMs = Number.NaN;

  probe.start();
  try {
    // Cycle 1: mount, follow the locale, axe, unmount.
    probe.phase = 'first';
    let started = performance.now();
    const first = await withinLimit(() => shell.mount(lifecycles), budget.limit('mount').ms);
    if (first.done) {
      mountMs = performance.now() - started;
      record('mount', true, 'The app mounted.', started);
    } else {
      record(
        'mount',
        false,
        first.timedOut
          ? `Mounting the app did not finish: ${budget.explain('mount', budget.limit('mount').byTotal)}. Resolve mount once the app is on screen; load what is slow after it.`
          : `Mounting the app failed: ${errorText(first.error)}. Make mount succeed with a signed-in person in locale "${initialLocale}" (pass the state your app needs in the options).`,
        started,
      );
    }

    if (first.done) {
      const app = first.value;
      // Locale switching.
      started = performance.now();
      const problems: string[] = [];
      const order = [...LOCALE_ORDER.filter((l) => l !== initialLocale), initialLocale];
      const firstMiss = await waitForText(expectText[initialLocale]);
      const firstRendered = firstMiss === undefined;
      if (firstMiss !== undefined) {
        problems.push(
          `in "${initialLocale}" (the locale it was mounted in) it did not show ${quote(expectText[initialLocale])} ${firstMiss}; it shows ${quote(deepText(shell.container))}`,
        );
      }
      for (const locale of order) {
        if (problems.length || skips.has('locale-switch')) break;
        shell.host.setLocale(locale);
        const miss = await waitForText(expectText[locale]);
        if (miss !== undefined) {
          problems.push(
            `after switching to "${locale}" it did not show ${quote(expectText[locale])} ${miss}; it shows ${quote(deepText(shell.container))}`,
          );
        }
      }
      if (shell.host.state.locale.value !== initialLocale) shell.host.setLocale(initialLocale);
      record(
        'locale-switch',
        !problems.length,
        problems.length
          ? `The app does not follow the shell's language: ${problems.join('; ')}. Read context.locale and re-render when it changes (ContextController does this for Lit elements; connectAppLocalization switches @lit/localize strings; useContextValue(context.locale) in React).`
          : `The app re-rendered in ${LOCALE_ORDER.join(', ')}.`,
        started,
      );

      // Accessibility.
      if (!skips.has('accessibility')) {
        await waitFor(shows(expectText[initialLocale]), budget.limit('locale').ms);
        started = performance.now();
        const { ms, byTotal } = budget.limit('accessibility');
        const axe = await withinLimit(
          () => checkAccessibility(shell.container, options.disableAxeRules),
          ms,
        );
        const result = axe.done
          ? axe.value
          : {
              ok: false,
              message: `axe did not finish: ${budget.explain('accessibility', byTotal)}.`,
            };
        record('accessibility', result.ok, result.message, started);
      }

      // Unmount: DOM and subscriptions.
      started = performance.now();
      const firstLeft = await unmountAndInspect(app, shell, bodyBefore, budget);
      const dom = judgeUnmount(firstLeft, 'no-dom-left');
      record('no-dom-left', dom.ok, dom.message, started);
      if (firstLeft.subscriptions.length) {
        const subs = judgeUnmount(firstLeft, 'no-subscriptions-left');
        record('no-subscriptions-left', false, subs.message, started);
      }
      for (const node of [...shell.container.childNodes]) node.remove();

      // Cycle 2: mount again; listeners are judged on this cycle, since the first may set up
      // page-wide state once (as the page's localization does).
      let listenerPhase = 'first';
      if (skips.has('remount')) {
        notRun('remount', '');
      } else {
        probe.phase = 'second';
        started = performance.now();
        const { ms, byTotal } = budget.limit('mount');
        const second = await withinLimit(() => shell.mount(lifecycles), ms);
        if (second.done) {
          listenerPhase = 'second';
          // Frameworks that render after mount resolves (React) get the time to render, and to
          // run their effects, before the unmount that the listener check judges.
          const miss = firstRendered
            ? await waitForText(expectText[initialLocale])
            : shell.container.childNodes.length
              ? undefined
              : 'at all';
          if (miss === undefined) {
            await settle();
            record(
              'remount',
              true,
              'The app mounted and rendered again after an unmount.',
              started,
            );
          } else {
            record(
              'remount',
              false,
              `The second mount did not show ${firstRendered ? quote(expectText[initialLocale]) : 'anything'} ${miss}, as the first did; it shows ${quote(deepText(shell.container))}. The shell mounts an app again each time the person comes back to it: mount must render from scratch every time.`,
              started,
            );
          }
          const again = await unmountAndInspect(second.value, shell, bodyBefore, budget);
          if (again.subscriptions.length) {
            const subs = judgeUnmount(again, 'no-subscriptions-left');
            record(
              'no-subscriptions-left',
              false,
              subs.message.replace('After unmount', 'After the second unmount'),
              started,
            );
          }
        } else {
          record(
            'remount',
            false,
            second.timedOut
              ? `Mounting the app a second time did not finish: ${budget.explain('mount', byTotal)}. The shell mounts an app again each time the person comes back to it.`
              : `Mounting the app a second time failed: ${errorText(second.error)}. The shell mounts an app again each time the person comes back to it: keep no state between mounts that stops this.`,
            started,
          );
        }
      }
      record(
        'no-subscriptions-left',
        true,
        'Unmount ended every subscription to the context.',
        started,
      );
      const left = probe.left(listenerPhase);
      record('no-listeners-left', !left.length, listenersMessage(left), started);
    }
  } finally {
    probe.stop();
    await withinLimit(() => shell.dispose(), budget.limits.unmount);
  }
  for (const id of CONFORMANCE_CHECKS) {
    if (id !== 'mount-error-reported' && id !== 'mount-time') notRun(id, 'the app did not mount.');
  }

  // An error thrown in mount reaches the shell.
  if (!skips.has('mount-error-reported')) {
    const started = performance.now();
    const result = await checkMountError(
      lifecycles,
      options,
      options.mountErrorProbe,
      budget,
      !Number.isNaN(mountMs),
    );
    if (result.skipped === undefined) {
      record('mount-error-reported', result.ok, result.message, started);
    } else {
      notRun('mount-error-reported', result.skipped);
    }
  }
  notRun('mount-error-reported', '');

  // Mount time.
  if (Number.isNaN(mountMs)) {
    notRun('mount-time', 'the app did not mount.');
  } else if (options.maxMountMs !== undefined && mountMs > options.maxMountMs) {
    record(
      'mount-time',
      false,
      `The first mount took ${mountMs.toFixed(1)} ms, more than the ${options.maxMountMs} ms allowed. Defer work that is not needed for the first render.`,
      performance.now(),
    );
  } else {
    record('mount-time', true, `The first mount took ${mountMs.toFixed(1)} ms.`, performance.now());
  }

  const listed = CONFORMANCE_CHECKS.map((id) => checks.get(id)).filter((c) => c !== undefined);
  const { manifest } = options;
  const report: ConformanceReport = {
    ok: listed.every((c) => c.ok),
    checks: listed,
    mountMs,
    app: {
      id: options.appId ?? manifest?.id ?? 'test-app',
      ...(manifest?.version === undefined ? {} : { version: manifest.version }),
      ...(manifest?.contract === undefined ? {} : { contract: manifest.contract }),
    },
    sdk: { version: await version, contractVersion: SDK_CONTRACT_VERSION },
    userAgent: navigator.userAgent,
    date: new Date().toISOString(),
  };
  if (options.reportFile !== false) {
    await writeReport(
      report,
      options.reportFile ?? DEFAULT_REPORT_FILE,
      options.reportFile !== undefined,
      200,
    );
  }
  return report;
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
