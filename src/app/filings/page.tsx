import type { Metadata } from "next";
import { connection } from "next/server";
import { cache } from "react";
import { chartImageSrc } from "@/components/charts/chart-image";
import { FilingsFilterForm } from "@/components/filings/filings-filter-form";
import { FilingsSummary } from "@/components/filings/filings-summary";
import { Page } from "@/components/layout/page";
import { WhereItSits } from "@/components/position/where-it-sits";
import { loadExplorerData } from "@/lib/db/queries/explorer";
import { loadFilingsChoices } from "@/lib/db/queries/form-choices";
import { filingsFor, filingsValues, officialVocabulary } from "@/lib/db/queries/official";
import { filingsWhereItSits } from "@/lib/db/queries/position";
import { loadSourceTitles } from "@/lib/db/queries/sources";
import { filingsPageView } from "@/lib/official/filings-view";
import { filingsView } from "@/lib/url-state/official";
import { redirectToCanonical } from "@/lib/url-state/redirect-to-canonical";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The page and GET /api/filings read one declaration (src/lib/url-state/official.ts) and one computation (filingsFor).
 * Read once per request: generateMetadata and the page get the same searchParams promise, which keys React's cache.
 */
const readFilings = cache(async (searchParams: SearchParams) => {
  await connection();
  const [params, vocabulary, { labels }] = await Promise.all([searchParams, officialVocabulary(), loadExplorerData()]);
  const parsed = filingsView.parse(params, vocabulary);
  const { pay, ...query } = parsed.view;
  const summary = filingsFor(query, { pay });
  const values = filingsValues();
  const socTitle = values.socs.find((s) => s.value === query.soc?.replace(/[.-]\d\d$/, ""))?.title ?? null;
  return { params, parsed, summary, page: filingsPageView(summary, labels, socTitle) };
});

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { parsed, page } = await readFilings(searchParams);
  return {
    title: page.title,
    description: page.description,
    alternates: { canonical: filingsView.href("/filings", parsed.view) },
    openGraph: { title: page.title, description: page.description },
  };
}

export default async function FilingsPage({ searchParams }: { searchParams: SearchParams }) {
  const { params, parsed, summary, page } = await readFilings(searchParams);
  redirectToCanonical(filingsView, "/filings", params, parsed);
  const { view } = parsed;
  const [position, sourceTitles, choices] = await Promise.all([
    filingsWhereItSits(view, summary),
    loadSourceTitles(),
    loadFilingsChoices(),
  ]);
  return (
    <Page
      title={page.title}
      lede={`What employers filed to pay: certified H-1B Labor Condition Applications for computer and math occupations (${page.periods}), with the offered base wage of each. Wages offered to visa workers are base pay without bonus or equity, so a total-pay claim above them is expected.`}
      ignored={parsed.ignored}
    >
      <FilingsFilterForm choices={choices} selection={view} />
      <FilingsSummary view={page} sourceTitle={page.source ? (sourceTitles.get(page.source.id) ?? null) : null} />
      <p>
        <a href={filingsView.href("/api/filings", view)}>These filings as JSON</a> (the same figures, histogram and rank).
      </p>
      <WhereItSits view={position} headingId="filings-position" heading="Where a number sits among these filings" chartSrc={chartImageSrc(filingsView.href("/filings", view))} />
      <section aria-labelledby="filings-how">
        <h2 id="filings-how">How to read them</h2>
        <ul>
          <li>
            The offered wage is the low end of the range on the filing, a year of base pay; one filing may cover several workers, and a
            certified filing is not a visa issued.
          </li>
          <li>
            Company, role and level are read from the employer&rsquo;s name and the job title by rules kept as data
            (&ldquo;Senior&rdquo; → senior, &ldquo;Machine Learning Engineer&rdquo; → ML engineer); a filing the rules do not match is
            kept as filed and counted as unmapped, never guessed.
          </li>
          <li>A filing&rsquo;s location is its worksite state only; the source file has no city.</li>
        </ul>
      </section>
    </Page>
  );
}
