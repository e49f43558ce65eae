import { filterVocabulary } from "@/lib/explorer/explorer-data";
import type { FilterVocabulary } from "@/lib/url-state/bands";
import { labels, rates } from "../../support/claims-from-data";

export { bands, labels, rates } from "../../support/claims-from-data";

/** What each URL parameter may hold, as loadExplorerData builds it. */
export const vocabulary: FilterVocabulary = filterVocabulary(labels, Object.keys(rates.rates));
