import { describe, expect, it } from "vitest";
import { percentilesResponse } from "@/lib/api/percentiles-api";
import { filingsResponse, trendsResponse } from "@/lib/api/official-api";
import { loadExplorerData } from "@/lib/db/queries/explorer";
import { filingsFor, filingsValues, officialWagesOfCode, recordsPosition, trendsFor } from "@/lib/db/queries/official";
import { whereItSits } from "@/lib/db/queries/position";
import { loadSourceTitles } from "@/lib/db/queries/sources";
import { recordValues, sliceFilters } from "@/lib/db/records/percentile-index";
import { filingsPageView } from "@/lib/official/filings-view";
import { describeRank, percentileRank } from "@/lib/official/position";
import { filingsReferences, recordsReferences } from "@/lib/official/position-view";
import { MIN_RANKED_SAMPLE } from "@/lib/official/sample";
import { trendsPageView, type TrendsContext } from "@/lib/official/trends-view";
import type { Trends } from "@/lib/official/types";
import { roleOfTitles } from "@/lib/records/role-titles";
import { formatAmount, percentile } from "@/lib/salary-model";
import { emptyRecordFilters } from "@/lib/url-state/records";
import { bands as claimedBands } from "../support/claims-from-data";
import { oewsRow, usdText } from "../support/oews-from-data";

const get = (url: string) => new Request(`http://localhost${url}`);

async function context(overrides: Partial<TrendsContext> = {}): Promise<TrendsContext> {
  return { roleName: "Machine learning engineer", levelName: null, countryName: null, sourceTitles: await loadSourceTitles(), ...overrides };
}

describe("trendsPageView (real store)", async () => {
  const trends = trendsFor({ role: "ml-engineer", country: "US" });
  const view = trendsPageView(trends, await context({ countryName: "United States" }));
  const series = (key: string) => view.series.find((s) => s.key === key)!;

  it("shows OEWS 15-2051's figures as BLS publishes them, with employment as n and the source", () => {
    const row = series("oews-15-2051").rows.find((r) => r.year === 2024)!;
    const bls = oewsRow(2024, "15-2051");
    // The README's spot check: May 2024 median $112,590.
    expect(row).toMatchObject({ median: "$112,590", low: usdText(bls.a_pct10), high: usdText(bls.a_pct90), n: Number(bls.tot_emp).toLocaleString("en-US"), reason: null });
    expect(series("oews-15-2051").source).toEqual({ id: "bls-oews-national-2020-2024", title: expect.stringContaining("Occupational Employment and Wage Statistics"), href: "/sources#source-bls-oews-national-2020-2024" });
    expect(series("oews-15-2051").about).toContain("a judgement");
  });

  it("reads May 2020 from the combined code, with its caveat", () => {
    const row = series("oews-15-2051").rows.find((r) => r.year === 2020)!;
    expect(row).toMatchObject({ occCode: "15-2098", median: usdText(oewsRow(2020, "15-2098").a_median) });
    expect(row.caveat).toContain("not directly comparable with 15-2051");
  });

  it("gives the survey records' median and P25–P75 per work year, computed from the matching records' values", () => {
    const records = series("records");
    expect(records.source?.id).toBe("aijobs-salaries-2025-01-19");
    for (const row of records.rows) {
      const values = recordValues({ ...sliceFilters({ role: "ml-engineer", country: "US" })!, year: [row.year] });
      expect(row.n).toBe(values.length.toLocaleString("en-US"));
      if (values.length < MIN_RANKED_SAMPLE) {
        expect(row).toMatchObject({ median: "—", reason: `too few to rank: n = ${values.length}, need 10` });
      } else {
        expect([row.median, row.low, row.high]).toEqual([50, 25, 75].map((p) => formatAmount(percentile(values, p), "USD")));
      }
    }
    // 2020 has 3 US ML engineer records: named with its n, not ranked.
    expect(records.rows.find((r) => r.year === 2020)?.reason).toMatch(/^too few to rank: n = \d, need 10$/);
  });

  it("draws every year of either source on one chart, each series' median and spread", () => {
    expect(view.chart?.rows.map((r) => r.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    const y2024 = view.chart?.rows.find((r) => r.year === 2024);
    expect(y2024?.["oews-15-2051:median"]).toBe(112_590);
    expect(y2024?.["oews-15-2051:spread"]).toEqual([Number(oewsRow(2024, "15-2051").a_pct10), Number(oewsRow(2024, "15-2051").a_pct90)]);
    // Too few records in 2020: a gap in the line, not a guess.
    expect(view.chart?.rows.find((r) => r.year === 2020)?.["records:median"]).toBeNull();
    expect(view.chart?.description).toContain("2024 $112,590");
  });

  it("writes a top-coded P90 as at least the top-code and marks it on the chart", async () => {
    const managers = trendsPageView(trendsFor({ role: "ml-engineering-manager" }), await context({ roleName: "ML engineering manager" }));
    const occupation = managers.series.find((s) => s.key === "oews-11-3021")!;
    // BLS writes "#" for 11-3021's P90 in every year: $208,000 is the top-code of May 2020-2021, $239,200 from May 2022.
    expect(oewsRow(2024, "11-3021").a_pct90).toBe("#");
    expect(occupation.rows.map((r) => [r.year, r.high, r.highTopCoded])).toEqual([
      [2020, "≥ $208,000", true],
      [2021, "≥ $208,000", true],
      [2022, "≥ $239,200", true],
      [2023, "≥ $239,200", true],
      [2024, "≥ $239,200", true],
    ]);
    expect(managers.chart?.atLeast).toContainEqual({ key: "oews-11-3021", year: 2024, value: 239_200 });
  });

  it("says why the survey has nothing for a level it does not have", async () => {
    const lead = trendsPageView(trendsFor({ role: "ml-engineer", level: "lead" }), await context({ levelName: "Lead" }));
    expect(lead.series[0]).toMatchObject({ key: "records", rows: [], empty: expect.stringContaining("no level like Lead") });
    expect(lead.series.slice(1).every((s) => s.rows.length === 5)).toBe(true);
  });

  it("gives the records' medians the API gives, and names the sources in the API too", async () => {
    const body = (await (await trendsResponse(get("/api/trends?country=US"))).json()) as Trends;
    expect(body.records.sourceId).toBe("aijobs-salaries-2025-01-19");
    expect(series("records").rows.map((r) => r.median)).toEqual(body.records.points.map((p) => (p.median.value === null ? "—" : formatAmount(p.median.value, "USD"))));
    const csv = await (await trendsResponse(get("/api/trends?country=US"), { format: "csv" })).text();
    expect(csv).toContain("bls-oews,15-2051,15-2051,2024,233440,112590,p10,63650,p90,194410,,bls-oews-national-2020-2024");
  });
});

describe("where a number sits (real store)", () => {
  const seniorUs = { ...emptyRecordFilters(), title: ["Machine Learning Engineer"], level: ["senior" as const], country: ["US"] };

  it("ranks your number among a records slice as the API does, with the official P10–P90 and the slice's article bands", async () => {
    const position = await whereItSits({ noun: "records", ...recordsPosition(seniorUs, 185_000) }, recordsReferences({ ...seniorUs, role: roleOfTitles(seniorUs.title) }));
    const expected = describeRank(percentileRank(recordValues(seniorUs), 185_000), "records");
    expect(position.rankText).toBe(expected);
    const api = (await (await percentilesResponse(get("/api/percentiles?title=Machine%20Learning%20Engineer&level=senior&country=US&pay=185000"))).json()) as { position: string; sourceId: string };
    expect(api.position).toBe(expected);
    expect(api.sourceId).toBe("aijobs-salaries-2025-01-19");
    expect(position.source?.id).toBe("aijobs-salaries-2025-01-19");

    const official = position.ranges.filter((r) => r.kind === "official");
    expect(official.map((r) => r.key)).toEqual(["oews-15-2051", "oews-15-1221", "oews-15-1252"]);
    const scientists = oewsRow(2024, "15-2051");
    expect(official[0]).toMatchObject({ label: "OEWS 15-2051 Data Scientists, May 2024", min: Number(scientists.a_pct10), max: Number(scientists.a_pct90), text: `${usdText(scientists.a_pct10)}–${usdText(scientists.a_pct90)}` });

    // The claims of data/bands.json about exactly this slice: senior ML engineers in the US, no company named, yearly.
    const slice = claimedBands.filter((b) => b.role === "ml-engineer" && b.level === "senior" && b.country === "US" && b.company === null);
    expect(position.ranges.filter((r) => r.kind === "band").map((r) => r.key).sort()).toEqual(slice.filter((b) => b.period === "year").map((b) => `band-${b.id}`).sort());
    expect(position.notDrawn.map((n) => n.reason)).toEqual(slice.filter((b) => b.period !== "year").map((b) => `pay per ${b.period}, not a yearly salary`));
    expect(position.description).toContain(`Your number $185,000: ${expected}.`);
  });

  it("draws no official range outside the US and no band without one role, and says why", async () => {
    const gb = { ...seniorUs, country: ["GB"] };
    const abroad = await whereItSits({ noun: "records", ...recordsPosition(gb, null) }, recordsReferences({ ...gb, role: "ml-engineer" }));
    expect(abroad.ranges.every((r) => r.kind === "band")).toBe(true);
    expect(abroad.notes).toEqual([expect.stringContaining("OEWS measures the United States only")]);
    const mixed = { ...seniorUs, title: ["Machine Learning Engineer", "Research Scientist"] };
    expect(roleOfTitles(mixed.title)).toBeNull();
    const none = await whereItSits({ noun: "records", ...recordsPosition(mixed, null) }, recordsReferences({ ...mixed, role: null }));
    expect(none.ranges).toEqual([]);
    expect(none.notes[0]).toContain("one of the site's roles");
  });

  it("ranks a pay among H-1B filings as /api/filings does, against OEWS May 2023 (the estimate before FY2024 Q1)", async () => {
    const query = { company: "meta", role: "ml-engineer", level: null, state: null, soc: null };
    const summary = filingsFor(query, { pay: 200_000 });
    // The README's spot check: Meta's 17 "Machine Learning" filings.
    expect(summary.n).toBe(17);
    const position = await whereItSits({ noun: "filings", histogram: summary.histogram, rank: summary.rank, sourceId: summary.sourceId }, filingsReferences(query, summary.periods));
    const api = (await (await filingsResponse(get("/api/filings?company=meta&role=ml-engineer&pay=200000"))).json()) as { position: string };
    expect(position.rankText).toBe(api.position);
    expect(position.ranges.filter((r) => r.kind === "official").map((r) => r.label)).toContain("OEWS 15-1252 Software Developers, May 2023");
    const { labels } = await loadExplorerData();
    const page = filingsPageView(summary, labels);
    expect(page).toMatchObject({ title: "H-1B filings: Meta (formerly Facebook) · Machine learning engineer", n: 17, reason: null });
    expect(page.figures[0]).toEqual({ label: "Median offered wage", value: "$198,940" });
  });

  it("gives n and no percentile under ten filings, in the page's view and the histogram", async () => {
    const query = { company: "apple", role: "data-scientist", level: null, state: null, soc: null };
    const summary = filingsFor(query, { pay: 150_000 });
    expect(summary.n).toBe(9);
    const position = await whereItSits({ noun: "filings", histogram: summary.histogram, rank: summary.rank, sourceId: summary.sourceId }, filingsReferences(query, summary.periods));
    expect(position.rankText).toBe("too few to rank: n = 9, need 10");
    expect(position.histogram.bins).toBeNull();
    const page = filingsPageView(summary, (await loadExplorerData()).labels);
    expect(page).toMatchObject({ figures: [], reason: "too few to rank: n = 9, need 10" });
  });

  it("lists the filings' SOC codes with BLS's title and their counts for the form", () => {
    const socs = filingsValues().socs;
    expect(socs[0]).toEqual({ value: "15-1252", title: "Software Developers", count: filingsFor({ soc: "15-1252" }).n });
    expect(socs.find((s) => s.value === "15-2051")).toEqual({ value: "15-2051", title: "Data Scientists", count: filingsFor({ soc: "15-2051" }).n });
    expect(socs.reduce((sum, s) => sum + s.count, 0)).toBe(filingsFor({}).n);
  });

  it("reads the OEWS of a SOC code as filed, O*NET suffix and all", () => {
    expect(officialWagesOfCode({ soc: "15-2051.01", year: 2023 })).toMatchObject({ soc: "15-2051", year: 2023, median: { value: Number(oewsRow(2023, "15-2051").a_median) } });
  });
});
