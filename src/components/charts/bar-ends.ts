import type { MoneyRange } from "@/lib/salary-model";
import type { RangeBar } from "./range-chart";

/**
 * Where a range's bar starts and stops. A claim with only a ceiling ("up to £130k") is
 * drawn from zero up to it; one with only a floor ("₹40L+") from the floor onward, open.
 * Kept out of range-chart.tsx, a client module, so server components can call it.
 */
export function barEnds(range: MoneyRange): Pick<RangeBar, "min" | "max" | "openEnded"> {
  return { min: range.min ?? 0, max: range.max, openEnded: range.openEnded };
}
