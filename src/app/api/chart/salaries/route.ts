import { connection } from "next/server";
import { rangeChartImage } from "@/components/charts/range-chart";
import { loadExplorerData } from "@/lib/db/queries/explorer";
import { loadPppData } from "@/lib/db/queries/ppp";
import { explorerChart } from "@/lib/explorer/explorer-view";
import { bandsView } from "@/lib/url-state/bands";

/** The range chart of a /salaries view, the page's <img>: the same declaration parses the URL; bad params are ignored, as on the page. */
export async function GET(request: Request) {
  await connection();
  const data = await loadExplorerData();
  const { view: filters } = bandsView.parse(new URL(request.url).searchParams, data.vocabulary);
  return rangeChartImage(explorerChart(data, filters, filters.ppp ? await loadPppData() : null));
}
