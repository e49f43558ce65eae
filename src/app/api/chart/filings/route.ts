import { connection } from "next/server";
import { payHistogramImage } from "@/components/charts/pay-histogram";
import { filingsFor, officialVocabulary } from "@/lib/db/queries/official";
import { filingsWhereItSits } from "@/lib/db/queries/position";
import { filingsView } from "@/lib/url-state/official";

/** The histogram of a /filings view, the page's <img>: the same declaration and computation as the page; bad params are ignored, as on the page. */
export async function GET(request: Request) {
  await connection();
  const { view } = filingsView.parse(new URL(request.url).searchParams, await officialVocabulary());
  const { pay, ...query } = view;
  return payHistogramImage(await filingsWhereItSits(view, filingsFor(query, { pay })));
}
