import "server-only";
import { sourceYears } from "@/lib/domain";
import type { PppFactor, PppData } from "@/lib/official/ppp";
import { pppTable } from "./official";
import { oncePerDataVersion } from "./per-data-version";
import { listSources } from "./sources";
import { loadCountryCurrencies } from "./vocabulary";

/**
 * What "what a salary buys" (ppp=1) converts with: the PA.NUS.PRVT.PP factors by country, each
 * country's currency and each source's year. Data only, so read once per data version.
 */
export function loadPppData(): Promise<PppData> {
  return oncePerDataVersion("pppData", async () => {
    const [sources, countryCurrency] = await Promise.all([listSources(), loadCountryCurrencies()]);
    const { factors, sourceId } = pppTable();
    const factorsByCountry = new Map<string, PppFactor[]>();
    for (const factor of factors) factorsByCountry.set(factor.country, [...(factorsByCountry.get(factor.country) ?? []), factor]);
    return { factorsByCountry, countryCurrency, sourceYears: sourceYears(sources), sourceId };
  });
}
