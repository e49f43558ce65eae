import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BASES } from "@/lib/domain";
import {
  emptyEstimateInput,
  ESTIMATE_ROLES,
  estimateHref,
  MAX_YEARS,
  missingEstimateParams,
  estimateView,
  type EstimateInput,
  type EstimateVocabulary,
} from "@/lib/url-state/estimate";
import { canonicalQuery } from "@/lib/url-state/canonical-query";
import { estimateQuery } from "@/lib/url-state/estimate-query";
import { itRoundTrips } from "./round-trip";

const vocabulary: EstimateVocabulary = {
  level: ["junior", "mid", "senior"],
  country: ["US", "GB", "IN"],
  city: ["new-york", "london"],
  industry: ["finance", "healthcare"],
  company: ["google", "meta"],
  currency: ["USD", "EUR", "INR"],
  cityCountry: new Map([
    ["new-york", "US"],
    ["london", "GB"],
  ]),
};

const parse = (query: string) => estimateView.parse(new URLSearchParams(query), vocabulary);
const serializeEstimateInput = estimateView.serialize;
const input = (fields: Partial<EstimateInput>): EstimateInput => ({ ...emptyEstimateInput(), ...fields });

describe("estimateView.parse", () => {
  it("reads every choice of the form", () => {
    const { view: parsed, ignored } = parse("role=data-scientist&level=senior&country=us&industry=finance&company=google&basis=total&currency=eur");
    expect(ignored).toEqual([]);
    expect(parsed).toEqual(
      input({ role: "data-scientist", level: "senior", country: "US", industry: "finance", company: "google", basis: "total", currency: "EUR" }),
    );
  });

  it("starts from an ML engineer's base salary, anywhere, with nothing else chosen", () => {
    expect(parse("")).toEqual({ view: emptyEstimateInput(), ignored: [] });
    expect(emptyEstimateInput()).toEqual({
      role: "ml-engineer", level: null, years: null, country: null, city: null, industry: null, company: null, basis: "base", currency: null, ppp: false,
    });
  });

  it("brings a city's country along when no country is given", () => {
    expect(parse("level=mid&city=new-york").view).toMatchObject({ country: "US", city: "new-york" });
  });

  it("ignores a city outside the given country and says why", () => {
    const { view: parsed, ignored } = parse("level=mid&country=US&city=london");
    expect(parsed).toMatchObject({ country: "US", city: null });
    expect(ignored).toEqual([{ name: "city", value: "london", reason: "london is not in US" }]);
  });

  it("reads years of experience, and ignores them beside a level", () => {
    expect(parse("years=7").view.years).toBe(7);
    const { view: parsed, ignored } = parse("level=mid&years=7");
    expect(parsed).toMatchObject({ level: "mid", years: null });
    expect(ignored).toEqual([{ name: "years", value: "7", reason: "years are used only when no level is given" }]);
  });

  it("ignores years that are not a whole number from 0 to 60", () => {
    for (const years of ["-1", "2.5", "61", "ten"]) {
      expect(parse(`years=${years}`)).toEqual({
        view: emptyEstimateInput(),
        ignored: [{ name: "years", value: years, reason: `a whole number of years from 0 to ${MAX_YEARS}` }],
      });
    }
  });

  it("ignores unknown parameters and values, naming what is allowed", () => {
    const { view: parsed, ignored } = parse("colour=red&level=principal&role=ceo&basis=stock&currency=XYZ&company=acme");
    expect(parsed).toEqual(emptyEstimateInput());
    expect(ignored.map((i) => [i.name, i.reason, i.allowed])).toEqual([
      ["colour", "unknown parameter", ["role", "level", "years", "country", "city", "industry", "company", "basis", "currency", "ppp"]],
      ["level", "not a known level", ["junior", "mid", "senior"]],
      ["role", "not a role the estimate compares", ESTIMATE_ROLES],
      ["basis", "not a basis", BASES],
      ["currency", "not a currency with an exchange rate", ["USD", "EUR", "INR"]],
      ["company", "not a known company", ["google", "meta"]],
    ]);
  });

  it("uses the first value of a repeated parameter and reports the others", () => {
    const { view: parsed, ignored } = parse("level=mid&level=senior");
    expect(parsed.level).toBe("mid");
    expect(ignored).toEqual([{ name: "level", value: "senior", reason: "level may be given once; the first value was used" }]);
  });

  it("treats empty values as no choice, as a form without JavaScript sends them", () => {
    expect(parse("role=&level=senior&years=&country=&city=&industry=&company=&currency=")).toEqual({ view: input({ level: "senior" }), ignored: [] });
  });
});

describe("missingEstimateParams", () => {
  it("asks for a level or years, and nothing else", () => {
    expect(missingEstimateParams(emptyEstimateInput())).toEqual([{ name: "level", value: "", reason: "give a level, or years of experience (years=)" }]);
    expect(missingEstimateParams(input({ years: 0 }))).toEqual([]);
    expect(missingEstimateParams(input({ level: "junior" }))).toEqual([]);
  });
});

describe("estimateView.serialize", () => {
  it("writes keys in a fixed order and leaves defaults out", () => {
    const example = input({ level: "senior", company: "google", basis: "total", currency: "USD", ppp: true });
    expect(serializeEstimateInput(example)).toBe("level=senior&company=google&basis=total&currency=USD&ppp=1");
    expect(estimateHref("/estimate", example)).toBe("/estimate?level=senior&company=google&basis=total&currency=USD&ppp=1");
    expect(estimateHref("/estimate", emptyEstimateInput())).toBe("/estimate");
  });

  it("gives the browser form's canonical query the same shape", () => {
    expect(
      canonicalQuery(estimateQuery, [["role", "ml-engineer"], ["level", "mid"], ["years", ""], ["country", "US"], ["city", "new-york"], ["basis", "base"], ["currency", ""]]),
    ).toBe("level=mid&country=US&city=new-york");
  });
});

const optional = <T>(values: readonly T[]) => fc.option(fc.constantFrom(...values), { nil: null });

/** Inputs a parse can produce: years only without a level, a city only with its own country. */
const inputArbitrary: fc.Arbitrary<EstimateInput> = fc
  .record({
    role: fc.constantFrom(...ESTIMATE_ROLES),
    level: optional(vocabulary.level),
    years: fc.option(fc.integer({ min: 0, max: MAX_YEARS }), { nil: null }),
    country: optional(vocabulary.country),
    city: optional(vocabulary.city),
    industry: optional(vocabulary.industry),
    company: optional(vocabulary.company),
    basis: fc.constantFrom(...BASES),
    currency: optional(vocabulary.currency),
    ppp: fc.boolean(),
  })
  .map((x) => ({
    ...x,
    years: x.level === null ? x.years : null,
    country: x.city === null ? x.country : (vocabulary.cityCountry.get(x.city) ?? null),
  }));

describe("parse and serialize", () => {
  itRoundTrips(estimateView, vocabulary, inputArbitrary);

  it("never throw on arbitrary query strings", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 12 }), (entries) => {
        const { view: parsed } = estimateView.parse(new URLSearchParams(entries), vocabulary);
        expect(serializeEstimateInput(parse(serializeEstimateInput(parsed)).view)).toBe(serializeEstimateInput(parsed));
        expect(canonicalQuery(estimateQuery, new URLSearchParams(serializeEstimateInput(parsed)))).toBe(serializeEstimateInput(parsed));
      }),
      { numRuns: 300 },
    );
  });
});
