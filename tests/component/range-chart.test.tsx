import { render, screen, within } from "@testing-library/react";
import type { ComponentProps } from "react";
import { describe, expect, it } from "vitest";
import { RangeChart, rangeChartSvg } from "@/components/charts/range-chart";

type Bar = ComponentProps<typeof RangeChart>["bars"][number];

function bar(overrides: Partial<Bar> & Pick<Bar, "id" | "label" | "group">): Bar {
  return { min: 100000, max: 140000, openEnded: false, flagged: false, converted: false, ...overrides };
}

const bars: Bar[] = [
  bar({ id: "google-junior", label: "Google · Junior · base", group: "Junior", min: 140000, max: 160000 }),
  bar({ id: "google-senior", label: "Google · Senior · base", group: "Senior", min: 220000, max: 300000, openEnded: true }),
  bar({ id: "uk-experienced", label: "United Kingdom · Senior · base", group: "Senior", min: 0, max: 162500, flagged: true, converted: true }),
  bar({ id: "us-average", label: "United States · average", group: "Senior", min: 162000, max: 162000 }),
];

const TITLE = "Yearly pay in USD, by level";

/** The SVG document the chart's image answers, parsed as a browser parses an image. */
function renderChart(shown: Bar[] = bars): Element {
  return new DOMParser().parseFromString(rangeChartSvg({ bars: shown, currency: "USD", title: TITLE }), "image/svg+xml").documentElement;
}

const barGroups = (chart: Element) => [...chart.querySelectorAll("[data-band-id]")];

describe("RangeChart", () => {
  it("captions the figure with its title and shows the chart as an image of the view, sized before it loads", () => {
    render(<RangeChart bars={bars} currency="USD" title={TITLE} src="/api/chart/salaries?level=senior" />);
    expect(screen.getByRole("figure").querySelector("figcaption")?.textContent).toBe(TITLE);
    const image = screen.getByRole("img", { name: `${TITLE}: 4 pay ranges in USD, one bar each; every range is in the table on this page too.` });
    expect([image.tagName, image.getAttribute("src"), image.getAttribute("width"), image.getAttribute("height")]).toEqual(["IMG", "/api/chart/salaries?level=senior", "720", "220"]);
  });

  it("names the SVG document by the title and describes it", () => {
    const chart = renderChart();
    expect([chart.tagName, chart.getAttribute("role"), chart.getAttribute("aria-label")]).toEqual(["svg", "img", TITLE]);
    expect(chart.querySelector("title")?.textContent).toBe(TITLE);
    expect(chart.querySelector("desc")?.textContent).toMatch(/^4 pay ranges in USD, one bar each/);
  });

  it("draws one bar per range in the given order, each with its range in words as its title", () => {
    const chart = renderChart();
    expect(barGroups(chart).map((group) => [group.getAttribute("data-band-id"), group.querySelector("title")?.textContent])).toEqual([
      ["google-junior", "Google · Junior · base: $140k–$160k"],
      ["google-senior", "Google · Senior · base: $220k–$300k+"],
      ["uk-experienced", "United Kingdom · Senior · base: $0–$162.5k (flagged, converted to USD)"],
      ["us-average", "United States · average: $162k"],
    ]);
  });

  it("draws a single figure as a dot and a range as a bar, and gives an open range its fading extension", () => {
    const chart = renderChart();
    const shapes = barGroups(chart).map((group) => [
      group.getAttribute("data-band-id"),
      group.querySelector("circle") ? "dot" : "bar",
      group.getAttribute("data-open-ended"),
      group.querySelectorAll("[data-open-end]").length,
      group.getAttribute("data-flagged"),
    ]);
    expect(shapes).toEqual([
      ["google-junior", "bar", null, 0, null],
      ["google-senior", "bar", "true", 1, null],
      ["uk-experienced", "bar", null, 0, "true"],
      ["us-average", "dot", null, 0, null],
    ]);
  });

  it("labels the rows under one heading per group, marks converted ones with ≈, and cuts long labels, whole in their tooltip", () => {
    const chart = renderChart();
    const labels = [...chart.querySelectorAll(".recharts-yAxis text")].map((text) => {
      const tooltip = text.querySelector("title")?.textContent ?? null;
      return [text.textContent?.slice(tooltip?.length ?? 0), tooltip];
    });
    expect(labels).toEqual([
      ["Junior", null],
      ["Google · Junior · base", "Google · Junior · base"],
      ["Senior", null],
      ["Google · Senior · base", "Google · Senior · base"],
      ["≈ United Kingdom · Senior ·…", "≈ United Kingdom · Senior · base"],
      ["United States · average", "United States · average"],
    ]);
  });

  it("puts round-number ticks in compact dollars on the pay axis", () => {
    const chart = renderChart();
    const ticks = [...chart.querySelectorAll(".recharts-xAxis .recharts-cartesian-axis-tick-value")].map((tick) => tick.textContent);
    expect(ticks).toEqual(["$0", "$100k", "$200k", "$300k", "$400k"]);
    expect(within(chart as HTMLElement).getByText("Pay (USD)")).toBeDefined();
  });

  it("explains only the marks the chart uses in its key", () => {
    render(<RangeChart bars={bars} currency="USD" title={TITLE} src="/api/chart/salaries" />);
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      " stated range (a dot: a single figure)",
      " open-ended (“+”): pay goes beyond the last stated amount",
      " flagged claim: read its note in the table",
      "≈ converted to USD from another currency",
    ]);
  });

  it("says there is nothing to chart instead of drawing an empty SVG", () => {
    render(<RangeChart bars={[]} currency="USD" title={TITLE} src="/api/chart/salaries" />);
    expect(screen.queryByRole("img")).toBeNull();
    expect(screen.getByText("No pay ranges to chart.")).toBeDefined();
  });
});
