import { rangeInInternationalDollars, type PppRange, type PppData } from "@/lib/official/ppp";
import { envelope, type MoneyRange, type RateTable } from "@/lib/salary-model";
import type { Estimate, SourceBase } from "./types";

/** An estimate in international dollars (ppp=1): its base bands, each source's result and the whole, each with its factor. */
export interface EstimateInInternationalDollars {
  /** Each base band's claim, by band id. */
  bands: ReadonlyMap<string, PppRange>;
  /** Each source's result after the adjustments, by source id; absent for a source with nothing counted. */
  sources: ReadonlyMap<string, PppRange>;
  /** The envelope of the sources' results (the estimate is theirs: estimate.ts); null when one of them has no factor. */
  range: MoneyRange | null;
  /** Why `range` is null. */
  reason: string | null;
}

/** The one country a source's counted bands are pay in, or null when they name none or several. */
function sourceCountry(source: SourceBase): string | null {
  const countries = new Set(source.bands.filter((row) => row.counted).map((row) => row.band.country));
  const [only] = countries;
  return countries.size === 1 ? (only ?? null) : null;
}

/**
 * Each source's result is deflated with its own country's factor of its own year, so a 2023 and a
 * 2025 article are each read in their year's prices; the estimate is the envelope of those, as it
 * is of the results in money. A source without a factor leaves the whole without one, said why.
 */
export function estimateInInternationalDollars(estimate: Estimate, table: PppData, rates: RateTable): EstimateInInternationalDollars {
  const bands = new Map(
    estimate.sources.flatMap((source) =>
      source.bands.map(({ band, claimed }) => [band.id, rangeInInternationalDollars(claimed, { country: band.country, sourceId: band.source.id }, table, rates)] as const),
    ),
  );
  const sources = new Map<string, PppRange>();
  for (const source of estimate.sources) {
    if (!source.result) continue;
    const country = sourceCountry(source);
    sources.set(
      source.source.id,
      country === null && source.bands.some((row) => row.counted && row.band.country !== null)
        ? { internationalDollars: null, factor: null, reason: "no PPP factor: the source's bands are pay in several countries" }
        : rangeInInternationalDollars(source.result, { country, sourceId: source.source.id }, table, rates),
    );
  }
  if (sources.size === 0) return { bands, sources, range: null, reason: "no band fits, so there is nothing to convert" };
  const priced: MoneyRange[] = [];
  for (const source of estimate.sources) {
    const ppp = sources.get(source.source.id);
    if (ppp?.factor === null) return { bands, sources, range: null, reason: `${source.source.title}: ${ppp.reason}` };
    if (ppp) priced.push(ppp.internationalDollars);
  }
  return { bands, sources, range: envelope(priced), reason: null };
}
