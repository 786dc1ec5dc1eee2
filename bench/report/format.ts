/**
 * How the benchmark's report writes figures: units, median / p95 and Markdown tables.
 */
import type { Figures } from '../scenarios/common.js';

export const KIB = 1024;
export const MIB = 1024 * 1024;

export const kib = (bytes: number): string => `${(bytes / KIB).toFixed(1)} KiB`;
export const mib = (bytes: number): string => `${(bytes / MIB).toFixed(2)} MiB`;
export const ms = (value: number | null): string =>
  value === null ? '–' : `${value.toFixed(1)} ms`;
export const times = (value: number | null): string =>
  value === null ? '–' : `${value.toFixed(2)}×`;
export const signed = (text: string, value: number): string => (value >= 0 ? `+${text}` : text);

/** "median / p95 ms (n)". */
export function medianP95(figures: Figures): string {
  const { median, p95, n } = figures.summary;
  if (median === null || p95 === null) return '–';
  return `${median.toFixed(1)} / ${p95.toFixed(1)} (n=${n})`;
}

/** A Markdown table. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A row comparing the shell with the baseline: label, their median / p95, and their ratio. */
export function comparedRow(
  label: string,
  shell: Figures,
  baseline: Figures,
  ratio?: number | null,
): string[] {
  return [label, medianP95(shell), medianP95(baseline), ratio === undefined ? '' : times(ratio)];
}
