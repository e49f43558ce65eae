import "server-only";
import { NONE, type FilterVocabulary } from "@/lib/filters/band-params";
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
  const ids = (map: Map<string, unknown>, nullable: boolean) => [...map.keys(), ...(nullable ? [NONE] : [])];
  const vocabulary: FilterVocabulary = {
    country: ids(labels.countries, true),
    level: ids(labels.levels, true),
    company: ids(labels.companies, true),
    industry: ids(labels.industries, true),
    city: ids(labels.cities, true),
    role: ids(labels.roles, false),
    basis: ["base", "total"],
    source: ids(labels.sources, false),
    currency: rates.rates.map((r) => r.currency),
  };
  return { bands, labels, rates, vocabulary };
}
