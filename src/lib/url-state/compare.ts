import { z } from "zod";
import { BASES, type Basis } from "@/lib/domain";
import { currencyReader, dimensionReader, emptyBandFilters, type BandFilters, type FilterVocabulary } from "./bands";
import { COMPARE_DIMENSIONS, compareQuery, MAX_COMPARED, NARROW_KEYS, type CompareDimension, type NarrowKey } from "./compare-query";
import { defineView, type Readers } from "./define-view";
import { refuse, switchOn } from "./readers";

export { COMPARE_DIMENSIONS, MAX_COMPARED, NARROW_KEYS, type CompareDimension } from "./compare-query";

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
  /** Show every claim, envelope and difference in international dollars (PPP) beside the currency's. */
  ppp: boolean;
}

/** `by` is read first: it decides what a `value` may be, and that its own filter is refused. */
function readers(vocabulary: FilterVocabulary, { by }: { by: CompareDimension }): Readers<typeof compareQuery> {
  const narrow = Object.fromEntries(
    NARROW_KEYS.map((key) => [key, key === by ? refuse(`${key} is what is being compared: pick each with value=`) : dimensionReader(vocabulary, key)]),
  ) as Record<NarrowKey, ReturnType<typeof dimensionReader>>;
  return {
    ...narrow,
    by: { schema: z.enum(COMPARE_DIMENSIONS), reason: "not something to compare by", allowed: COMPARE_DIMENSIONS },
    value: { ...dimensionReader(vocabulary, by), max: { count: MAX_COMPARED, reason: `at most ${MAX_COMPARED} values are compared; this one was left out` } },
    basis: { schema: z.enum(BASES), reason: "not a basis", allowed: BASES },
    currency: currencyReader(vocabulary),
    ppp: switchOn("ppp"),
  };
}

export const compareView = defineView({
  query: compareQuery,
  readers,
  decidedFirst: ["by"],
  advertised: ["by", "value", ...NARROW_KEYS, "basis", "currency", "ppp"],
  toView: ({ by, value, basis, currency, ppp, ...narrow }): CompareFilters => ({ by, values: value, narrow, basis, currency, ppp }),
  toFields: ({ by, values, narrow, basis, currency, ppp }) => ({ by, value: values, ...narrow, basis, currency, ppp }),
});

export function emptyCompareFilters(by: CompareDimension = "company"): CompareFilters {
  return { ...compareView.empty(), by };
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
    ppp: filters.ppp,
  };
}

/** The path and canonical query of a comparison, e.g. "/compare?by=company&value=google&value=meta&level=senior". */
export const compareViewHref = compareView.href;
