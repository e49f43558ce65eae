import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { payHistogramImage } from "@/components/charts/pay-histogram";
import { WhereItSits } from "@/components/position/where-it-sits";
import type { Band, VocabularyLabels } from "@/lib/domain";
import { histogram, percentileRank } from "@/lib/official/position";
import { positionView } from "@/lib/official/position-view";
import type { OccupationWages } from "@/lib/official/types";
import { bands, labels, rates } from "../support/claims-from-data";

// Twenty pays from $100,000 to $195,000 in steps of $5,000: bins of $5,000, one pay each.
const pays = Array.from({ length: 20 }, (_, i) => 100_000 + i * 5_000);
const googleSenior = bands.find((b) => b.id === "a000-company-google-senior") as Band;
const figure = (value: number | null, topCoded = false) => ({ value, topCoded, notAvailable: false });
const scientists: OccupationWages = {
  soc: "15-2051",
  reason: "Data Scientists",
  occCode: "15-2051",
  occTitle: "Data Scientists",
  combined2020: null,
  requestedYear: 2025,
  year: 2024,
  nearestYear: true,
  n: 233_440,
  mean: figure(124_590),
  p10: figure(63_650),
  p25: figure(82_630),
  median: figure(112_590),
  p75: figure(155_810),
  p90: figure(194_410),
  sourceId: "bls-oews-national-2020-2024",
};

function viewOf(values: number[], pay: number | null) {
  return positionView({
    noun: "records",
    histogram: histogram(values),
    rank: pay === null ? null : percentileRank(values, pay),
    sourceId: "aijobs-salaries-2025-01-19",
    bands: [googleSenior],
    official: [scientists],
    notes: [],
    labels: labels as VocabularyLabels,
    rates,
    sourceTitles: new Map([["aijobs-salaries-2025-01-19", "aijobs.net survey"], ["bls-oews-national-2020-2024", "OEWS national estimates"]]),
  });
}

describe("WhereItSits", () => {
  it("says where your number sits, with the n behind it", () => {
    render(<WhereItSits view={viewOf(pays, 150_000)} headingId="h" heading="Where a number sits" chartSrc="/api/chart/records/histogram?pay=150000" />);
    // 10 of the 20 pays are below $150,000 and one equals it: (10 + 0.5) / 20 = 52.5%, p53.
    expect(screen.getByText(/^Your number/).textContent).toBe("Your number, $150,000 a year, is p53 of 20 records: 53% of them are paid less (1 is paid exactly that, counted half).");
  });

  it("draws the histogram with each range in a lane and your number as a line, described in words", async () => {
    const response = payHistogramImage(viewOf(pays, 150_000));
    expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    const chart = new DOMParser().parseFromString(await response.text(), "image/svg+xml");
    expect(chart.querySelectorAll(".recharts-bar-rectangle")).toHaveLength(20);
    expect([...chart.querySelectorAll("[data-range]")].map((g) => g.getAttribute("data-range"))).toEqual(["oews-15-2051", "band-a000-company-google-senior"]);
    expect(chart.querySelector("[data-pay] text")?.textContent).toBe("your $150,000: p53");
    expect(chart.querySelector("desc")?.textContent).toContain("Histogram of 20 records in bins of $5,000, from $100,000 to $200,000.");
  });

  it("shows the histogram as an image of the view, its box one lane per range under the bars", () => {
    render(<WhereItSits view={viewOf(pays, 150_000)} headingId="h" heading="Where a number sits" chartSrc="/api/chart/records/histogram?pay=150000" />);
    const image = screen.getByRole("img");
    // 220 px of bars, two lanes of 24, the axis's 30 and the margins' 28.
    expect([image.tagName, image.getAttribute("src"), image.getAttribute("width"), image.getAttribute("height")]).toEqual(["IMG", "/api/chart/records/histogram?pay=150000", "720", "326"]);
  });

  it("lists the drawn ranges with their n and source, the official one with the year it is of", () => {
    render(<WhereItSits view={viewOf(pays, null)} headingId="h" heading="Where a number sits" chartSrc="/api/chart/records/histogram?pay=150000" />);
    const table = screen.getByRole("table", { name: /^Drawn with the histogram/ });
    const [official, band] = within(table).getAllByRole("row").slice(1);
    expect(within(official!).getAllByRole("cell").map((c) => c.textContent)).toEqual([
      "$63,650–$194,410",
      "233,440 employed (BLS estimate)",
      "OEWS national estimatesMay 2024, the nearest year with estimates to 2025",
    ]);
    expect(within(band!).getAllByRole("cell")[0]?.textContent).toBe("$220,000–$300,000+");
    expect(within(band!).getByRole("rowheader").querySelector("a")?.getAttribute("href")).toBe("/salaries/bands/a000-company-google-senior");
    expect(screen.getByText(/^Give your yearly pay/)).toBeDefined();
  });

  it("under ten values gives n and the reason, no histogram and no percentile", () => {
    render(<WhereItSits view={viewOf(pays.slice(0, 7), 150_000)} headingId="h" heading="Where a number sits" chartSrc="/api/chart/records/histogram?pay=150000" />);
    expect(screen.queryByRole("img")).toBeNull();
    expect(screen.getByText(/^Your number/).textContent).toBe("Your number, $150,000 a year: too few to rank: n = 7, need 10.");
    expect(screen.getByText(/^n = 7 records/).textContent).toBe("n = 7 records, from aijobs.net survey: too few to rank: n = 7, need 10, so no histogram.");
  });
});
