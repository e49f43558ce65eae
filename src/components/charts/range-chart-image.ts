import type { RangeChartSpec } from "@/lib/explorer/range-bar";
import { rangeChartSvg } from "./range-chart";

/** Where a page's range chart is drawn: `/salaries?country=GB` → `/api/chart/salaries?country=GB` (the same view, as an SVG image). */
export function rangeChartSrc(pageHref: string): string {
  return `/api/chart${pageHref}`;
}

/** A view's range chart as an `image/svg+xml` answer; 404 for a view that has no chart (the page shows none either). */
export function rangeChartImage(spec: RangeChartSpec | null): Response {
  if (!spec || spec.bars.length === 0) return new Response("This view has no pay ranges to chart.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(rangeChartSvg(spec), { headers: { "content-type": "image/svg+xml; charset=utf-8" } });
}
