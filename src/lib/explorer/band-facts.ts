import { claimedRange } from "@/lib/claims/claimed-range";
import type { MultiKey } from "@/lib/filters/band-params";
import { NONE } from "@/lib/filters/band-params";
import { annualize, convertRange, type MoneyRange, type RateTable } from "@/lib/salary-model";

/**
 * The fields of a band the explorer works with. Pages pass the store's BandDto;
 * tests pass plain objects. Pure: no database, no framework.
 */
export interface ExplorerBand {
  id: string;
  role: string;
  level: string | null;
  country: string | null;
  city: string | null;
  company: string | null;
  industry: string | null;
  basis: string;
  measure: string;
  period: string;
  currency: string;
  min: number | null;
  max: number | null;
  openEnded: boolean;
  average: number | null;
  flags: { code: string; reason: string }[];
  source: { id: string; title: string };
}

/** The band's value for a filter dimension; NONE when the claim names none (worldwide, no company). */
export function bandValue(band: ExplorerBand, key: MultiKey): string {
  switch (key) {
    case "source":
      return band.source.id;
    case "role":
      return band.role;
    case "basis":
      return band.basis;
    default:
      return band[key] ?? NONE;
  }
}

export function bandRange(band: ExplorerBand): MoneyRange {
  return claimedRange(band);
}

/** A claim on one scale, yearly US dollars, so claims in different currencies and periods compare and sort together. */
export function comparableUsd(band: ExplorerBand, rates: RateTable): MoneyRange {
  const range = bandRange(band);
  return convertRange(range.period === "year" ? range : annualize(range), "USD", rates);
}
