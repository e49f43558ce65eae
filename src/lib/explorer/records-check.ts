import type { Band } from "@/lib/domain";
import { shareWithinInterquartile, type MoneyRange, type RateTable } from "@/lib/salary-model";
import { comparableUsd } from "./band-facts";

/** What the survey records show for a band's slice, as the data layer hands it over (yearly USD). */
export interface SliceRecords {
  n: number;
  p25: number;
  p50: number;
  p75: number;
  titles: string[];
}

export interface RecordsCheck {
  /** The share of the band's stated range (yearly, in USD) that lies within the records' p25–p75. */
  shareInside: number;
  /** Less than half of the band overlaps the records' middle half. */
  mostlyOutside: boolean;
}

/**
 * Holds an article's band against the records of its slice. Only yearly pay is compared: a
 * freelance day rate, annualized, is not a salary. Null for other periods.
 */
export function checkAgainstRecords(band: Band, records: SliceRecords, rates: RateTable): RecordsCheck | null {
  if (band.period !== "year") return null;
  const interquartile: MoneyRange = { currency: "USD", min: records.p25, max: records.p75, openEnded: false, period: "year" };
  const shareInside = shareWithinInterquartile(comparableUsd(band, rates), interquartile);
  return { shareInside, mostlyOutside: shareInside < 0.5 };
}
