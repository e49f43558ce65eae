import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BASES } from "@/lib/domain";
import { emptyBandFilters } from "@/lib/url-state/bands";
import {
  COMPARE_DIMENSIONS,
  compareViewHref,
  emptyCompareFilters,
  explorerFilters,
  MAX_COMPARED,
  NARROW_KEYS,
  compareView,
  type CompareFilters,
} from "@/lib/url-state/compare";
import { canonicalQuery } from "@/lib/url-state/canonical-query";
import { compareQuery } from "@/lib/url-state/compare-query";
import { explorerVocabulary } from "./explorer-vocabulary";
import { itRoundTrips } from "./round-trip";

const vocabulary = explorerVocabulary;

const parse = (query: string) => compareView.parse(new URLSearchParams(query), vocabulary);
const serializeCompareFilters = compareView.serialize;
const googleMetaSenior: CompareFilters = {
  ...emptyCompareFilters("company"),
  values: ["google", "meta"],
  narrow: { ...emptyCompareFilters().narrow, level: ["senior"] },
};

describe("compareView.parse", () => {
  it("reads the dimension, the values in the order picked, the narrowing, the basis and the currency", () => {
    const { view: filters, ignored } = parse("by=company&value=meta&value=google&level=senior&country=US&basis=total&currency=EUR");
    expect(ignored).toEqual([]);
    expect(filters).toEqual({
      by: "company",
      values: ["meta", "google"],
      narrow: { ...emptyCompareFilters().narrow, level: ["senior"], country: ["US"] },
      basis: "total",
      currency: "EUR",
      ppp: false,
    });
  });

  it("reads `by` first, whatever its place in the URL, since it decides what a value may be", () => {
    expect(parse("value=us&value=IN&by=country").view).toMatchObject({ by: "country", values: ["US", "IN"] });
  });

  it("starts from companies, nothing picked, base salaries in US dollars", () => {
    expect(parse("")).toEqual({ view: emptyCompareFilters(), ignored: [] });
    expect(emptyCompareFilters()).toMatchObject({ by: "company", values: [], basis: "base", currency: "USD" });
  });

  it("ignores a dimension it cannot compare by, names the allowed ones, and compares companies", () => {
    const { view: filters, ignored } = parse("by=planet&value=google");
    expect(filters).toMatchObject({ by: "company", values: ["google"] });
    expect(ignored).toEqual([{ name: "by", value: "planet", reason: "not something to compare by", allowed: ["company", "country", "level"] }]);
  });

  it("ignores a value that is not of the compared dimension, keeping the others", () => {
    const { view: filters, ignored } = parse("by=country&value=US&value=google");
    expect(filters.values).toEqual(["US"]);
    expect(ignored).toEqual([{ name: "value", value: "google", reason: "not a known country", allowed: vocabulary.country }]);
  });

  it(`compares at most ${MAX_COMPARED} values and says which were left out`, () => {
    const { view: filters, ignored } = parse("value=google&value=meta&value=apple&value=adobe&value=amazon");
    expect(filters.values).toEqual(["google", "meta", "apple", "adobe"]);
    expect(ignored).toEqual([{ name: "value", value: "amazon", reason: "at most 4 values are compared; this one was left out" }]);
  });

  it("keeps a value picked twice once, where it was first picked", () => {
    expect(parse("value=meta&value=google&value=meta")).toMatchObject({ view: { values: ["meta", "google"] }, ignored: [] });
  });

  it("ignores a filter on the compared dimension itself", () => {
    const { view: filters, ignored } = parse("by=company&value=google&company=meta");
    expect(filters.narrow.company).toEqual([]);
    expect(ignored).toEqual([{ name: "company", value: "meta", reason: "company is what is being compared: pick each with value=" }]);
  });

  it("ignores unknown parameters and values, and an invalid basis or currency, naming what is allowed", () => {
    const { view: filters, ignored } = parse("sort=max&level=principal&basis=net&currency=XYZ");
    expect(filters).toEqual(emptyCompareFilters());
    expect(ignored.map((i) => [i.name, i.reason])).toEqual([
      ["sort", "unknown parameter"],
      ["level", "not a known level"],
      ["basis", "not a basis"],
      ["currency", "not a currency with an exchange rate"],
    ]);
    expect(ignored[0]?.allowed).toEqual(["by", "value", ...NARROW_KEYS, "basis", "currency", "ppp"]);
    expect(ignored[2]?.allowed).toEqual(["base", "total"]);
  });

  it("uses the first value of a single-valued parameter and reports the others", () => {
    const { view: filters, ignored } = parse("by=level&by=country&currency=EUR&currency=INR");
    expect(filters).toMatchObject({ by: "level", currency: "EUR" });
    expect(ignored).toEqual([
      { name: "by", value: "country", reason: "by may be given once; the first value was used" },
      { name: "currency", value: "INR", reason: "currency may be given once; the first value was used" },
    ]);
  });

  it("treats an empty value as the default without a notice", () => {
    expect(parse("by=&value=&level=&basis=&currency=&ppp=")).toEqual({ view: emptyCompareFilters(), ignored: [] });
  });

  it("reads ppp=1 and names a bad value of it", () => {
    expect(parse("by=country&value=US&value=IN&ppp=1").view).toMatchObject({ values: ["US", "IN"], ppp: true });
    expect(parse("by=country&ppp=yes please").ignored).toEqual([{ name: "ppp", value: "yes please", reason: "use ppp=1", allowed: ["1"] }]);
  });

  it("accepts a plain object of params, as Next passes searchParams", () => {
    const { view: filters } = compareView.parse({ by: "level", value: ["senior", "junior"], country: "gb" }, vocabulary);
    expect(filters).toMatchObject({ by: "level", values: ["senior", "junior"], narrow: { country: ["GB"] } });
  });
});

describe("compareView.serialize", () => {
  it("writes by, the values in picked order, then the filters in the explorer's order, leaving defaults out", () => {
    expect(serializeCompareFilters(googleMetaSenior)).toBe("by=company&value=google&value=meta&level=senior");
    const inIndia: CompareFilters = {
      ...emptyCompareFilters("level"),
      values: ["senior", "junior"],
      narrow: { ...emptyCompareFilters().narrow, country: ["IN"], role: ["ml-engineer"] },
      basis: "total",
      currency: "INR",
      ppp: true,
    };
    expect(compareViewHref("/compare", inIndia)).toBe("/compare?by=level&value=senior&value=junior&country=IN&role=ml-engineer&basis=total&currency=INR&ppp=1");
  });

  it("gives the browser form's query the same canonical shape", () => {
    const formEntries: [string, string][] = [
      ["by", "company"],
      ["value", "meta"],
      ["value", "google"],
      ["basis", "base"],
      ["currency", "USD"],
      ["level", "senior"],
      ["country", ""],
    ];
    expect(canonicalQuery(compareQuery, formEntries)).toBe("by=company&value=meta&value=google&level=senior");
  });
});

describe("explorerFilters", () => {
  it("selects one compared value's bands with the explorer's filters, in the comparison's currency and with its PPP option", () => {
    const empty = emptyBandFilters();
    expect(explorerFilters({ ...googleMetaSenior, currency: "EUR", ppp: true }, "meta")).toEqual({
      ...empty,
      values: { ...empty.values, company: ["meta"], level: ["senior"], basis: ["base"] },
      currency: "EUR",
      ppp: true,
    });
    expect(explorerFilters(googleMetaSenior).values).toMatchObject({ company: [], level: ["senior"], basis: ["base"] });
  });
});

const filtersArbitrary: fc.Arbitrary<CompareFilters> = fc.constantFrom(...COMPARE_DIMENSIONS).chain((by) =>
  fc.record({
    by: fc.constant(by),
    values: fc.uniqueArray(fc.constantFrom(...vocabulary[by]), { maxLength: MAX_COMPARED }),
    narrow: fc.record(
      Object.fromEntries(
        NARROW_KEYS.map((key) => [key, key === by ? fc.constant([]) : fc.uniqueArray(fc.constantFrom(...vocabulary[key])).map((v) => [...v].sort())]),
      ) as { [K in (typeof NARROW_KEYS)[number]]: fc.Arbitrary<string[]> },
    ),
    basis: fc.constantFrom(...BASES),
    currency: fc.constantFrom(...vocabulary.currency),
    ppp: fc.boolean(),
  }),
);

describe("parse and serialize", () => {
  itRoundTrips(compareView, vocabulary, filtersArbitrary);

  it("settle any query string on a canonical form that parses back to itself", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom("by", "value", ...NARROW_KEYS, "basis", "currency", "ppp"), fc.constantFrom(...Object.values(vocabulary).flat(), "country", "level", "1"))), (pairs) => {
        const query = serializeCompareFilters(compareView.parse(new URLSearchParams(pairs), vocabulary).view);
        expect(serializeCompareFilters(parse(query).view)).toBe(query);
        expect(canonicalQuery(compareQuery, new URLSearchParams(query))).toBe(query);
      }),
      { numRuns: 300 },
    );
  });

  it("never throw on arbitrary query strings, and keep only allowed values", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom("by", "value", ...NARROW_KEYS, "basis", "currency", "ppp", "x"), fc.string())), (pairs) => {
        const { view: filters } = compareView.parse(new URLSearchParams(pairs), vocabulary);
        expect(filters.values.every((v) => vocabulary[filters.by].includes(v))).toBe(true);
        expect(filters.values.length).toBeLessThanOrEqual(MAX_COMPARED);
        expect(NARROW_KEYS.every((key) => filters.narrow[key].every((v) => vocabulary[key].includes(v)))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
