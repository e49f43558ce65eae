import { connection } from "next/server";
import { chartGroups, percentileChartImage } from "@/components/records/percentile-chart";
import { recordsVocabulary, summarizeRecords } from "@/lib/db/records/percentile-index";
import { recordsView } from "@/lib/url-state/records";

/** The percentile chart of a /records view, the page's <img>: the same declaration and summary as the page; bad params are ignored, as on the page. */
export async function GET(request: Request) {
  await connection();
  const { view } = recordsView.parse(new URL(request.url).searchParams, recordsVocabulary());
  const { groups } = summarizeRecords(view.filters, view.group);
  return percentileChartImage(view.group, chartGroups(view.group, groups));
}
