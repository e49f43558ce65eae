import { assert, MESSAGES } from "./checks";
import { assertComparable, assertValidRange } from "./range-checks";
import type { MoneyRange } from "./types";

/*
 * Open ranges are never given an invented top. As intervals, a range covers [min, max], or
 * [min, infinity) when it is open-ended; a null min means no floor was stated. The stated `max`
 * of an open range ("$200k–$250k+") is kept as information but does not cap the interval.
 */

/**
 * The middle of the stated bounds, (min + max) / 2, or null when a bound is missing ("$250k+",
 * "up to £130k"). For "$200k–$250k+" it is $225k: the middle of what was stated.
 */
export function midpoint(range: MoneyRange): number | null {
  assertValidRange(range);
  const { min, max } = range;
  return min === null || max === null ? null : (min + max) / 2;
}

/** max − min, or null when the range has no floor or is open-ended (its width is unknown). */
export function width(range: MoneyRange): number | null {
  assertValidRange(range);
  const { min, max } = range;
  return min === null || max === null || range.openEnded ? null : max - min;
}

/**
 * The smallest range that holds all `ranges` (their union hull). Its min is the lowest min (null
 * if any part has no floor); its max is the highest stated amount (null when no part states a
 * max); it is open-ended when any part is.
 */
export function envelope(ranges: readonly MoneyRange[]): MoneyRange {
  const [first, ...rest] = ranges;
  assert(first !== undefined, MESSAGES.ENVELOPE_EMPTY);
  rest.forEach((range) => assertComparable(first, range));
  const floors = ranges.map((range) => range.min).filter((min) => min !== null);
  const statesAMax = ranges.some((range) => range.max !== null);
  // Every part states a min or a max; the highest of them all is the top.
  const top = highest(ranges.map((range) => Math.max(range.min ?? 0, range.max ?? 0)));
  return {
    currency: first.currency,
    period: first.period,
    min: floors.length < ranges.length ? null : lowest(floors),
    max: statesAMax ? top : null,
    openEnded: ranges.some((range) => range.openEnded),
  };
}

/**
 * The range both `a` and `b` cover, or null when they are disjoint. When both are open-ended the
 * result is open too, and keeps the lower of their stated maxes when that lies above the floor.
 */
export function intersection(a: MoneyRange, b: MoneyRange): MoneyRange | null {
  assertComparable(a, b);
  const floors = [a.min, b.min].filter((min) => min !== null);
  const min = floors.length === 0 ? null : highest(floors);
  const closedTops = [a, b].filter((range) => !range.openEnded).map((range) => range.max).filter((max) => max !== null);
  const units = { currency: a.currency, period: a.period };
  if (closedTops.length > 0) {
    const max = lowest(closedTops);
    return min !== null && min > max ? null : { ...units, min, max, openEnded: false };
  }
  const statedMaxes = [a.max, b.max].filter((max) => max !== null);
  const lowestMax = statedMaxes.length === 0 ? null : lowest(statedMaxes);
  const max = lowestMax !== null && (min === null || lowestMax > min) ? lowestMax : null;
  return { ...units, min, max, openEnded: true };
}

// reduce, not Math.min(...values): spreading tens of thousands of values overflows the stack.
function lowest(values: readonly number[]): number {
  return values.reduce((low, value) => Math.min(low, value), Infinity);
}

function highest(values: readonly number[]): number {
  return values.reduce((high, value) => Math.max(high, value), -Infinity);
}

/** Whether some pay lies in both ranges. */
export function overlaps(a: MoneyRange, b: MoneyRange): boolean {
  return intersection(a, b) !== null;
}

/**
 * How much higher b's midpoint is than a's, in percent of a's midpoint:
 * (midpoint(b) − midpoint(a)) / midpoint(a) × 100. Null when either midpoint is unknown.
 */
export function percentDifference(a: MoneyRange, b: MoneyRange): number | null {
  assertComparable(a, b);
  const from = midpoint(a);
  const to = midpoint(b);
  if (from === null || to === null) return null;
  assert(from !== 0, MESSAGES.PERCENT_OF_ZERO);
  return ((to - from) / from) * 100;
}
