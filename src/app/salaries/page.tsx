import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { SalaryExplorer } from "@/components/explorer/salary-explorer";
import { loadExplorerData } from "@/lib/db/queries/explorer";
import { recordsBesideBands } from "@/lib/db/queries/records-beside-bands";
import { describeView } from "@/lib/explorer/labels";
import { bandViewHref, parseBandParams, serializeBandFilters } from "@/lib/filters/band-params";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function readView(searchParams: SearchParams) {
  await connection();
  const [params, data] = await Promise.all([searchParams, loadExplorerData()]);
  return { data, ...parseBandParams(params, data.vocabulary), params };
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { data, filters } = await readView(searchParams);
  const { title, description } = describeView(filters, data.labels);
  const query = serializeBandFilters(filters);
  return {
    title,
    description,
    alternates: { canonical: bandViewHref("/salaries", filters) },
    openGraph: { title, description, images: [`/api/og/salaries${query ? `?${query}` : ""}`] },
  };
}

export default async function SalariesPage({ searchParams }: { searchParams: SearchParams }) {
  const { data, filters, ignored, params } = await readView(searchParams);
  // A link that means the same view in other words (order, defaults, case) is sent to the one canonical URL.
  const given = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (Array.isArray(v) ? v : [v ?? ""]).map((x) => [k, x])));
  if (ignored.length === 0 && given.toString() !== serializeBandFilters(filters)) redirect(bandViewHref("/salaries", filters));
  const records = await recordsBesideBands(data.bands, data.rates.table);
  return <SalaryExplorer data={data} filters={filters} ignored={ignored} records={records} />;
}
