import "server-only";
import type { OfficialBeside } from "@/lib/official/beside";
import type { SourceCheckCounts } from "@/lib/official/checks";
import { officialBesideBands, sourceCheckCounts, type BandChecks } from "./official";
import { loadExplorerData } from "./explorer";
import { oncePerDataVersion } from "./per-data-version";
import { loadRecordsBesideBands } from "./records-beside-bands";
import { listSources } from "./sources";

export interface OfficialBesideData {
  /** Per band id. */
  byBand: ReadonlyMap<string, OfficialBeside>;
  /** Every band's verdicts, in the store's band order: what /api/official/checks answers. */
  checks: BandChecks[];
  /** Per real source, how many claims it confirms, contradicts, finds above as expected, or cannot check. */
  counts: SourceCheckCounts[];
}

/**
 * The official figures and verdicts beside every band, computed once per data version: they
 * depend on the data only, so the band pages, /sources, /compare, /estimate and
 * /api/official/checks look them up instead of scanning the filings per request.
 */
export function loadOfficialBeside(): Promise<OfficialBesideData> {
  return oncePerDataVersion("officialBeside", async () => {
    const [data, sources, records] = await Promise.all([loadExplorerData(), listSources(), loadRecordsBesideBands()]);
    const sourceYears = new Map(sources.map((s) => [s.id, Number(s.date.slice(0, 4))]));
    const byBand = officialBesideBands(data.bands, sourceYears, data.rates.table, records);
    const checks = data.bands.map((band) => ({ bandId: band.id, sourceId: band.source.id, ...byBand.get(band.id)!.checks }));
    return { byBand, checks, counts: sourceCheckCounts(checks) };
  });
}
