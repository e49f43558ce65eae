import Link from "next/link";
import { RangeChart, type RangeBar } from "@/components/charts/range-chart";
import { CopyLinkButton } from "@/components/explorer/copy-link-button";
import explorerStyles from "@/components/explorer/explorer.module.css";
import { IgnoredParamsNotice } from "@/components/url-state/ignored-params-notice";
import { ExchangeRates } from "@/components/sources/exchange-rates";
import type { Band } from "@/lib/domain";
import type { ExplorerData } from "@/lib/explorer/explorer-data";
import { compareValues, comparedName, describeComparison, dimensionPlural, type ComparedValue } from "@/lib/explorer/compare";
import { FILTER_TITLES, shortSourceTitle, valueLabel } from "@/lib/explorer/labels";
import { facetCounts } from "@/lib/explorer/select-bands";
import type { IgnoredParam } from "@/lib/url-state/params";
import {
  COMPARE_DIMENSIONS,
  compareViewHref,
  defaultComparison,
  explorerFilters,
  MAX_COMPARED,
  NARROW_KEYS,
  type CompareFilters,
  type NarrowKey,
} from "@/lib/url-state/compare";
import { CompareForm } from "./compare-form";
import { ComparedBandsTable } from "./compared-bands-table";
import { ComparisonSummary } from "./comparison-summary";
import styles from "./compare.module.css";
import { barEnds } from "@/components/charts/bar-ends";

const PATH = "/compare";

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The chart shows yearly claims only: a day rate on a salary axis would be a speck. */
function chartBars(compared: ComparedValue<Band>[], filters: CompareFilters, data: ExplorerData): RangeBar[] {
  return compared.flatMap(({ value, rows }) =>
    rows
      .filter((row) => row.range.period === "year")
      .map(({ band, range, converted }): RangeBar => ({
        id: band.id,
        label: [
          band.level ? valueLabel("level", band.level, data.labels) : "Any level",
          filters.by === "company" || !band.company ? null : valueLabel("company", band.company, data.labels),
          band.measure === "average" ? "average" : null,
          shortSourceTitle(band.source.title),
        ]
          .filter(Boolean)
          .join(" · "),
        group: comparedName(filters, value, data.labels),
        ...barEnds(range),
        flagged: band.flags.length > 0,
        converted,
      })),
  );
}

export function CompareView({ data, filters, ignored }: { data: ExplorerData; filters: CompareFilters; ignored: IgnoredParam[] }) {
  const { labels, rates } = data;
  const compared = compareValues(data.bands, filters, rates.table, labels);
  const view = describeComparison(filters, labels);
  const href = compareViewHref(PATH, filters);
  const plural = dimensionPlural(filters.by);
  // The explorer's facet counts, with every picked value selected at once.
  const narrowed = explorerFilters(filters);
  const counts = facetCounts(data.bands, { ...narrowed, values: { ...narrowed.values, [filters.by]: filters.values } });
  const option = (key: NarrowKey, value: string, checked: boolean) => ({
    value,
    label: valueLabel(key, value, labels),
    count: counts[key].get(value) ?? 0,
    checked,
  });
  const unpicked = data.vocabulary[filters.by].filter((value) => !filters.values.includes(value));
  const bars = compared.length >= 2 ? chartBars(compared, filters, data) : [];
  const rowCount = compared.reduce((sum, value) => sum + value.rows.length, 0);
  const settings = { basis: filters.basis, currency: filters.currency };

  return (
    <>
      <h1>{view.title}</h1>
      <p className="lede">
        Two to four companies, countries or levels side by side, every claim in one currency, with how far apart they are. The address of
        the page is the comparison, so you can share it.
      </p>
      <IgnoredParamsNotice ignored={ignored} />
      <nav aria-label="Compare by" className={styles.dimensions}>
        <span>Compare:</span>
        <ul>
          {COMPARE_DIMENSIONS.map((by) => (
            <li key={by}>
              <Link href={compareViewHref(PATH, { ...defaultComparison(by), ...settings })} aria-current={by === filters.by ? "true" : undefined}>
                {capitalized(dimensionPlural(by))}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className={explorerStyles.layout}>
        <aside aria-label="What to compare">
          <CompareForm
            key={href}
            action={PATH}
            by={filters.by}
            values={{
              title: `${capitalized(plural)} to compare`,
              options: [
                ...filters.values.map((value) => ({ ...option(filters.by, value, true), disabled: false })),
                ...unpicked
                  .map((value) => ({ ...option(filters.by, value, false), disabled: filters.values.length >= MAX_COMPARED }))
                  .filter((o) => o.count > 0),
              ],
            }}
            narrowing={COMPARE_DIMENSIONS.filter((key) => key !== filters.by).map((key) => ({
              key,
              title: FILTER_TITLES[key],
              options: data.vocabulary[key]
                .map((value) => option(key, value, filters.narrow[key].includes(value)))
                .filter((o) => o.count > 0 || o.checked),
            }))}
            carried={NARROW_KEYS.filter((key) => !(COMPARE_DIMENSIONS as readonly string[]).includes(key)).flatMap((key) =>
              filters.narrow[key].map((value): [string, string] => [key, value]),
            )}
            basis={filters.basis}
            currencies={rates.rates.map((r) => ({ code: r.currency, name: labels.currencies.get(r.currency) ?? r.currency }))}
            currency={filters.currency}
            resetHref={compareViewHref(PATH, defaultComparison(filters.by))}
          />
        </aside>
        <section aria-label="Comparison">
          <div className={explorerStyles.toolbar}>
            <p className={explorerStyles.summary} role="status">
              {compared.length} {compared.length === 1 ? filters.by : plural}, {rowCount} claims, in {filters.currency}
            </p>
            <div className={explorerStyles.linkBox}>
              <a href={href}>Link to this comparison</a>
              <CopyLinkButton href={href} />
            </div>
          </div>
          {compared.length < 2 ? (
            <div className={explorerStyles.empty}>
              <h2>
                Pick {compared.length === 0 ? "two to four" : "at least one more of the"} {plural} to compare
              </h2>
              <p>Tick them in the form. Or start from one of these comparisons:</p>
              <ul>
                {COMPARE_DIMENSIONS.map((by) => {
                  const suggestion = { ...defaultComparison(by), ...settings };
                  return (
                    <li key={by}>
                      <Link href={compareViewHref(PATH, suggestion)}>{describeComparison(suggestion, labels).title}</Link>
                    </li>
                  );
                })}
              </ul>
            </div>
          ) : (
            <>
              <ComparisonSummary compared={compared} filters={filters} labels={labels} />
              <RangeChart
                bars={bars}
                currency={filters.currency}
                title={`Yearly claims in ${filters.currency}, grouped by ${filters.by}${
                  rowCount > bars.length ? ` (${rowCount - bars.length} day or hour rates are in the tables only)` : ""
                }`}
              />
            </>
          )}
          {compared.map((value) => (
            <ComparedBandsTable key={value.value} compared={value} filters={filters} labels={labels} />
          ))}
          <details className={explorerStyles.rates}>
            <summary>Exchange rates of {rates.table.date}, and how they were derived</summary>
            <ExchangeRates rates={rates} />
          </details>
        </section>
      </div>
    </>
  );
}
