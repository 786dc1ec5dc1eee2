/**
 * The benchmark's statistics: the median and the 95th percentile (nearest rank) of a sample, and
 * the ratio of two medians. Times are in milliseconds, sizes in bytes.
 */

/** A sample summarised. `median` and `p95` are null for an empty sample. */
export interface Summary {
  readonly n: number;
  readonly median: number | null;
  readonly p95: number | null;
  readonly min: number | null;
  readonly max: number | null;
}

/** The value at fraction `p` of sorted `values` by the nearest-rank method (p in (0, 1]). */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil(p * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? null;
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

export function summarize(values: readonly number[]): Summary {
  const finite = values.filter((v) => Number.isFinite(v));
  return {
    n: finite.length,
    median: median(finite),
    p95: percentile(finite, 0.95),
    min: finite.length === 0 ? null : Math.min(...finite),
    max: finite.length === 0 ? null : Math.max(...finite),
  };
}

/** `a / b` of two medians, or null when either is missing or `b` is 0. */
export function ratio(a: Summary, b: Summary): number | null {
  if (a.median === null || b.median === null || b.median === 0) return null;
  return a.median / b.median;
}
