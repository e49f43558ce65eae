import { z } from "zod";
import { BASES, type Basis } from "@/lib/domain";
import {
  emptyBandFilters,
  entriesOf,
  normalizeValue,
  shorten,
  type BandFilters,
  type FilterVocabulary,
  type IgnoredParam,
  type ParamSource,
} from "./band-params";
import {
  canonicalCompareQuery,
  COMPARE_DIMENSIONS,
  DEFAULT_BASIS,
  DEFAULT_CURRENCY,
  MAX_COMPARED,
  NARROW_KEYS,
  type CompareDimension,
  type NarrowKey,
} from "./compare-query";

/**
 * /compare's state lives in the URL, as the explorer's does (band-params): one
 * module reads search params into typed filters, reporting what it ignored, and
 * writes them back canonically, so parseCompareParams(serializeCompareFilters(f))
 * returns f. Pure: it runs on the server and in tests.
 */

export { COMPARE_DIMENSIONS, MAX_COMPARED, NARROW_KEYS, type CompareDimension, type NarrowKey } from "./compare-query";

export interface CompareFilters {
  /** The dimension whose values are set side by side. */
  by: CompareDimension;
  /** Picked values of `by`, unique, in the order picked; the first is the baseline the others are measured against. */
  values: string[];
  /** The explorer's filters on the other dimensions, sorted and unique; empty means all. `narrow[by]` is always empty. */
  narrow: Record<NarrowKey, string[]>;
  basis: Basis;
  /** Every amount is shown in this currency. */
  currency: string;
}

export function emptyCompareFilters(by: CompareDimension = "company"): CompareFilters {
  return {
    by,
    values: [],
    narrow: Object.fromEntries(NARROW_KEYS.map((key) => [key, []])) as unknown as Record<NarrowKey, string[]>,
    basis: DEFAULT_BASIS,
    currency: DEFAULT_CURRENCY,
  };
}

/** What /compare shows for each dimension before anyone picks: comparisons the articles can answer. */
export function defaultComparison(by: CompareDimension): CompareFilters {
  const filters = emptyCompareFilters(by);
  switch (by) {
    case "company":
      return { ...filters, values: ["google", "meta"], narrow: { ...filters.narrow, level: ["senior"] } };
    case "country":
      return { ...filters, values: ["US", "DE", "IN"] };
    case "level":
      return { ...filters, values: ["junior", "mid", "senior"], narrow: { ...filters.narrow, country: ["US"] } };
  }
}

const KNOWN_KEYS: readonly string[] = ["by", "value", ...NARROW_KEYS, "basis", "currency"];
const dimensionSchema = z.enum(COMPARE_DIMENSIONS);
const basisSchema = z.enum(BASES);

/**
 * Reads search params into compare filters. `by` is read first, since it decides
 * what a `value` may be. Unknown parameters and values, a fifth value, a filter on
 * the compared dimension itself and repeated single-valued parameters are left out
 * and listed in `ignored`; an empty value means the default and is not reported.
 */
export function parseCompareParams(params: ParamSource, vocabulary: FilterVocabulary): { filters: CompareFilters; ignored: IgnoredParam[] } {
  const entries = entriesOf(params);
  const ignored: IgnoredParam[] = [];
  const report = (name: string, rawValue: string, reason: string, allowed?: readonly string[]) =>
    ignored.push({ name: shorten(name), value: shorten(rawValue), reason, ...(allowed ? { allowed } : {}) });

  const byEntries = entries.filter(([name, value]) => name === "by" && value.trim() !== "");
  const [firstBy, ...extraBy] = byEntries;
  const by = dimensionSchema.safeParse(firstBy?.[1].trim());
  const filters = emptyCompareFilters(by.success ? by.data : undefined);
  if (firstBy && !by.success) report("by", firstBy[1], "not something to compare by", COMPARE_DIMENSIONS);
  for (const [, value] of extraBy) report("by", value, "by may be given once; the first value was used");

  const narrowed = Object.fromEntries(NARROW_KEYS.map((key) => [key, new Set<string>()])) as Record<NarrowKey, Set<string>>;
  const seenSingle = new Set<string>();
  for (const [name, rawValue] of entries) {
    if (name === "by") continue;
    if (!KNOWN_KEYS.includes(name)) {
      report(name, rawValue, "unknown parameter", KNOWN_KEYS);
      continue;
    }
    const value = normalizeValue(name === "value" ? filters.by : name, rawValue);
    if (value === "") continue;
    if (name === "value") {
      const allowed = vocabulary[filters.by];
      if (!allowed.includes(value)) report(name, rawValue, `not a known ${filters.by}`, allowed);
      else if (filters.values.includes(value)) continue;
      else if (filters.values.length >= MAX_COMPARED) report(name, rawValue, `at most ${MAX_COMPARED} values are compared; this one was left out`);
      else filters.values.push(value);
    } else if ((NARROW_KEYS as readonly string[]).includes(name)) {
      const key = name as NarrowKey;
      if (key === filters.by) report(name, rawValue, `${key} is what is being compared: pick each with value=`);
      else if (!vocabulary[key].includes(value)) report(name, rawValue, `not a known ${key}`, vocabulary[key]);
      else narrowed[key].add(value);
    } else if (seenSingle.has(name)) {
      report(name, rawValue, `${name} may be given once; the first value was used`);
    } else {
      seenSingle.add(name);
      if (name === "basis") {
        const basis = basisSchema.safeParse(value);
        if (basis.success) filters.basis = basis.data;
        else report(name, rawValue, "not a basis", BASES);
      } else if (vocabulary.currency.includes(value)) filters.currency = value;
      else report(name, rawValue, "not a currency with an exchange rate", vocabulary.currency);
    }
  }

  for (const key of NARROW_KEYS) filters.narrow[key] = [...narrowed[key]].sort();
  return { filters, ignored };
}

/** The canonical query string (no leading "?"): `by`, the values in picked order, then the filters; defaults left out. */
export function serializeCompareFilters(filters: CompareFilters): string {
  return canonicalCompareQuery([
    ["by", filters.by],
    ...filters.values.map((value): [string, string] => ["value", value]),
    ...NARROW_KEYS.flatMap((key) => filters.narrow[key].map((value): [string, string] => [key, value])),
    ["basis", filters.basis],
    ["currency", filters.currency],
  ]);
}

/** The path and canonical query of a comparison, e.g. "/compare?by=company&value=google&value=meta&level=senior". */
export function compareViewHref(pathname: string, filters: CompareFilters): string {
  return `${pathname}?${serializeCompareFilters(filters)}`;
}

/**
 * The explorer's filters for one compared value (or, without one, for the whole
 * comparison's narrowing), so /compare selects bands exactly as /salaries does
 * and can link to the same bands there.
 */
export function explorerFilters(filters: CompareFilters, value?: string): BandFilters {
  const empty = emptyBandFilters();
  return {
    ...empty,
    values: { ...empty.values, ...filters.narrow, [filters.by]: value === undefined ? [] : [value], basis: [filters.basis] },
    currency: filters.currency,
  };
}
