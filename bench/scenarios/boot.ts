/**
 * Boot: the portal and the baseline opened at a deep link to the first app, each in a fresh
 * context, at full speed or throttled: first paints, the page standing, the app rendered, and the
 * JavaScript received before the first contentful paint.
 */
import type { Page } from '@playwright/test';
import type { Throttling } from '../browser.js';
import type { BenchProbe } from '../probe/probe.js';
import { ratio } from '../stats.js';
import {
  bothKinds,
  figures,
  FIRST_APP,
  load,
  open,
  repeat,
  site,
  type Env,
  type Figures,
  type Kind,
} from './common.js';

export interface BootSample {
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

type BootTimes = ReturnType<BenchProbe['bootTimes']>;

/** The probe's boot times of the first app on a loaded page, up to the measure `bootMeasure`. */
export function readBootTimes(page: Page, bootMeasure: string): Promise<BootTimes | undefined> {
  return page.evaluate(([id, name]) => window.__d1bench?.bootTimes(id, name), [
    FIRST_APP.id,
    bootMeasure,
  ] as const);
}

/** A boot sample from the probe's times and, where they were counted, the scripts before FCP. */
export function bootSample(
  times: BootTimes | undefined,
  scripts?: { readonly files: number; readonly bytes: number },
): BootSample {
  return {
    firstPaint: times?.firstPaint ?? Number.NaN,
    firstContentfulPaint: times?.firstContentfulPaint ?? Number.NaN,
    boot: times?.boot ?? Number.NaN,
    appRendered: times?.appRendered ?? Number.NaN,
    scriptFiles: scripts?.files ?? Number.NaN,
    scriptBytes: scripts?.bytes ?? Number.NaN,
  };
}

async function bootOnce(env: Env, kind: Kind, throttling: Throttling): Promise<BootSample> {
  const tab = await open(env, kind, throttling);
  try {
    await load(tab.page, env, kind, FIRST_APP.route, FIRST_APP.id);
    const times = await readBootTimes(tab.page, site(env, kind).bootMeasure);
    const fcp = times?.firstContentfulPaint ?? Number.NaN;
    const scripts = await tab.page.evaluate((t) => window.__d1bench?.scriptsBefore(t), fcp);
    return bootSample(times, scripts);
  } finally {
    await tab.close();
  }
}

export function bootFigures(samples: readonly BootSample[]): BootFigures {
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
