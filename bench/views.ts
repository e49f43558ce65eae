// Never-seen views for the benchmark: request n gets the n-th of many valid canonical views, in a
// scrambled order that repeats none, so the response cache never serves one. /salaries draws from
// more than 100,000 (countries, levels, companies, currency, sort), with or without ppp=1; /compare
// and /estimate with ppp=1 from tens of thousands each.
import { NONE } from "@/lib/domain";
import { bandsView, emptyBandFilters, SORT_KEYS, type BandFilters } from "@/lib/url-state/bands";
import { compareView, emptyCompareFilters, type CompareFilters } from "@/lib/url-state/compare";
import { emptyEstimateInput, estimateView, type EstimateInput } from "@/lib/url-state/estimate";

export interface ViewVocabulary {
  country: readonly string[];
  level: readonly string[];
  company: readonly string[];
  currency: readonly string[];
}

export interface ViewSpace {
  size: number;
  path: (n: number) => string;
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

/** Two or three different values in the order picked (compare's first value is its baseline, so order matters). */
function orderedPicks(values: readonly string[]): string[][] {
  const picks: string[][] = [];
  for (const a of values) {
    for (const b of values) {
      if (b === a) continue;
      picks.push([a, b]);
      for (const c of values) if (c !== a && c !== b) picks.push([a, b, c]);
    }
  }
  return picks;
}

/**
 * The space of every combination of one choice per list (`radices[i]` choices each), walked so that
 * view n is a permutation of the space: a multiplier coprime with its size, so no view comes twice.
 */
function permutedSpace(radices: readonly number[], pathOf: (digits: number[]) => string): ViewSpace {
  const size = radices.reduce((a, b) => a * b, 1);
  let step = Math.floor(size * 0.618034) | 1;
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  while (gcd(step, size) !== 1) step += 2;
  const path = (n: number) => {
    let index = Number((BigInt(n) * BigInt(step)) % BigInt(size));
    return pathOf(
      radices.map((radix) => {
        const digit = index % radix;
        index = Math.floor(index / radix);
        return digit;
      }),
    );
  };
  return { size, path };
}

const pathWith = (pathname: string, query: string) => `${pathname}${query ? `?${query}` : ""}`;

/** /salaries views; with `ppp`, every one asks for international dollars too (ppp=1). */
export function viewSpace(vocabulary: ViewVocabulary, options: { ppp?: boolean } = {}): ViewSpace {
  const countries = smallSubsets(vocabulary.country);
  const levels = smallSubsets(vocabulary.level);
  const companies = smallSubsets(vocabulary.company);
  const currencies = [null, ...vocabulary.currency];
  const sorts = SORT_KEYS.flatMap((key) => [false, true].map((descending) => ({ key, descending })));
  return permutedSpace([countries.length, levels.length, companies.length, currencies.length, sorts.length], ([c, l, k, cur, s]) => {
    const empty = emptyBandFilters();
    const filters: BandFilters = {
      ...empty,
      values: { ...empty.values, country: countries[c!] ?? [], level: levels[l!] ?? [], company: companies[k!] ?? [] },
      currency: currencies[cur!] ?? null,
      ppp: options.ppp ?? false,
      sort: sorts[s!] ?? empty.sort,
    };
    return pathWith("/salaries", bandsView.serialize(filters));
  });
}

/** /compare by country, two or three countries in picked order, narrowed by up to two levels, in a currency, with ppp=1. */
export function compareSpace(vocabulary: ViewVocabulary): ViewSpace {
  const picks = orderedPicks(vocabulary.country.filter((c) => c !== NONE));
  const levels = smallSubsets(vocabulary.level);
  return permutedSpace([picks.length, levels.length, vocabulary.currency.length], ([p, l, cur]) => {
    const empty = emptyCompareFilters("country");
    const filters: CompareFilters = {
      ...empty,
      values: picks[p!] ?? [],
      narrow: { ...empty.narrow, level: levels[l!] ?? [] },
      currency: vocabulary.currency[cur!] ?? "USD",
      ppp: true,
    };
    return pathWith("/compare", compareView.serialize(filters));
  });
}

/** /estimate for a level, in a country or anywhere, at a company or none, base or total, in a currency or the base's, with ppp=1. */
export function estimateSpace(vocabulary: ViewVocabulary): ViewSpace {
  const levels = vocabulary.level.filter((l) => l !== NONE);
  const countries = [null, ...vocabulary.country.filter((c) => c !== NONE)];
  const companies = [null, ...vocabulary.company.filter((c) => c !== NONE)];
  const bases = ["base", "total"] as const;
  const currencies = [null, ...vocabulary.currency];
  return permutedSpace([levels.length, countries.length, companies.length, bases.length, currencies.length], ([l, c, k, b, cur]) => {
    const input: EstimateInput = {
      ...emptyEstimateInput(),
      level: levels[l!] ?? null,
      country: countries[c!] ?? null,
      company: companies[k!] ?? null,
      basis: bases[b!] ?? "base",
      currency: currencies[cur!] ?? null,
      ppp: true,
    };
    return pathWith("/estimate", estimateView.serialize(input));
  });
}

/** The values /api/facets offers for each dimension (those some band has), and the currencies of the rate table. */
export async function fetchViewVocabulary(baseUrl: string, currencies: readonly string[]): Promise<ViewVocabulary> {
  const body = (await (await fetch(`${baseUrl}/api/facets`)).json()) as { facets: Record<string, { values: { value: string; count: number }[] }> };
  const values = (key: string) => (body.facets[key]?.values ?? []).filter((v) => v.count > 0).map((v) => v.value);
  return { country: values("country"), level: values("level"), company: values("company"), currency: currencies };
}
