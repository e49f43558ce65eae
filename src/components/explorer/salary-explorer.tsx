import Link from "next/link";
import { RangeChart } from "@/components/charts/range-chart";
import { chartImageSrc } from "@/components/charts/chart-image";
import { RecordsMethodNote } from "@/components/bands/records-beside";
import { PppNote } from "@/components/ppp/ppp-note";
import { PAGE_SIZE, SALARIES_PATH, type ExplorerView, type PageOfRows } from "@/lib/explorer/explorer-view";
import { BandRowsTable } from "./band-rows-table";
import { CopyLinkButton } from "./copy-link-button";
import styles from "./explorer.module.css";
import { FilterForm } from "./filter-form";

/** Plain links, so the pages work without JavaScript; the chart above shows the same page of rows. */
function PageLinks({ pagination: { first, last, matching, page, pages, previous, next } }: { pagination: PageOfRows }) {
  return (
    <nav aria-label="Pages of bands" className={styles.pages}>
      <p>
        Showing {first}–{last} of {matching} (page {page} of {pages})
      </p>
      {previous ? (
        <Link href={previous} prefetch={false} rel="prev">
          ← Previous {PAGE_SIZE}
        </Link>
      ) : null}
      {next ? (
        <Link href={next} prefetch={false} rel="next">
          Next {Math.min(PAGE_SIZE, matching - last)} →
        </Link>
      ) : null}
    </nav>
  );
}

export function SalaryExplorer({ view }: { view: ExplorerView }) {
  const { filters, rows, rates, href, chart, pagination } = view;
  return (
    <>
      <a href="#results" className={styles.skipToResults}>
        Skip the filters to the {pagination.matching} results
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
              {pagination.matching} of {view.total} bands
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
              {chart ? <RangeChart {...chart} src={chartImageSrc(href)} /> : null}
              <BandRowsTable
                rows={rows}
                sort={filters.sort}
                labels={view.labels}
                sortHref={view.sortHref}
                caption={`${pagination.pages > 1 ? `Bands ${pagination.first}–${pagination.last} of ${pagination.matching}` : `${rows.length} bands`}; select a column heading to sort. Open a source for its quote, flags and the other sources' claims.`}
                ppp={filters.ppp}
              />
              {pagination.pages > 1 ? <PageLinks pagination={pagination} /> : null}
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
