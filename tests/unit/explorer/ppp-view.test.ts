import { describe, expect, it } from "vitest";
import { annualize } from "@/lib/salary-model";
import { compareValues } from "@/lib/explorer/compare";
import { comparisonView } from "@/lib/explorer/comparison-view";
import { explorerView } from "@/lib/explorer/explorer-view";
import { viewRows } from "@/lib/explorer/view-rows";
import { rangeInInternationalDollars } from "@/lib/official/ppp";
import { bandsView, type BandFilters } from "@/lib/url-state/bands";
import { compareView } from "@/lib/url-state/compare";
import { claimedRange } from "@/lib/claims/claimed-range";
import { bands, labels, rates, explorerPageData, vocabulary } from "./claims-fixture";
import { pppData } from "../../support/claims-from-data";

function filters(query: string): BandFilters {
  const { view, ignored } = bandsView.parse(new URLSearchParams(query), vocabulary);
  expect(ignored).toEqual([]);
  return view;
}
/** The pure conversion of a band of data/ with the real factors: what every ppp=1 row must show. */
const expectedPpp = (id: string) => {
  const band = bands.find((b) => b.id === id)!;
  return rangeInInternationalDollars(claimedRange(band), { country: band.country, sourceId: band.source.id }, pppData, rates);
};
/** Yearly international dollars, the value pay sorts by in a ppp=1 view; null without a factor. */
const sortValue = (id: string, end: "min" | "max") => {
  const intl = expectedPpp(id).internationalDollars;
  if (intl === null) return null;
  const yearly = intl.period === "year" ? intl : annualize(intl);
  return end === "min" ? (yearly.min ?? 0) : (yearly.max ?? yearly.min ?? 0);
};

describe("the explorer with ppp=1", () => {
  it("gives every row its international dollars beside the market-rate figure, which stays as it was", () => {
    const rows = viewRows(bands, filters("country=IN&currency=USD&ppp=1"), rates, labels, pppData);
    const plain = viewRows(bands, filters("country=IN&currency=USD"), rates, labels);
    expect(rows.map((row) => row.range)).toEqual(plain.map((row) => row.range));
    expect(plain.every((row) => row.ppp === null)).toBe(true);
    expect(rows.map((row) => [row.band.id, row.ppp])).toEqual(rows.map((row) => [row.band.id, expectedPpp(row.band.id)]));
    expect(rows.every((row) => row.ppp?.factor !== null)).toBe(true);
  });

  it("converts an annualized day rate per year, from the band's own currency", () => {
    const [day] = viewRows(bands, filters("country=GB&annualize=1&currency=EUR&ppp=1"), rates, labels, pppData).filter((row) => row.band.period === "day");
    const intl = expectedPpp(day!.band.id).internationalDollars!;
    expect(day!.ppp?.internationalDollars).toEqual(annualize(intl));
  });

  it("sorts pay by international dollars, either way, with the bands that have no factor last", () => {
    const descending = viewRows(bands, filters("ppp=1&sort=-max"), rates, labels, pppData);
    const ascending = viewRows(bands, filters("ppp=1&sort=min"), rates, labels, pppData);
    for (const [rows, end, sign] of [[descending, "max", -1], [ascending, "min", 1]] as const) {
      const values = rows.map((row) => sortValue(row.band.id, end));
      const firstMissing = values.indexOf(null);
      expect(firstMissing).toBeGreaterThan(0);
      expect(values.slice(firstMissing).every((v) => v === null)).toBe(true);
      const priced = values.slice(0, firstMissing) as number[];
      expect(priced.every((v, i) => i === 0 || sign * (v - priced[i - 1]!) >= 0)).toBe(true);
    }
    // Without ppp the order is by yearly US dollars: India's rupee bands sit lower than in purchasing power.
    const byDollars = viewRows(bands, filters("sort=-max"), rates, labels).map((row) => row.band.id);
    const byPpp = descending.map((row) => row.band.id);
    expect(byPpp.indexOf("a002-in-senior-mnc")).toBeLessThan(byDollars.indexOf("a002-in-senior-mnc"));
  });

  it("sums up the factors it used for the note under the table, with the World Bank source", () => {
    const view = explorerView(explorerPageData, filters("country=IN&country=none&ppp=1"), new Map(), pppData);
    expect(view.ppp).toMatchObject({ sourceId: "worldbank-wdi-ppp-2015-2024", withoutFactor: view.rows.filter((row) => row.band.country === null).length });
    expect(view.ppp?.factors.map((f) => `${f.country} ${f.year}→${f.factorYear}`)).toEqual(["IN 2023→2023", "IN 2025→2024"]);
    expect(explorerView(explorerPageData, filters("country=IN"), new Map(), null).ppp).toBeNull();
  });

  it("refuses to build a ppp=1 view without the factors rather than leave them out silently", () => {
    expect(() => viewRows(bands, filters("ppp=1"), rates, labels)).toThrow("A ppp=1 view needs the PPP data");
  });
});

describe("/compare with ppp=1", () => {
  const comparison = (query: string) => {
    const { view, ignored } = compareView.parse(new URLSearchParams(query), vocabulary);
    expect(ignored).toEqual([]);
    return view;
  };

  it("spans each country's yearly claims in international dollars too, and measures them against the first", () => {
    const [us, india] = compareValues(bands, comparison("by=country&value=US&value=IN&ppp=1"), rates, labels, pppData);
    for (const value of [us!, india!]) {
      const counted = value.rows.filter((row) => row.range.period === "year" && !row.band.flags.some((f) => f.code === "implausible"));
      const intl = counted.map((row) => expectedPpp(row.band.id).internationalDollars!);
      expect(value.ppp).toMatchObject({ counted: counted.length, withoutFactor: 0 });
      expect(value.ppp?.envelope?.min).toBe(Math.min(...intl.map((r) => r.min ?? Infinity)));
    }
    const usMid = us!.ppp!.midpoint!;
    const inMid = india!.ppp!.midpoint!;
    expect(india!.ppp!.differencePct).toBeCloseTo(((inMid - usMid) / usMid) * 100, 9);
    // In purchasing power India is less far below the US than at market rates.
    expect(india!.ppp!.differencePct!).toBeGreaterThan(india!.differencePct!);
    expect(us!.ppp!.differencePct).toBeNull();
  });

  it("leaves out claims that name no country, and counts them", () => {
    const [junior] = compareValues(bands, comparison("by=level&value=junior&value=senior&ppp=1"), rates, labels, pppData);
    const worldwide = junior!.rows.filter((row) => row.band.country === null && row.range.period === "year").length;
    expect(worldwide).toBeGreaterThan(0);
    expect(junior!.ppp!.withoutFactor).toBe(worldwide);
  });

  it("carries ppp=1 into its links to other comparisons, and sums up the factors", () => {
    const view = comparisonView(explorerPageData, comparison("by=country&value=US&value=DE&value=IN&ppp=1"), pppData);
    expect(view.dimensions.every((d) => d.href.endsWith("&ppp=1"))).toBe(true);
    expect(view.ppp?.factors.map((f) => f.country)).toEqual(expect.arrayContaining(["DE", "IN", "US"]));
    expect(comparisonView(explorerPageData, comparison("by=country&value=US&value=IN")).ppp).toBeNull();
  });
});
