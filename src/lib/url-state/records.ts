import { z } from "zod";
import { COMPANY_SIZES, EMPLOYMENT_TYPES, RECORD_LEVELS, REMOTE_RATIOS } from "@/lib/records/codes";
import { inOrder } from "./canonical-query";
import { defineView, type Readers } from "./define-view";
import { caseless, member, positiveAmount } from "./readers";
import { RECORD_GROUPINGS, recordsQuery, type RecordGrouping } from "./records-query";
import type { FieldsOf } from "./query-shape";

export { RECORD_GROUPINGS, type RecordGrouping } from "./records-query";

/** Every filter, in canonical order. */
export const RECORD_FILTER_KEYS = ["title", "level", "country", "year", "employment", "remote", "size"] as const satisfies readonly (keyof typeof recordsQuery)[];
export type RecordFilterKey = (typeof RECORD_FILTER_KEYS)[number];
export type RecordFilters = Omit<FieldsOf<typeof recordsQuery>, "group" | "pay">;

export interface RecordsView {
  filters: RecordFilters;
  group: RecordGrouping;
  /** "Your number", USD a year: its percentile among the matching records. */
  pay: number | null;
}

/** The values the data holds for the open-ended filters; the others have fixed vocabularies. */
export interface RecordsVocabulary {
  titles: readonly string[];
  countries: readonly string[];
  years: readonly number[];
}

/**
 * Titles and codes match whatever their case ("machine learning engineer", "us"); values the
 * data does not hold are refused with the list of those it does, in canonical order.
 */
function readers(vocabulary: RecordsVocabulary): Readers<typeof recordsQuery> {
  const known = <T extends string | number>(key: RecordFilterKey, values: readonly T[], what: string, normalize?: (text: string) => string) =>
    member(values, `not a known ${what}`, { normalize, allowed: inOrder(recordsQuery[key].order, [...new Set(values)]).map(String) });
  return {
    title: known("title", vocabulary.titles, "job title in the records", caseless),
    level: known("level", RECORD_LEVELS, "level", caseless),
    country: known("country", vocabulary.countries, "company country in the records", caseless),
    year: known("year", vocabulary.years, "year in the records"),
    employment: known("employment", EMPLOYMENT_TYPES, "employment type", caseless),
    remote: known("remote", REMOTE_RATIOS, "remote ratio"),
    size: known("size", COMPANY_SIZES, "company size", caseless),
    group: {
      schema: z.string().transform(caseless).pipe(z.enum(RECORD_GROUPINGS)),
      reason: "not a grouping",
      allowed: RECORD_GROUPINGS,
      firstValidWins: "group may be given once; the first was used",
    },
    pay: positiveAmount,
  };
}

/** /records' view; /api/percentiles parses it with `except: ["group"]`, since grouping belongs to the page. */
export const recordsView = defineView({
  query: recordsQuery,
  readers,
  toView: ({ group, pay, ...filters }): RecordsView => ({ filters, group, pay }),
  toFields: ({ filters, group, pay }) => ({ ...filters, group, pay }),
});

export const emptyRecordFilters = (): RecordFilters => recordsView.empty().filters;

/** "/records?title=…": the address of a view. */
export const recordsHref = (view: RecordsView) => recordsView.href("/records", view);
