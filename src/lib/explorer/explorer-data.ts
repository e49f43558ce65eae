import { BASES, NONE, type Band, type Rates, type VocabularyLabels } from "@/lib/domain";
import type { FilterVocabulary } from "@/lib/url-state/bands";

/** Everything the explorer pages and the bands API read: the store's claims and what each URL parameter may hold. */
export interface ExplorerData {
  bands: Band[];
  labels: VocabularyLabels;
  rates: Rates;
  /** What each URL parameter may hold. */
  vocabulary: FilterVocabulary;
}

/** The explorer's data from the store's rows: the URL vocabulary is derived, not stored. */
export function explorerData(bands: Band[], labels: VocabularyLabels, rates: Rates): ExplorerData {
  return { bands, labels, rates, vocabulary: filterVocabulary(labels, rates.rates.map((r) => r.currency)) };
}

/** What each URL parameter may hold: the vocabulary's ids, with NONE where a claim may name no value. */
export function filterVocabulary(labels: VocabularyLabels, currencies: readonly string[]): FilterVocabulary {
  const ids = (map: Map<string, unknown>, nullable: boolean) => [...map.keys(), ...(nullable ? [NONE] : [])];
  return {
    country: ids(labels.countries, true),
    level: ids(labels.levels, true),
    company: ids(labels.companies, true),
    industry: ids(labels.industries, true),
    city: ids(labels.cities, true),
    role: ids(labels.roles, false),
    basis: [...BASES],
    source: ids(labels.sources, false),
    currency: [...currencies],
  };
}
