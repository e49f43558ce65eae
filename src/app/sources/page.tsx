import type { Metadata } from "next";
import { connection } from "next/server";
import { Page } from "@/components/layout/page";
import { SourcesView } from "@/components/sources/sources-view";
import { loadExplorerData } from "@/lib/db/queries/explorer";
import { listFactors } from "@/lib/db/queries/factors";
import { loadOfficialBeside } from "@/lib/db/queries/official-beside";
import { loadRecordsBesideBands } from "@/lib/db/queries/records-beside-bands";
import { listSources } from "@/lib/db/queries/sources";
import { sourcesPageView } from "@/lib/explorer/sources-page-view";

const TITLE = "Sources, and where they disagree";

export const metadata: Metadata = {
  title: TITLE,
  description:
    "Every source of the salary figures with the claims quoted from it, the official US figures beside them, the slices where sources disagree with the spread in percent, flagged claims with reasons, each real source's method, coverage and licence, and the exchange rates used.",
};

export default async function SourcesPage() {
  await connection(); // read from the store at request time, not at build time
  const [data, sources, factors, records, official] = await Promise.all([loadExplorerData(), listSources(), listFactors(), loadRecordsBesideBands(), loadOfficialBeside()]);
  const view = sourcesPageView(data, sources, factors, records, official);
  return (
    <Page
      title={TITLE}
      lede={`Every figure on this site is a claim quoted from one of these ${sources.length} sources, kept as written. Where two sources speak about the same slice, both claims stay and the gap between them is measured; where a number looks wrong, it is flagged with the reason.`}
    >
      <SourcesView view={view} />
    </Page>
  );
}
