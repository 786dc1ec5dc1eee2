/**
 * What every scenario of the benchmark shares: the environment, the two pages compared (the
 * portal's shell and the bare single-spa baseline), opening and loading a page in a fresh browser
 * context, clicking to an app, and turning runs into figures. Every time is read from the page's
 * own clock: a click's event time, an app's render mark, the browser's paint entries, the shell's
 * measures (shell/src/apps/perf.ts).
 */
import type { Browser, Locator, Page } from '@playwright/test';
import type { Locale } from '@digione/sdk';
import { BENCH_APPS, TIMETABLE, type BenchApp } from '../apps/manifests.js';
import { openTab, type Tab, type Throttling } from '../browser.js';
import type { Builds } from '../build.js';
import type { BenchStack } from '../servers.js';
import { summarize, type Summary } from '../stats.js';

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
export const NAV: Readonly<Record<Kind, string>> = {
  shell: 'd1-shell-nav',
  baseline: '#bench-nav',
};

interface Site {
  readonly origin: string;
  /** The measure that ends when the page stands with its apps registered. */
  readonly bootMeasure: string;
  /** The script restoring a session, for the portal. */
  readonly init: string | undefined;
}

export function site(env: Env, kind: Kind): Site {
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
export const FIRST_APP = TIMETABLE;
const APP_IDS = BENCH_APPS.map((app) => app.id);
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  fi: 'suomi',
  sv: 'svenska',
  en: 'English',
};

export async function open(env: Env, kind: Kind, throttling: Throttling = 'none'): Promise<Tab> {
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
export async function load(
  page: Page,
  env: Env,
  kind: Kind,
  path: string,
  appId?: string,
): Promise<void> {
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
export async function settle(page: Page): Promise<void> {
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

export function navLink(page: Page, kind: Kind, app: BenchApp): Locator {
  return page.locator(NAV[kind]).getByRole('link', { name: app.name.fi, exact: true });
}

/** Clicks the link to `app` and answers ms from the click's event to the app's render mark. */
export async function clickToRender(page: Page, kind: Kind, app: BenchApp): Promise<number> {
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

/** Several runs' figures summarised, with the raw values kept for the record. */
export interface Figures {
  readonly summary: Summary;
  readonly values: readonly number[];
}

export function figures(values: readonly number[]): Figures {
  return { summary: summarize(values), values: values.map((v) => Math.round(v * 10) / 10) };
}

/** `list` rotated left by `by` (any whole number): each run takes its turns in another order. */
export function rotate<T>(list: readonly T[], by: number): T[] {
  const shift = ((by % list.length) + list.length) % list.length;
  return [...list.slice(shift), ...list.slice(0, shift)];
}

/**
 * Measures the shell and the baseline in one run, the one first in even runs and the other in odd
 * ones: what follows a page just closed (the browser tidying up) falls on both alike.
 */
export async function bothKinds<T>(
  run: number,
  measure: (kind: Kind) => Promise<T>,
): Promise<Record<Kind, T>> {
  const result: Partial<Record<Kind, T>> = {};
  for (const kind of rotate(KINDS, run)) result[kind] = await measure(kind);
  return result as Record<Kind, T>;
}

/** Runs `sample` warm-ups plus runs times, keeping the measured ones. */
export async function repeat<T>(
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
