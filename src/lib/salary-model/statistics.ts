import { assert, MESSAGES } from "./checks";

export interface Summary {
  n: number;
  min: number;
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
  max: number;
  mean: number;
}

function sortedCopy(values: readonly number[]): number[] {
  assert(values.every(Number.isFinite), MESSAGES.VALUES_NOT_FINITE);
  return values.toSorted((a, b) => a - b);
}

/** R-7 interpolation on values already sorted ascending; see `percentile`. */
function percentileOfSorted(sorted: readonly number[], p: number): number {
  assert(Number.isFinite(p) && p >= 0 && p <= 100, `${MESSAGES.PERCENTILE_OUT_OF_RANGE}, got ${p}`);
  const h = ((sorted.length - 1) * p) / 100;
  const lowerIndex = Math.floor(h);
  const lower = sorted[lowerIndex];
  const upper = sorted[Math.min(lowerIndex + 1, sorted.length - 1)];
  assert(lower !== undefined && upper !== undefined, MESSAGES.VALUES_EMPTY);
  const fraction = h - lowerIndex;
  // Weighted sum rather than lower + f × (upper − lower): the difference can overflow for
  // extreme values. Clamping keeps the result between its neighbours despite rounding, which
  // is what makes percentiles monotonic in p.
  const interpolated = (1 - fraction) * lower + fraction * upper;
  return Math.min(Math.max(interpolated, lower), upper);
}

/**
 * The p-th percentile, p from 0 to 100, by linear interpolation between order statistics: the
 * method NumPy uses by default and R calls type 7. With the n values sorted as x[0] ≤ … ≤ x[n−1],
 * h = (n − 1) × p / 100 and the result is x[⌊h⌋] + (h − ⌊h⌋) × (x[⌊h⌋+1] − x[⌊h⌋]).
 * So p = 0 is the min, p = 100 the max and p = 50 the usual median.
 *
 * Throws on an empty list (there is no percentile of nothing) and on non-finite values or p.
 * The input is not changed.
 */
export function percentile(values: readonly number[], p: number): number {
  return percentileOfSorted(sortedCopy(values), p);
}

/**
 * n, min, p10, p25, median, p75, p90, max and mean of `values`, or null when there are none.
 * A single value is every one of its own statistics. The input is not changed.
 */
export function summarize(values: readonly number[]): Summary | null {
  return summaryOfSorted(sortedCopy(values));
}

/**
 * `summarize` for values already in ascending order, without the copy and the sort: for large
 * lists that arrive sorted (the survey records are kept sorted by value). Throws when a value is
 * not finite or the order is broken.
 */
export function summarizeSorted(sorted: readonly number[]): Summary | null {
  for (let i = 0; i < sorted.length; i += 1) {
    const value = sorted[i] as number;
    assert(Number.isFinite(value) && (i === 0 || (sorted[i - 1] as number) <= value), MESSAGES.VALUES_NOT_ASCENDING);
  }
  return summaryOfSorted(sorted);
}

function summaryOfSorted(sorted: readonly number[]): Summary | null {
  if (sorted.length === 0) return null;
  const at = (p: number) => percentileOfSorted(sorted, p);
  return {
    n: sorted.length,
    min: at(0),
    p10: at(10),
    p25: at(25),
    p50: at(50),
    p75: at(75),
    p90: at(90),
    max: at(100),
    mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
  };
}
