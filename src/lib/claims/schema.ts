import { z } from "zod";
import { BASES, MEASURES } from "@/lib/domain";
import { PERIODS } from "@/lib/salary-model";

/**
 * The shape of the files in data/, checked before anything is written.
 * Vocabulary ids are defined once (data/vocabulary.json); bands and factors are
 * checked against them by `claimSchemas(vocabulary)`.
 */

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a lower-case kebab-case slug");
const currencyCode = z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as USD");
const countryCode = z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code such as US");
const text = z.string().trim().min(1, "must not be empty");
const amount = z.number().int("must be a whole number of currency units").nonnegative();

const SOURCE_KINDS = ["article", "dataset"] as const;
const FACTOR_KINDS = [
  "tech-hub-premium",
  "domain-premium",
  "role-premium",
  "bonus-share",
  "gender-gap",
  "job-posting-growth",
  "projected-growth",
] as const;

export const vocabularySchema = z.strictObject({
  levels: z.array(z.strictObject({ id: slug, name: text, rank: z.number().int().positive() })).min(1),
  roles: z.array(z.strictObject({ id: slug, name: text })).min(1),
  currencies: z.array(z.strictObject({ code: currencyCode, name: text })).min(1),
  countries: z.array(z.strictObject({ code: countryCode, name: text, currency: currencyCode })).min(1),
  cities: z.array(z.strictObject({ id: slug, name: text, country: countryCode })).min(1),
  companies: z.array(z.strictObject({ id: slug, name: text })).min(1),
  industries: z.array(z.strictObject({ id: slug, name: text })).min(1),
});
export type Vocabulary = z.infer<typeof vocabularySchema>;

export const sourcesSchema = z.array(
  z
    .strictObject({
      id: slug,
      title: text,
      publisher: text,
      date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be a year or an ISO date"),
      kind: z.enum(SOURCE_KINDS),
      licence: text,
      url: z.url().nullable(),
      file: text.nullable(),
      note: text.nullable(),
      /** A dataset's section on /sources: what it measures, when, how, what it covers, and the credit its licence asks for. */
      profile: z
        .strictObject({ measures: text, referencePeriod: text, method: text, coverage: text, attribution: text })
        .nullable(),
    })
    .superRefine((source, ctx) => {
      const articleFile = `data/sources/${source.id}.txt`;
      if (source.kind === "article" && source.file !== articleFile) {
        ctx.addIssue({ code: "custom", path: ["file"], message: `an article's text is kept in ${articleFile}` });
      }
      if ((source.kind === "dataset") !== (source.profile !== null)) {
        ctx.addIssue({ code: "custom", path: ["profile"], message: "a dataset has a profile (measures, referencePeriod, method, coverage, attribution); an article has none (null)" });
      }
    }),
);
export type SourceRecord = z.infer<typeof sourcesSchema>[number];

const flag = z.strictObject({ code: slug, reason: text });

export const exchangeRatesSchema = z.strictObject({
  source: slug,
  date: text,
  note: text,
  rates: z
    .array(z.strictObject({ currency: currencyCode, unitsPerUsd: z.number().positive(), derivation: text }))
    .min(1),
});
export type ExchangeRatesFile = z.infer<typeof exchangeRatesSchema>;

/** An enum of the vocabulary's ids, with a message that lists them. */
function oneOf(ids: readonly string[], what: string) {
  return z.string().refine((value) => ids.includes(value), {
    error: (issue) => `unknown ${what} ${JSON.stringify(issue.input)}; expected one of ${ids.join(", ")}`,
  });
}

/** Schemas for the files whose records point into the vocabulary and the sources. */
export function claimSchemas(vocabulary: Vocabulary, sourceIds: readonly string[]) {
  const source = oneOf(sourceIds, "source");
  const country = oneOf(vocabulary.countries.map((c) => c.code), "country");

  const band = z
    .strictObject({
      id: slug,
      source,
      role: oneOf(vocabulary.roles.map((r) => r.id), "role"),
      level: oneOf(vocabulary.levels.map((l) => l.id), "level").nullable(),
      yearsMin: z.number().int().nonnegative().nullable(),
      yearsMax: z.number().int().nonnegative().nullable(),
      country: country.nullable(),
      city: oneOf(vocabulary.cities.map((c) => c.id), "city").nullable(),
      company: oneOf(vocabulary.companies.map((c) => c.id), "company").nullable(),
      industry: oneOf(vocabulary.industries.map((i) => i.id), "industry").nullable(),
      basis: z.enum(BASES),
      measure: z.enum(MEASURES),
      period: z.enum(PERIODS),
      currency: oneOf(vocabulary.currencies.map((c) => c.code), "currency"),
      min: amount.nullable(),
      max: amount.nullable(),
      openEnded: z.boolean(),
      average: amount.nullable(),
      amountPhrase: text,
      quote: text,
      note: text.nullable(),
      flags: z.array(flag),
    })
    .superRefine((b, ctx) => {
      if (b.min !== null && b.max !== null && b.min > b.max) {
        ctx.addIssue({ code: "custom", path: ["min"], message: `min ${b.min} is greater than max ${b.max}` });
      }
      if (b.yearsMin !== null && b.yearsMax !== null && b.yearsMin > b.yearsMax) {
        ctx.addIssue({ code: "custom", path: ["yearsMin"], message: `yearsMin ${b.yearsMin} is greater than yearsMax ${b.yearsMax}` });
      }
      if (b.average === null && b.min === null && b.max === null) {
        ctx.addIssue({ code: "custom", path: ["min"], message: "a band needs a min, a max or an average" });
      }
      if (b.average !== null && (b.min !== null || b.max !== null)) {
        ctx.addIssue({ code: "custom", path: ["average"], message: "a single-number claim has an average and no min or max" });
      }
      if (b.average !== null && b.measure !== "average") {
        ctx.addIssue({ code: "custom", path: ["measure"], message: 'a band with an average must have measure "average"' });
      }
      if (!normalizeWhitespace(b.quote).includes(normalizeWhitespace(b.amountPhrase))) {
        ctx.addIssue({ code: "custom", path: ["amountPhrase"], message: `"${b.amountPhrase}" does not appear in the quote` });
      }
    });

  const factor = z
    .strictObject({
      id: slug,
      source,
      kind: z.enum(FACTOR_KINDS),
      lowPct: z.number(),
      highPct: z.number(),
      scope: text,
      country: country.nullable(),
      amountPhrase: text,
      quote: text,
      note: text.nullable(),
      flags: z.array(flag),
    })
    .superRefine((f, ctx) => {
      if (f.lowPct > f.highPct) {
        ctx.addIssue({ code: "custom", path: ["lowPct"], message: `lowPct ${f.lowPct} is greater than highPct ${f.highPct}` });
      }
      if (!normalizeWhitespace(f.quote).includes(normalizeWhitespace(f.amountPhrase))) {
        ctx.addIssue({ code: "custom", path: ["amountPhrase"], message: `"${f.amountPhrase}" does not appear in the quote` });
      }
    });

  return { bands: z.array(band), factors: z.array(factor) };
}
export type BandRecord = z.infer<ReturnType<typeof claimSchemas>["bands"]>[number];
export type FactorRecord = z.infer<ReturnType<typeof claimSchemas>["factors"]>[number];

/** The articles use no-break and narrow no-break spaces inside numbers; quotes may fold them. */
export function normalizeWhitespace(value: string): string {
  return value.replace(/[\s\u00a0\u202f]+/g, " ").trim();
}
