import { z } from "zod";
import { BASES } from "@/lib/domain";
import { currencyReader } from "./bands";
import { defineView, type Readers } from "./define-view";
import { ESTIMATE_ROLES, estimateQuery } from "./estimate-query";
import type { IgnoredParam } from "./params";
import type { FieldsOf } from "./query-shape";
import { codeCase, member, switchOn } from "./readers";

export { ESTIMATE_ROLES } from "./estimate-query";

export type EstimateInput = FieldsOf<typeof estimateQuery>;

/** What each parameter may hold: vocabulary ids in the store, and the country each city is in. */
export interface EstimateVocabulary {
  level: readonly string[];
  country: readonly string[];
  city: readonly string[];
  industry: readonly string[];
  company: readonly string[];
  currency: readonly string[];
  cityCountry: ReadonlyMap<string, string>;
}

export const MAX_YEARS = 60;

function readers(vocabulary: EstimateVocabulary): Readers<typeof estimateQuery> {
  const known = (key: "level" | "city" | "industry" | "company") => member(vocabulary[key], `not a known ${key}`);
  return {
    role: { schema: z.enum(ESTIMATE_ROLES), reason: "not a role the estimate compares", allowed: ESTIMATE_ROLES },
    level: known("level"),
    years: {
      schema: z.string().regex(/^\d{1,2}$/).transform(Number).pipe(z.number().int().max(MAX_YEARS)),
      reason: `a whole number of years from 0 to ${MAX_YEARS}`,
    },
    country: member(vocabulary.country, "not a known country", { normalize: codeCase }),
    city: known("city"),
    industry: known("industry"),
    company: known("company"),
    basis: { schema: z.enum(BASES), reason: "not a basis", allowed: BASES },
    currency: currencyReader(vocabulary),
    ppp: switchOn("ppp"),
  };
}

export const estimateView = defineView({
  query: estimateQuery,
  readers,
  toView: (fields): EstimateInput => fields,
  toFields: (input) => input,
  settle(input, { vocabulary, given, report }) {
    // The level is the more precise statement; years only stand in for it.
    if (input.level !== null && input.years !== null) {
      report("years", given.years ?? String(input.years), "years are used only when no level is given");
      input = { ...input, years: null };
    }
    // A city brings its country along, and is left out when it lies outside the given one.
    if (input.city === null) return input;
    const cityCountry = vocabulary.cityCountry.get(input.city) ?? null;
    if (input.country === null || input.country === cityCountry) return { ...input, country: cityCountry };
    report("city", input.city, `${input.city} is not in ${input.country}`);
    return { ...input, city: null };
  },
});

export const emptyEstimateInput = estimateView.empty;

/** What an estimate cannot do without, as the API's 400 names it. */
export function missingEstimateParams(input: EstimateInput): IgnoredParam[] {
  return input.level === null && input.years === null ? [{ name: "level", value: "", reason: "give a level, or years of experience (years=)" }] : [];
}

/** The path and canonical query of an estimate, e.g. "/estimate?level=senior&company=google&basis=total". */
export const estimateHref = estimateView.href;
