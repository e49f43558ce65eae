import Link from "next/link";
import { RangeChart } from "@/components/charts/range-chart";
import { rangeChartSrc } from "@/components/charts/range-chart-image";
import { RecordsMethodNote } from "@/components/bands/records-beside";
import { PppNote } from "@/components/ppp/ppp-note";
import { SALARIES_PATH, type ExplorerView } from "@/lib/explorer/explorer-view";
import { BandRowsTable } from "./band-rows-table";
import { CopyLinkButton } from "./copy-link-button";
import styles from "./explorer.module.css";
import { FilterForm } from "./filter-form";

export function SalaryExplorer({ view }: { view: ExplorerView }) {
  const { filters, rows, rates, href, chart } = view;
  return (
    <>
      <a href="#results" className={styles.skipToResults}>
        Skip the filters to the {rows.length} results
      </a>
      <div className={styles.layout}>
        <aside aria-label="Filters">
          <FilterForm
            key={href}
            action={SALARIES_PATH}
            groups={view.groups}
            currencies={view.currencies}
            currency={filters.currency}
            annualize={filters.annualize}
            ppp={filters.ppp}
            group={filters.group}
            sort={`${filters.sort.descending ? "-" : ""}${filters.sort.key}`}
          />
        </aside>
        <section aria-label="Results" id="results">
          <div className={styles.toolbar}>
            <p className={styles.summary} role="status">
              {rows.length} of {view.total} bands
              {filters.currency ? `, in ${filters.currency} at ${rates.table.date} rates` : ", each in its own currency"}
              {filters.annualize ? ", day and hour rates per year" : ""}
              {filters.ppp ? ", with what each buys in international dollars (pay sorts by them)" : ""}
            </p>
            <div className={styles.linkBox}>
              <a href={href}>Link to this view</a>
              <CopyLinkButton href={href} />
            </div>
          </div>
          {rows.length === 0 ? (
            <div className={styles.empty}>
              <h2>No band matches all of these filters</h2>
              <p>The articles make no claim for this combination. Widen the view by removing a filter:</p>
              <ul>
                {view.removals.map((removal) => (
                  <li key={removal.href}>
                    <Link href={removal.href}>{removal.text}</Link>
                  </li>
                ))}
                <li>
                  <Link href={SALARIES_PATH}>Show all bands</Link>
                </li>
              </ul>
            </div>
          ) : (
            <>
              {chart ? <RangeChart {...chart} src={rangeChartSrc(href)} /> : null}
              <BandRowsTable
                rows={rows}
                sort={filters.sort}
                labels={view.labels}
                sortHref={view.sortHref}
                caption={`${rows.length} bands; select a column heading to sort. Open a source for its quote, flags and the other sources' claims.`}
                ppp={filters.ppp}
              />
            </>
          )}
          {view.ppp ? <PppNote {...view.ppp} labels={view.labels} /> : null}
          <RecordsMethodNote className={styles.rates} />
          <details className={styles.rates}>
            <summary>
              Exchange rates of {rates.table.date} ({rates.source.title}); amounts sort by their yearly{" "}
              {filters.ppp ? "international-dollar value (what they buy)" : "US-dollar value"}
            </summary>
            <ul>
              {rates.rates.map((rate) => (
                <li key={rate.currency}>
                  1 USD = {rate.unitsPerUsd} {rate.currency}: {rate.derivation}
                </li>
              ))}
            </ul>
          </details>
        </section>
      </div>
    </>
  );
}
