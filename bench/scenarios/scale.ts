/**
 * Scale: the portal's boot and navigation with 5, 50 and 500 apps registered, the registry sizes
 * taking turns within each run.
 */
import type { CDPSession } from '@playwright/test';
import { benchManifests, MESSAGES, scaledManifests } from '../apps/manifests.js';
import { ratio } from '../stats.js';
import { bootSample, readBootTimes, type BootSample } from './boot.js';
import {
  clickToRender,
  figures,
  FIRST_APP,
  load,
  open,
  repeat,
  rotate,
  type Env,
  type Figures,
} from './common.js';

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
  /**
   * The page's main-thread work, in ms of the thread's own time, from navigation until the first
   * app has rendered: what the registry's size costs, apart from waiting on the network.
   */
  readonly mainThread: Figures;
  /** Click → render between loaded apps, with this many apps registered. */
  readonly navigation: Figures;
}

export interface ScaleResult {
  readonly scales: readonly ScaleFigures[];
  /** Boot (`digione:shell:boot`) median with the most apps / with the fewest. */
  readonly bootRatio: number | null;
  readonly appRenderedRatio: number | null;
  /** Main-thread work median with the most apps / with the fewest. */
  readonly mainThreadRatio: number | null;
}

interface ScaleSample {
  readonly boot: BootSample;
  readonly mainThread: number;
  readonly navigation: number[];
}

/** The main thread's task time so far (the `Performance` domain enabled), in ms. */
async function taskMilliseconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const seconds = metrics.find((metric) => metric.name === 'TaskDuration')?.value;
  return seconds === undefined ? Number.NaN : seconds * 1000;
}

async function scaleOnce(env: Env, apps: number): Promise<ScaleSample> {
  env.stack.setRegistry(scaledManifests(apps));
  const tab = await open(env, 'shell');
  try {
    const { page, cdp } = tab;
    // Counted in the thread's own time, so that the machine's other work does not count.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await load(page, env, 'shell', FIRST_APP.route, FIRST_APP.id);
    const mainThread = await taskMilliseconds(cdp);
    const times = await readBootTimes(page, 'digione:shell:boot');
    const second = MESSAGES;
    // The second app's first load is not counted; then back and forth between loaded apps.
    await clickToRender(page, 'shell', second);
    const navigation: number[] = [];
    for (let i = 0; i < 4; i++) {
      navigation.push(await clickToRender(page, 'shell', i % 2 === 0 ? FIRST_APP : second));
    }
    return {
      boot: bootSample(times),
      mainThread,
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
        mainThread: figures(samples.map((s) => s.mainThread)),
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
      mainThreadRatio:
        fewest && most ? ratio(most.mainThread.summary, fewest.mainThread.summary) : null,
    };
  } finally {
    env.stack.setRegistry(benchManifests());
  }
}
