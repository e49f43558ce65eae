import "server-only";
import { bandsOfSlice } from "@/lib/explorer/select-bands";
import type { Histogram, PercentileRank } from "@/lib/official/position";
import { positionView, type PositionView, type SliceReferences } from "@/lib/official/position-view";
import { loadExplorerData } from "./explorer";
import { officialWagesFor, officialWagesOfCode } from "./official";
import { loadSourceTitles } from "./sources";

/**
 * "Where a number sits" for a slice of records or filings (/records, /filings): its histogram and
 * rank, with the article bands and OEWS occupations its references name (position-view.ts). The
 * claims, labels, rates and source titles are read once per data version.
 */
export async function whereItSits(slice: { noun: "records" | "filings"; histogram: Histogram; rank: PercentileRank | null; sourceId: string | null }, references: SliceReferences): Promise<PositionView> {
  const [{ bands, labels, rates }, sourceTitles] = await Promise.all([loadExplorerData(), loadSourceTitles()]);
  const { oews } = references;
  const official = oews === null ? [] : oews.soc !== undefined ? [officialWagesOfCode(oews)].filter((w) => w !== null) : officialWagesFor(oews);
  return positionView({
    ...slice,
    bands: references.bands === null ? [] : bandsOfSlice(bands, references.bands),
    official,
    notes: references.notes,
    labels,
    rates: rates.table,
    sourceTitles,
  });
}
