import type { MoneyRange } from "@/lib/salary-model";

/** One bar of a range chart, built by a page's view function and drawn by components/charts/range-chart. */
export interface RangeBar {
  /** Stable and unique; written to the bar as `data-band-id`. */
  id: string;
  /** Row label, e.g. "Google · Senior · base". */
  label: string;
  /** Group heading, e.g. "Senior" or "Google"; consecutive bars with the same group share one heading. */
  group: string;
  /** Lower end; a single-number claim has min === max and is drawn as a dot. */
  min: number;
  /** Null when open with no stated max ("₹40L+"). */
  max: number | null;
  /** The "+": pay goes beyond max (beyond min when max is null). */
  openEnded: boolean;
  /** The claim is flagged (implausible, ambiguous…): drawn hatched in the warning colour. */
  flagged: boolean;
  /** Amounts were converted from another currency. */
  converted: boolean;
}

/** A chart as a page shows it: its bars, already sorted and grouped, in one currency. */
export interface RangeChartSpec {
  bars: RangeBar[];
  currency: string;
  title: string;
}

/**
 * Where a range's bar starts and stops. A claim with only a ceiling ("up to £130k") is
 * drawn from zero up to it; one with only a floor ("₹40L+") from the floor onward, open.
 */
export function barEnds(range: MoneyRange): Pick<RangeBar, "min" | "max" | "openEnded"> {
  return { min: range.min ?? 0, max: range.max, openEnded: range.openEnded };
}
