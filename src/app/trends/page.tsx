import type { Metadata } from "next";
import { connection } from "next/server";
import { cache } from "react";
import { chartImageSrc } from "@/components/charts/chart-image";
import { Page } from "@/components/layout/page";
import { TrendsView } from "@/components/trends/trends-view";
import { loadTrendsChoices } from "@/lib/db/queries/form-choices";
import { officialVocabulary } from "@/lib/db/queries/official";
import { loadTrendsPage } from "@/lib/db/queries/trends-page";
import { trendsView } from "@/lib/url-state/official";
import { redirectToCanonical } from "@/lib/url-state/redirect-to-canonical";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The page and GET /api/trends read one declaration (src/lib/url-state/official.ts); `format` is the API's own.
 * Read once per request: generateMetadata and the page get the same searchParams promise, which keys React's cache.
 */
const readTrends = cache(async (searchParams: SearchParams) => {
  await connection();
  const [params, vocabulary] = await Promise.all([searchParams, officialVocabulary()]);
  const parsed = trendsView.parse(params, vocabulary, { except: ["format"] });
  return { params, parsed, page: await loadTrendsPage(parsed.view) };
});

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { parsed, page } = await readTrends(searchParams);
  return {
    title: page.title,
    description: page.description,
    alternates: { canonical: trendsView.href("/trends", parsed.view) },
    openGraph: { title: page.title, description: page.description },
  };
}

export default async function TrendsPage({ searchParams }: { searchParams: SearchParams }) {
  const [{ params, parsed, page }, choices] = await Promise.all([readTrends(searchParams), loadTrendsChoices()]);
  redirectToCanonical(trendsView, "/trends", params, parsed);
  const { view } = parsed;
  return (
    <Page
      title={page.title}
      lede="Pay by year from two kinds of source on one chart: what people report in the aijobs.net survey (median and P25–P75, 2020–2025) and what the US Bureau of Labor Statistics measures for the occupations the role maps to (median and P10–P90, May 2020–2024). Every figure has its n and its source."
      ignored={parsed.ignored}
    >
      <TrendsView
        page={page}
        choices={choices}
        selection={view}
        api={{ json: trendsView.href("/api/trends", view), csv: trendsView.href("/api/trends.csv", view) }}
        chartSrc={chartImageSrc(trendsView.href("/trends", view))}
      />
    </Page>
  );
}
