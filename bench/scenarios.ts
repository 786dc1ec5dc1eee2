/**
 * What the benchmark measures in the browser, for the portal (the shell's production build) and
 * for the bare single-spa baseline, with the same apps in the same run: boot, app switches,
 * language switches, memory over many switches, and the portal's boot and navigation with 5, 50
 * and 500 registered apps. Every sample comes from a fresh browser context (empty cache), and
 * every time is read from the page's own clock: a click's event time, an app's render mark, the
 * browser's paint entries, the shell's measures (shell/src/apps/perf.ts).
 */
import type { Browser, Locator, Page } from '@playwright/test';
import type { Locale } from '@digione/sdk';
import {
  BENCH_APPS,
  MESSAGES,
  TIMETABLE,
  benchManifests,
  scaledManifests,
  type BenchApp,
} from './apps/manifests.js';
import { openTab, sampleMemory, type MemorySample, type Tab, type Throttling } from './browser.js';
import type { Builds } from './build.js';
import type { BenchStack } from './servers.js';
import { ratio, summarize, type Summary } from './stats.js';

/** What every scenario needs. */
export interface Env {
  readonly browser: Browser;
  readonly builds: Builds;
  readonly stack: BenchStack;
  /** Restores the signed-in session in a fresh context of the portal. */
  readonly session: string;
  /** Measured runs (after `warmups` that are not counted). */
  readonly runs: number;
  readonly warmups: number;
  readonly log: (message: string) => void;
}

/** The two pages compared: the portal's shell and the bare single-spa root config. */
export type Kind = 'shell' | 'baseline';
export const KINDS: readonly Kind[] = ['shell', 'baseline'];

/** Each page's navigation, as a selector (found through shadow roots by the probe). */
const NAV: Readonly<Record<Kind, string>> = { shell: 'd1-shell-nav', baseline: '#bench-nav' };

interface Site {
  readonly origin: string;
  /** The measure that ends when the page stands with its apps registered. */
  readonly bootMeasure: string;
  /** The script restoring a session, for the portal. */
  readonly init: string | undefined;
}

function site(env: Env, kind: Kind): Site {
  return kind === 'shell'
    ? {
        origin: env.stack.portal.origin,
        bootMeasure: 'digione:shell:boot',
        init: env.session,
      }
    : {
        origin: env.stack.baseline.origin,
        bootMeasure: 'bench:baseline:boot',
        init: undefined,
      };
}

/** The app every boot opens at (a deep link). */
const FIRST_APP = TIMETABLE;
const APP_IDS = BENCH_APPS.map((app) => app.id);
const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  fi: 'suomi',
  sv: 'svenska',
  en: 'English',
};

async function open(env: Env, kind: Kind, throttling: Throttling = 'none'): Promise<Tab> {
  const { init } = site(env, kind);
  return openTab(env.browser, env.builds.probe, {
    throttling,
    ...(init === undefined ? {} : { init }),
  });
}

/**
 * Opens `path` and waits until `appId` (if any) has rendered, or the navigation stands, and the
 * page has had its first contentful paint.
 */
async function load(page: Page, env: Env, kind: Kind, path: string, appId?: string): Promise<void> {
  const timeout = 120_000;
  await page.goto(site(env, kind).origin + path, { waitUntil: 'commit', timeout });
  if (appId) {
    await page.waitForFunction((id) => (window.__d1bench?.renders(id).length ?? 0) > 0, appId, {
      timeout,
    });
  } else {
    await navLink(page, kind, FIRST_APP).waitFor({ timeout });
  }
  // The paint that shows a render comes after it: wait for its entry before reading it.
  await page.waitForFunction(
    () => performance.getEntriesByName('first-contentful-paint', 'paint').length > 0,
    null,
    { timeout },
  );
}

/** Waits two frames and a moment more: what a switch set going (focus, announcements) is done. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => {
          requestAnimationFrame(() => {
            setTimeout(resolve, 30);
          });
        });
      }),
  );
}

function navLink(page: Page, kind: Kind, app: BenchApp): Locator {
  return page.locator(NAV[kind]).getByRole('link', { name: app.name.fi, exact: true });
}

/** Several runs' figures summarised, with the raw values kept for the record. */
export interface Figures {
  readonly summary: Summary;
  readonly values: readonly number[];
}

function figures(values: readonly number[]): Figures {
  return { summary: summarize(values), values: values.map((v) => Math.round(v * 10) / 10) };
}

/** `list` rotated left by `by` (any whole number): each run takes its turns in another order. */
function rotate<T>(list: readonly T[], by: number): T[] {
  const shift = ((by % list.length) + list.length) % list.length;
  return [...list.slice(shift), ...list.slice(0, shift)];
}

/**
 * Measures the shell and the baseline in one run, the one first in even runs and the other in odd
 * ones: what follows a page just closed (the browser tidying up) falls on both alike.
 */
async function bothKinds<T>(
  run: number,
  measure: (kind: Kind) => Promise<T>,
): Promise<Record<Kind, T>> {
  const result: Partial<Record<Kind, T>> = {};
  for (const kind of rotate(KINDS, run)) result[kind] = await measure(kind);
  return result as Record<Kind, T>;
}

/** Runs `sample` warm-ups plus runs times, keeping the measured ones. */
async function repeat<T>(
  env: Env,
  what: string,
  sample: (run: number) => Promise<T>,
): Promise<T[]> {
  const kept: T[] = [];
  for (let run = -env.warmups; run < env.runs; run++) {
    env.log(`${what}: ${run < 0 ? 'warm-up' : `run ${run + 1}/${env.runs}`}`);
    const result = await sample(run);
    if (run >= 0) kept.push(result);
  }
  return kept;
}

// --- boot ---------------------------------------------------------------------------------------

interface BootSample {
  readonly firstPaint: number;
  readonly firstContentfulPaint: number;
  readonly boot: number;
  readonly appRendered: number;
  readonly scriptFiles: number;
  readonly scriptBytes: number;
}

/** Boot figures of one page, each in ms from navigation start (bytes for the scripts). */
export interface BootFigures {
  readonly firstPaint: Figures;
  readonly firstContentfulPaint: Figures;
  /** The page stands with its apps registered (the shell's `digione:shell:boot`). */
  readonly boot: Figures;
  /** The first app's first render is in the DOM. */
  readonly appRendered: Figures;
  /** JavaScript received before the first contentful paint: compressed bytes as sent. */
  readonly scriptBytesBeforeFcp: Figures;
}

export interface BootComparison {
  readonly shell: BootFigures;
  readonly baseline: BootFigures;
  /** Shell median / baseline median. */
  readonly ratio: {
    readonly firstContentfulPaint: number | null;
    readonly appRendered: number | null;
  };
}

async function bootOnce(env: Env, kind: Kind, throttling: Throttling): Promise<BootSample> {
  const tab = await open(env, kind, throttling);
  try {
    await load(tab.page, env, kind, FIRST_APP.route, FIRST_APP.id);
    const measure = site(env, kind).bootMeasure;
    const times = await tab.page.evaluate(([id, name]) => window.__d1bench?.bootTimes(id, name), [
      FIRST_APP.id,
      measure,
    ] as const);
    const fcp = times?.firstContentfulPaint ?? Number.NaN;
    const scripts = await tab.page.evaluate((t) => window.__d1bench?.scriptsBefore(t), fcp);
    return {
      firstPaint: times?.firstPaint ?? Number.NaN,
      firstContentfulPaint: fcp,
      boot: times?.boot ?? Number.NaN,
      appRendered: times?.appRendered ?? Number.NaN,
      scriptFiles: scripts?.files ?? Number.NaN,
      scriptBytes: scripts?.bytes ?? Number.NaN,
    };
  } finally {
    await tab.close();
  }
}

function bootFigures(samples: readonly BootSample[]): BootFigures {
  return {
    firstPaint: figures(samples.map((s) => s.firstPaint)),
    firstContentfulPaint: figures(samples.map((s) => s.firstContentfulPaint)),
    boot: figures(samples.map((s) => s.boot)),
    appRendered: figures(samples.map((s) => s.appRendered)),
    scriptBytesBeforeFcp: figures(samples.map((s) => s.scriptBytes)),
  };
}

/** Boot of the portal and of the baseline, taking turns, at `throttling`. */
export async function measureBoot(env: Env, throttling: Throttling): Promise<BootComparison> {
  const samples = await repeat(
    env,
    `boot (${throttling === 'slow' ? '4× CPU, Slow 4G' : 'unthrottled'})`,
    (run) => bothKinds(run, (kind) => bootOnce(env, kind, throttling)),
  );
  const shell = bootFigures(samples.map((s) => s.shell));
  const baseline = bootFigures(samples.map((s) => s.baseline));
  return {
    shell,
    baseline,
    ratio: {
      firstContentfulPaint: ratio(
        shell.firstContentfulPaint.summary,
        baseline.firstContentfulPaint.summary,
      ),
      appRendered: ratio(shell.appRendered.summary, baseline.appRendered.summary),
    },
  };
}

// --- app and language switches ------------------------------------------------------------------

/** Switches to measure per run, besides the first load of each app. */
const LOADED_SWITCHES_PER_RUN = 12;
/** The language cycle of each run (it ends where it began, in Finnish). */
const LANGUAGE_CYCLE: readonly Locale[] = ['sv', 'en', 'fi', 'en', 'sv', 'fi'];

/** Clicks the link to `app` and answers ms from the click's event to the app's render mark. */
async function clickToRender(page: Page, kind: Kind, app: BenchApp): Promise<number> {
  await page.evaluate((ids) => window.__d1bench?.clearRenders(ids), APP_IDS);
  const before = (await page.evaluate(() => window.__d1bench?.now())) ?? 0;
  await navLink(page, kind, app).click();
  const rendered = await page.evaluate(([id, after]) => window.__d1bench?.waitRender(id, after), [
    app.id,
    before,
  ] as const);
  const clicked = await page.evaluate(() => window.__d1bench?.lastClick());
  if (rendered === undefined || clicked === undefined || !(clicked >= before)) {
    throw new Error(`The click on ${app.id} was not seen by the page.`);
  }
  await settle(page);
  return rendered - clicked;
}

/** Chooses `locale` in the page's language control and answers ms until everything shows it. */
async function switchLanguage(page: Page, kind: Kind, locale: Locale): Promise<number> {
  const item =
    kind === 'shell'
      ? page.getByRole('menuitemradio', { name: LOCALE_NAMES[locale], exact: true })
      : page.locator(NAV.baseline).getByRole('button', { name: LOCALE_NAMES[locale], exact: true });
  if (kind === 'shell') {
    await page.locator('d1-language-picker').getByRole('button').first().click();
    await item.waitFor();
  }
  await page.evaluate(
    (spec) => {
      window.__d1bench?.armLanguage(spec);
    },
    {
      locale,
      nav: NAV[kind],
      labels: BENCH_APPS.map((app) => app.name[locale]),
    },
  );
  const before = (await page.evaluate(() => window.__d1bench?.now())) ?? 0;
  await item.click();
  const shown = await page.evaluate(() => window.__d1bench?.languageShown());
  const clicked = await page.evaluate(() => window.__d1bench?.lastClick());
  if (shown === undefined || clicked === undefined || !(clicked >= before)) {
    throw new Error(`The choice of "${locale}" was not seen by the page.`);
  }
  await settle(page);
  return shown - clicked;
}

interface SwitchSample {
  readonly firstLoad: number[];
  readonly loaded: number[];
  /** Switches to a language the page has shown before (its translations loaded). */
  readonly language: number[];
  /** Switches to a language the page shows for the first time (translations fetched on demand). */
  readonly languageFirst: number[];
  /** The shell's own measures of the first loads: import, bootstrap, mount (ms each). */
  readonly steps: { load: number[]; bootstrap: number[]; mount: number[] };
}

async function switchRun(env: Env, kind: Kind, run: number): Promise<SwitchSample> {
  const tab = await open(env, kind);
  try {
    const { page } = tab;
    await load(page, env, kind, '/');
    await settle(page);
    // Each run loads the apps in another order.
    const order = rotate(BENCH_APPS, run);
    const firstLoad: number[] = [];
    for (const app of order) firstLoad.push(await clickToRender(page, kind, app));
    const loaded: number[] = [];
    for (let i = 0; i < LOADED_SWITCHES_PER_RUN; i++) {
      loaded.push(await clickToRender(page, kind, order[i % order.length]));
    }
    const language: number[] = [];
    const languageFirst: number[] = [];
    const shown = new Set<Locale>(['fi']);
    for (const locale of LANGUAGE_CYCLE) {
      const time = await switchLanguage(page, kind, locale);
      (shown.has(locale) ? language : languageFirst).push(time);
      shown.add(locale);
    }
    const steps = { load: [] as number[], bootstrap: [] as number[], mount: [] as number[] };
    if (kind === 'shell') {
      for (const app of order) {
        for (const step of ['load', 'bootstrap', 'mount'] as const) {
          const durations = await page.evaluate(
            (name) => window.__d1bench?.measures(name) ?? [],
            `digione:app:${app.id}:${step}`,
          );
          const first = durations.at(0);
          if (first !== undefined) steps[step].push(first);
        }
      }
    }
    return { firstLoad, loaded, language, languageFirst, steps };
  } finally {
    await tab.close();
  }
}

export interface SwitchFigures {
  /** Click → render of an app loaded (and mounted) before. */
  readonly loaded: Figures;
  /** Click → render of an app loaded the first time (import, bootstrap, mount). */
  readonly firstLoad: Figures;
  /** Click → the page and every mounted app show a language shown before. */
  readonly language: Figures;
  /** The same, for a language shown the first time (its translations are fetched first). */
  readonly languageFirst: Figures;
}

export interface SwitchComparison {
  readonly shell: SwitchFigures;
  readonly baseline: SwitchFigures;
  readonly ratio: {
    readonly loaded: number | null;
    readonly firstLoad: number | null;
    readonly language: number | null;
    readonly languageFirst: number | null;
  };
  /** The shell's measures of a first load, by step (median ms). */
  readonly shellSteps: {
    readonly load: Figures;
    readonly bootstrap: Figures;
    readonly mount: Figures;
  };
}

export async function measureSwitches(env: Env): Promise<SwitchComparison> {
  const samples = await repeat(env, 'app and language switches', (run) =>
    bothKinds(run, (kind) => switchRun(env, kind, run)),
  );
  const of = (kind: Kind): SwitchFigures => ({
    loaded: figures(samples.flatMap((s) => s[kind].loaded)),
    firstLoad: figures(samples.flatMap((s) => s[kind].firstLoad)),
    language: figures(samples.flatMap((s) => s[kind].language)),
    languageFirst: figures(samples.flatMap((s) => s[kind].languageFirst)),
  });
  const shell = of('shell');
  const baseline = of('baseline');
  return {
    shell,
    baseline,
    ratio: {
      loaded: ratio(shell.loaded.summary, baseline.loaded.summary),
      firstLoad: ratio(shell.firstLoad.summary, baseline.firstLoad.summary),
      language: ratio(shell.language.summary, baseline.language.summary),
      languageFirst: ratio(shell.languageFirst.summary, baseline.languageFirst.summary),
    },
    shellSteps: {
      load: figures(samples.flatMap((s) => s.shell.steps.load)),
      bootstrap: figures(samples.flatMap((s) => s.shell.steps.bootstrap)),
      mount: figures(samples.flatMap((s) => s.shell.steps.mount)),
    },
  };
}

// --- leaks --------------------------------------------------------------------------------------

/** Memory after a number of switches, with the page's count of marks and measures. */
export interface Checkpoint extends MemorySample {
  readonly switches: number;
  readonly userTimings: number;
}

export interface LeakFigures {
  readonly early: Checkpoint;
  readonly late: Checkpoint;
  /** Every sample, from `early` to `late`: whether memory levels off or keeps growing. */
  readonly checkpoints: readonly Checkpoint[];
  /** How many switches each sample follows. */
  readonly switches: { readonly early: number; readonly late: number };
  readonly heapGrowth: number;
  readonly nodeGrowth: number;
  readonly listenerGrowth: number;
  readonly detachedGrowth: number | null;
}

export interface LeakComparison {
  readonly shell: LeakFigures;
  readonly baseline: LeakFigures;
}

async function leakRun(env: Env, kind: Kind, early: number, late: number): Promise<LeakFigures> {
  const tab = await open(env, kind);
  try {
    const { page, cdp } = tab;
    await load(page, env, kind, FIRST_APP.route, FIRST_APP.id);
    const targets = BENCH_APPS.map((app) => ({ id: app.id, href: app.route }));
    const nav = NAV[kind];
    const drive = (count: number): Promise<unknown> =>
      page.evaluate(([selector, list, n]) => window.__d1bench?.switchApps(selector, list, n), [
        nav,
        targets,
        count,
      ] as const);
    const stops = [early, Math.round(late / 5), Math.round(late / 2), late].filter(
      (n, i, all) => n >= early && n <= late && all.indexOf(n) === i,
    );
    const checkpoints: Checkpoint[] = [];
    let done = 0;
    for (const stop of stops) {
      await drive(stop - done);
      done = stop;
      checkpoints.push({
        ...(await sampleMemory(cdp)),
        switches: done,
        userTimings: (await page.evaluate(() => window.__d1bench?.userTimings())) ?? Number.NaN,
      });
      env.log(`leaks (${kind}): ${done} of ${late} switches`);
    }
    const first = checkpoints[0];
    const second = checkpoints[checkpoints.length - 1];
    return {
      early: first,
      late: second,
      checkpoints,
      switches: { early, late },
      heapGrowth: second.heapUsed - first.heapUsed,
      nodeGrowth: second.nodes - first.nodes,
      listenerGrowth: second.jsEventListeners - first.jsEventListeners,
      detachedGrowth:
        first.detached === null || second.detached === null
          ? null
          : second.detached - first.detached,
    };
  } finally {
    await tab.close();
  }
}

export async function measureLeaks(env: Env, early: number, late: number): Promise<LeakComparison> {
  return {
    shell: await leakRun(env, 'shell', early, late),
    baseline: await leakRun(env, 'baseline', early, late),
  };
}

// --- scale --------------------------------------------------------------------------------------

export const SCALES = [5, 50, 500] as const;
/**
 * Boots of each registry size per run: the budget compares sizes within 10 %, closer than one boot
 * per run tells apart on a busy machine.
 */
const SCALE_SAMPLES_PER_RUN = 2;

export interface ScaleFigures {
  readonly apps: number;
  readonly firstContentfulPaint: Figures;
  readonly boot: Figures;
  readonly appRendered: Figures;
  /** Click → render between loaded apps, with this many apps registered. */
  readonly navigation: Figures;
}

export interface ScaleResult {
  readonly scales: readonly ScaleFigures[];
  /** Boot (`digione:shell:boot`) median with the most apps / with the fewest. */
  readonly bootRatio: number | null;
  readonly appRenderedRatio: number | null;
}

interface ScaleSample {
  readonly boot: BootSample;
  readonly navigation: number[];
}

async function scaleOnce(env: Env, apps: number): Promise<ScaleSample> {
  env.stack.setRegistry(scaledManifests(apps));
  const tab = await open(env, 'shell');
  try {
    const { page } = tab;
    await load(page, env, 'shell', FIRST_APP.route, FIRST_APP.id);
    const times = await page.evaluate(
      (id) => window.__d1bench?.bootTimes(id, 'digione:shell:boot'),
      FIRST_APP.id,
    );
    const second = MESSAGES;
    // The second app's first load is not counted; then back and forth between loaded apps.
    await clickToRender(page, 'shell', second);
    const navigation: number[] = [];
    for (let i = 0; i < 4; i++) {
      navigation.push(await clickToRender(page, 'shell', i % 2 === 0 ? FIRST_APP : second));
    }
    return {
      boot: {
        firstPaint: times?.firstPaint ?? Number.NaN,
        firstContentfulPaint: times?.firstContentfulPaint ?? Number.NaN,
        boot: times?.boot ?? Number.NaN,
        appRendered: times?.appRendered ?? Number.NaN,
        scriptFiles: Number.NaN,
        scriptBytes: Number.NaN,
      },
      navigation,
    };
  } finally {
    await tab.close();
  }
}

/** The portal with 5, 50 and 500 apps registered, the sizes taken in turn within each run. */
export async function measureScale(
  env: Env,
  scales: readonly number[] = SCALES,
): Promise<ScaleResult> {
  try {
    const runs = await repeat(env, `scale (${scales.join(', ')} apps)`, async (run) => {
      const byScale: ScaleSample[][] = scales.map(() => []);
      for (let i = 0; i < SCALE_SAMPLES_PER_RUN; i++) {
        // The sizes take turns in another order each time: none always follows the largest.
        for (const j of rotate([...scales.keys()], run * SCALE_SAMPLES_PER_RUN + i)) {
          byScale[j]?.push(await scaleOnce(env, scales[j] ?? 0));
        }
      }
      return byScale;
    });
    const result = scales.map((apps, i) => {
      const samples = runs.flatMap((run) => run[i] ?? []);
      return {
        apps,
        firstContentfulPaint: figures(samples.map((s) => s.boot.firstContentfulPaint)),
        boot: figures(samples.map((s) => s.boot.boot)),
        appRendered: figures(samples.map((s) => s.boot.appRendered)),
        navigation: figures(samples.flatMap((s) => s.navigation)),
      };
    });
    const fewest = result.at(0);
    const most = result.at(-1);
    return {
      scales: result,
      bootRatio: fewest && most ? ratio(most.boot.summary, fewest.boot.summary) : null,
      appRenderedRatio:
        fewest && most ? ratio(most.appRendered.summary, fewest.appRendered.summary) : null,
    };
  } finally {
    env.stack.setRegistry(benchManifests());
  }
}
