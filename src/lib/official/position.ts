import { tooFewToRank } from "./sample";
import { formatCount } from "@/lib/salary-model";

/**
 * Where a number sits in a slice of yearly USD pay (survey records or H-1B filings): a histogram
 * and a percentile rank. Pure; `sorted` is ascending. Under MIN_RANKED_SAMPLE values both are
 * withheld with the reason.
 */

interface HistogramBin {
  /** Inclusive lower edge, USD a year. */
  from: number;
  /** Exclusive upper edge (the last bin includes it). */
  to: number;
  n: number;
}

export type Histogram = { n: number; binWidth: number; bins: HistogramBin[]; reason?: never } | { n: number; binWidth: null; bins: null; reason: string };

const BIN_WIDTHS = [5_000, 10_000, 20_000, 25_000, 50_000, 100_000, 250_000, 500_000, 1_000_000];
/** About this many bins at most: enough to see a shape, few enough to read. */
const TARGET_BINS = 40;

/** Equal-width bins, the width the smallest of BIN_WIDTHS giving at most TARGET_BINS bins, edges on multiples of it. */
export function histogram(sorted: readonly number[]): Histogram {
  const n = sorted.length;
  const reason = tooFewToRank(n);
  if (reason) return { n, binWidth: null, bins: null, reason };
  const low = sorted[0]!;
  const high = sorted[n - 1]!;
  const binWidth = BIN_WIDTHS.find((width) => Math.floor(high / width) - Math.floor(low / width) + 1 <= TARGET_BINS) ?? BIN_WIDTHS.at(-1)!;
  const first = Math.floor(low / binWidth);
  const bins: HistogramBin[] = Array.from({ length: Math.floor(high / binWidth) - first + 1 }, (_, i) => ({
    from: (first + i) * binWidth,
    to: (first + i + 1) * binWidth,
    n: 0,
  }));
  for (const value of sorted) bins[Math.floor(value / binWidth) - first]!.n += 1;
  return { n, binWidth, bins };
}

export type PercentileRank = { pay: number; n: number; percentile: number; below: number; equal: number; reason?: never } | { pay: number; n: number; percentile: null; reason: string };

/** First index in `sorted` whose value is not below `value`. */
function lowerBound(sorted: readonly number[], value: number, strict: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (strict ? sorted[mid]! <= value : sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The percentile rank of `pay` in the slice: the share of values below it plus half of those
 * equal to it (the mid-rank definition), as a whole percent, so "p68 of 412 records" means 68%
 * of the 412 are paid less.
 */
export function percentileRank(sorted: readonly number[], pay: number): PercentileRank {
  const n = sorted.length;
  const reason = tooFewToRank(n);
  if (reason) return { pay, n, percentile: null, reason };
  const below = lowerBound(sorted, pay, false);
  const equal = lowerBound(sorted, pay, true) - below;
  return { pay, n, percentile: Math.round((100 * (below + equal / 2)) / n), below, equal };
}

/** "p68 of 412 records". */
export function describeRank(rank: PercentileRank, noun: string): string {
  return rank.percentile === null ? rank.reason : `p${rank.percentile} of ${formatCount(rank.n)} ${noun}`;
}
