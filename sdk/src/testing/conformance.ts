import type { AxeResults, RunOptions } from 'axe-core';
import type { Locale } from '../context/types.js';
import { ListenerProbe } from './listener-probe.js';
import {
  createTestShell,
  deepText,
  type MountOptions,
  type MountedApp,
  type TestLifecycles,
  type TestShell,
} from './mount.js';

/** The checks of `checkConformance`, in the order they run. */
export type ConformanceCheckId =
  | 'mount'
  | 'no-dom-left'
  | 'no-listeners-left'
  | 'no-subscriptions-left'
  | 'remount'
  | 'locale-switch'
  | 'accessibility'
  | 'mount-error-reported'
  | 'mount-time';

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

/** A way to make the app fail in mount, to see that the failure reaches the shell. */
export interface MountErrorProbe {
  /** The shell state (and services) under which the app fails to mount, e.g. `{ user: null }`. */
  readonly options?: MountOptions;
  /** A variant of the app that fails to mount (default the app itself). */
  readonly app?: TestLifecycles;
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
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Axe {
  run(context: Element, options: RunOptions): Promise<AxeResults>;
}

let axeLoading: Promise<Axe> | undefined;

/** axe-core, loaded once (its browser build registers `window.axe`; bundlers give a default). */
function loadAxe(): Promise<Axe> {
  axeLoading ??= import('axe-core').then((module: unknown) => {
    const fromWindow = (window as { axe?: Axe }).axe;
    const fromModule = (module as { default?: Axe }).default;
    const axe = fromWindow ?? fromModule;
    if (!axe || typeof axe.run !== 'function') {
      throw new Error('[D1-SDK-190] checkConformance: axe-core could not be loaded.');
    }
    return axe;
  });
  return axeLoading;
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

function quote(text: string, max = 80): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(t.length > max ? `${t.slice(0, max)}…` : t);
}

function describeNode(node: Node): string {
  if (node instanceof Element) {
    const id = node.id ? `#${node.id}` : '';
    const cls = node.classList.length ? `.${[...node.classList].join('.')}` : '';
    return `<${node.localName}${id}${cls}>`;
  }
  return `text ${quote(node.textContent ?? '', 30)}`;
}

/** What is left in `container`: elements and non-blank text (comment markers are fine). */
function leftovers(container: Element): Node[] {
  return [...container.childNodes].filter(
    (n) =>
      n.nodeType === Node.ELEMENT_NODE ||
      (n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== ''),
  );
}

function hasContent(container: Element): boolean {
  return leftovers(container).length > 0;
}

/**
 * The elements React still renders into. React marks a root's container with a
 * `__reactContainer$…` property and clears it in `root.unmount()`; a root left mounted keeps the
 * app's components and their effects alive after the shell removed its element. (React's own
 * marker: when a React version names it otherwise, this finds nothing rather than too much.)
 */
function mountedReactRoots(elements: readonly Element[]): Element[] {
  return elements.filter((element) =>
    Object.keys(element).some(
      (key) =>
        key.startsWith('__reactContainer$') &&
        (element as unknown as Record<string, unknown>)[key] != null,
    ),
  );
}

async function waitFor(test: () => boolean, timeout: number): Promise<boolean> {
  const end = performance.now() + timeout;
  for (;;) {
    if (test()) return true;
    if (performance.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Lets work an app scheduled after rendering (a framework's effects) run. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 20));
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

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
      for (const id of [
        'no-dom-left',
        'no-listeners-left',
        'no-subscriptions-left',
        'remount',
        'locale-switch',
        'accessibility',
      ] as const) {
        skip(id, 'Not run: the app did not mount.');
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
      try {
        await waitFor(showsInitialText, localeTimeout);
        const axe = await loadAxe();
        const rules = Object.fromEntries(
          (options.disableAxeRules ?? []).map((id) => [id, { enabled: false }]),
        );
        const results = await axe.run(shell.container, {
          runOnly: { type: 'tag', values: WCAG_TAGS },
          rules,
        });
        if (results.violations.length === 0) {
          pass('accessibility', 'axe found no WCAG 2.1 A/AA violations.');
        } else {
          const list = results.violations.map((v) => {
            const where = v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' > '))
              .join(', ');
            return `${v.id} (${v.help}) at ${where} — ${v.helpUrl}`;
          });
          fail(
            'accessibility',
            `axe found ${plural(results.violations.length, 'WCAG 2.1 A/AA violation', 'WCAG 2.1 A/AA violations')}: ${list.join('; ')}. The portal must meet WCAG 2.1 AA; fix these before going live.`,
          );
        }
      } catch (error) {
        fail('accessibility', `axe could not check the app: ${errorText(error)}.`);
      }

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
    const failing = createTestShell({ ...options, ...errorProbe.options });
    let rejected = false;
    try {
      await failing.mount(errorProbe.app ?? lifecycles);
    } catch {
      rejected = true;
    }
    const reported = failing.records.errors.length > 0;
    await failing.dispose().catch(() => undefined);
    if (rejected && reported) {
      pass('mount-error-reported', 'An error in mount was reported to the shell and rethrown.');
    } else if (!rejected && !reported) {
      fail(
        'mount-error-reported',
        "Under the mountErrorProbe the app swallowed its mount error: mount resolved and nothing was passed to context.reportError. Let the error out of mount (defineMicroApp reports and rethrows it), so the shell can show it in the app's area — or check that mountErrorProbe really makes your app fail.",
      );
    } else if (!rejected) {
      fail(
        'mount-error-reported',
        'Under the mountErrorProbe the app reported an error but mount resolved: rethrow the error from mount, so the shell knows the app is not running.',
      );
    } else {
      fail(
        'mount-error-reported',
        "Under the mountErrorProbe mount rejected but the error was not passed to context.reportError: report it before rethrowing, so the shell can show it in the app's area and log it for the operator (defineMicroApp does both).",
      );
    }
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

  const order: ConformanceCheckId[] = [
    'mount',
    'no-dom-left',
    'no-listeners-left',
    'no-subscriptions-left',
    'remount',
    'locale-switch',
    'accessibility',
    'mount-error-reported',
    'mount-time',
  ];
  checks.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
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
