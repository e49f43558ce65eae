// Never-seen views for the benchmark: request n gets the n-th of many valid canonical views, in a
// scrambled order that repeats none, so the response cache never serves one. /salaries draws from
// more than 100,000 (countries, levels, companies, currency, sort), with or without ppp=1; /compare
// and /estimate with ppp=1 from tens of thousands each, /compare of companies too; /trends,
// /records with your number and /filings from their own parameters; and band pages, every band in
// turn under a new URL each time.
import { chartImageSrc } from "@/components/charts/chart-image";
import { NONE } from "@/lib/domain";
import { occupationsForRole } from "@/lib/official/mappings";
import type { RecordLevel } from "@/lib/records/codes";
import { ML_QUICK_PICK_TITLES, ROLE_TITLES } from "@/lib/records/role-titles";
import { bandsView, emptyBandFilters, SORT_KEYS, type BandFilters } from "@/lib/url-state/bands";
import { compareView, emptyCompareFilters, MAX_COMPARED, type CompareFilters } from "@/lib/url-state/compare";
import { emptyEstimateInput, estimateView, type EstimateInput } from "@/lib/url-state/estimate";
import { filingsView, trendsView } from "@/lib/url-state/official";
import { emptyRecordFilters, recordsView } from "@/lib/url-state/records";

export interface ViewVocabulary {
  country: readonly string[];
  level: readonly string[];
  company: readonly string[];
  currency: readonly string[];
}

export interface ViewSpace {
  size: number;
  /** What `size` counts, for the bench row's label. */
  of: string;
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
  return { size, of: "views", path };
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

/** The chart images of a page's views: the same view, drawn by /api/chart/<page>[/<chart>] (what each page's <img> asks for). */
export function chartImageSpace(pages: ViewSpace, chart?: string): ViewSpace {
  return { ...pages, of: `${pages.of}' ${chart ?? "chart"} images`, path: (n) => chartImageSrc(pages.path(n), chart) };
}

/** /compare by country, two to MAX_COMPARED countries in picked order, narrowed by up to two levels, in a currency, with ppp=1. */
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
export function compareCompaniesSpace(vocabulary: ViewVocabulary): ViewSpace {
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
    return pathWith("/compare", compareView.serialize(filters));
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

/** What the official pages' URLs may hold, as their APIs' 400 answers list it (plus the SOC codes the roles map to). */
export interface OfficialViewVocabulary {
  roles: readonly string[];
  levels: readonly string[];
  companies: readonly string[];
  /** Company countries of the survey records. */
  countries: readonly string[];
  /** Work years of the survey records. */
  years: readonly number[];
  states: readonly string[];
}

/** Yearly pays "your number" is drawn from: $40,000 to $400,000 in steps of $5,000, and a few with cents. */
const PAYS = [...Array.from({ length: 73 }, (_, i) => 40_000 + i * 5_000), 123_456.78, 185_000.5];

/** /trends: role, level (or any) and company country (or any). */
export function trendsViewSpace(v: OfficialViewVocabulary): ViewSpace {
  const levels = [null, ...v.levels];
  const countries = [null, ...v.countries];
  return permutedSpace([v.roles.length, levels.length, countries.length], ([r, l, c]) =>
    pathWith("/trends", trendsView.serialize({ role: v.roles[r!]!, level: levels[l!] ?? null, country: countries[c!] ?? null, format: "json" })),
  );
}

/** /records with your number: an ML title, a role's titles or none, up to two levels, a country or none, a year or none, and a pay. */
export function recordsPayViewSpace(v: OfficialViewVocabulary): ViewSpace {
  const titles = [[], ...ML_QUICK_PICK_TITLES.map((t) => [t]), ...Object.values(ROLE_TITLES).map((t) => [...t])];
  const levels = smallSubsets(["junior", "mid", "senior", "director"]) as RecordLevel[][];
  const countries = [[], ...v.countries.map((c) => [c])];
  const years = [[], ...v.years.map((y) => [y])];
  return permutedSpace([titles.length, levels.length, countries.length, years.length, PAYS.length], ([t, l, c, y, p]) =>
    pathWith(
      "/records",
      recordsView.serialize({ filters: { ...emptyRecordFilters(), title: titles[t!]!, level: levels[l!]!, country: countries[c!]!, year: years[y!]! }, group: "level", pay: PAYS[p!]! }),
    ),
  );
}

/** /filings: a company, role, level, worksite state and SOC code, each or none, and a pay or none. */
export function filingsViewSpace(v: OfficialViewVocabulary): ViewSpace {
  const companies = [null, ...v.companies];
  const roles = [null, ...v.roles];
  const levels = [null, ...v.levels];
  const states = [null, ...v.states];
  const socs = [null, ...new Set(v.roles.flatMap((role) => occupationsForRole(role).map((o) => o.soc))), "15-1299", "15-1211", "15-1253"];
  const pays = [null, ...PAYS];
  return permutedSpace([companies.length, roles.length, levels.length, states.length, socs.length, pays.length], ([k, r, l, s, o, p]) =>
    pathWith(
      "/filings",
      filingsView.serialize({ company: companies[k!] ?? null, role: roles[r!] ?? null, level: levels[l!] ?? null, state: states[s!] ?? null, soc: socs[o!] ?? null, pay: pays[p!] ?? null }),
    ),
  );
}

/** The values a 400 answer lists as allowed for one parameter (the APIs name them: README, "The URL is the view"). */
async function allowed(baseUrl: string, path: string): Promise<string[]> {
  const body = (await (await fetch(baseUrl + path)).json()) as { parameters?: { allowed?: string[] }[] };
  const values = body.parameters?.[0]?.allowed;
  if (!values) throw new Error(`${path}: no allowed values in the answer`);
  return values;
}

export async function fetchOfficialViewVocabulary(baseUrl: string): Promise<OfficialViewVocabulary> {
  const [roles, levels, companies, countries, years, states] = await Promise.all([
    allowed(baseUrl, "/api/trends?role=zz"),
    allowed(baseUrl, "/api/trends?level=zz"),
    allowed(baseUrl, "/api/filings?company=zz"),
    allowed(baseUrl, "/api/trends?country=zz"),
    allowed(baseUrl, "/api/percentiles?year=1"),
    allowed(baseUrl, "/api/filings?state=zz"),
  ]);
  return { roles, levels, companies, countries, years: years.map(Number), states };
}
