/**
 * The benchmark's report in Markdown: the budgets, then a table for each part that ran (weight,
 * boot, switches, memory, scale) and the machine it ran on.
 */
import type { Figures } from '../scenarios/common.js';
import type { Checkpoint, LeakComparison, LeakFigures } from '../scenarios/leaks.js';
import type { ProviderScaleResult } from '../scenarios/providers.js';
import type { ScaleResult } from '../scenarios/scale.js';
import type { SwitchComparison } from '../scenarios/switches.js';
import { GROUP_LABELS, type Group, type Size, type WeightResult } from '../weight.js';
import type { Results } from './budgets.js';
import { comparedRow, kib, medianP95, MIB, mib, signed, table, times } from './format.js';

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
      comparedRow(
        `First contentful paint (${label})`,
        c.shell.firstContentfulPaint,
        c.baseline.firstContentfulPaint,
        c.ratio.firstContentfulPaint,
      ),
      comparedRow(`Frame stands, apps registered (${label})`, c.shell.boot, c.baseline.boot),
      comparedRow(
        `First app rendered (${label})`,
        c.shell.appRendered,
        c.baseline.appRendered,
        c.ratio.appRendered,
      ),
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
  const row = (label: string, key: keyof SwitchComparison['ratio']): string[] =>
    comparedRow(label, s.shell[key], s.baseline[key], s.ratio[key]);
  return [
    '### App and language switches',
    '',
    'Milliseconds from the click (its event time) to the app’s render mark, or to the moment the',
    'navigation, the page’s `lang` and every mounted app show the new language: median / p95.',
    '',
    table(
      ['', 'shell', 'baseline', 'shell ÷ baseline'],
      [
        row('To an app loaded before', 'loaded'),
        row('To an app loaded the first time', 'firstLoad'),
        row('Language shown before (translations loaded)', 'language'),
        row('Language shown the first time (translations fetched)', 'languageFirst'),
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
  /** A figure of the early and late checkpoints, for the shell and for the baseline. */
  const row = (
    label: string,
    of: (checkpoint: Checkpoint) => number,
    format: (v: number) => string,
  ): string[] => [
    label,
    ...[leaks.shell, leaks.baseline].map((l) => leakCell(of(l.early), of(l.late), format)),
  ];
  return [
    `### Memory over ${late} app switches`,
    '',
    `After forced garbage collection, after ${early} switches → after ${late}.`,
    '',
    table(
      ['', 'shell', 'baseline'],
      [
        row('JS heap used', (c) => c.heapUsed, mib),
        row('DOM nodes', (c) => c.nodes, n),
        row('JS event listeners', (c) => c.jsEventListeners, n),
        ['Detached elements', detached(leaks.shell), detached(leaks.baseline)],
        row('Marks and measures in the performance timeline', (c) => c.userTimings, n),
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
    'click to render between loaded apps (navigation); median / p95. Main thread: the ms the',
    "page's main thread worked (its own time) from navigation until the first app rendered.",
    '',
    table(
      [
        'registered apps',
        'first contentful paint',
        'frame stands, apps registered',
        'first app rendered',
        'main thread',
        'navigation',
      ],
      scale.scales.map((s) => [
        String(s.apps),
        medianP95(s.firstContentfulPaint),
        medianP95(s.boot),
        medianP95(s.appRendered),
        medianP95(s.mainThread),
        medianP95(s.navigation),
      ]),
    ),
    '',
    `Most apps ÷ fewest: frame stands ${times(scale.bootRatio)}, first app rendered ${times(scale.appRenderedRatio)}, main thread ${times(scale.mainThreadRatio)}.`,
  ].join('\n');
}

function providersSection(result: ProviderScaleResult): string {
  return [
    '### Scale of the configuration',
    '',
    'The shell for a teacher at one school, unthrottled, with each education provider in its own',
    'file on a CDN: ms from navigation start; median / p95.',
    '',
    table(
      [
        'configuration',
        'schools',
        'apps the teacher sees',
        'first contentful paint',
        'frame stands, apps registered',
        'first app rendered',
      ],
      result.setups.map((s) => [
        s.label,
        String(s.schools),
        String(s.visible),
        medianP95(s.firstContentfulPaint),
        medianP95(s.boot),
        medianP95(s.appRendered),
      ]),
    ),
    '',
    `National ÷ one provider: frame stands ${times(result.bootRatio)}, first app rendered ${times(result.appRenderedRatio)} (the median of boots taken one after the other: ${times(result.pairedRatio)}).`,
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
  if (results.providers) parts.push('', providersSection(results.providers));
  parts.push('', `Measured on: ${machineLine(results)}`, '');
  return parts.join('\n');
}
