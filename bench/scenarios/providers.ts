/**
 * Scale of the configuration: the portal booting for a teacher with a national platform's
 * configuration — 70 education providers, each its own file on a CDN, about 1 000 schools, 500 apps
 * in the registry — against one provider with 5 apps, the two taking turns within each run.
 */
import { nationalScale, oneProvider, type ProviderSetup } from '../apps/providers.js';
import { benchManifests } from '../apps/manifests.js';
import { median, ratio } from '../stats.js';
import { bootSample, readBootTimes, type BootSample } from './boot.js';
import {
  figures,
  FIRST_APP,
  load,
  open,
  repeat,
  rotate,
  type Env,
  type Figures,
} from './common.js';

/** Boots of each configuration per run (the budget compares them within 10 %). */
const SAMPLES_PER_RUN = 3;

export interface ProviderScaleFigures {
  readonly label: string;
  readonly providers: number;
  readonly schools: number;
  readonly apps: number;
  /** The apps the teacher sees at their school. */
  readonly visible: number;
  readonly firstContentfulPaint: Figures;
  /** The frame stands with the person's apps registered (`digione:shell:boot`). */
  readonly boot: Figures;
  /** The first useful paint: the app of the deep link rendered. */
  readonly appRendered: Figures;
}

export interface ProviderScaleResult {
  readonly setups: readonly ProviderScaleFigures[];
  /** Medians of the national configuration ÷ those of one provider. */
  readonly bootRatio: number | null;
  readonly appRenderedRatio: number | null;
  /**
   * The median of the ratios of boots taken one after the other (national ÷ one provider, first
   * app rendered): less moved by a machine whose load changes during the run.
   */
  readonly pairedRatio: number | null;
}

async function bootOnce(env: Env, setup: ProviderSetup): Promise<BootSample & { visible: number }> {
  env.stack.setRegistry(setup.registry);
  env.stack.setProviders(setup.config(env.stack.cdn.origin), setup.files);
  const tab = await open(env, 'shell');
  try {
    const { page } = tab;
    await load(page, env, 'shell', FIRST_APP.route, FIRST_APP.id);
    const times = await readBootTimes(page, 'digione:shell:boot');
    const visible = await page.evaluate(
      () =>
        (document.querySelector('d1-shell') as (Element & { switcherApps?: unknown[] }) | null)
          ?.switcherApps?.length ?? 0,
    );
    return { ...bootSample(times), visible };
  } finally {
    await tab.close();
  }
}

/** The national configuration against one provider's, the two taken in turn within each run. */
export async function measureProviderScale(env: Env): Promise<ProviderScaleResult> {
  const one = oneProvider();
  const national = nationalScale();
  const setups = [one, national] as const;
  try {
    const runs = await repeat(
      env,
      `providers (${setups.map((s) => s.label).join(' / ')})`,
      async (run) => {
        const bySetup: (BootSample & { visible: number })[][] = setups.map(() => []);
        for (let i = 0; i < SAMPLES_PER_RUN; i++) {
          for (const j of rotate([...setups.keys()], run * SAMPLES_PER_RUN + i)) {
            bySetup[j]?.push(await bootOnce(env, setups[j]));
          }
        }
        return bySetup;
      },
    );
    const figuresOf = (setup: ProviderSetup, i: number): ProviderScaleFigures => {
      const samples = runs.flatMap((run) => run[i] ?? []);
      return {
        label: setup.label,
        providers: setup.providers,
        schools: setup.schools,
        apps: setup.apps,
        visible: samples.at(0)?.visible ?? 0,
        firstContentfulPaint: figures(samples.map((s) => s.firstContentfulPaint)),
        boot: figures(samples.map((s) => s.boot)),
        appRendered: figures(samples.map((s) => s.appRendered)),
      };
    };
    const small = figuresOf(setups[0], 0);
    const large = figuresOf(setups[1], 1);
    const result = [small, large];
    const pairs = runs.flatMap(([ones = [], nationals = []]) =>
      ones.flatMap((a, i) => {
        const b = nationals.at(i);
        return b === undefined || !(a.appRendered > 0) ? [] : [b.appRendered / a.appRendered];
      }),
    );
    return {
      setups: result,
      bootRatio: ratio(large.boot.summary, small.boot.summary),
      appRenderedRatio: ratio(large.appRendered.summary, small.appRendered.summary),
      pairedRatio: median(pairs),
    };
  } finally {
    env.stack.setProviders(undefined);
    env.stack.setRegistry(benchManifests());
  }
}
