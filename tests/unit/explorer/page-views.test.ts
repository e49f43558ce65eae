import { describe, expect, it } from "vitest";
import { comparisonView } from "@/lib/explorer/comparison-view";
import { bandDetailView } from "@/lib/explorer/band-detail-view";
import { explorerView, lowerFirstWord } from "@/lib/explorer/explorer-view";
import { sourcesPageView } from "@/lib/explorer/sources-page-view";
import { emptyBandFilters, type BandFilters, type MultiKey } from "@/lib/url-state/bands";
import { defaultComparison } from "@/lib/url-state/compare";
import { claimData } from "../../support/claims-from-data";
import { explorerPageData as data } from "./claims-fixture";

function filters(values: Partial<Record<MultiKey, string[]>>, settings: Partial<Omit<BandFilters, "values">> = {}): BandFilters {
  const empty = emptyBandFilters();
  return { ...empty, ...settings, values: { ...empty.values, ...values } };
}

describe("bandDetailView", () => {
  const sameSlice = (id: string) => bandDetailView(data, id, new Map())?.sameSlice.map(({ band, usd }) => [band.id, usd.min, usd.max]);

  it("gives a band the other sources' claims about its slice, in yearly US dollars", () => {
    expect(sameSlice("a002-us-summary-senior-base")).toEqual([["a002-us-senior", 180000, 250000]]);
    expect(sameSlice("a002-us-senior")).toEqual([["a002-us-summary-senior-base", 180000, 250000]]);
    expect(sameSlice("a000-company-google-senior")).toEqual([]);
  });

  it("titles the band's page and gives it its own canonical address, or nothing for an unknown id", () => {
    const view = bandDetailView(data, "a000-company-google-senior", new Map());
    expect(view?.title).toBe("Senior · Machine learning engineer · Google · United States, from Unlocking the Secrets of Machine…");
    expect(view?.href).toBe("/salaries/bands/a000-company-google-senior");
    expect(bandDetailView(data, "no-such-band", new Map())).toBeNull();
  });
});

describe("explorerView", () => {
  const usSenior = explorerView(data, filters({ country: ["US"], level: ["senior"] }, { currency: "USD" }), new Map());

  it("titles the view and links to its canonical address", () => {
    expect(usSenior.title).toBe("Senior ML engineer salaries in the US");
    expect(usSenior.href).toBe("/salaries?country=US&level=senior&currency=USD");
    expect([usSenior.rows.length, usSenior.total]).toEqual([9, 67]);
  });

  it("keeps its chart title's acronyms: the unfiltered view charts yearly ML engineer salaries", () => {
    expect(explorerView(data, filters({}), new Map()).chart?.title).toMatch(/^Yearly ML engineer salaries, USD, grouped by level/);
    expect(lowerFirstWord("ML engineer salaries")).toBe("ML engineer salaries");
    expect(lowerFirstWord("Senior ML engineer salaries")).toBe("senior ML engineer salaries");
  });

  it("charts the yearly rows grouped by level, labelled by company or place", () => {
    expect(usSenior.chart?.title).toBe("Yearly senior ML engineer salaries in the US, USD, grouped by level");
    expect(usSenior.chart?.bars.slice(5).map((bar) => [bar.id, bar.label, bar.group, bar.min, bar.max, bar.openEnded])).toEqual([
      ["a000-company-meta-senior", "Meta (formerly Facebook)", "Senior", 200000, 250000, true],
      ["a000-company-google-senior", "Google", "Senior", 220000, 300000, true],
      ["a002-us-summary-senior-total", "United States · total pay", "Senior", 220000, 320000, true],
      ["a002-us-senior-big-tech", "United States", "Senior", 250000, null, true],
    ]);
  });

  it("counts each filter value given the other filters, leaving out values no band has unless ticked", () => {
    const country = usSenior.groups.find((group) => group.key === "country");
    expect(country?.options.map(({ value, count, checked }) => [value, count, checked])).toEqual([
      ["US", 9, true],
      ["IN", 2, false],
      ["CA", 1, false],
      ["GB", 1, false],
      ["none", 1, false],
    ]);
    expect(usSenior.groups.find((group) => group.key === "city")?.options.map((option) => option.value)).toEqual(["none"]);
  });

  it("offers, when nothing matches, one link per active filter that drops just that filter", () => {
    const none = explorerView(data, filters({ company: ["google"], country: ["IN"] }), new Map());
    expect(none.rows).toEqual([]);
    expect(none.chart).toBeNull();
    expect(none.removals).toEqual([
      { href: "/salaries?company=google", text: "Remove country: India" },
      { href: "/salaries?country=IN", text: "Remove company: Google" },
    ]);
  });

  it("links each sort to the same view sorted that way", () => {
    expect(usSenior.sortHref("max", true)).toBe("/salaries?country=US&level=senior&currency=USD&sort=-max");
  });
});

describe("comparisonView", () => {
  const companies = comparisonView(data, defaultComparison("company"));

  it("names the comparison, counts its claims and links every dimension to its default comparison", () => {
    expect(companies.title).toBe("Google vs Meta (formerly Facebook): senior ML engineer base salaries");
    expect(companies.rowCount).toBe(2);
    expect(companies.dimensions.map(({ text, href, current }) => [text, href, current])).toEqual([
      ["Companies", "/compare?by=company&value=google&value=meta&level=senior", true],
      ["Countries", "/compare?by=country&value=US&value=DE&value=IN", false],
      ["Levels", "/compare?by=level&value=junior&value=mid&value=senior&country=US", false],
    ]);
  });

  it("lists the picked values first, then the others any claim has, with their counts", () => {
    expect(companies.form.values.options.map(({ value, count, checked }) => [value, count, checked])).toEqual([
      ["google", 1, true],
      ["meta", 1, true],
      ["amazon", 1, false],
      ["adobe", 1, false],
      ["apple", 1, false],
      ["none", 8, false],
    ]);
  });

  it("charts the yearly claims grouped by compared value", () => {
    expect(companies.chart?.title).toBe("Yearly claims in USD, grouped by company");
    expect(companies.chart?.bars.map((bar) => [bar.id, bar.group])).toEqual([
      ["a000-company-google-senior", "Google senior"],
      ["a000-company-meta-senior", "Meta (formerly Facebook) senior"],
    ]);
    expect(companies.suggestions).toEqual([]);
  });

  it("with one value picked, draws no chart and suggests a comparison per dimension", () => {
    const one = comparisonView(data, { ...defaultComparison("country"), values: ["US"] });
    expect(one.chart).toBeNull();
    expect(one.suggestions.map((suggestion) => suggestion.text)).toEqual([
      "Google vs Meta (formerly Facebook): senior ML engineer base salaries",
      "United States vs Germany vs India: ML engineer base salaries",
      "Junior vs Mid-level vs Senior: ML engineer base salaries in the US",
    ]);
  });
});

describe("sourcesPageView", () => {
  const sources = claimData.sources.map(({ id, title, publisher, date, kind, licence, url, note, profile }) => ({ id, title, publisher, date, kind, licence, url: url ?? null, note: note ?? null, profile }));
  // The official figures beside the claims are tested with the store (tests/integration/official-beside.test.ts).
  const view = sourcesPageView(data, sources, [], new Map(), { byBand: new Map(), counts: [] });

  it("lists the slices the sources disagree on, widest spread first", () => {
    expect(view.disagreements.map(({ key, spreadPct }) => [key, Math.round(spreadPct)])).toEqual([
      ["ml-engineer||US||||base|year|average", 118],
      ["ml-engineer||GB||||base|year|average", 6],
    ]);
  });

  it("gives each source its own bands, and collects the flagged ones", () => {
    expect(view.sources.map(({ source, bands }) => [source.id, bands.length])).toEqual([
      ["unlocking-secrets-ml-engineer-salaries", 33],
      ["understanding-ml-engineer-salary-trends", 0],
      ["ml-engineer-salary-2025-guide", 33],
      ["are-ml-engineers-paid-more", 1],
      ["aijobs-salaries-2025-01-19", 0],
      ["bls-oews-national-2020-2024", 0],
      ["dol-lca-fy2024q1-soc15", 0],
      ["worldbank-wdi-ppp-2015-2024", 0],
    ]);
    expect(view.flaggedBands).toHaveLength(18);
  });
});
