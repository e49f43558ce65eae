import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { CompareView } from "@/components/compare/compare-view";
import { loadExplorerData } from "@/lib/db/queries/explorer";
import { describeComparison } from "@/lib/explorer/compare";
import { entriesOf } from "@/lib/filters/band-params";
import { compareViewHref, defaultComparison, parseCompareParams, serializeCompareFilters } from "@/lib/filters/compare-params";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function readComparison(searchParams: SearchParams) {
  await connection();
  const [params, data] = await Promise.all([searchParams, loadExplorerData()]);
  return { data, ...parseCompareParams(params, data.vocabulary), given: new URLSearchParams(entriesOf(params)).toString() };
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { data, filters } = await readComparison(searchParams);
  const { title, description } = describeComparison(filters, data.labels);
  return { title, description, alternates: { canonical: compareViewHref("/compare", filters) }, openGraph: { title, description } };
}

export default async function ComparePage({ searchParams }: { searchParams: SearchParams }) {
  const { data, filters, ignored, given } = await readComparison(searchParams);
  // A bare /compare opens a comparison the articles can answer rather than an empty picker.
  if (given === "") redirect(compareViewHref("/compare", defaultComparison("company")));
  // A link that means the same comparison in other words (defaults, case, repeats) is sent to the one canonical URL.
  if (ignored.length === 0 && given !== serializeCompareFilters(filters)) redirect(compareViewHref("/compare", filters));
  return <CompareView data={data} filters={filters} ignored={ignored} />;
}
