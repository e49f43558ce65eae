import "server-only";
import type { EstimateData } from "@/lib/estimate/types";
import type { EstimateVocabulary } from "@/lib/url-state/estimate";
import { db } from "./client";
import { loadExplorerData } from "./explorer";
import { listFactors } from "./factors";
import { NONE, type Rates, type VocabularyLabels } from "@/lib/domain";

export interface EstimatePageData {
  /** What the pure estimator reads. */
  estimator: EstimateData;
  labels: VocabularyLabels;
  /** The rate table with its source, for saying where conversions come from. */
  rates: Rates;
  /** What each /estimate parameter may hold. */
  vocabulary: EstimateVocabulary;
}

/** Everything /estimate and /api/estimate read: the explorer's data, the factors, and the country of each city and the currency of each country. */
export async function loadEstimateData(): Promise<EstimatePageData> {
  const client = db();
  const [explorer, factors, cities, countries] = await Promise.all([
    loadExplorerData(),
    listFactors(),
    client.city.findMany({ select: { id: true, countryCode: true } }),
    client.country.findMany({ select: { code: true, currencyCode: true } }),
  ]);
  const { bands, labels, rates, vocabulary } = explorer;
  const known = (values: readonly string[]) => values.filter((value) => value !== NONE);
  return {
    estimator: { bands, factors, rates: rates.table, labels, countryCurrency: new Map(countries.map((c) => [c.code, c.currencyCode])) },
    labels,
    rates,
    vocabulary: {
      level: known(vocabulary.level),
      country: known(vocabulary.country),
      city: known(vocabulary.city),
      industry: known(vocabulary.industry),
      company: known(vocabulary.company),
      currency: vocabulary.currency,
      cityCountry: new Map(cities.map((city) => [city.id, city.countryCode])),
    },
  };
}
