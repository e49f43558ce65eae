import type { Metadata } from "next";
import { connection } from "next/server";
import { cache } from "react";
import { EstimateView } from "@/components/estimate/estimate-view";
import { Page } from "@/components/layout/page";
import { loadEstimateData } from "@/lib/db/queries/estimate";
import { loadPppData } from "@/lib/db/queries/ppp";
import { loadOfficialBeside } from "@/lib/db/queries/official-beside";
import { describeEstimate } from "@/lib/estimate/describe";
import { estimatePageView } from "@/lib/estimate/estimate-page-view";
import { officialBesideView } from "@/lib/official/beside-view";
import { estimateHref, estimateView } from "@/lib/url-state/estimate";
import { redirectToCanonical } from "@/lib/url-state/redirect-to-canonical";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Read once per request: generateMetadata and the page get the same searchParams promise, which keys React's cache.
const readEstimate = cache(async (searchParams: SearchParams) => {
  await connection();
  const [params, data] = await Promise.all([searchParams, loadEstimateData()]);
  return { data, params, parsed: estimateView.parse(params, data.vocabulary) };
});

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { data, parsed } = await readEstimate(searchParams);
  const input = parsed.view;
  const { title, description } = describeEstimate(input, data.labels);
  return { title, description, alternates: { canonical: estimateHref("/estimate", input) }, openGraph: { title, description } };
}

export default async function EstimatePage({ searchParams }: { searchParams: SearchParams }) {
  const { data, params, parsed } = await readEstimate(searchParams);
  redirectToCanonical(estimateView, "/estimate", params, parsed);
  const view = estimatePageView(data, parsed.view, parsed.view.ppp ? await loadPppData() : null);
  const bands = view.estimate?.sources.flatMap((source) => source.bands.map((row) => row.band)) ?? [];
  const official = officialBesideView(bands, (await loadOfficialBeside()).byBand, data.labels);
  return (
    <Page
      title={view.title}
      lede="An estimated pay range for your situation, built step by step from published salary bands and premiums. Every number names its source and quote, and whatever was left out says why. The address of the page is the estimate, so you can share it."
      ignored={parsed.ignored}
    >
      <EstimateView view={view} official={official} />
    </Page>
  );
}
