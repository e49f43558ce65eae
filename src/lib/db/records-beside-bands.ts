import "server-only";
import { checkAgainstRecords, type RecordsCheck, type SliceRecords } from "@/lib/explorer/records-check";
import type { RateTable } from "@/lib/salary-model";
import { db } from "./client";
import { summarizeRecordsForSlice } from "./records";
import type { Band } from "@/lib/domain";

export interface RecordsBeside {
  /** The survey year used: the source's year, or the year before when the source's has too few records. */
  year: number;
  sourceYear: number;
  records: SliceRecords;
  check: RecordsCheck | null;
}

/**
 * For each article band: the survey records of the same slice (role, level, company country,
 * year of the article), and whether the band sits mostly outside their middle half.
 * Bands with no counterpart in the survey (lead and manager levels, freelance rates, too few
 * records) are absent from the map.
 */
export async function recordsBesideBands(bands: readonly Band[], rates: RateTable): Promise<Map<string, RecordsBeside>> {
  const sources = await db().source.findMany({ select: { id: true, date: true } });
  const sourceYear = new Map(sources.map((s) => [s.id, Number(s.date.slice(0, 4))]));
  const result = new Map<string, RecordsBeside>();
  for (const band of bands) {
    const year = sourceYear.get(band.source.id);
    if (year === undefined || band.period !== "year") continue;
    for (const tried of [year, year - 1]) {
      const records = summarizeRecordsForSlice({ role: band.role, level: band.level, country: band.country, year: tried });
      if (records) {
        result.set(band.id, { year: tried, sourceYear: year, records, check: checkAgainstRecords(band, records, rates) });
        break;
      }
    }
  }
  return result;
}
