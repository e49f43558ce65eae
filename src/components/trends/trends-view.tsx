import { MIN_RANKED_SAMPLE } from "@/lib/official/sample";
import type { TrendsChoices, TrendsPageView } from "@/lib/official/trends-view";
import { TrendsChart } from "./trends-chart";
import { TrendsFilterForm, type TrendsSelection } from "./trends-filter-form";
import { TrendsTables } from "./trends-tables";
import styles from "./trends.module.css";

/** /trends below its title: the form, the same view as data, the chart, its tables and how to read them. */
export function TrendsView({
  page,
  choices,
  selection,
  api,
  chartSrc,
}: {
  page: TrendsPageView;
  choices: TrendsChoices;
  selection: TrendsSelection;
  api: { json: string; csv: string };
  /** The chart's image of this view (`/api/chart/trends?…`). */
  chartSrc: string;
}) {
  const caveats = [...new Set(page.series.flatMap((s) => s.rows.flatMap((r) => (r.caveat ? [r.caveat] : []))))];
  const topCoded = page.series.flatMap((s) => s.rows.filter((r) => r.highTopCoded).map((r) => `${s.label}, ${r.year}: ${s.highName} ${r.high}`));
  return (
    <>
      <TrendsFilterForm choices={choices} selection={selection} />
      <ul className={styles.links} aria-label="This view as data">
        <li>
          <a href={api.json}>This trend as JSON</a>
        </li>
        <li>
          <a href={api.csv}>as CSV</a>
        </li>
      </ul>
      {page.chart ? (
        <TrendsChart data={page.chart} series={page.series} src={chartSrc} />
      ) : (
        <p className={styles.empty}>Nothing to draw: neither source has figures for these choices (see below).</p>
      )}
      <section aria-labelledby="trends-reading">
        <h2 id="trends-reading">How to read it</h2>
        <ul>
          <li>
            <strong>Survey records</strong> are what people reported to the aijobs.net survey, by work year, at each record&rsquo;s midpoint in
            USD. A year with fewer than {MIN_RANKED_SAMPLE} records shows its n and no figures.
          </li>
          <li>
            <strong>OEWS</strong> is the US Bureau of Labor Statistics&rsquo; wage survey of employers, for the whole occupation in the United
            States whatever the level or country chosen above (it has neither). Its wages are straight-time pay without bonuses or equity, so
            a total-pay figure above them is expected; its n is the number of people employed, not of responses.
          </li>
          <li>
            <strong>The occupations are a judgement.</strong> BLS has no occupation for ML engineers; the role is mapped to the closest ones,
            and each table below says why.
          </li>
          {topCoded.length > 0 ? (
            <li>
              <strong>≥</strong> marks BLS&rsquo;s top-code: above it BLS publishes no figure, only that the wage is at or above it (
              {topCoded.join("; ")}).
            </li>
          ) : null}
          {caveats.map((caveat) => (
            <li key={caveat}>
              <strong>May 2020:</strong> {caveat}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="trends-figures">
        <h2 id="trends-figures">The figures</h2>
        <TrendsTables series={page.series} />
      </section>
    </>
  );
}
