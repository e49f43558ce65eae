import { connection } from "next/server";
import { rangeChartImage } from "@/components/charts/range-chart";
import { loadEstimateData } from "@/lib/db/queries/estimate";
import { loadPppData } from "@/lib/db/queries/ppp";
import { estimatePageView } from "@/lib/estimate/estimate-page-view";
import { estimateView } from "@/lib/url-state/estimate";

/** The range chart of an /estimate view, the page's <img>: the same declaration and view as the page; bad params are ignored, as on the page. */
export async function GET(request: Request) {
  await connection();
  const data = await loadEstimateData();
  const { view: input } = estimateView.parse(new URL(request.url).searchParams, data.vocabulary);
  return rangeChartImage(estimatePageView(data, input, input.ppp ? await loadPppData() : null).chart);
}
