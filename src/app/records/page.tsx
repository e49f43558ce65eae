import type { Metadata } from "next";
import { connection } from "next/server";
import { cache } from "react";
import { chartImageSrc } from "@/components/charts/chart-image";
import { Page } from "@/components/layout/page";
import { QuickPicks } from "@/components/records/quick-picks";
import { RecordsFilterForm } from "@/components/records/records-filter-form";
import { RecordsNotes } from "@/components/records/records-notes";
import { RecordsResults } from "@/components/records/records-results";
import { WhereItSits } from "@/components/position/where-it-sits";
import { loadRecordsFormOptions } from "@/lib/db/queries/form-choices";
import { recordsWhereItSits } from "@/lib/db/queries/position";
import { listRecordImports } from "@/lib/db/queries/record-imports";
import { recordsVocabulary, summarizeRecords } from "@/lib/db/records/percentile-index";
import { recordsHref, recordsView } from "@/lib/url-state/records";
import { redirectToCanonical } from "@/lib/url-state/redirect-to-canonical";
import { describeRecordFilters } from "@/lib/records/labels";
import { formatCount } from "@/lib/salary-model";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Read once per request: generateMetadata and the page get the same searchParams promise, which keys React's cache.
const readView = cache(async (searchParams: SearchParams) => {
  await connection();
  const params = await searchParams;
  const vocabulary = recordsVocabulary();
  return { params, vocabulary, parsed: recordsView.parse(params, vocabulary) };
});

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { view } = (await readView(searchParams)).parsed;
  return {
    title: `Survey records: ${describeRecordFilters(view.filters)}`,
    description: "Percentiles of machine-learning and data salaries from the CC0 aijobs.net survey, with the number of observations behind each.",
    alternates: { canonical: recordsHref(view) },
  };
}

export default async function RecordsPage({ searchParams }: { searchParams: SearchParams }) {
  const { params, vocabulary, parsed } = await readView(searchParams);
  redirectToCanonical(recordsView, "/records", params, parsed);
  const { view, ignored } = parsed;
  const { overall, groups } = summarizeRecords(view.filters, view.group);
  const [imports, position, formOptions] = await Promise.all([
    listRecordImports(),
    recordsWhereItSits(view),
    loadRecordsFormOptions(),
  ]);
  const total = vocabulary.counts.year.reduce((sum, year) => sum + year.count, 0);
  return (
    <Page
      title="Survey records: what people report being paid"
      lede={`${formatCount(total)} salary observations from the aijobs.net salary survey (CC0). Choose job titles, levels, countries and more; every figure is pay in US dollars a year, with n, the number of observations behind it.`}
      ignored={ignored}
      ignoredHeading="Some of the address was ignored:"
    >
      <QuickPicks view={view} titles={vocabulary.titles} />
      <RecordsFilterForm view={view} options={formOptions} />
      <section aria-labelledby="records-results">
        <h2 id="records-results">Records: {describeRecordFilters(view.filters)}</h2>
        <RecordsResults overall={overall} groups={groups} grouping={view.group} chartSrc={chartImageSrc(recordsHref(view))} />
      </section>
      <WhereItSits view={position} headingId="records-position" heading="Where a number sits among these records" chartSrc={chartImageSrc(recordsHref(view), "histogram")} />
      <RecordsNotes imports={imports} />
    </Page>
  );
}
