import type { Band } from "@/lib/domain";
import { midpoint, percentDifference, type MoneyRange, type RateTable } from "@/lib/salary-model";
import { comparableUsd } from "./band-facts";

/**
 * Claims about the same slice (same role, level, place, company, industry, basis,
 * period and kind of figure) can be held against each other. A range is never
 * compared with an average.
 */
function sliceKey(band: Band): string {
  return [band.role, band.level, band.country, band.city, band.company, band.industry, band.basis, band.period, band.measure].join("|");
}

export function sameSlice<T extends Band>(band: Band, all: readonly T[]): T[] {
  const key = sliceKey(band);
  return all.filter((other) => other.id !== band.id && sliceKey(other) === key);
}

export interface Disagreement<T extends Band> {
  key: string;
  claims: T[];
  /** How far the highest claim's midpoint sits above the lowest's, in percent (yearly US-dollar values). */
  spreadPct: number;
}

function centre(range: MoneyRange): number {
  return midpoint(range) ?? range.min ?? range.max ?? 0;
}

/** Slices on which two or more sources make claims, widest spread first. */
export function disagreements<T extends Band>(bands: readonly T[], rates: RateTable): Disagreement<T>[] {
  const bySlice = new Map<string, T[]>();
  for (const band of bands) bySlice.set(sliceKey(band), [...(bySlice.get(sliceKey(band)) ?? []), band]);
  const result: Disagreement<T>[] = [];
  for (const [key, claims] of bySlice) {
    if (new Set(claims.map((c) => c.source.id)).size < 2) continue;
    const ordered = [...claims].sort((a, b) => centre(comparableUsd(a, rates)) - centre(comparableUsd(b, rates)));
    const lowest = comparableUsd(ordered[0] as T, rates);
    const highest = comparableUsd(ordered[ordered.length - 1] as T, rates);
    const spread = percentDifference(pointRange(centre(lowest)), pointRange(centre(highest))) ?? 0;
    result.push({ key, claims: ordered, spreadPct: spread });
  }
  return result.sort((a, b) => b.spreadPct - a.spreadPct);
}

function pointRange(amount: number): MoneyRange {
  return { currency: "USD", min: amount, max: amount, openEnded: false, period: "year" };
}
