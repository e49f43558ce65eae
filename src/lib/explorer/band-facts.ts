import { claimedRange } from "@/lib/claims/claimed-range";
import { NONE, type Band, type BandDimension } from "@/lib/domain";
import { annualize, convertRange, type MoneyRange, type RateTable } from "@/lib/salary-model";

/** The band's value for a filter dimension; NONE when the claim names none (worldwide, no company). */
export function bandValue(band: Band, key: BandDimension): string {
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

export function bandRange(band: Band): MoneyRange {
  return claimedRange(band);
}

/** The band's stated part as a range: an average is a range of one amount. */
export function statedPart(band: Band): Band {
  return band.average === null ? band : { ...band, min: band.average, max: band.average, openEnded: false };
}

/** A claim on one scale, yearly US dollars, so claims in different currencies and periods compare and sort together. */
export function comparableUsd(band: Band, rates: RateTable): MoneyRange {
  const range = bandRange(band);
  return convertRange(range.period === "year" ? range : annualize(range), "USD", rates);
}
