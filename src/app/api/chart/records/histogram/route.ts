import { connection } from "next/server";
import { payHistogramImage } from "@/components/charts/pay-histogram";
import { recordsWhereItSits } from "@/lib/db/queries/position";
import { recordsVocabulary } from "@/lib/db/records/percentile-index";
import { recordsView } from "@/lib/url-state/records";

/** The histogram of a /records view ("where a number sits"), the page's <img>: the same declaration and computation as the page; bad params are ignored, as on the page. */
export async function GET(request: Request) {
  await connection();
  const { view } = recordsView.parse(new URL(request.url).searchParams, recordsVocabulary());
  return payHistogramImage(await recordsWhereItSits(view));
}
