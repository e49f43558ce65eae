import type { Metadata } from "next";
import { connection } from "next/server";
import { SourcesView } from "@/components/sources/sources-view";
import { loadExplorerData } from "@/lib/db/queries/explorer";
import { listFactors } from "@/lib/db/queries/factors";
import { recordsBesideBands } from "@/lib/db/queries/records-beside-bands";
import { listSources } from "@/lib/db/queries/sources";

export const metadata: Metadata = {
  title: "Sources, and where they disagree",
  description:
    "Every source of the salary figures with the claims quoted from it, the slices where sources disagree with the spread in percent, flagged claims with reasons, and the exchange rates used.",
};

export default async function SourcesPage() {
  await connection(); // read from the store at request time, not at build time
  const [data, sources, factors] = await Promise.all([loadExplorerData(), listSources(), listFactors()]);
  const records = await recordsBesideBands(data.bands, data.rates.table);
  return <SourcesView data={data} sources={sources} factors={factors} records={records} />;
}
