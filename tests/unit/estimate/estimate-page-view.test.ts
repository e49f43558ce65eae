import { describe, expect, it } from "vitest";
import { estimatePageView } from "@/lib/estimate/estimate-page-view";
import type { EstimatePageData } from "@/lib/estimate/types";
import { emptyEstimateInput, type EstimateInput } from "@/lib/url-state/estimate";
import { DATA, LABELS } from "./fixtures";

const ids = (map: ReadonlyMap<string, unknown>) => [...map.keys()];
const page: EstimatePageData = {
  estimator: DATA,
  labels: LABELS,
  rates: {
    table: DATA.rates,
    source: { id: "rates", title: "Rates" },
    rates: Object.entries(DATA.rates.rates).map(([currency, unitsPerUsd]) => ({ currency, unitsPerUsd, derivation: "fixture" })),
  },
  vocabulary: {
    level: ids(LABELS.levels),
    country: ids(LABELS.countries),
    city: ids(LABELS.cities),
    industry: ids(LABELS.industries),
    company: ids(LABELS.companies),
    currency: Object.keys(DATA.rates.rates),
    cityCountry: new Map(),
  },
};
const view = (fields: Partial<EstimateInput>) => estimatePageView(page, { ...emptyEstimateInput(), ...fields });

describe("estimatePageView", () => {
  it("estimates nothing before a level or years is given, and offers the four examples instead", () => {
    const empty = view({});
    expect([empty.estimate, empty.chart, empty.bandCount]).toEqual([null, null, 0]);
    expect(empty.examples.map((example) => example.href)).toEqual([
      "/estimate?level=senior&company=google&basis=total",
      "/estimate?level=mid&country=US&city=new-york&industry=finance",
      "/estimate?level=junior&country=IN&currency=USD",
      "/estimate?role=data-scientist&level=mid&country=US",
    ]);
  });

  it("charts a senior Google engineer's total pay from base through the bonus share to the estimate", () => {
    const google = view({ level: "senior", company: "google", basis: "total" });
    expect(google.chart?.title).toBe("From base to estimate, per year, in USD");
    expect(google.chart?.bars.map((bar) => [bar.group, bar.label, bar.min, bar.max, bar.openEnded])).toEqual(
      expect.arrayContaining([
        ["Adjustments", "+ Bonus share", 242000, 390000, true],
        ["Result", "Estimate", 242000, 390000, true],
      ]),
    );
    expect(google.bandCount).toBe(google.estimate?.sources.reduce((sum, source) => sum + source.bands.length, 0));
  });

  it("orders the levels by rank and marks tech hubs among the cities", () => {
    const { form } = view({});
    expect(form.level.options.map((option) => option.value)).toEqual([...page.vocabulary.level].sort((a, b) => (LABELS.levels.get(a)?.rank ?? 0) - (LABELS.levels.get(b)?.rank ?? 0)));
    expect(form.situation.find((select) => select.name === "city")?.options.find((option) => option.value === "new-york")?.label).toMatch(/ · tech hub$/);
  });
});
