import type { Band, Factor, Rates, Source, VocabularyLabels } from "@/lib/domain";
import type { OfficialBeside } from "@/lib/official/beside";
import { officialBesideView, type OfficialBesideView } from "@/lib/official/beside-view";
import type { SourceCheckCounts } from "@/lib/official/checks";
import type { ExplorerData } from "./explorer-data";
import type { RecordsBeside } from "./records-check";
import { disagreements, type Disagreement } from "./slices";

export interface SourceWithClaims {
  source: Source;
  bands: Band[];
  factors: Factor[];
  /** The official US figures beside its bands; null when it has none. */
  official: OfficialBesideView | null;
  /** For a real source that checks claims (the survey, OEWS, the H-1B filings): what it finds about all of them. */
  checks: SourceCheckCounts | null;
}

/** Everything /sources shows: where sources disagree, what is flagged, and each source with its claims. */
export interface SourcesPageView {
  disagreements: Disagreement<Band>[];
  flaggedBands: Band[];
  flaggedFactors: Factor[];
  sources: SourceWithClaims[];
  records: ReadonlyMap<string, RecordsBeside>;
  /** How many claims the real sources check, the total each source's counts add up to. */
  claimCount: number;
  labels: VocabularyLabels;
  rates: Rates;
}

/** The official sources beside the claims, kept per data version (src/lib/db/queries/official-beside.ts). */
interface OfficialForSources {
  byBand: ReadonlyMap<string, OfficialBeside>;
  counts: readonly SourceCheckCounts[];
}

export function sourcesPageView(
  data: ExplorerData,
  sources: readonly Source[],
  factors: readonly Factor[],
  records: ReadonlyMap<string, RecordsBeside>,
  official: OfficialForSources,
): SourcesPageView {
  const { bands, labels, rates } = data;
  return {
    disagreements: disagreements(bands, rates.table),
    flaggedBands: bands.filter((band) => band.flags.length > 0),
    flaggedFactors: factors.filter((factor) => factor.flags.length > 0),
    sources: sources.map((source) => {
      const own = bands.filter((band) => band.source.id === source.id);
      return {
        source,
        bands: own,
        factors: factors.filter((factor) => factor.source.id === source.id),
        official: own.length > 0 ? officialBesideView(own, official.byBand, labels, { idPrefix: `official-${source.id}`, brief: true }) : null,
        checks: official.counts.find((counts) => counts.sourceId === source.id) ?? null,
      };
    }),
    records,
    claimCount: bands.length,
    labels,
    rates,
  };
}
