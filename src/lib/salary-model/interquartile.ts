import { assert, MESSAGES } from "./checks";
import { assertComparable } from "./range-checks";
import type { MoneyRange } from "./types";

/**
 * The stated part of a range as [low, high]: both bounds when stated (an open "$200k–$250k+"
 * counts [200k, 250k]); the one amount stated otherwise ("$250k+", "up to £130k").
 */
function statedPart({ min, max }: MoneyRange): [number, number] {
  const low = min ?? max;
  const high = max ?? min;
  assert(low !== null && high !== null, MESSAGES.RANGE_WITHOUT_BOUNDS);
  return [low, high];
}

/**
 * The share, from 0 to 1, of a range's stated part that lies within the interquartile range
 * [p25, p75] (given as a closed range). A single amount (zero width) is wholly in or out.
 * Both ranges must be in the same currency and period: convert and annualize first.
 */
export function shareWithinInterquartile(range: MoneyRange, interquartile: MoneyRange): number {
  assertComparable(range, interquartile);
  const { min: p25, max: p75 } = interquartile;
  assert(p25 !== null && p75 !== null && !interquartile.openEnded, MESSAGES.INTERQUARTILE_NOT_CLOSED);
  const [low, high] = statedPart(range);
  if (low === high) return low >= p25 && low <= p75 ? 1 : 0;
  const overlap = Math.max(0, Math.min(high, p75) - Math.max(low, p25));
  return overlap / (high - low);
}

/**
 * Whether a claimed range "sits mostly outside" what the records show: less than half of its
 * stated part overlaps the records' interquartile range [p25, p75]. See shareWithinInterquartile.
 */
export function sitsMostlyOutside(range: MoneyRange, interquartile: MoneyRange): boolean {
  return shareWithinInterquartile(range, interquartile) < 0.5;
}
