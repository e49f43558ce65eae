import type { Band } from "@/lib/domain";
import { rangeInInternationalDollars, type PppRange, type PppData } from "@/lib/official/ppp";
import type { BandFilters } from "@/lib/url-state/bands";
import { annualize, convertRange, type MoneyRange, type RateTable } from "@/lib/salary-model";
import { bandRange, comparableUsd } from "./band-facts";

/** How a band is shown: in the chosen currency and period, with what was changed said. */
export interface DisplayRow<T extends Band = Band> {
  band: T;
  range: MoneyRange;
  converted: boolean;
  annualized: boolean;
  /** Yearly US-dollar value, so that amounts in different currencies and periods sort together. */
  comparable: MoneyRange;
  /** With ppp=1: the shown period's amounts in international dollars of the band's country and year, or why there are none; null otherwise. */
  ppp: PppRange | null;
}

export interface SortLabels {
  levelRank(level: string | null): number;
  name(key: "role" | "location" | "company" | "industry" | "source", band: Band): string;
}

/** `ppp` is the PPP data (loadPppData), needed when the view asks for ppp=1. */
export function toDisplayRow<T extends Band>(band: T, filters: BandFilters, rates: RateTable, ppp: PppData | null = null): DisplayRow<T> {
  const claimed = bandRange(band);
  const annualized = filters.annualize && claimed.period !== "year";
  const inPeriod = annualized ? annualize(claimed) : claimed;
  const converted = filters.currency !== null && filters.currency !== band.currency;
  const range = converted && filters.currency ? convertRange(inPeriod, filters.currency, rates) : inPeriod;
  return { band, range, converted, annualized, comparable: comparableUsd(band, rates), ppp: filters.ppp ? pppOf(band, inPeriod, ppp, rates) : null };
}

function pppOf(band: Band, range: MoneyRange, table: PppData | null, rates: RateTable): PppRange {
  if (table === null) throw new Error("A ppp=1 view needs the PPP data (loadPppData)");
  // From the band's own currency, not the display currency: the factor counts in the country's currency.
  return rangeInInternationalDollars(range, { country: band.country, sourceId: band.source.id }, table, rates);
}

/**
 * The yearly figure pay sorts by: in a ppp=1 view the international dollars (null when the band
 * has no factor), otherwise the yearly US-dollar value (docs/decisions/014-official-sources.md).
 */
function payKey(row: DisplayRow): MoneyRange | null {
  if (row.ppp === null) return row.comparable;
  const intl = row.ppp.internationalDollars;
  return intl === null || intl.period === "year" ? intl : annualize(intl);
}

/**
 * The stated upper bound for sorting by max: an open range with no max sorts at
 * its min, and an open range ranks above a closed one with the same stated bound.
 */
function upperKey(range: MoneyRange): [number, number] {
  return [range.max ?? range.min ?? 0, range.openEnded ? 1 : 0];
}
function lowerKey(range: MoneyRange): [number, number] {
  return [range.min ?? 0, range.openEnded ? 1 : 0];
}

function compareTuples(a: readonly (number | string)[], b: readonly (number | string)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number | string;
    const y = b[i] as number | string;
    if (x !== y) return typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
  }
  return 0;
}

export function sortRows<T extends Band>(rows: DisplayRow<T>[], sort: BandFilters["sort"], labels: SortLabels): DisplayRow<T>[] {
  const byPay = sort.key === "min" || sort.key === "max";
  const primary = (row: DisplayRow<T>): (number | string)[] => {
    const pay = byPay ? payKey(row) : null;
    switch (sort.key) {
      case "level":
        return [labels.levelRank(row.band.level)];
      case "min":
        return pay === null ? [] : lowerKey(pay);
      case "max":
        return pay === null ? [] : upperKey(pay);
      case "basis":
        return [row.band.basis];
      default:
        return [labels.name(sort.key, row.band)];
    }
  };
  // Ties fall back to level, then pay, then id (always ascending), so the order is stable.
  const tiebreak = (row: DisplayRow<T>) => [labels.levelRank(row.band.level), ...lowerKey(row.comparable), row.band.id];
  // Sorting by international dollars, a band without a PPP factor comes last, whichever the direction.
  const unpriced = (row: DisplayRow<T>) => (byPay && payKey(row) === null ? 1 : 0);
  const direction = sort.descending ? -1 : 1;
  return rows
    .map((row) => ({ row, unpriced: unpriced(row), primary: primary(row), tiebreak: tiebreak(row) }))
    .sort((a, b) => a.unpriced - b.unpriced || compareTuples(a.primary, b.primary) * direction || compareTuples(a.tiebreak, b.tiebreak))
    .map(({ row }) => row);
}
