import { assert, MESSAGES } from "./checks";
import { assertValidRange } from "./range-checks";
import type { MoneyRange } from "./types";

/**
 * A percentage effect on pay, as a range: "10–20% more" is { lowPct: 10, highPct: 20 }, a gap
 * "10–15% less" is { lowPct: -15, highPct: -10 }.
 */
export interface Factor {
  kind: string;
  lowPct: number;
  highPct: number;
  label?: string;
  sourceId?: string;
}

export interface AdjustmentStep {
  factor: Factor;
  before: MoneyRange;
  after: MoneyRange;
}

/** The kind of factor that states a bonus as a share of base pay ("10–30% of base"). */
export const BONUS_SHARE_KIND = "bonus-share";

function assertValidFactor(factor: Factor): void {
  const { lowPct, highPct } = factor;
  assert(
    Number.isFinite(lowPct) && Number.isFinite(highPct) && lowPct >= -100 && lowPct <= highPct,
    `${MESSAGES.FACTOR_INVALID}: ${factor.kind} ${lowPct}..${highPct}`,
  );
}

/** amount × (1 + pct/100), written as amount × (100 + pct) / 100 so whole percentages of whole amounts stay exact. */
function scale(amount: number | null, pct: number): number | null {
  return amount === null ? null : (amount * (100 + pct)) / 100;
}

/**
 * Interval arithmetic: the min moves by `lowPct` and the max by `highPct`, so the result spans
 * every combination of the factors' ranges. A kind may appear once (two "location" factors
 * would count one effect twice).
 *
 * The factors are applied in order of `kind` whatever order they come in, so the same set always
 * gives the same range to the last bit (floating-point products depend on order); `steps` lists
 * them in that order. Amounts keep full precision; round when formatting.
 */
export function applyAdjustments(base: MoneyRange, factors: readonly Factor[]): { range: MoneyRange; steps: AdjustmentStep[] } {
  assertValidRange(base);
  factors.forEach(assertValidFactor);
  const kinds = new Set<string>();
  for (const { kind } of factors) {
    assert(!kinds.has(kind), `${MESSAGES.FACTOR_KIND_REPEATED}: ${kind}`);
    kinds.add(kind);
  }
  const byKind = [...factors].sort((a, b) => (a.kind < b.kind ? -1 : 1));
  const steps: AdjustmentStep[] = [];
  let range = base;
  for (const factor of byKind) {
    const after = { ...range, min: scale(range.min, factor.lowPct), max: scale(range.max, factor.highPct) };
    steps.push({ factor, before: range, after });
    range = after;
  }
  return { range, steps };
}

/**
 * Total pay from base pay and a bonus stated as a share of base ("10–30% of base" gives
 * base × 1.1 to base × 1.3). It is the adjustment by that one factor, named for readers.
 */
export function totalPayFromBase(base: MoneyRange, bonusShare: Factor): MoneyRange {
  assert(bonusShare.kind === BONUS_SHARE_KIND, `${MESSAGES.FACTOR_NOT_BONUS_SHARE}, got "${bonusShare.kind}"`);
  return applyAdjustments(base, [bonusShare]).range;
}
