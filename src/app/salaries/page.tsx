import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { SalaryExplorer } from "@/components/explorer/salary-explorer";
import { Page } from "@/components/layout/page";
import { loadExplorerData } from "@/lib/db/queries/explorer";
import { loadPppData } from "@/lib/db/queries/ppp";
import { loadRecordsBesideBands } from "@/lib/db/queries/records-beside-bands";
import { explorerView } from "@/lib/explorer/explorer-view";
import { describeView } from "@/lib/explorer/labels";
import { bandsView, bandViewHref } from "@/lib/url-state/bands";
import { redirectToCanonical } from "@/lib/url-state/redirect-to-canonical";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Read once per request: generateMetadata and the page get the same searchParams promise, which keys React's cache.
const readView = cache(async (searchParams: SearchParams) => {
  await connection();
  const [params, data] = await Promise.all([searchParams, loadExplorerData()]);
  return { data, params, parsed: bandsView.parse(params, data.vocabulary) };
});

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { data, parsed } = await readView(searchParams);
  const filters = parsed.view;
  const { title, description } = describeView(filters, data.labels);
  const query = bandsView.serialize(filters);
  return {
    title,
    description,
    alternates: { canonical: bandViewHref("/salaries", filters) },
    openGraph: { title, description, images: [`/api/og/salaries${query ? `?${query}` : ""}`] },
  };
}

export default async function SalariesPage({ searchParams }: { searchParams: SearchParams }) {
  const { data, params, parsed } = await readView(searchParams);
  redirectToCanonical(bandsView, "/salaries", params, parsed);
  const { view: filters, ignored } = parsed;
  const [records, ppp] = await Promise.all([loadRecordsBesideBands(), filters.ppp ? loadPppData() : null]);
  const view = explorerView(data, filters, records, ppp);
  // A page past the last (the rows it counted on are gone, or the number was made up) goes to the last one.
  if (view.filters.page !== filters.page) redirect(view.href);
  return (
    <Page
      title={view.title}
      lede="Bands quoted from published articles, each with its source and quote. Filter by country, level and more; the address of the page is the view, so you can share it."
      ignored={ignored}
    >
      <SalaryExplorer view={view} />
    </Page>
  );
}
