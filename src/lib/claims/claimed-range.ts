import type { MoneyRange, Period } from "@/lib/salary-model";

/** What a band stores; both data/ records and rows from the store have this shape. */
export interface BandAmounts {
  currency: string;
  period: string;
  min: number | null;
  max: number | null;
  openEnded: boolean;
  average: number | null;
}

/**
 * The interval a band claims. A single-number claim ("$110,000") is the interval
 * [110000, 110000]; "over $112,000" is 112000 and up.
 */
export function claimedRange(band: BandAmounts): MoneyRange {
  const single = band.average;
  return {
    currency: band.currency,
    min: single ?? band.min,
    max: single === null ? band.max : band.openEnded ? null : single,
    openEnded: band.openEnded,
    period: band.period as Period,
  };
}
