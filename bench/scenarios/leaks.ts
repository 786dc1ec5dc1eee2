/**
 * Leaks: the page switches between its apps many times, and memory, DOM nodes, listeners and the
 * page's marks and measures are sampled from the early count of switches to the late one.
 */
import { BENCH_APPS } from '../apps/manifests.js';
import { sampleMemory, type MemorySample } from '../browser.js';
import { FIRST_APP, load, NAV, open, type Env, type Kind } from './common.js';

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
