import "server-only";
import { NONE } from "@/lib/domain";
import type { EstimatePageData } from "@/lib/estimate/types";
import { db } from "@/lib/db/connection";
import { loadExplorerData } from "./explorer";
import { listFactors } from "./factors";
import { oncePerDataVersion } from "./per-data-version";
import { loadCountryCurrencies } from "./vocabulary";

/**
 * Everything /estimate and /api/estimate read: the explorer's data, the factors, and the country of
 * each city and the currency of each country. Data only, so read once per data version and shared
 * (one vocabulary object, whose URL readers are kept too): callers must not change it.
 */
export function loadEstimateData(): Promise<EstimatePageData> {
  return oncePerDataVersion("estimateData", queryEstimateData);
}

async function queryEstimateData(): Promise<EstimatePageData> {
  const client = db();
  const [explorer, factors, cities, countryCurrency] = await Promise.all([
    loadExplorerData(),
    listFactors(),
    client.city.findMany({ select: { id: true, countryCode: true } }),
    loadCountryCurrencies(),
  ]);
  const { bands, labels, rates, vocabulary } = explorer;
  const known = (values: readonly string[]) => values.filter((value) => value !== NONE);
  return {
    estimator: { bands, factors, rates: rates.table, labels, countryCurrency },
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
