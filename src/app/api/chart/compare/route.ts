import { connection } from "next/server";
import { rangeChartImage } from "@/components/charts/range-chart";
import { loadExplorerData } from "@/lib/db/queries/explorer";
import { loadPppData } from "@/lib/db/queries/ppp";
import { comparisonView } from "@/lib/explorer/comparison-view";
import { compareView } from "@/lib/url-state/compare";

/** The range chart of a /compare view, the page's <img>: the same declaration and view as the page; bad params are ignored, as on the page. */
export async function GET(request: Request) {
  await connection();
  const data = await loadExplorerData();
  const { view: filters } = compareView.parse(new URL(request.url).searchParams, data.vocabulary);
  return rangeChartImage(comparisonView(data, filters, filters.ppp ? await loadPppData() : null).chart);
}
