import { explorerData, filterVocabulary, type ExplorerData } from "@/lib/explorer/explorer-data";
import type { FilterVocabulary } from "@/lib/url-state/bands";
import { bands, claimData, labels, rates } from "../../support/claims-from-data";

export { bands, labels, rates } from "../../support/claims-from-data";

/** What each URL parameter may hold, as loadExplorerData builds it. */
export const vocabulary: FilterVocabulary = filterVocabulary(labels, Object.keys(rates.rates));

/** The explorer pages' data as loadExplorerData builds it from the store. */
export const explorerPageData: ExplorerData = explorerData(bands, labels, {
  table: rates,
  source: { id: claimData.exchangeRates.source, title: claimData.sources.find((source) => source.id === claimData.exchangeRates.source)?.title ?? "" },
  rates: claimData.exchangeRates.rates.map(({ currency, unitsPerUsd, derivation }) => ({ currency, unitsPerUsd, derivation })),
});
