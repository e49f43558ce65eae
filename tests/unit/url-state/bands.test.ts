import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NONE } from "@/lib/domain";
import {
  bandsView,
  bandViewHref,
  emptyBandFilters,
  GROUPS,
  MULTI_KEYS,
  SORT_KEYS,
  type BandFilters,
} from "@/lib/url-state/bands";
import { bandsQuery } from "@/lib/url-state/bands-query";
import { canonicalQuery } from "@/lib/url-state/canonical-query";
import { explorerVocabulary } from "./explorer-vocabulary";
import { itRoundTrips } from "./round-trip";

const vocabulary = explorerVocabulary;

const parse = (query: string) => bandsView.parse(new URLSearchParams(query), vocabulary);
const serializeBandFilters = bandsView.serialize;

describe("bandsView.parse", () => {
  it("reads several values per filter, sorted and without repeats", () => {
    const { view: filters, ignored } = parse("country=US&country=GB&country=US&level=senior");
    expect(ignored).toEqual([]);
    expect(filters.values.country).toEqual(["GB", "US"]);
    expect(filters.values.level).toEqual(["senior"]);
  });

  it("reads the currency, annualizing, sort and grouping", () => {
    const { view: filters } = parse("currency=eur&annualize=1&sort=-max&group=company");
    expect(filters).toMatchObject({ currency: "EUR", annualize: true, sort: { key: "max", descending: true }, group: "company" });
  });

  it("reads ppp=1, the international-dollar view option, and ignores any other value with the reason", () => {
    expect(parse("ppp=1").view).toEqual({ ...emptyBandFilters(), ppp: true });
    expect(parse("ppp=ON").view.ppp).toBe(true);
    const { view, ignored } = parse("ppp=2&country=IN");
    expect(view).toEqual({ ...emptyBandFilters(), values: { ...emptyBandFilters().values, country: ["IN"] } });
    expect(ignored).toEqual([{ name: "ppp", value: "2", reason: "use ppp=1", allowed: ["1"] }]);
  });

  it("matches country and currency codes whatever their case", () => {
    expect(parse("country=us&currency=inr").view).toMatchObject({ values: { country: ["US"] }, currency: "INR" });
  });

  it("starts from the defaults: all bands, own currency, sorted by level, grouped by level", () => {
    expect(parse("").view).toEqual(emptyBandFilters());
    expect(emptyBandFilters()).toMatchObject({ currency: null, annualize: false, ppp: false, sort: { key: "level", descending: false }, group: "level" });
  });

  it("ignores an unknown parameter and names it", () => {
    const { view: filters, ignored } = parse("colour=blue&level=junior");
    expect(filters.values.level).toEqual(["junior"]);
    expect(ignored).toEqual([expect.objectContaining({ name: "colour", value: "blue", reason: "unknown parameter" })]);
  });

  it("ignores an unknown value, keeps the valid ones, and lists what is allowed", () => {
    const { view: filters, ignored } = parse("country=XX&country=US");
    expect(filters.values.country).toEqual(["US"]);
    expect(ignored).toEqual([{ name: "country", value: "XX", reason: "not a known country", allowed: ["US", "GB", "IN", NONE] }]);
  });

  it("ignores an invalid currency, sort or grouping with the allowed values", () => {
    const { view: filters, ignored } = parse("currency=XYZ&sort=salary&group=planet&annualize=maybe");
    expect(filters).toEqual(emptyBandFilters());
    expect(ignored.map((i) => [i.name, i.reason])).toEqual([
      ["currency", "not a currency with an exchange rate"],
      ["sort", "not a sortable column"],
      ["group", "not a grouping"],
      ["annualize", "use annualize=1"],
    ]);
    expect(ignored[1]?.allowed).toContain("-max");
  });

  it("uses the first value of a single-valued parameter and reports the others", () => {
    const { view: filters, ignored } = parse("currency=EUR&currency=INR");
    expect(filters.currency).toBe("EUR");
    expect(ignored).toEqual([{ name: "currency", value: "INR", reason: "currency may be given once; the first value was used" }]);
  });

  it("treats an empty value as the default without a notice", () => {
    expect(parse("currency=&country=&sort=")).toEqual({ view: emptyBandFilters(), ignored: [] });
  });

  it("shortens absurdly long values in its report", () => {
    const { ignored } = parse(`country=${"A".repeat(5000)}`);
    expect(ignored[0]?.value).toHaveLength(65);
  });

  it("accepts a plain object of params, as Next passes searchParams", () => {
    const { view: filters } = bandsView.parse({ country: ["US", "GB"], level: "mid", empty: undefined }, vocabulary);
    expect(filters.values).toMatchObject({ country: ["GB", "US"], level: ["mid"] });
  });
});

describe("bandsView.serialize", () => {
  it("writes keys in a fixed order and leaves defaults out", () => {
    const filters: BandFilters = {
      ...emptyBandFilters(),
      values: { ...emptyBandFilters().values, level: ["senior"], country: ["US", "GB"] },
      currency: "EUR",
      ppp: true,
      sort: { key: "max", descending: true },
    };
    expect(serializeBandFilters(filters)).toBe("country=GB&country=US&level=senior&currency=EUR&ppp=1&sort=-max");
    expect(bandViewHref("/salaries", filters)).toBe("/salaries?country=GB&country=US&level=senior&currency=EUR&ppp=1&sort=-max");
    expect(bandViewHref("/salaries", emptyBandFilters())).toBe("/salaries");
  });

  it("writes the page of rows last, and leaves the first page out", () => {
    expect(bandViewHref("/salaries", { ...emptyBandFilters(), sort: { key: "max", descending: true }, page: 2 })).toBe("/salaries?sort=-max&page=2");
    expect(bandViewHref("/salaries", { ...emptyBandFilters(), page: 1 })).toBe("/salaries");
  });

  it("ignores a page that is not a whole number from 1, saying why", () => {
    for (const page of ["0", "-1", "2.5", "two", "01"]) {
      const { view, ignored } = bandsView.parse(new URLSearchParams({ page }), vocabulary);
      expect([view.page, ignored]).toEqual([1, [{ name: "page", value: page, reason: "not a page number: a whole number from 1" }]]);
    }
  });

  it("gives the browser form's canonical query the same shape", () => {
    expect(canonicalQuery(bandsQuery, [["sort", "level"], ["group", "level"], ["level", "senior"], ["currency", ""], ["country", "US"], ["country", "GB"]])).toBe(
      "country=GB&country=US&level=senior",
    );
  });
});

const filtersArbitrary: fc.Arbitrary<BandFilters> = fc.record({
  values: fc.record(
    Object.fromEntries(MULTI_KEYS.map((key) => [key, fc.uniqueArray(fc.constantFrom(...vocabulary[key])).map((v) => [...v].sort())])) as {
      [K in (typeof MULTI_KEYS)[number]]: fc.Arbitrary<string[]>;
    },
  ),
  currency: fc.option(fc.constantFrom(...vocabulary.currency), { nil: null }),
  annualize: fc.boolean(),
  ppp: fc.boolean(),
  sort: fc.record({ key: fc.constantFrom(...SORT_KEYS), descending: fc.boolean() }),
  group: fc.constantFrom(...GROUPS),
  page: fc.integer({ min: 1, max: 999_999 }),
});

describe("parse and serialize", () => {
  itRoundTrips(bandsView, vocabulary, filtersArbitrary);

  it("never throw on arbitrary query strings", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...MULTI_KEYS, "currency", "sort", "group", "annualize", "ppp", "x"), fc.string())), (pairs) => {
        const { view: filters } = bandsView.parse(new URLSearchParams(pairs), vocabulary);
        expect(MULTI_KEYS.every((key) => filters.values[key].every((v) => vocabulary[key].includes(v)))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("settle any query string on one canonical form, which the browser's canonicalQuery leaves unchanged", () => {
    const token = fc.constantFrom(...MULTI_KEYS, "currency", "sort", "group", "annualize", "ppp", "x", "us", "GB", "none", "-max", "company", "1", "eur", "");
    fc.assert(
      fc.property(fc.array(fc.tuple(token, fc.oneof(token, fc.string())), { maxLength: 12 }), (pairs) => {
        const once = serializeBandFilters(parse(new URLSearchParams(pairs).toString()).view);
        expect(serializeBandFilters(parse(once).view)).toBe(once);
        expect(canonicalQuery(bandsQuery, new URLSearchParams(once))).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});
