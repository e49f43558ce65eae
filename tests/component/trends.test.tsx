import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { TrendsChart, trendsChartImage } from "@/components/trends/trends-chart";
import { TrendsTables } from "@/components/trends/trends-tables";
import { trendsPageView } from "@/lib/official/trends-view";
import type { OfficialFigure, TrendPoint, Trends } from "@/lib/official/types";

// A small trend in the store's shape: records with a too-small year and OEWS with BLS's top-code
// and May 2020's combined code. The expected text follows from these inputs.
const figure = (value: number | null, topCoded = false): OfficialFigure => ({ value, topCoded, notAvailable: false });
const point = (year: number, n: number, median: number | null, low: number | null, high: number | null, reason: string | null = null): TrendPoint => ({
  year,
  n,
  median: figure(median),
  low: figure(low),
  high: figure(high),
  reason,
});

const trends: Trends = {
  records: {
    role: "ml-engineer",
    level: null,
    country: "US",
    spread: "p25-p75",
    sourceId: "aijobs-salaries-2025-01-19",
    points: [point(2020, 3, null, null, null, "too few to rank: n = 3, need 10"), point(2023, 497, 189_000, 170_000, 221_000), point(2024, 2189, 199_100, 169_300, 235_450)],
  },
  oews: [
    {
      soc: "15-1221",
      occTitle: "Computer and Information Research Scientists",
      reason: "Research-heavy ML work.",
      spread: "p10-p90",
      sourceId: "bls-oews-national-2020-2024",
      points: [
        { ...point(2020, 30_220, 126_830, 72_210, 194_430), occCode: "15-1221", caveat: null },
        { ...point(2021, 30_840, 131_490, 74_210, null), high: figure(208_000, true), occCode: "15-1221", caveat: null },
      ],
    },
  ],
};
const view = trendsPageView(trends, {
  roleName: "Machine learning engineer",
  levelName: null,
  countryName: "United States",
  sourceTitles: new Map([["bls-oews-national-2020-2024", "OEWS national estimates"], ["aijobs-salaries-2025-01-19", "aijobs.net survey"]]),
});

/** The chart image's SVG document, as a browser opening it reads it. */
async function chartDocument(response: Response): Promise<Document> {
  expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
  return new DOMParser().parseFromString(await response.text(), "image/svg+xml");
}

describe("TrendsChart", () => {
  it("is one SVG image named by its title, described in words, with a median line and a spread per series", async () => {
    const chart = await chartDocument(trendsChartImage(view));
    const svg = chart.querySelector("svg")!;
    expect(svg.getAttribute("aria-label")).toBe("Pay in USD a year by year: survey records (median, P25–P75) and BLS OEWS occupations (median, P10–P90)");
    expect(svg.querySelector("desc")?.textContent).toBe(
      "Survey records, median and P25–P75: 2020 too few to rank: n = 3, need 10; 2023 $189,000 ($170,000–$221,000, n = 497); 2024 $199,100 ($169,300–$235,450, n = 2,189). " +
        "OEWS 15-1221 Computer and Information Research Scientists, median and P10–P90: 2020 $126,830 ($72,210–$194,430, n = 30,220); 2021 $131,490 ($74,210–≥ $208,000, n = 30,840)",
    );
    expect(svg.querySelectorAll(".recharts-line")).toHaveLength(2);
    expect(svg.querySelectorAll(".recharts-area")).toHaveLength(2);
    expect([...svg.querySelectorAll(".recharts-xAxis .recharts-cartesian-axis-tick-value")].map((t) => t.textContent)).toEqual(["2020", "2021", "2023", "2024"]);
    expect(svg.querySelector("style")?.textContent).toContain("@media (prefers-color-scheme:dark)");
  });

  it("is an image of the view in the page, with its box and an alternative that points to the tables", () => {
    render(<TrendsChart data={view.chart!} series={view.series} src="/api/chart/trends?country=US" />);
    const image = screen.getByRole("img");
    expect([image.tagName, image.getAttribute("src"), image.getAttribute("width"), image.getAttribute("height")]).toEqual(["IMG", "/api/chart/trends?country=US", "720", "360"]);
    expect(image.getAttribute("alt")).toMatch(/2 series by year; every figure is in the tables on this page too\.$/);
  });

  it("marks a top-coded edge with ≥ and explains it in the key", async () => {
    const chart = await chartDocument(trendsChartImage(view));
    expect(chart.querySelector(".recharts-reference-dot text")?.textContent).toBe("≥ $208k");
    render(<TrendsChart data={view.chart!} series={view.series} src="/api/chart/trends?country=US" />);
    expect(within(screen.getByRole("list", { name: "Key" })).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Survey records: median (line), P25–P75 (band)",
      "OEWS 15-1221 Computer and Information Research Scientists: median (line), P10–P90 (dotted edges)",
      "≥ $208k: BLS’s top-code; the true figure is at or above it and not published",
    ]);
  });
});

describe("TrendsTables", () => {
  it("gives every year its n, figures and source, and the reason where figures are withheld", () => {
    render(<TrendsTables series={view.series} />);
    const records = screen.getByRole("table", { name: /^Survey records by year/ });
    const rows = within(records).getAllByRole("row").slice(1).map((row) => within(row).getAllByRole("cell").map((cell) => cell.textContent));
    expect(rows).toEqual([
      ["3", "—", "—", "—", "aijobs.net survey, 2020too few to rank: n = 3, need 10"],
      ["497", "$189,000", "$170,000", "$221,000", "aijobs.net survey, 2023"],
      ["2,189", "$199,100", "$169,300", "$235,450", "aijobs.net survey, 2024"],
    ]);
    expect(within(records).getAllByRole("rowheader").map((th) => th.textContent)).toEqual(["2020", "2023", "2024"]);
    expect(within(records).getAllByRole("link")[0]?.getAttribute("href")).toBe("/sources#source-aijobs-salaries-2025-01-19");
    const oews = screen.getByRole("table", { name: /^OEWS 15-1221/ });
    expect(within(oews).getAllByRole("row")[2]?.textContent).toContain("≥ $208,000");
    expect(within(oews).getAllByRole("columnheader").map((th) => th.textContent)).toEqual(["Year", "n", "Median", "P10", "P90", "Source and notes"]);
  });
});
