import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { CompareView } from "@/components/compare/compare-view";
import { Page } from "@/components/layout/page";
import { loadExplorerData } from "@/lib/db/queries/explorer";
import { loadPppData } from "@/lib/db/queries/ppp";
import { loadOfficialBeside } from "@/lib/db/queries/official-beside";
import { describeComparison } from "@/lib/explorer/compare";
import { comparisonView } from "@/lib/explorer/comparison-view";
import { officialBesideView } from "@/lib/official/beside-view";
import { compareView, compareViewHref, defaultComparison } from "@/lib/url-state/compare";
import { givenQuery } from "@/lib/url-state/params";
import { redirectToCanonical } from "@/lib/url-state/redirect-to-canonical";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Read once per request: generateMetadata and the page get the same searchParams promise, which keys React's cache.
const readComparison = cache(async (searchParams: SearchParams) => {
  await connection();
  const [params, data] = await Promise.all([searchParams, loadExplorerData()]);
  return { data, params, parsed: compareView.parse(params, data.vocabulary) };
});

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { data, parsed } = await readComparison(searchParams);
  const filters = parsed.view;
  const { title, description } = describeComparison(filters, data.labels);
  return { title, description, alternates: { canonical: compareViewHref("/compare", filters) }, openGraph: { title, description } };
}

export default async function ComparePage({ searchParams }: { searchParams: SearchParams }) {
  const { data, params, parsed } = await readComparison(searchParams);
  // A bare /compare opens a comparison the articles can answer rather than an empty picker.
  if (givenQuery(params) === "") redirect(compareViewHref("/compare", defaultComparison("company")));
  redirectToCanonical(compareView, "/compare", params, parsed);
  const view = comparisonView(data, parsed.view, parsed.view.ppp ? await loadPppData() : null);
  const bands = view.compared.flatMap(({ rows }) => rows.map((row) => row.band));
  const official = officialBesideView(bands, (await loadOfficialBeside()).byBand, data.labels);
  return (
    <Page
      title={view.title}
      lede="Two to four companies, countries or levels side by side, every claim in one currency, with how far apart they are. The address of the page is the comparison, so you can share it."
      ignored={parsed.ignored}
    >
      <CompareView view={view} official={official} />
    </Page>
  );
}
