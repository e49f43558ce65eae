import { describe, expect, it } from "vitest";
import { NONE } from "@/lib/domain";
import { describeView, shortSourceTitle } from "@/lib/explorer/labels";
import { facetCounts, filterBands } from "@/lib/explorer/select-bands";
import { disagreements, sameSlice } from "@/lib/explorer/slices";
import { viewRows } from "@/lib/explorer/view-rows";
import { emptyBandFilters, type BandFilters, type MultiKey } from "@/lib/url-state/bands";
import { formatRange } from "@/lib/salary-model";
import { bands, labels, rates } from "./claims-fixture";

function view(values: Partial<Record<MultiKey, string[]>>, settings: Partial<Omit<BandFilters, "values">> = {}): BandFilters {
  const empty = emptyBandFilters();
  return { ...empty, ...settings, values: { ...empty.values, ...values } };
}
const shown = (filters: BandFilters) => viewRows(bands, filters, rates, labels).map((row) => [row.band.id, formatRange(row.range)]);

describe("filtering the bands", () => {
  it("shows Google senior as $220,000–$300,000+ and India junior as ₹8L–₹15L", () => {
    expect(shown(view({ company: ["google"], level: ["senior"] }))).toEqual([["a000-company-google-senior", "$220,000–$300,000+"]]);
    expect(shown(view({ country: ["IN"], level: ["junior"] }))).toEqual([["a002-in-junior", "₹8,00,000–₹15,00,000"]]);
  });

  it("keeps a band when any selected value of a filter matches and every filter matches", () => {
    const rows = filterBands(bands, view({ country: ["US", "GB"], level: ["senior"] }));
    expect(rows.every((b) => (b.country === "US" || b.country === "GB") && b.level === "senior")).toBe(true);
    expect(rows.map((b) => b.country)).toContain("GB");
  });

  it("selects claims that name no country with the worldwide value", () => {
    const rows = filterBands(bands, view({ country: [NONE], level: ["junior"] }));
    expect(rows.map((b) => b.id)).toEqual(["a000-level-junior"]);
  });

  it("counts, for each value, the bands it would show given the other filters", () => {
    const counts = facetCounts(bands, view({ country: ["US"], level: ["senior"] }));
    expect(counts.level.get("senior")).toBe(filterBands(bands, view({ country: ["US"], level: ["senior"] })).length);
    expect(counts.level.get("junior")).toBe(filterBands(bands, view({ country: ["US"], level: ["junior"] })).length);
    expect(counts.country.get("IN")).toBe(filterBands(bands, view({ country: ["IN"], level: ["senior"] })).length);
    expect(counts.company.get("google")).toBe(1);
  });
});

describe("showing the bands in one currency", () => {
  it("converts both ends with the dated rate and marks the row converted, keeping the open end", () => {
    const [row] = viewRows(bands, view({ company: ["google"], level: ["senior"] }, { currency: "EUR" }), rates, labels);
    expect(row).toMatchObject({ converted: true, range: { currency: "EUR", min: 198000, max: 270000, openEnded: true } });
    expect(formatRange(row!.range)).toBe("€198,000–€270,000+");
  });

  it("converts India junior to USD at 83.3 rupees to the dollar", () => {
    const [row] = viewRows(bands, view({ country: ["IN"], level: ["junior"] }, { currency: "USD" }), rates, labels);
    expect(formatRange(row!.range, { compact: true })).toBe("$9.6k–$18k");
  });

  it("annualizes day rates with 220 working days when asked, and says so", () => {
    const [row] = viewRows(bands, view({ country: ["US"], basis: [] }, { annualize: true }), rates, labels).filter((r) => r.band.period === "day");
    expect(row).toMatchObject({ annualized: true, range: { min: 176000, max: 330000, openEnded: true, period: "year" } });
  });
});

describe("sorting", () => {
  it("sorts by the stated upper bound, highest first, with open ranges above closed ones of the same bound", () => {
    const ids = viewRows(bands, view({ level: ["senior"], country: ["US"] }, { sort: { key: "max", descending: true } }), rates, labels).map(
      (r) => r.band.id,
    );
    expect(ids.slice(0, 3)).toEqual(["a002-us-summary-senior-total", "a000-company-google-senior", "a000-company-apple-senior"]);
    expect(ids.indexOf("a002-us-senior")).toBeLessThan(ids.indexOf("a002-us-summary-senior-base"));
  });

  it("sorts amounts in different currencies by their US-dollar value", () => {
    const pays = viewRows(bands, view({ level: ["junior"] }, { sort: { key: "min", descending: false } }), rates, labels).map((r) => r.band.id);
    expect(pays[0]).toBe("a002-in-junior");
  });

  it("sorts by level rank, claims without a level last", () => {
    const levels = viewRows(bands, view({ country: ["US"] }), rates, labels).map((r) => r.band.level);
    expect(levels.indexOf("junior")).toBeLessThan(levels.indexOf("senior"));
    expect(levels.at(-1)).toBeNull();
  });
});

describe("claims about the same slice", () => {
  it("finds the other US averages for the Levels figure", () => {
    const levelsUs = bands.find((b) => b.id === "a000-country-us")!;
    expect(sameSlice(levelsUs, bands).map((b) => b.id).sort()).toEqual(
      ["a002-us-average", "a002-us-high-paying-average", "a002-us-mle-average", "a003-us-glassdoor-average"].sort(),
    );
  });

  it("reports the US-average disagreement with the spread between the lowest and highest midpoints", () => {
    const usAverage = disagreements(bands, rates).find((d) => d.claims.some((c) => c.id === "a000-country-us"))!;
    expect(usAverage.claims[0]?.id).toBe("a000-country-us");
    expect(usAverage.claims.at(-1)?.id).toBe("a002-us-high-paying-average");
    // $110,000 up to "crossing $240 000": (240000 − 110000) / 110000.
    expect(usAverage.spreadPct).toBeCloseTo(118.18, 2);
  });
});

describe("describing a view", () => {
  it("names levels, roles and places in a title", () => {
    expect(describeView(view({ level: ["senior"], country: ["GB", "US"] }), labels).title).toBe("Senior ML engineer salaries in the US and the UK");
    expect(describeView(view({}), labels).title).toBe("ML engineer salaries");
    expect(describeView(view({ company: ["google", "meta"], basis: ["total"] }), labels).title).toBe(
      "ML engineer total pay at Meta (formerly Facebook) and Google",
    );
  });

  it("does not repeat a level that the role already names", () => {
    expect(describeView(view({ level: ["director"], role: ["ml-director"] }), labels).title).toBe("Director of ML / chief AI officer salaries");
  });

  it("shortens long source titles at a word", () => {
    expect(shortSourceTitle("Unlocking the Secrets of Machine Learning Engineer Salaries: Trends")).toBe("Unlocking the Secrets of Machine…");
    expect(shortSourceTitle("Are ML Engineers Paid More?")).toBe("Are ML Engineers Paid More?");
  });
});
