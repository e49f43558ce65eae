import { describe, expect, it } from "vitest";
import { compareValues, comparedName, describeComparison, differenceSentence } from "@/lib/explorer/compare";
import { COMPARE_DIMENSIONS, compareView, defaultComparison, emptyCompareFilters, type CompareFilters } from "@/lib/url-state/compare";
import { formatRange } from "@/lib/salary-model";
import { bands, labels, rates, vocabulary } from "./claims-fixture";

function comparison(query: string): CompareFilters {
  const { view: filters, ignored } = compareView.parse(new URLSearchParams(query), vocabulary);
  expect(ignored).toEqual([]);
  return filters;
}
const compare = (query: string) => compareValues(bands, comparison(query), rates, labels);

describe("compareValues", () => {
  it("puts Google senior at $220,000–$300,000+ and Meta senior 13% below it, by the midpoints of their ranges", () => {
    const [google, meta] = compare("by=company&value=google&value=meta&level=senior");
    expect(google!.rows.map((row) => [row.band.id, formatRange(row.range)])).toEqual([["a000-company-google-senior", "$220,000–$300,000+"]]);
    expect(meta!.rows.map((row) => [row.band.id, formatRange(row.range)])).toEqual([["a000-company-meta-senior", "$200,000–$250,000+"]]);
    expect(google).toMatchObject({ midpoint: 260000, differencePct: null });
    expect(meta!.midpoint).toBe(225000);
    expect(meta!.differencePct).toBeCloseTo(-13.46, 2);
  });

  it("measures every value against the first picked", () => {
    const [meta, google, apple] = compare("by=company&value=meta&value=google&value=apple&level=senior");
    expect(meta!.differencePct).toBeNull();
    expect(google!.differencePct).toBeCloseTo(15.56, 2);
    expect(apple!.differencePct).toBeCloseTo(2.22, 2);
  });

  it("shows every claim in the display currency, marking the converted ones", () => {
    const [us, germany] = compare("by=country&value=US&value=DE&level=none&currency=EUR");
    expect(germany!.rows.map((row) => [formatRange(row.range), row.converted])).toEqual([["€70,000–€120,000+", false]]);
    expect(us!.rows.every((row) => row.range.currency === "EUR" && row.converted)).toBe(true);
  });

  it("spans a value's yearly claims, leaving out day rates and claims flagged implausible", () => {
    const [us, india, pakistan] = compare("by=country&value=US&value=IN&value=PK");
    expect(us!.rows.some((row) => row.band.period === "day")).toBe(true);
    expect(us!.envelope?.period).toBe("year");
    // India's "$70,000" average is flagged implausible: the rupee bands alone give the range.
    expect(india!.rows.map((row) => row.band.id)).toContain("a000-country-in");
    expect(formatRange(india!.envelope!, { compact: true })).toBe("$9.6k–$60k+");
    // Pakistan's only claim is implausible: nothing to measure.
    expect(pakistan).toMatchObject({ envelope: null, midpoint: null, differencePct: null });
  });

  it("has no midpoint, and so no difference, when the claims state no floor", () => {
    const [us, uk] = compare("by=country&value=US&value=GB&level=senior");
    expect(formatRange(uk!.envelope!)).toBe("up to $162,500");
    expect(uk).toMatchObject({ midpoint: null, differencePct: null });
    expect(us!.midpoint).not.toBeNull();
  });

  it("gives each dimension's default comparison a percent difference for every value", () => {
    for (const by of COMPARE_DIMENSIONS) {
      const filters = defaultComparison(by);
      expect(compareView.parse(new URLSearchParams(compareView.serialize(filters)), vocabulary)).toEqual({ view: filters, ignored: [] });
      const [, ...others] = compareValues(bands, filters, rates, labels);
      expect(others.length).toBeGreaterThan(0);
      expect(others.every((value) => value.differencePct !== null)).toBe(true);
    }
  });
});

describe("naming a comparison", () => {
  it("names a compared company with its level when one level is picked", () => {
    const filters = comparison("by=company&value=google&value=meta&level=senior");
    expect(comparedName(filters, "google", labels)).toBe("Google senior");
    expect(comparedName({ ...filters, narrow: { ...filters.narrow, level: ["senior", "mid"] } }, "google", labels)).toBe("Google");
    expect(comparedName(comparison("by=level&value=junior&value=senior&country=US"), "junior", labels)).toBe("Junior");
  });

  it("says above, below or about the same, in whole percent", () => {
    expect(differenceSentence("Meta senior", "Google senior", -13.46)).toBe("Meta senior pay is 13% below Google senior pay");
    expect(differenceSentence("Google senior", "Meta senior", 15.56)).toBe("Google senior pay is 16% above Meta senior pay");
    expect(differenceSentence("Adobe senior", "Amazon senior", 0.4)).toBe("Adobe senior pay is about the same as Amazon senior pay");
  });

  it("titles the page with the compared values and what is compared", () => {
    const title = (query: string) => describeComparison(comparison(query), labels).title;
    expect(title("by=company&value=google&value=meta&level=senior")).toBe("Google vs Meta (formerly Facebook): senior ML engineer base salaries");
    expect(title("by=level&value=junior&value=senior&country=IN&basis=total")).toBe("Junior vs Senior: ML engineer total pay in India");
    expect(title("by=country&value=US")).toBe("Compare countries: ML engineer base salaries");
    expect(describeComparison(emptyCompareFilters("level"), labels).description).toBe(
      "Pick two to four levels to see their ML engineer base salaries side by side, with the percent difference between them.",
    );
  });
});
