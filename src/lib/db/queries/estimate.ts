import "server-only";
import { NONE } from "@/lib/domain";
import type { EstimatePageData } from "@/lib/estimate/types";
import { db } from "@/lib/db/connection";
import { loadExplorerData } from "./explorer";
import { listFactors } from "./factors";

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
