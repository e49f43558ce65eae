import "server-only";
import { bandsOfSlice } from "@/lib/explorer/select-bands";
import type { Histogram, PercentileRank } from "@/lib/official/position";
import { filingsReferences, positionView, recordsReferences, type PositionView, type SliceReferences } from "@/lib/official/position-view";
import type { FilingsSummary } from "@/lib/official/types";
import { roleOfTitles } from "@/lib/records/role-titles";
import type { RecordsView } from "@/lib/url-state/records";
import { loadExplorerData } from "./explorer";
import { officialWagesFor, officialWagesOfCode, recordsPosition } from "./official";
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

/** Where a number sits among the records of a /records view: its page and its histogram's image (`/api/chart/records/histogram`). */
export function recordsWhereItSits(view: RecordsView): Promise<PositionView> {
  return whereItSits({ noun: "records", ...recordsPosition(view.filters, view.pay) }, recordsReferences({ ...view.filters, role: roleOfTitles(view.filters.title) }));
}

/** Where a number sits among the filings of a /filings view (`summary` is filingsFor's): its page and its histogram's image (`/api/chart/filings`). */
export function filingsWhereItSits(view: Parameters<typeof filingsReferences>[0], summary: FilingsSummary): Promise<PositionView> {
  return whereItSits({ noun: "filings", histogram: summary.histogram, rank: summary.rank, sourceId: summary.sourceId }, filingsReferences(view, summary.periods));
}
