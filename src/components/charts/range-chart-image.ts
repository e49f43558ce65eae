import type { RangeChartSpec } from "@/lib/explorer/range-bar";
import { rangeChartSvg } from "./range-chart";

/** Where a page's range chart is drawn: `/salaries?country=GB` → `/api/chart/salaries?country=GB` (the same view, as an SVG image). */
export function rangeChartSrc(pageHref: string): string {
  return `/api/chart${pageHref}`;
}

/** What a view without yearly pay ranges answers (its page shows no image, and says so in words). */
const NO_CHART =
  '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="320" height="32" viewBox="0 0 320 32" role="img" aria-label="No pay ranges to chart"><title>No pay ranges to chart</title><text x="0" y="20" font-family="system-ui, sans-serif" font-size="14" fill="#5b6270">No pay ranges to chart.</text></svg>';

/** A view's range chart as an `image/svg+xml` answer. */
export function rangeChartImage(spec: RangeChartSpec | null): Response {
  const svg = spec && spec.bars.length > 0 ? rangeChartSvg(spec) : NO_CHART;
  return new Response(svg, { headers: { "content-type": "image/svg+xml; charset=utf-8" } });
}
