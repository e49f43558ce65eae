import type { Band, Rates, VocabularyLabels } from "@/lib/domain";
import type { PppData } from "@/lib/official/ppp";
import {
  COMPARE_DIMENSIONS,
  compareViewHref,
  defaultComparison,
  explorerFilters,
  MAX_COMPARED,
  NARROW_KEYS,
  type CompareDimension,
  type CompareFilters,
} from "@/lib/url-state/compare";
import { compareValues, comparedName, describeComparison, dimensionPlural, type ComparedValue } from "./compare";
import type { ExplorerData } from "./explorer-data";
import { currencyChoices, filterGroup, pppSummary, type CurrencyChoice, type FilterGroup, type FilterOption, type PppSummary } from "./explorer-view";
import { shortSourceTitle, valueLabel } from "./labels";
import { barEnds, type RangeBar, type RangeChartSpec } from "./range-bar";
import { facetCounts } from "./select-bands";

export const COMPARE_PATH = "/compare";

export interface ComparisonForm {
  /** The picked values first, in the order picked, so a submission keeps that order and a new pick is added last. */
  values: { title: string; options: (FilterOption & { disabled: boolean })[] };
  narrowing: FilterGroup[];
  /** Narrowing the form has no control for (industry, role… set by a link): carried along unchanged. */
  carried: [string, string][];
  currencies: CurrencyChoice[];
  resetHref: string;
}

export interface ComparisonView {
  filters: CompareFilters;
  title: string;
  href: string;
  /** "companies", "countries", "levels". */
  plural: string;
  compared: ComparedValue<Band>[];
  /** Claims across all compared values. */
  rowCount: number;
  /** One link per dimension, each to its default comparison in the current pay basis and currency. */
  dimensions: { by: CompareDimension; text: string; href: string; current: boolean }[];
  form: ComparisonForm;
  /** Null until two values are picked. */
  chart: RangeChartSpec | null;
  /** Comparisons to start from when fewer than two values are picked. */
  suggestions: { href: string; text: string }[];
  labels: VocabularyLabels;
  rates: Rates;
  /** With ppp=1: the PPP factors the claims used. */
  ppp: PppSummary | null;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `ppp`: the PPP data (loadPppData), needed when `filters.ppp`. */
export function comparisonView(data: ExplorerData, filters: CompareFilters, ppp: PppData | null = null): ComparisonView {
  const { labels, rates } = data;
  const compared = compareValues(data.bands, filters, rates.table, labels, ppp);
  const plural = dimensionPlural(filters.by);
  const settings = { basis: filters.basis, currency: filters.currency, ppp: filters.ppp };
  // The explorer's facet counts, with every picked value selected at once.
  const narrowed = explorerFilters(filters);
  const counts = facetCounts(data.bands, { ...narrowed, values: { ...narrowed.values, [filters.by]: filters.values } });
  const option = (value: string, checked: boolean, disabled: boolean) => ({
    value,
    label: valueLabel(filters.by, value, labels),
    count: counts[filters.by].get(value) ?? 0,
    checked,
    disabled,
  });
  const full = filters.values.length >= MAX_COMPARED;
  const unpicked = data.vocabulary[filters.by].filter((value) => !filters.values.includes(value));
  const rowCount = compared.reduce((sum, value) => sum + value.rows.length, 0);
  return {
    filters,
    title: describeComparison(filters, labels).title,
    href: compareViewHref(COMPARE_PATH, filters),
    plural,
    compared,
    rowCount,
    dimensions: COMPARE_DIMENSIONS.map((by) => ({
      by,
      text: capitalized(dimensionPlural(by)),
      href: compareViewHref(COMPARE_PATH, { ...defaultComparison(by), ...settings }),
      current: by === filters.by,
    })),
    form: {
      values: {
        title: `${capitalized(plural)} to compare`,
        options: [
          ...filters.values.map((value) => option(value, true, false)),
          ...unpicked.map((value) => option(value, false, full)).filter((o) => o.count > 0),
        ],
      },
      narrowing: COMPARE_DIMENSIONS.filter((key) => key !== filters.by).map((key) => filterGroup(key, data, counts, filters.narrow[key])),
      carried: NARROW_KEYS.filter((key) => !(COMPARE_DIMENSIONS as readonly string[]).includes(key)).flatMap((key) =>
        filters.narrow[key].map((value): [string, string] => [key, value]),
      ),
      currencies: currencyChoices(rates, labels),
      resetHref: compareViewHref(COMPARE_PATH, defaultComparison(filters.by)),
    },
    chart: compared.length >= 2 ? chart(compared, filters, rowCount, labels) : null,
    suggestions:
      compared.length >= 2
        ? []
        : COMPARE_DIMENSIONS.map((by) => {
            const suggestion = { ...defaultComparison(by), ...settings };
            return { href: compareViewHref(COMPARE_PATH, suggestion), text: describeComparison(suggestion, labels).title };
          }),
    labels,
    rates,
    ppp: filters.ppp && ppp ? pppSummary(compared.flatMap((value) => value.rows), ppp) : null,
  };
}

/** The chart shows yearly claims only: a day rate on a salary axis would be a speck. */
function chart(compared: ComparedValue<Band>[], filters: CompareFilters, rowCount: number, labels: VocabularyLabels): RangeChartSpec {
  const bars = compared.flatMap(({ value, rows }) =>
    rows
      .filter((row) => row.range.period === "year")
      .map(({ band, range, converted }): RangeBar => ({
        id: band.id,
        label: [
          band.level ? valueLabel("level", band.level, labels) : "Any level",
          filters.by === "company" || !band.company ? null : valueLabel("company", band.company, labels),
          band.measure === "average" ? "average" : null,
          shortSourceTitle(band.source.title),
        ]
          .filter(Boolean)
          .join(" · "),
        group: comparedName(filters, value, labels),
        ...barEnds(range),
        flagged: band.flags.length > 0,
        converted,
      })),
  );
  return {
    bars,
    currency: filters.currency,
    title: `Yearly claims in ${filters.currency}, grouped by ${filters.by}${
      rowCount > bars.length ? ` (${rowCount - bars.length} day or hour rates are in the tables only)` : ""
    }`,
  };
}
