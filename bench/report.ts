/**
 * The benchmark's results: the budgets of the product brief (/work/shared/PRODUCT.md, "the bar")
 * checked against what was measured, and the Markdown tables that report it all.
 */
import type { WeightResult, Size, Group } from './weight.js';
import { GROUP_LABELS } from './weight.js';
import type {
  BootComparison,
  Figures,
  LeakComparison,
  LeakFigures,
  ScaleResult,
  SwitchComparison,
} from './scenarios.js';

export const KIB = 1024;
export const MIB = 1024 * 1024;

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

const kib = (bytes: number): string => `${(bytes / KIB).toFixed(1)} KiB`;
const mib = (bytes: number): string => `${(bytes / MIB).toFixed(2)} MiB`;
const ms = (value: number | null): string => (value === null ? '–' : `${value.toFixed(1)} ms`);
const times = (value: number | null): string => (value === null ? '–' : `${value.toFixed(2)}×`);
const signed = (text: string, value: number): string => (value >= 0 ? `+${text}` : text);

/** "median / p95 ms (n)". */
function medianP95(figures: Figures): string {
  const { median, p95, n } = figures.summary;
  if (median === null || p95 === null) return '–';
  return `${median.toFixed(1)} / ${p95.toFixed(1)} (n=${n})`;
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

/** The brief's budgets against the results (medians where the brief says so). */
export function checkBudgets(results: Omit<Results, 'budgets' | 'passed'>): Budget[] {
  const { weight, switches, leaks, scale } = results;
  const late = results.options.switches[1];
  return [
    budget(
      'first-paint-js',
      'Shell JS needed before first paint (gzip)',
      '≤ 30 KiB',
      weight?.firstPaintJs.gzip,
      (v) => v <= 30 * KIB,
      kib,
    ),
    budget(
      'whole-shell',
      'Whole shell, JS + CSS, apps excluded (gzip)',
      '≤ 50 KiB',
      weight?.wholeShell.gzip,
      (v) => v <= 50 * KIB,
      kib,
    ),
    budget(
      'switch-loaded',
      'Switch to a loaded app, click → render (median)',
      '≤ 16 ms',
      switches?.shell.loaded.summary.median,
      (v) => v <= 16,
      ms,
    ),
    budget(
      'switch-first-load',
      'Switch to an app not loaded yet, localhost (median)',
      '≤ 100 ms',
      switches?.shell.firstLoad.summary.median,
      (v) => v <= 100,
      ms,
    ),
    budget(
      'language',
      'Language switch, shell + mounted apps, translations loaded (median)',
      '≤ 16 ms',
      switches?.shell.language.summary.median,
      (v) => v <= 16,
      ms,
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
    budget(
      'scale-boot',
      `Boot with ${scale?.scales.at(-1)?.apps ?? 500} apps ÷ with ${scale?.scales[0]?.apps ?? 5} (median)`,
      '≤ 1.10×',
      scale?.bootRatio,
      (v) => v <= 1.1,
      times,
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

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function sizeRow(label: string, size: Size): string[] {
  return [label, String(size.files), kib(size.raw), kib(size.gzip), kib(size.brotli)];
}

const GROUP_ORDER: readonly Group[] = [
  'shell',
  'sdk',
  'components',
  'lit',
  'rxjs',
  'translations',
  'other',
];

function weightSection(weight: WeightResult): string {
  const rows: string[][] = [
    sizeRow('**Shell JS before first paint**', weight.firstPaintJs),
    ...GROUP_ORDER.filter((g) => weight.firstPaintGroups[g].files > 0).map((g) =>
      sizeRow(`  – ${GROUP_LABELS[g]}`, weight.firstPaintGroups[g]),
    ),
    sizeRow('Shell CSS before first paint', weight.firstPaintCss),
    sizeRow('**Whole shell** (JS + CSS it can load, apps excluded)', weight.wholeShell),
    ...GROUP_ORDER.filter((g) => weight.groups[g].files > 0).map((g) =>
      sizeRow(`  – ${GROUP_LABELS[g]}`, weight.groups[g]),
    ),
    sizeRow('Whole build (every JS + CSS file in shell/dist)', weight.wholeBuild),
    sizeRow('Baseline before first paint (root config + its imports)', weight.baselineFirstPaintJs),
    sizeRow('single-spa alone (ESM, minified)', weight.singleSpa),
    sizeRow(`Luigi core ${weight.luigiVersion}: luigi.js`, weight.luigi.js),
    sizeRow(`Luigi core ${weight.luigiVersion}: luigi.css`, weight.luigi.css),
    sizeRow(`Luigi core ${weight.luigiVersion}: JS + CSS`, weight.luigi.total),
  ];
  const share = weight.wholeShell.gzip / weight.luigi.total.gzip;
  return [
    '### Weight',
    '',
    'Bytes of the production build, each file compressed on its own (gzip -9, brotli -q 11).',
    '',
    table(['', 'files', 'raw', 'gzip', 'brotli'], rows),
    '',
    `The whole shell is ${(share * 100).toFixed(0)} % of Luigi's JS + CSS (gzip).`,
  ].join('\n');
}

function bootSection(boot: NonNullable<Results['boot']>): string {
  const rows: string[][] = [];
  for (const [label, c] of [
    ['unthrottled', boot.unthrottled],
    ['4× CPU, Slow 4G', boot.throttled],
  ] as const) {
    rows.push(
      [
        `First contentful paint (${label})`,
        medianP95(c.shell.firstContentfulPaint),
        medianP95(c.baseline.firstContentfulPaint),
        times(c.ratio.firstContentfulPaint),
      ],
      [
        `Frame stands, apps registered (${label})`,
        medianP95(c.shell.boot),
        medianP95(c.baseline.boot),
        '',
      ],
      [
        `First app rendered (${label})`,
        medianP95(c.shell.appRendered),
        medianP95(c.baseline.appRendered),
        times(c.ratio.appRendered),
      ],
    );
  }
  const bytes = (f: Figures): string => (f.summary.median === null ? '–' : kib(f.summary.median));
  rows.push([
    'JS received before first contentful paint (as sent, gzip; median)',
    bytes(boot.unthrottled.shell.scriptBytesBeforeFcp),
    bytes(boot.unthrottled.baseline.scriptBytesBeforeFcp),
    '',
  ]);
  return [
    '### Boot',
    '',
    'Milliseconds from navigation start, signed in, fresh browser context (empty cache): median / p95.',
    '',
    table(['', 'shell', 'baseline', 'shell ÷ baseline'], rows),
  ].join('\n');
}

function switchSection(s: SwitchComparison): string {
  return [
    '### App and language switches',
    '',
    'Milliseconds from the click (its event time) to the app’s render mark, or to the moment the',
    'navigation, the page’s `lang` and every mounted app show the new language: median / p95.',
    '',
    table(
      ['', 'shell', 'baseline', 'shell ÷ baseline'],
      [
        [
          'To an app loaded before',
          medianP95(s.shell.loaded),
          medianP95(s.baseline.loaded),
          times(s.ratio.loaded),
        ],
        [
          'To an app loaded the first time',
          medianP95(s.shell.firstLoad),
          medianP95(s.baseline.firstLoad),
          times(s.ratio.firstLoad),
        ],
        [
          'Language shown before (translations loaded)',
          medianP95(s.shell.language),
          medianP95(s.baseline.language),
          times(s.ratio.language),
        ],
        [
          'Language shown the first time (translations fetched)',
          medianP95(s.shell.languageFirst),
          medianP95(s.baseline.languageFirst),
          times(s.ratio.languageFirst),
        ],
        ['– shell: import of a first load', medianP95(s.shellSteps.load), '', ''],
        ['– shell: bootstrap of a first load', medianP95(s.shellSteps.bootstrap), '', ''],
        ['– shell: mount of a first load', medianP95(s.shellSteps.mount), '', ''],
      ],
    ),
  ].join('\n');
}

function leakCell(early: number, late: number, format: (v: number) => string): string {
  const growth = late - early;
  return `${format(early)} → ${format(late)} (${signed(format(growth), growth)})`;
}

/** The heap at each checkpoint, in MiB: "3.05 / 3.20 / 3.31 / 3.40". */
function trend(leak: LeakFigures): string {
  return leak.checkpoints.map((c) => (c.heapUsed / MIB).toFixed(2)).join(' / ') + ' MiB';
}

function leakSection(leaks: LeakComparison): string {
  const [early, late] = [leaks.shell.switches.early, leaks.shell.switches.late];
  const n = (v: number): string => String(v);
  const detached = (l: LeakFigures): string =>
    l.early.detached === null || l.late.detached === null
      ? 'not measurable in this Chromium'
      : `${l.early.detached} → ${l.late.detached} (other than templates: ${l.late.detachedOther ?? '–'})`;
  return [
    `### Memory over ${late} app switches`,
    '',
    `After forced garbage collection, after ${early} switches → after ${late}.`,
    '',
    table(
      ['', 'shell', 'baseline'],
      [
        [
          'JS heap used',
          leakCell(leaks.shell.early.heapUsed, leaks.shell.late.heapUsed, mib),
          leakCell(leaks.baseline.early.heapUsed, leaks.baseline.late.heapUsed, mib),
        ],
        [
          'DOM nodes',
          leakCell(leaks.shell.early.nodes, leaks.shell.late.nodes, n),
          leakCell(leaks.baseline.early.nodes, leaks.baseline.late.nodes, n),
        ],
        [
          'JS event listeners',
          leakCell(leaks.shell.early.jsEventListeners, leaks.shell.late.jsEventListeners, n),
          leakCell(leaks.baseline.early.jsEventListeners, leaks.baseline.late.jsEventListeners, n),
        ],
        ['Detached elements', detached(leaks.shell), detached(leaks.baseline)],
        [
          'Marks and measures in the performance timeline',
          leakCell(leaks.shell.early.userTimings, leaks.shell.late.userTimings, n),
          leakCell(leaks.baseline.early.userTimings, leaks.baseline.late.userTimings, n),
        ],
        [
          `JS heap by switches (${leaks.shell.checkpoints.map((c) => c.switches).join(' / ')})`,
          trend(leaks.shell),
          trend(leaks.baseline),
        ],
      ],
    ),
  ].join('\n');
}

function scaleSection(scale: ScaleResult): string {
  return [
    '### Scale',
    '',
    'The shell with generated registries, unthrottled: ms from navigation start (boot) and from',
    'click to render between loaded apps (navigation); median / p95.',
    '',
    table(
      [
        'registered apps',
        'first contentful paint',
        'frame stands, apps registered',
        'first app rendered',
        'navigation',
      ],
      scale.scales.map((s) => [
        String(s.apps),
        medianP95(s.firstContentfulPaint),
        medianP95(s.boot),
        medianP95(s.appRendered),
        medianP95(s.navigation),
      ]),
    ),
    '',
    `Most apps ÷ fewest: frame stands ${times(scale.bootRatio)}, first app rendered ${times(scale.appRenderedRatio)}.`,
  ].join('\n');
}

function machineLine(results: Results): string {
  const m = results.machine;
  const { runs, warmups, quick } = results.options;
  return (
    `${results.date}, ${m.cpu} (${m.cores} cores), ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}, ` +
    `Chromium ${m.chromium}; load average ${m.load[0].toFixed(2)} → ${m.load[1].toFixed(2)}; ` +
    `${warmups} warm-up + ${runs} runs${quick ? ' (--quick)' : ''}; ${Math.round(results.seconds)} s.`
  );
}

/** The whole report in Markdown. */
export function markdown(results: Results): string {
  const verdict = (pass: boolean | null): string =>
    pass === null ? '–' : pass ? 'met' : '**MISSED**';
  const parts = [
    '### Budgets',
    '',
    table(
      ['budget', 'limit', 'measured', ''],
      results.budgets.map((b) => [b.label, b.limit, b.measured, verdict(b.pass)]),
    ),
    '',
    results.passed ? 'Every budget measured was met.' : '**At least one budget was missed.**',
  ];
  if (results.weight) parts.push('', weightSection(results.weight));
  if (results.boot) parts.push('', bootSection(results.boot));
  if (results.switches) parts.push('', switchSection(results.switches));
  if (results.leaks) parts.push('', leakSection(results.leaks));
  if (results.scale) parts.push('', scaleSection(results.scale));
  parts.push('', `Measured on: ${machineLine(results)}`, '');
  return parts.join('\n');
}
