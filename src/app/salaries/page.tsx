import type { Metadata } from "next";
import { connection } from "next/server";
import { SalaryExplorer } from "@/components/explorer/salary-explorer";
import { loadExplorerData } from "@/lib/db/queries/explorer";
import { recordsBesideBands } from "@/lib/db/queries/records-beside-bands";
import { describeView } from "@/lib/explorer/labels";
import { bandsView, bandViewHref } from "@/lib/url-state/bands";
import { redirectToCanonical } from "@/lib/url-state/redirect-to-canonical";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function readView(searchParams: SearchParams) {
  await connection();
  const [params, data] = await Promise.all([searchParams, loadExplorerData()]);
  return { data, params, parsed: bandsView.parse(params, data.vocabulary) };
}

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
  const records = await recordsBesideBands(data.bands, data.rates.table);
  return <SalaryExplorer data={data} filters={filters} ignored={ignored} records={records} />;
}
