import { connection } from "next/server";
import { trendsChartImage } from "@/components/trends/trends-chart";
import { officialVocabulary } from "@/lib/db/queries/official";
import { loadTrendsPage } from "@/lib/db/queries/trends-page";
import { trendsView } from "@/lib/url-state/official";

/** The chart of a /trends view, the page's <img>: the same declaration and view as the page; bad params are ignored, as on the page. */
export async function GET(request: Request) {
  await connection();
  const { view } = trendsView.parse(new URL(request.url).searchParams, await officialVocabulary(), { except: ["format"] });
  return trendsChartImage(await loadTrendsPage(view));
}
