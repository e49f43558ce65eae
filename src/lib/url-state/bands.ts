import { z } from "zod";
import { defineView, type Readers } from "./define-view";
import { bandsQuery, GROUPS, MULTI_KEYS, SORT_KEYS, type Group, type MultiKey, type SortOrder } from "./bands-query";
import { codeCase, member, switchOn } from "./readers";

export { GROUPS, MULTI_KEYS, SORT_KEYS, type MultiKey, type SortKey } from "./bands-query";

export interface BandFilters {
  /** Selected values per dimension, sorted and unique; empty means "all". */
  values: Record<MultiKey, string[]>;
  /** ISO code to convert every band to; null shows each band in its own currency. */
  currency: string | null;
  /** Show day, hour and month rates as yearly figures. */
  annualize: boolean;
  /** Show each band in international dollars too (private-consumption PPP of its country and year); pay sorts by them. */
  ppp: boolean;
  sort: SortOrder;
  group: Group;
  /** The page of rows shown, from 1 (only /salaries has pages; the APIs answer every row). */
  page: number;
}

/** What a parameter may hold: the vocabulary ids in the store, each with NONE where a band may lack the value. */
export type FilterVocabulary = Record<MultiKey, readonly string[]> & { currency: readonly string[] };

/** A dimension's reader, shared with /compare: codes match whatever their case, ids as written. */
export function dimensionReader(vocabulary: FilterVocabulary, key: MultiKey) {
  return member(vocabulary[key], `not a known ${key}`, key === "country" ? { normalize: codeCase } : {});
}

export function currencyReader(vocabulary: { currency: readonly string[] }) {
  return member(vocabulary.currency, "not a currency with an exchange rate", { normalize: codeCase });
}

const sortSchema = z
  .string()
  .regex(/^-?[a-z]+$/)
  .transform((raw) => ({ key: raw.replace(/^-/, ""), descending: raw.startsWith("-") }))
  .pipe(z.object({ key: z.enum(SORT_KEYS), descending: z.boolean() }));

function readers(vocabulary: FilterVocabulary): Readers<typeof bandsQuery> {
  return {
    ...(Object.fromEntries(MULTI_KEYS.map((key) => [key, dimensionReader(vocabulary, key)])) as Record<MultiKey, ReturnType<typeof dimensionReader>>),
    currency: currencyReader(vocabulary),
    annualize: switchOn("annualize"),
    ppp: switchOn("ppp"),
    sort: { schema: sortSchema, reason: "not a sortable column", allowed: SORT_KEYS.flatMap((key) => [key, `-${key}`]) },
    group: { schema: z.enum(GROUPS), reason: "not a grouping", allowed: GROUPS },
    page: { schema: z.string().regex(/^[1-9]\d{0,5}$/).transform(Number), reason: "not a page number: a whole number from 1" },
  };
}

/** The explorer's view: every filter, the currency, the sort, the chart grouping and the page of rows. */
export const bandsView = defineView({
  query: bandsQuery,
  readers,
  toView: ({ currency, annualize, ppp, sort, group, page, ...values }): BandFilters => ({ values, currency, annualize, ppp, sort, group, page }),
  toFields: ({ values, ...rest }) => ({ ...values, ...rest }),
});

export const emptyBandFilters = bandsView.empty;

/** The path and canonical query of a view, e.g. "/salaries?country=US&level=senior". */
export const bandViewHref = bandsView.href;
