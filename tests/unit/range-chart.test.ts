// createElement instead of JSX: the unit project only collects *.test.ts files.
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RangeChart, rangeChartSvg } from "@/components/charts/range-chart";
import { PercentileChart, percentileChartImage } from "@/components/records/percentile-chart";
import type { RangeBar } from "@/lib/explorer/range-bar";

function bar(overrides: Partial<RangeBar> & Pick<RangeBar, "id">): RangeBar {
  return { label: overrides.id, group: "Senior", min: 100000, max: 140000, openEnded: false, flagged: false, converted: false, ...overrides };
}

const bars: RangeBar[] = [
  bar({ id: "junior-google", label: "Google · Junior · base", group: "Junior", min: 100000, max: 140000 }),
  bar({ id: "senior-meta", label: "Meta · Senior · total", group: "Senior", min: 200000, max: 250000, openEnded: true }),
  bar({ id: "senior-acme", label: "Acme · Senior · base", group: "Senior", min: 300000, max: 300000, flagged: true, converted: true }),
];

const TITLE = "Salary ranges in USD, grouped by level";

function render(rows: RangeBar[], currency = "USD"): string {
  return rangeChartSvg({ bars: rows, currency, title: TITLE });
}

function page(rows: RangeBar[]): string {
  return renderToString(createElement(RangeChart, { bars: rows, currency: "USD", title: TITLE, src: "/api/chart/salaries?level=senior" }));
}

function bandElements(html: string): string[] {
  return html.match(/<g[^>]*data-band-id="[^"]*"[^>]*>/g) ?? [];
}

describe("RangeChart on the server", () => {
  it("draws a standalone SVG document, named by the title, with its own style sheet for light and dark", () => {
    const svg = render(bars);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith("</svg>")).toBe(true);
    expect(svg).toMatch(/<svg[^>]*role="img"[^>]*aria-label="Salary ranges in USD, grouped by level"/);
    expect(svg).toMatch(/<svg[^>]*width="720"[^>]*height="\d+"[^>]*viewBox="0 0 720 \d+"/);
    expect(svg).toMatch(/<style>[^<]*@media \(prefers-color-scheme:dark\)[^<]*<\/style>/);
    expect(svg).not.toContain("recharts-wrapper");
  });

  it("puts only the image of the chart into the page: its address, its box and a text alternative, no SVG", () => {
    const html = page(bars);
    expect(html).toContain("<figcaption");
    expect(html).not.toContain("<svg");
    expect(html).toMatch(/<img[^>]*src="\/api\/chart\/salaries\?level=senior"[^>]*width="720"[^>]*height="192"/);
    expect(html).toContain('alt="Salary ranges in USD, grouped by level: 3 pay ranges in USD, one bar each; every range is in the table on this page too."');
  });

  it("draws exactly one bar per range, each tagged with its id", () => {
    const html = render(bars);
    expect(bandElements(html)).toHaveLength(3);
    expect(bandElements(html).map((tag) => /data-band-id="([^"]*)"/.exec(tag)?.[1])).toEqual(["junior-google", "senior-meta", "senior-acme"]);
  });

  it("grows taller with more rows, so the server knows the final size", () => {
    const heightOf = (html: string) => Number(/<svg[^>]*height="(\d+)"/.exec(html)?.[1]);
    // 3 bars in 2 groups: 5 rows of 28 px + 8 px margins + 44 px axis.
    expect(heightOf(render(bars))).toBe(192);
    expect(heightOf(render(bars.slice(0, 1)))).toBe(108);
  });

  it("marks the open-ended bar with the open-end extension", () => {
    const html = render(bars);
    const open = bandElements(html).filter((tag) => tag.includes('data-open-ended="true"'));
    expect(open).toHaveLength(1);
    expect(open[0]).toContain('data-band-id="senior-meta"');
    expect(html.match(/data-open-end=""/g)).toHaveLength(1);
  });

  it("draws an open range without a max from its min to the axis end", () => {
    const html = render([bar({ id: "forty-plus", min: 4000000, max: null, openEnded: true })], "INR");
    expect(bandElements(html)[0]).toContain('data-open-ended="true"');
    expect(html).toContain("data-open-end");
    expect(html).toContain("Pay (INR)");
    expect(html).toContain("₹40L+");
  });

  it("hatches the flagged bar and names the flag and conversion in its tooltip", () => {
    const html = render(bars);
    const flagged = bandElements(html).filter((tag) => tag.includes('data-flagged="true"'));
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toContain('data-band-id="senior-acme"');
    expect(html).toMatch(/<pattern id="hatch-[^"]+"/);
    expect(html).toMatch(/style="fill:url\(#hatch-[^"]+\)"/);
    expect(html).toContain("<title>Acme · Senior · base: $300k (flagged, converted to USD)</title>");
  });

  it("labels the money axis with compact amounts in the currency", () => {
    const html = render(bars);
    for (const tick of ["$100k", "$150k", "$200k", "$250k", "$300k", "$350k"]) expect(html).toContain(`>${tick}</tspan>`);
    expect(html).toContain("Pay (USD)");
  });

  it("keeps the group headings in the caller's order", () => {
    const html = render(bars);
    expect(html.indexOf(">Junior</text>")).toBeGreaterThan(-1);
    expect(html.indexOf(">Junior</text>")).toBeLessThan(html.indexOf(">Senior</text>"));
  });

  it("shows a note instead of an empty chart when there are no ranges", () => {
    const html = page([]);
    expect(html).toContain("No pay ranges to chart.");
    expect(html).not.toContain("<svg");
  });

  it("draws the SVG as static markup with a title and a description, and the same markup for the same chart", () => {
    const html = render(bars);
    expect(html).toContain("<title>Salary ranges in USD, grouped by level</title>");
    expect(html).toMatch(/<desc>3 pay ranges in USD, one bar each/);
    expect(render(bars)).toBe(html);
    expect(html.match(/<title>/g)).toHaveLength(1 + 3 + 3); // the chart's, each bar's, each row label's
  });
});

describe("PercentileChart on the server", () => {
  const summary = (p50: number) => ({ n: 40, min: p50 - 60000, p10: p50 - 50000, p25: p50 - 20000, p50, p75: p50 + 20000, p90: p50 + 50000, max: p50 + 60000, mean: p50 });
  const groups = [
    { key: "mid", label: "Mid-level", summary: summary(150000), smallSample: false },
    { key: "senior", label: "Senior", summary: summary(200000), smallSample: true },
  ];

  it("is a recharts SVG image, like every chart of the site, with one box and one description per group", async () => {
    const response = percentileChartImage("level", groups);
    expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    const svg = await response.text();
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('class="recharts-surface"');
    expect(svg).toContain("<title>Pay in USD a year by level: box p25–p75 with the median, whiskers p10–p90</title>");
    expect(svg.match(/<g data-group="[^"]+"><title>/g)).toEqual(['<g data-group="mid"><title>', '<g data-group="senior"><title>']);
    expect(svg).toContain("Senior: n = 40 (small sample); p10 $150,000, p25 $180,000, median $200,000, p75 $220,000, p90 $250,000");
    expect(svg).toContain(">Senior *</tspan>");
    expect(svg).toMatch(/<style>[^<]*@media \(prefers-color-scheme:dark\)[^<]*\.small-box\{/);
  });

  it("puts an image of the view in the page, with its box: two rows of 34 px, the axis and the margins", () => {
    const html = renderToString(createElement(PercentileChart, { groups, grouping: "level", src: "/api/chart/records?level=senior" }));
    expect(html).toMatch(/<img[^>]*src="\/api\/chart\/records\?level=senior"[^>]*width="720"[^>]*height="104"/);
    expect(html).not.toContain("<svg");
  });

  it("answers in words when no group has enough observations", async () => {
    expect(await percentileChartImage("level", []).text()).toContain("<title>Too few observations to chart</title>");
  });
});
