/**
 * The benchmark's results and the budgets of the product brief (/work/shared/PRODUCT.md, "the
 * bar") checked against what was measured.
 */
import type { WeightResult } from '../weight.js';
import type { BootComparison } from '../scenarios/boot.js';
import type { LeakComparison, LeakFigures } from '../scenarios/leaks.js';
import type { ProviderScaleResult } from '../scenarios/providers.js';
import type { ScaleResult } from '../scenarios/scale.js';
import type { SwitchComparison } from '../scenarios/switches.js';
import { kib, KIB, mib, MIB, ms, signed, times } from './format.js';

/** Where a run took place. */
export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly os: string;
  readonly node: string;
  readonly chromium: string;
  /** 1-minute load average at the start and at the end of the run. */
  readonly load: readonly [number, number];
}

export interface Results {
  readonly version: 1;
  readonly date: string;
  readonly seconds: number;
  readonly options: {
    readonly runs: number;
    readonly warmups: number;
    readonly quick: boolean;
    readonly only: readonly string[];
    readonly switches: readonly [number, number];
  };
  readonly machine: Machine;
  readonly weight?: WeightResult;
  readonly boot?: { readonly unthrottled: BootComparison; readonly throttled: BootComparison };
  readonly switches?: SwitchComparison;
  readonly leaks?: LeakComparison;
  readonly scale?: ScaleResult;
  readonly providers?: ProviderScaleResult;
  readonly budgets: readonly Budget[];
  /** Every budget measured was met. */
  readonly passed: boolean;
}

/** One budget of the product brief and how the run did against it. */
export interface Budget {
  readonly id: string;
  readonly label: string;
  /** The limit, as the brief words it. */
  readonly limit: string;
  /** What was measured, formatted; "not measured" when its part did not run. */
  readonly measured: string;
  /** Null when not measured. */
  readonly pass: boolean | null;
}

function budget(
  id: string,
  label: string,
  limit: string,
  value: number | null | undefined,
  met: (value: number) => boolean,
  format: (value: number) => string,
): Budget {
  if (value === undefined || value === null || Number.isNaN(value)) {
    return { id, label, limit, measured: 'not measured', pass: null };
  }
  return { id, label, limit, measured: format(value), pass: met(value) };
}

/** A budget of at most `limit` KiB. */
function kibBudget(id: string, label: string, limit: number, value: number | undefined): Budget {
  return budget(id, label, `≤ ${limit} KiB`, value, (v) => v <= limit * KIB, kib);
}

/** A budget of at most `limit` ms. */
function msBudget(
  id: string,
  label: string,
  limit: number,
  value: number | null | undefined,
): Budget {
  return budget(id, label, `≤ ${limit} ms`, value, (v) => v <= limit, ms);
}

/** A budget of at most `limit` times another figure (the baseline's, or a smaller setup's). */
function ratioBudget(
  id: string,
  label: string,
  limit: number,
  value: number | null | undefined,
): Budget {
  return budget(id, label, `≤ ${limit}×`, value, (v) => v <= limit, times);
}

/** The brief's budgets against the results (medians where the brief says so). */
export function checkBudgets(results: Omit<Results, 'budgets' | 'passed'>): Budget[] {
  const { weight, boot, switches, leaks, scale, providers } = results;
  const late = results.options.switches[1];
  return [
    ratioBudget(
      'first-app-throttled',
      'First app rendered, signed in, 4× CPU + Slow 4G ÷ the baseline (median)',
      1.25,
      boot?.throttled.ratio.appRendered,
    ),
    ratioBudget(
      'first-app-unthrottled',
      'First app rendered, signed in, unthrottled ÷ the baseline (median)',
      1.5,
      boot?.unthrottled.ratio.appRendered,
    ),
    // No scenario measures these yet: they stand here so the report says so.
    ratioBudget(
      'reload',
      "The default configuration's reload ÷ the baseline's (no scenario yet)",
      1.5,
      undefined,
    ),
    budget(
      'repeat-visit',
      'A repeat visit paints the frame with no network (no scenario yet)',
      'yes',
      undefined,
      (v) => v === 1,
      (v) => (v === 1 ? 'yes' : 'no'),
    ),
    kibBudget(
      'whole-shell',
      'Whole shell, JS + CSS, apps excluded (gzip)',
      90,
      weight?.wholeShell.gzip,
    ),
    kibBudget(
      'shell-own',
      "The shell's own code and CSS, of the whole shell (gzip)",
      30,
      weight?.groups.shell.gzip,
    ),
    kibBudget(
      'first-paint-js',
      'Shell JS needed before first paint (gzip)',
      30,
      weight?.firstPaintJs.gzip,
    ),
    msBudget(
      'switch-loaded',
      'Switch to a loaded app, click → render (median)',
      16,
      switches?.shell.loaded.summary.median,
    ),
    msBudget(
      'switch-first-load',
      'Switch to an app not loaded yet, localhost (median)',
      100,
      switches?.shell.firstLoad.summary.median,
    ),
    ratioBudget(
      'language',
      'Language switch, shell + mounted apps, translations loaded ÷ the baseline (median)',
      2,
      switches?.ratio.language,
    ),
    budget(
      'heap-growth',
      `JS heap growth, ${late} switches against ${results.options.switches[0]}`,
      '< 1 MiB',
      leaks?.shell.heapGrowth,
      (v) => v < MIB,
      (v) => signed(mib(v), v),
    ),
    budget(
      'detached-dom',
      `Detached DOM after ${late} switches (besides Lit's templates, or growth)`,
      'none',
      detachedLeft(leaks?.shell),
      (v) => v === 0,
      (v) => `${v} element${v === 1 ? '' : 's'}`,
    ),
    ratioBudget(
      'scale-boot',
      `Boot with ${scale?.scales.at(-1)?.apps ?? 500} apps ÷ with ${scale?.scales[0]?.apps ?? 5} (median)`,
      1.1,
      scale?.bootRatio,
    ),
    ratioBudget(
      'providers-boot',
      'Boot to the first app rendered, 70 providers and 500 apps ÷ 1 provider and 5 (median)',
      1.1,
      providers?.appRenderedRatio,
    ),
  ];
}

/** Detached elements that count as left behind: non-template ones, or any growth in the count. */
function detachedLeft(leak: LeakFigures | undefined): number | null | undefined {
  if (!leak) return undefined;
  const other = leak.late.detachedOther;
  if (other === null || leak.detachedGrowth === null) return null;
  return Math.max(other, leak.detachedGrowth);
}
