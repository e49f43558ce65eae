import type { Metadata } from "next";
import { connection } from "next/server";
import { EstimateView } from "@/components/estimate/estimate-view";
import { loadEstimateData } from "@/lib/db/queries/estimate";
import { describeEstimate } from "@/lib/estimate/describe";
import { estimateHref, estimateView } from "@/lib/url-state/estimate";
import { redirectToCanonical } from "@/lib/url-state/redirect-to-canonical";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function readEstimate(searchParams: SearchParams) {
  await connection();
  const [params, data] = await Promise.all([searchParams, loadEstimateData()]);
  return { data, params, parsed: estimateView.parse(params, data.vocabulary) };
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { data, parsed } = await readEstimate(searchParams);
  const input = parsed.view;
  const { title, description } = describeEstimate(input, data.labels);
  return { title, description, alternates: { canonical: estimateHref("/estimate", input) }, openGraph: { title, description } };
}

export default async function EstimatePage({ searchParams }: { searchParams: SearchParams }) {
  const { data, params, parsed } = await readEstimate(searchParams);
  redirectToCanonical(estimateView, "/estimate", params, parsed);
  return <EstimateView data={data} input={parsed.view} ignored={parsed.ignored} />;
}
