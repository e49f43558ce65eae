// Never-seen views for the benchmark: request n gets the n-th of many valid canonical views
// (/salaries: countries, levels, companies, currency, sort; /compare: companies, level, basis,
// currency), in a scrambled order that repeats none, so the response cache never serves one;
// and band pages, every band in turn under a new URL each time.
import { bandsView, emptyBandFilters, SORT_KEYS, type BandFilters } from "@/lib/url-state/bands";
import { compareView, emptyCompareFilters, MAX_COMPARED, type CompareFilters } from "@/lib/url-state/compare";

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

export interface ViewSpace {
  size: number;
  /** What `size` counts, for the bench row's label. */
  of: string;
  path: (n: number) => string;
}

/**
 * The n-th of `size` views, drawn by a multiplier coprime with size, which turns the counter into a
 * permutation of the space: no view twice. `view` gets one digit per radix.
 */
function permutedSpace(radices: readonly number[], view: (digits: number[]) => string): ViewSpace {
  const size = radices.reduce((a, b) => a * b, 1);
  let step = Math.floor(size * 0.618034) | 1;
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  while (gcd(step, size) !== 1) step += 2;
  const path = (n: number) => {
    let index = Number((BigInt(n) * BigInt(step)) % BigInt(size));
    const digits = radices.map((radix) => {
      const d = index % radix;
      index = Math.floor(index / radix);
      return d;
    });
    return view(digits);
  };
  return { size, of: "views", path };
}

export function viewSpace(vocabulary: ViewVocabulary): ViewSpace {
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
      sort: sorts[s!] ?? empty.sort,
    };
    const query = bandsView.serialize(filters);
    return `/salaries${query ? `?${query}` : ""}`;
  });
}

/** Every ordering of two to MAX_COMPARED of `values`: the first one picked is the baseline, so order makes another comparison. */
function orderedPicks(values: readonly string[]): string[][] {
  const picks: string[][] = [];
  const extend = (pick: string[]) => {
    if (pick.length >= 2) picks.push(pick);
    if (pick.length === MAX_COMPARED) return;
    for (const value of values) if (!pick.includes(value)) extend([...pick, value]);
  };
  extend([]);
  return picks;
}

/**
 * Never-seen /compare views of companies: every ordered pick of two to four, each level or none,
 * every currency; base pay, as the articles' company claims are (a total-pay comparison of
 * companies is an empty page).
 */
export function compareSpace(vocabulary: ViewVocabulary): ViewSpace {
  const picks = orderedPicks(vocabulary.company);
  const levels = [null, ...vocabulary.level];
  return permutedSpace([picks.length, levels.length, vocabulary.currency.length], ([p, l, cur]) => {
    const empty = emptyCompareFilters("company");
    const level = levels[l!];
    const filters: CompareFilters = {
      ...empty,
      values: picks[p!] ?? [],
      narrow: { ...empty.narrow, level: level ? [level] : [] },
      currency: vocabulary.currency[cur!] ?? empty.currency,
    };
    return `/compare?${compareView.serialize(filters)}`;
  });
}

/**
 * Band pages, /salaries/bands/<id>: every band in turn, then again, each time with a new (ignored)
 * query, so the response cache never serves one and each request renders a band page.
 */
export function bandPageSpace(ids: readonly string[]): ViewSpace {
  return {
    size: ids.length,
    of: "bands, each under a new URL every round",
    path: (n) => `/salaries/bands/${encodeURIComponent(ids[n % ids.length]!)}?n=${Math.floor(n / ids.length)}`,
  };
}

/** The values /api/facets offers for each dimension (those some band has), and the currencies of the rate table. */
export async function fetchViewVocabulary(baseUrl: string, currencies: readonly string[]): Promise<ViewVocabulary> {
  const body = (await (await fetch(`${baseUrl}/api/facets`)).json()) as { facets: Record<string, { values: { value: string; count: number }[] }> };
  const values = (key: string) => (body.facets[key]?.values ?? []).filter((v) => v.count > 0).map((v) => v.value);
  return { country: values("country"), level: values("level"), company: values("company"), currency: currencies };
}
