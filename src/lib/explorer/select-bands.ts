import { NONE, type Band } from "@/lib/domain";
import { emptyBandFilters, MULTI_KEYS, type BandFilters, type MultiKey } from "@/lib/url-state/bands";
import { bandValue } from "./band-facts";

/** A band passes when, for every dimension with a selection, its value is one of the selected. */
function matchesFilters(band: Band, filters: BandFilters, except?: MultiKey): boolean {
  return MULTI_KEYS.every((key) => {
    const selected = filters.values[key];
    return key === except || selected.length === 0 || selected.includes(bandValue(band, key));
  });
}

export function filterBands<T extends Band>(bands: readonly T[], filters: BandFilters): T[] {
  return bands.filter((band) => matchesFilters(band, filters));
}

/**
 * For each dimension and value: how many bands the view would show with that value
 * selected, given the other dimensions' selections (as Levels.fyi-style facets do).
 */
export function facetCounts(bands: readonly Band[], filters: BandFilters): Record<MultiKey, Map<string, number>> {
  const counts = Object.fromEntries(MULTI_KEYS.map((key) => [key, new Map<string, number>()])) as Record<MultiKey, Map<string, number>>;
  for (const key of MULTI_KEYS) {
    for (const band of bands) {
      if (!matchesFilters(band, filters, key)) continue;
      const value = bandValue(band, key);
      counts[key].set(value, (counts[key].get(value) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * The claims about exactly a slice. For each dimension given: the bands with one of its values,
 * or, when it lists none, the bands that name no value for it (a claim about Google is not a
 * claim about the whole market, nor a senior band one about every level). Dimensions not given
 * are not looked at.
 */
export function bandsOfSlice<T extends Band>(bands: readonly T[], slice: Partial<Record<"role" | "level" | "country" | "company", readonly string[]>>): T[] {
  const empty = emptyBandFilters();
  const values = { ...empty.values };
  for (const [key, chosen] of Object.entries(slice) as ["role" | "level" | "country" | "company", readonly string[]][]) values[key] = chosen.length > 0 ? [...chosen] : [NONE];
  return filterBands(bands, { ...empty, values });
}
