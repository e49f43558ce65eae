import { describe, expect, it } from "vitest";
import { chartImage, chartImageSrc } from "@/components/charts/chart-image";

describe("chartImageSrc", () => {
  it("draws a page's chart at /api/chart plus the page's path and query", () => {
    expect(chartImageSrc("/salaries?country=GB&level=senior")).toBe("/api/chart/salaries?country=GB&level=senior");
    expect(chartImageSrc("/trends")).toBe("/api/chart/trends");
  });

  it("names a page's other chart after its path, before the query", () => {
    expect(chartImageSrc("/records?level=senior&pay=185000", "histogram")).toBe("/api/chart/records/histogram?level=senior&pay=185000");
    expect(chartImageSrc("/records", "histogram")).toBe("/api/chart/records/histogram");
  });
});

describe("chartImage", () => {
  it("answers a view without a chart with an SVG that says so, its words escaped", async () => {
    const response = chartImage(null, 'No histogram: n < 10 & "few"');
    expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    const svg = await response.text();
    expect(svg).toContain('aria-label="No histogram: n &lt; 10 &amp; &quot;few&quot;"');
    expect(svg).toContain("<title>No histogram: n &lt; 10 &amp; &quot;few&quot;</title>");
  });
});
