// Never-seen /salaries views for the benchmark: request n gets the n-th of more than 100,000
// valid canonical views (countries, levels, companies, currency, sort), in a scrambled order
// that repeats none, so the response cache never serves one.
import { bandsView, emptyBandFilters, SORT_KEYS, type BandFilters } from "@/lib/url-state/bands";

export interface ViewVocabulary {
  country: readonly string[];
  level: readonly string[];
  company: readonly string[];
  currency: readonly string[];
}

/** No value, one value, or two values of `values`: the subsets a visitor plausibly ticks. */
function smallSubsets(values: readonly string[]): string[][] {
  const subsets: string[][] = [[]];
  values.forEach((a, i) => {
    subsets.push([a]);
    for (const b of values.slice(i + 1)) subsets.push([a, b]);
  });
  return subsets;
}

export function viewSpace(vocabulary: ViewVocabulary): { size: number; path: (n: number) => string } {
  const countries = smallSubsets(vocabulary.country);
  const levels = smallSubsets(vocabulary.level);
  const companies = smallSubsets(vocabulary.company);
  const currencies = [null, ...vocabulary.currency];
  const sorts = SORT_KEYS.flatMap((key) => [false, true].map((descending) => ({ key, descending })));
  const radices = [countries.length, levels.length, companies.length, currencies.length, sorts.length];
  const size = radices.reduce((a, b) => a * b, 1);
  // A multiplier coprime with size turns the counter into a permutation of the space: no view twice.
  let step = Math.floor(size * 0.618034) | 1;
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  while (gcd(step, size) !== 1) step += 2;
  const path = (n: number) => {
    let index = Number((BigInt(n) * BigInt(step)) % BigInt(size));
    const digit = (radix: number) => {
      const d = index % radix;
      index = Math.floor(index / radix);
      return d;
    };
    const [c, l, k, cur, s] = radices.map(digit) as [number, number, number, number, number];
    const empty = emptyBandFilters();
    const filters: BandFilters = {
      ...empty,
      values: { ...empty.values, country: countries[c] ?? [], level: levels[l] ?? [], company: companies[k] ?? [] },
      currency: currencies[cur] ?? null,
      sort: sorts[s] ?? empty.sort,
    };
    const query = bandsView.serialize(filters);
    return `/salaries${query ? `?${query}` : ""}`;
  };
  return { size, path };
}

/** The values /api/facets offers for each dimension (those some band has), and the currencies of the rate table. */
export async function fetchViewVocabulary(baseUrl: string, currencies: readonly string[]): Promise<ViewVocabulary> {
  const body = (await (await fetch(`${baseUrl}/api/facets`)).json()) as { facets: Record<string, { values: { value: string; count: number }[] }> };
  const values = (key: string) => (body.facets[key]?.values ?? []).filter((v) => v.count > 0).map((v) => v.value);
  return { country: values("country"), level: values("level"), company: values("company"), currency: currencies };
}
