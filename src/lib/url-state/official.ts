import { z } from "zod";
import { defineView, type Readers } from "./define-view";
import { filingsQuery, officialWagesQuery, pppQuery, trendsQuery } from "./official-query";
import type { FieldsOf } from "./query-shape";
import { caseless, codeCase, member, positiveAmount } from "./readers";

/** What the official APIs may be asked about: the site's vocabulary and what the store holds. */
export interface OfficialVocabulary {
  roles: readonly string[];
  levels: readonly string[];
  companies: readonly string[];
  /** Company countries of the survey records (trends' country). */
  countries: readonly string[];
  /** Worksite states of the filings. */
  states: readonly string[];
  /** Countries (ISO 3166-1 alpha-2, World Bank codes) with a PPP value. */
  pppCountries: readonly string[];
}

const year = { schema: z.string().regex(/^\d{4}$/, "a four-digit year").transform(Number).pipe(z.number().int().min(2000).max(2100)), reason: "not a year from 2000 to 2100" };
const soc = { schema: z.string().regex(/^\d\d-\d{4}(\.\d\d)?$/), reason: "not a SOC code such as 15-1252 (or O*NET 15-1299.08)" };

const identity = <T>(fields: T) => fields;

/** GET /api/official?role=ml-engineer&year=2024 */
export const officialWagesView = defineView({
  query: officialWagesQuery,
  readers: (v: OfficialVocabulary): Readers<typeof officialWagesQuery> => ({ role: member(v.roles, "not a role", { normalize: caseless }), year }),
  toView: identity<FieldsOf<typeof officialWagesQuery>>,
  toFields: identity,
});

/** GET /api/filings?company=meta&role=ml-engineer&level=senior&state=CA&soc=15-1252&pay=185000 */
export const filingsView = defineView({
  query: filingsQuery,
  readers: (v: OfficialVocabulary): Readers<typeof filingsQuery> => ({
    company: member(v.companies, "not a company", { normalize: caseless }),
    role: member(v.roles, "not a role", { normalize: caseless }),
    level: member(v.levels, "not a level", { normalize: caseless }),
    state: member(v.states, "not a worksite state in the filings", { normalize: codeCase }),
    soc,
    pay: positiveAmount,
  }),
  toView: identity<FieldsOf<typeof filingsQuery>>,
  toFields: identity,
});

/** GET /api/trends?role=ml-engineer&level=senior&country=US (&format=csv, or /api/trends.csv) */
export const trendsView = defineView({
  query: trendsQuery,
  readers: (v: OfficialVocabulary): Readers<typeof trendsQuery> => ({
    role: member(v.roles, "not a role", { normalize: caseless }),
    level: member(v.levels, "not a level", { normalize: caseless }),
    country: member(v.countries, "not a company country in the records", { normalize: codeCase }),
    format: member(["json", "csv"] as const, "not a format", { normalize: caseless }),
  }),
  toView: identity<FieldsOf<typeof trendsQuery>>,
  toFields: identity,
});

/** GET /api/ppp?country=IN&year=2024&amount=2500000 */
export const pppView = defineView({
  query: pppQuery,
  readers: (v: OfficialVocabulary): Readers<typeof pppQuery> => ({ country: member(v.pppCountries, "not a country with a PPP factor", { normalize: codeCase }), year, amount: positiveAmount }),
  toView: identity<FieldsOf<typeof pppQuery>>,
  toFields: identity,
});
