// Never-seen views for the benchmark: request n gets the n-th of many valid canonical views of a
// page (/salaries: countries, levels, companies, currency, sort; /trends; /records with your
// number; /filings), in a scrambled order that repeats none, so the response cache never serves one.
import { occupationsForRole } from "@/lib/official/mappings";
import { ML_QUICK_PICK_TITLES, ROLE_TITLES } from "@/lib/records/role-titles";
import { bandsView, emptyBandFilters, SORT_KEYS, type BandFilters } from "@/lib/url-state/bands";
import { filingsView, trendsView } from "@/lib/url-state/official";
import { emptyRecordFilters, recordsView } from "@/lib/url-state/records";
import type { RecordLevel } from "@/lib/records/codes";

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

interface ViewSpace {
  size: number;
  path: (n: number) => string;
}

/**
 * A space of views as the product of independent choices: view n is the n-th of a permutation of
 * it (a multiplier coprime with the size), read as digits in the choices' radices.
 */
function productSpace(radices: readonly number[], view: (digits: number[]) => string): ViewSpace {
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
  return { size, path };
}

const hrefOf = (pathname: string, query: string) => `${pathname}${query ? `?${query}` : ""}`;

export function viewSpace(vocabulary: ViewVocabulary): ViewSpace {
  const countries = smallSubsets(vocabulary.country);
  const levels = smallSubsets(vocabulary.level);
  const companies = smallSubsets(vocabulary.company);
  const currencies = [null, ...vocabulary.currency];
  const sorts = SORT_KEYS.flatMap((key) => [false, true].map((descending) => ({ key, descending })));
  return productSpace([countries.length, levels.length, companies.length, currencies.length, sorts.length], ([c, l, k, cur, s]) => {
    const empty = emptyBandFilters();
    const filters: BandFilters = {
      ...empty,
      values: { ...empty.values, country: countries[c!] ?? [], level: levels[l!] ?? [], company: companies[k!] ?? [] },
      currency: currencies[cur!] ?? null,
      sort: sorts[s!] ?? empty.sort,
    };
    return hrefOf("/salaries", bandsView.serialize(filters));
  });
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
  return productSpace([v.roles.length, levels.length, countries.length], ([r, l, c]) =>
    hrefOf("/trends", trendsView.serialize({ role: v.roles[r!]!, level: levels[l!] ?? null, country: countries[c!] ?? null, format: "json" })),
  );
}

/** /records with your number: an ML title, a role's titles or none, up to two levels, a country or none, a year or none, and a pay. */
export function recordsPayViewSpace(v: OfficialViewVocabulary): ViewSpace {
  const titles = [[], ...ML_QUICK_PICK_TITLES.map((t) => [t]), ...Object.values(ROLE_TITLES).map((t) => [...t])];
  const levels = smallSubsets(["junior", "mid", "senior", "director"]) as RecordLevel[][];
  const countries = [[], ...v.countries.map((c) => [c])];
  const years = [[], ...v.years.map((y) => [y])];
  return productSpace([titles.length, levels.length, countries.length, years.length, PAYS.length], ([t, l, c, y, p]) =>
    hrefOf(
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
  return productSpace([companies.length, roles.length, levels.length, states.length, socs.length, pays.length], ([k, r, l, s, o, p]) =>
    hrefOf(
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

/** The values /api/facets offers for each dimension (those some band has), and the currencies of the rate table. */
export async function fetchViewVocabulary(baseUrl: string, currencies: readonly string[]): Promise<ViewVocabulary> {
  const body = (await (await fetch(`${baseUrl}/api/facets`)).json()) as { facets: Record<string, { values: { value: string; count: number }[] }> };
  const values = (key: string) => (body.facets[key]?.values ?? []).filter((v) => v.count > 0).map((v) => v.value);
  return { country: values("country"), level: values("level"), company: values("company"), currency: currencies };
}
