import Link from "next/link";
import { RangeChart, type RangeBar } from "@/components/charts/range-chart";
import type { Band } from "@/lib/domain";
import type { ExplorerData } from "@/lib/explorer/explorer-data";
import type { RecordsBeside } from "@/lib/explorer/records-check";
import type { DisplayRow } from "@/lib/explorer/display-rows";
import { describeView, FILTER_TITLES, locationLabel, valueLabel } from "@/lib/explorer/labels";
import { facetCounts } from "@/lib/explorer/select-bands";
import { viewRows } from "@/lib/explorer/view-rows";
import { sameSlice } from "@/lib/explorer/slices";
import { IgnoredParamsNotice } from "@/components/url-state/ignored-params-notice";
import { bandViewHref, MULTI_KEYS, type BandFilters } from "@/lib/url-state/bands";
import type { IgnoredParam } from "@/lib/url-state/params";
import { convertRange } from "@/lib/salary-model";
import { BandRowsTable } from "./band-rows-table";
import { CopyLinkButton } from "./copy-link-button";
import styles from "./explorer.module.css";
import { FilterForm } from "./filter-form";
import { barEnds } from "@/components/charts/bar-ends";
import { RecordsMethodNote } from "@/components/bands/records-beside";

const PATH = "/salaries";

/** The chart needs one currency: the chosen one, or US dollars when each band keeps its own. */
function chartBars(rows: DisplayRow<Band>[], filters: BandFilters, data: ExplorerData): { bars: RangeBar[]; currency: string } {
  const currency = filters.currency ?? "USD";
  const group = (band: Band) =>
    filters.group === "company"
      ? band.company
        ? valueLabel("company", band.company, data.labels)
        : "No company named"
      : band.level
        ? valueLabel("level", band.level, data.labels)
        : "Level not stated";
  const groupOrder = (band: Band) =>
    filters.group === "company" ? (band.company ?? "\uffff") : String(data.labels.levels.get(band.level ?? "")?.rank ?? 99).padStart(2, "0");
  const bars = [...rows]
    .sort((a, b) => groupOrder(a.band).localeCompare(groupOrder(b.band)))
    .map(({ band, range, converted }): RangeBar => {
      const shown = range.currency === currency ? range : convertRange(range, currency, data.rates.table);
      return {
        id: band.id,
        label: [
          band.company ? valueLabel("company", band.company, data.labels) : locationLabel(band, data.labels),
          filters.group === "company" && band.level ? valueLabel("level", band.level, data.labels) : null,
          band.basis === "total" ? "total pay" : null,
          band.measure === "average" ? "average" : null,
        ]
          .filter(Boolean)
          .join(" · "),
        group: group(band),
        ...barEnds(shown),
        flagged: band.flags.length > 0,
        converted: converted || range.currency !== currency,
      };
    });
  return { bars, currency };
}

export function SalaryExplorer({
  data,
  filters,
  ignored,
  records,
}: {
  data: ExplorerData;
  filters: BandFilters;
  ignored: IgnoredParam[];
  records: Map<string, RecordsBeside>;
}) {
  const { labels, rates } = data;
  const counts = facetCounts(data.bands, filters);
  const rows = viewRows(data.bands, filters, rates.table, labels);
  const view = describeView(filters, labels);
  const href = bandViewHref(PATH, filters);
  const yearlyOnly = rows.filter((row) => row.range.period === "year");
  const chart = chartBars(yearlyOnly, filters, data);
  const active = MULTI_KEYS.flatMap((key) => filters.values[key].map((value) => ({ key, value })));

  return (
    <>
      <h1>{view.title}</h1>
      <p className="lede">
        Bands quoted from published articles, each with its source and quote. Filter by country, level and more; the address of the page
        is the view, so you can share it.
      </p>
      <IgnoredParamsNotice ignored={ignored} />
      <a href="#results" className={styles.skipToResults}>
        Skip the filters to the {rows.length} results
      </a>
      <div className={styles.layout}>
        <aside aria-label="Filters">
          <FilterForm
            key={href}
            action={PATH}
            groups={MULTI_KEYS.map((key) => ({
              key,
              title: FILTER_TITLES[key],
              options: data.vocabulary[key]
                .map((value) => ({
                  value,
                  label: valueLabel(key, value, labels),
                  count: counts[key].get(value) ?? 0,
                  checked: filters.values[key].includes(value),
                }))
                .filter((option) => option.count > 0 || option.checked),
            }))}
            currencies={rates.rates.map((r) => ({ code: r.currency, name: labels.currencies.get(r.currency) ?? r.currency }))}
            currency={filters.currency}
            annualize={filters.annualize}
            group={filters.group}
            sort={`${filters.sort.descending ? "-" : ""}${filters.sort.key}`}
          />
        </aside>
        <section aria-label="Results" id="results">
          <div className={styles.toolbar}>
            <p className={styles.summary} role="status">
              {rows.length} of {data.bands.length} bands
              {filters.currency ? `, in ${filters.currency} at ${rates.table.date} rates` : ", each in its own currency"}
              {filters.annualize ? ", day and hour rates per year" : ""}
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
                {active.map(({ key, value }) => (
                  <li key={`${key}=${value}`}>
                    <Link href={bandViewHref(PATH, { ...filters, values: { ...filters.values, [key]: filters.values[key].filter((v) => v !== value) } })}>
                      Remove {FILTER_TITLES[key].toLowerCase()}: {valueLabel(key, value, labels)}
                    </Link>
                  </li>
                ))}
                <li>
                  <Link href={PATH}>Show all bands</Link>
                </li>
              </ul>
            </div>
          ) : (
            <>
              {chart.bars.length > 0 ? (
                <RangeChart
                  bars={chart.bars}
                  currency={chart.currency}
                  title={`Yearly ${view.title.charAt(0).toLowerCase()}${view.title.slice(1)}, ${chart.currency}, grouped by ${filters.group}${
                    rows.length > yearlyOnly.length ? ` (${rows.length - yearlyOnly.length} day or hour rates are in the table only)` : ""
                  }`}
                />
              ) : null}
              <BandRowsTable
                rows={rows}
                filters={filters}
                labels={labels}
                rates={rates.table}
                sameSliceOf={(band) => sameSlice(band, data.bands)}
                recordsOf={(band) => records.get(band.id)}
                sortHref={(key, descending) => bandViewHref(PATH, { ...filters, sort: { key, descending } })}
                caption={`${rows.length} bands; select a column heading to sort. Open a source for its quote, flags and the other sources' claims.`}
              />
            </>
          )}
          <RecordsMethodNote className={styles.rates} />
          <details className={styles.rates}>
            <summary>
              Exchange rates of {rates.table.date} ({rates.source.title}); amounts sort by their yearly US-dollar value
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
