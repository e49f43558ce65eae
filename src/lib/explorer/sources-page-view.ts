import type { Band, Factor, Rates, Source, VocabularyLabels } from "@/lib/domain";
import type { ExplorerData } from "./explorer-data";
import type { RecordsBeside } from "./records-check";
import { disagreements, type Disagreement } from "./slices";

export interface SourceWithClaims {
  source: Source;
  bands: Band[];
  factors: Factor[];
}

/** Everything /sources shows: where sources disagree, what is flagged, and each source with its claims. */
export interface SourcesPageView {
  disagreements: Disagreement<Band>[];
  flaggedBands: Band[];
  flaggedFactors: Factor[];
  sources: SourceWithClaims[];
  records: ReadonlyMap<string, RecordsBeside>;
  labels: VocabularyLabels;
  rates: Rates;
}

export function sourcesPageView(data: ExplorerData, sources: readonly Source[], factors: readonly Factor[], records: ReadonlyMap<string, RecordsBeside>): SourcesPageView {
  const { bands, labels, rates } = data;
  return {
    disagreements: disagreements(bands, rates.table),
    flaggedBands: bands.filter((band) => band.flags.length > 0),
    flaggedFactors: factors.filter((factor) => factor.flags.length > 0),
    sources: sources.map((source) => ({
      source,
      bands: bands.filter((band) => band.source.id === source.id),
      factors: factors.filter((factor) => factor.source.id === source.id),
    })),
    records,
    labels,
    rates,
  };
}
