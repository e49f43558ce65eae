import "server-only";
import { sourceYears, type Band } from "@/lib/domain";
import { checkAgainstRecords, type RecordsBeside } from "@/lib/explorer/records-check";
import type { RateTable } from "@/lib/salary-model";
import { db } from "@/lib/db/connection";
import { summarizeRecordsForSlice } from "@/lib/db/records/percentile-index";
import { loadExplorerData } from "./explorer";
import { oncePerDataVersion } from "./per-data-version";

/** recordsBesideBands for every band of the store, computed once per data version: it depends on the data only, never on a URL. */
export function loadRecordsBesideBands(): Promise<ReadonlyMap<string, RecordsBeside>> {
  return oncePerDataVersion("recordsBesideBands", async () => {
    const data = await loadExplorerData();
    return recordsBesideBands(data.bands, data.rates.table);
  });
}

/**
 * For each article band: the survey records of the same slice (role, level, company country,
 * year of the article), and whether the band sits mostly outside their middle half.
 * Bands with no counterpart in the survey (lead and manager levels, freelance rates, too few
 * records) are absent from the map.
 */
export async function recordsBesideBands(bands: readonly Band[], rates: RateTable): Promise<Map<string, RecordsBeside>> {
  const sources = await db().source.findMany({ select: { id: true, date: true } });
  const sourceYear = sourceYears(sources);
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
