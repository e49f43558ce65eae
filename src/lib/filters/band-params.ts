import { z } from "zod";
import { canonicalQuery, MULTI_KEYS, SINGLE_KEYS } from "./band-query";

/**
 * The explorer's whole state lives in the URL. This module is the one place that
 * reads search params into typed filters (ignoring, and reporting, anything it
 * cannot use) and writes filters back as a canonical query string, so that
 * parseBandParams(serializeBandFilters(f)) returns f. Pure: it runs on the server
 * (pages, API) and in the browser (the filter form).
 */

export { MULTI_KEYS } from "./band-query";
export type MultiKey = (typeof MULTI_KEYS)[number];

import { NONE } from "@/lib/domain";

export const SORT_KEYS = ["level", "role", "location", "company", "industry", "basis", "min", "max", "source"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const GROUPS = ["level", "company"] as const;
export type Group = (typeof GROUPS)[number];

export interface BandFilters {
  /** Selected values per dimension, sorted and unique; empty means "all". */
  values: Record<MultiKey, string[]>;
  /** ISO code to convert every band to; null shows each band in its own currency. */
  currency: string | null;
  /** Show day, hour and month rates as yearly figures. */
  annualize: boolean;
  sort: { key: SortKey; descending: boolean };
  group: Group;
}

/** What a parameter may hold: the vocabulary ids in the store, each with NONE where a band may lack the value. */
export type FilterVocabulary = Record<MultiKey, readonly string[]> & { currency: readonly string[] };

export interface IgnoredParam {
  name: string;
  value: string;
  reason: string;
  allowed?: readonly string[];
}


export function emptyBandFilters(): BandFilters {
  return {
    values: Object.fromEntries(MULTI_KEYS.map((key) => [key, []])) as unknown as Record<MultiKey, string[]>,
    currency: null,
    annualize: false,
    sort: { key: "level", descending: false },
    group: "level",
  };
}

const MAX_VALUE_LENGTH = 64;
const KNOWN_KEYS = new Set<string>([...MULTI_KEYS, ...SINGLE_KEYS]);

const UPPER_CASE_KEYS = new Set<string>(["country", "currency"]);

const sortSchema = z
  .string()
  .regex(/^-?[a-z]+$/)
  .transform((raw) => ({ key: raw.replace(/^-/, ""), descending: raw.startsWith("-") }))
  .pipe(z.object({ key: z.enum(SORT_KEYS), descending: z.boolean() }));
const groupSchema = z.enum(GROUPS);
const annualizeSchema = z.enum(["1", "true", "yes", "on"]);

export type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

export function entriesOf(params: ParamSource): [string, string][] {
  if (params instanceof URLSearchParams) return [...params.entries()];
  // Next builds searchParams on a plain object, so "?constructor=x" arrives as [Object, "x"]:
  // only strings are parameters.
  return Object.entries(params).flatMap(([name, value]) =>
    value === undefined
      ? []
      : (Array.isArray(value) ? value : [value]).filter((v) => typeof v === "string").map((v): [string, string] => [name, v]),
  );
}

/** Codes are matched case-insensitively ("us" is US, "None" is none); ids as written. */
export function normalizeValue(name: string, raw: string): string {
  const value = raw.trim();
  if (!UPPER_CASE_KEYS.has(name)) return value;
  return value.toLowerCase() === NONE ? NONE : value.toUpperCase();
}

export function shorten(value: string): string {
  return value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH)}…` : value;
}

/**
 * Reads search params into filters. Unknown parameters, unknown values and
 * repeated single-valued parameters are left out and listed in `ignored`; an
 * empty value ("currency=") means the default and is not reported.
 */
export function parseBandParams(params: ParamSource, vocabulary: FilterVocabulary): { filters: BandFilters; ignored: IgnoredParam[] } {
  const filters = emptyBandFilters();
  const ignored: IgnoredParam[] = [];
  const seenSingle = new Set<string>();
  const chosen = Object.fromEntries(MULTI_KEYS.map((key) => [key, new Set<string>()])) as Record<MultiKey, Set<string>>;

  for (const [name, rawValue] of entriesOf(params)) {
    const value = normalizeValue(name, rawValue);
    if (!KNOWN_KEYS.has(name)) {
      ignored.push({ name: shorten(name), value: shorten(rawValue), reason: "unknown parameter", allowed: [...KNOWN_KEYS] });
      continue;
    }
    if (value === "") continue;
    if ((MULTI_KEYS as readonly string[]).includes(name)) {
      const key = name as MultiKey;
      const allowed = vocabulary[key];
      if (allowed.includes(value)) chosen[key].add(value);
      else ignored.push({ name, value: shorten(rawValue), reason: `not a known ${name}`, allowed });
      continue;
    }
    if (seenSingle.has(name)) {
      ignored.push({ name, value: shorten(rawValue), reason: `${name} may be given once; the first value was used` });
      continue;
    }
    seenSingle.add(name);
    const problem = applySingle(filters, name, value, vocabulary);
    if (problem) ignored.push({ name, value: shorten(rawValue), ...problem });
  }

  for (const key of MULTI_KEYS) filters.values[key] = [...chosen[key]].sort();
  return { filters, ignored };
}

function applySingle(
  filters: BandFilters,
  name: string,
  value: string,
  vocabulary: FilterVocabulary,
): { reason: string; allowed?: readonly string[] } | null {
  switch (name) {
    case "currency":
      if (!vocabulary.currency.includes(value)) return { reason: "not a currency with an exchange rate", allowed: vocabulary.currency };
      filters.currency = value;
      return null;
    case "annualize":
      if (!annualizeSchema.safeParse(value.toLowerCase()).success) return { reason: "use annualize=1", allowed: ["1"] };
      filters.annualize = true;
      return null;
    case "sort": {
      const sort = sortSchema.safeParse(value);
      if (!sort.success) return { reason: "not a sortable column", allowed: SORT_KEYS.flatMap((k) => [k, `-${k}`]) };
      filters.sort = sort.data;
      return null;
    }
    default: {
      const group = groupSchema.safeParse(value);
      if (!group.success) return { reason: "not a grouping", allowed: GROUPS };
      filters.group = group.data;
      return null;
    }
  }
}

/** The canonical query string (no leading "?"): fixed key order, sorted values, defaults left out. */
export function serializeBandFilters(filters: BandFilters): string {
  const entries: [string, string][] = MULTI_KEYS.flatMap((key) => filters.values[key].map((value): [string, string] => [key, value]));
  if (filters.currency) entries.push(["currency", filters.currency]);
  if (filters.annualize) entries.push(["annualize", "1"]);
  entries.push(["sort", `${filters.sort.descending ? "-" : ""}${filters.sort.key}`]);
  entries.push(["group", filters.group]);
  return canonicalQuery(entries);
}

/** The path and canonical query of a view, e.g. "/salaries?country=US&level=senior". */
export function bandViewHref(pathname: string, filters: BandFilters): string {
  const query = serializeBandFilters(filters);
  return query ? `${pathname}?${query}` : pathname;
}

/** True when nothing narrows the bands (presentation settings aside). */
export function hasNoFilter(filters: BandFilters): boolean {
  return MULTI_KEYS.every((key) => filters.values[key].length === 0);
}
