import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { EstimateView } from "@/components/estimate/estimate-view";
import { loadEstimateData } from "@/lib/db/queries/estimate";
import { describeEstimate } from "@/lib/estimate/describe";
import { entriesOf } from "@/lib/filters/band-params";
import { estimateHref, parseEstimateParams, serializeEstimateInput } from "@/lib/filters/estimate-params";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function readEstimate(searchParams: SearchParams) {
  await connection();
  const [params, data] = await Promise.all([searchParams, loadEstimateData()]);
  return { data, ...parseEstimateParams(params, data.vocabulary), given: new URLSearchParams(entriesOf(params)).toString() };
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { data, input } = await readEstimate(searchParams);
  const { title, description } = describeEstimate(input, data.labels);
  return { title, description, alternates: { canonical: estimateHref("/estimate", input) }, openGraph: { title, description } };
}

export default async function EstimatePage({ searchParams }: { searchParams: SearchParams }) {
  const { data, input, ignored, given } = await readEstimate(searchParams);
  // A link that means the same estimate in other words (defaults, case, empty fields as a no-JS form sends them) goes to the one canonical URL.
  if (ignored.length === 0 && given !== serializeEstimateInput(input)) redirect(estimateHref("/estimate", input));
  return <EstimateView data={data} input={input} ignored={ignored} />;
}
