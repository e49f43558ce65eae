import type { Band } from "@/lib/domain";
import type { SliceSummary } from "@/lib/records/summary";
import { shareWithinInterquartile, type MoneyRange, type RateTable } from "@/lib/salary-model";
import { comparableUsd } from "./band-facts";

/** A band beside the survey records of its slice. */
export interface RecordsBeside {
  /** The survey year used: the source's year, or the year before when the source's has too few records. */
  year: number;
  sourceYear: number;
  records: SliceSummary;
  check: RecordsCheck | null;
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
export function checkAgainstRecords(band: Band, records: Pick<SliceSummary, "p25" | "p75">, rates: RateTable): RecordsCheck | null {
  if (band.period !== "year") return null;
  const interquartile: MoneyRange = { currency: "USD", min: records.p25, max: records.p75, openEnded: false, period: "year" };
  const shareInside = shareWithinInterquartile(comparableUsd(band, rates), interquartile);
  return { shareInside, mostlyOutside: shareInside < 0.5 };
}
