import "server-only";
import { filterVocabulary } from "@/lib/explorer/labels";
import type { FilterVocabulary } from "@/lib/filters/band-params";
import { listBands, type BandDto } from "./bands";
import { loadRates, type Rates } from "./rates";
import { loadVocabularyLabels, type VocabularyLabels } from "./vocabulary";

export interface ExplorerData {
  bands: BandDto[];
  labels: VocabularyLabels;
  rates: Rates;
  /** What each URL parameter may hold. */
  vocabulary: FilterVocabulary;
}

/** Everything the explorer pages and the bands API read, in one round of queries. */
export async function loadExplorerData(): Promise<ExplorerData> {
  const [bands, labels, rates] = await Promise.all([listBands(), loadVocabularyLabels(), loadRates()]);
  const vocabulary = filterVocabulary(labels, rates.rates.map((r) => r.currency));
  return { bands, labels, rates, vocabulary };
}
