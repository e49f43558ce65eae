import type { Band, Rates, VocabularyLabels } from "@/lib/domain";
import { pppFactorsUsed, type PppFactorUsed, type PppData } from "@/lib/official/ppp";
import { convertRange } from "@/lib/salary-model";
import { bandViewHref, MULTI_KEYS, type BandFilters, type MultiKey, type SortKey } from "@/lib/url-state/bands";
import type { DisplayRow } from "./display-rows";
import type { ExplorerData } from "./explorer-data";
import { describeView, FILTER_TITLES, locationLabel, valueLabel } from "./labels";
import { barEnds, type RangeBar, type RangeChartSpec } from "./range-bar";
import type { RecordsBeside } from "./records-check";
import { facetCounts } from "./select-bands";
import { viewRows } from "./view-rows";

export const SALARIES_PATH = "/salaries";

/**
 * Rows on a page of /salaries. 25 keep the unfiltered page within issue 12's 100 KB: each row is
 * paid for twice, as HTML and in the RSC payload, about 1.6 KB in all (ADR 015, "Lean pages, measured").
 */
export const PAGE_SIZE = 25;

/** Which rows of the view a page shows, 1-based and inclusive, with links to its neighbours (null at either end). */
export interface PageOfRows {
  page: number;
  pages: number;
  first: number;
  last: number;
  matching: number;
  previous: string | null;
  next: string | null;
}

/** A checkbox of a filter form: a value, its label, how many claims it would show, and whether it is ticked. */
export interface FilterOption {
  value: string;
  label: string;
  count: number;
  checked: boolean;
}

export interface FilterGroup {
  key: string;
  title: string;
  options: FilterOption[];
}

export interface CurrencyChoice {
  code: string;
  name: string;
}

/** A table row: what the row shows. The band's quote and competing claims are on its own page (band-detail-view.ts). */
export interface ExplorerRow extends DisplayRow<Band> {
  /** The survey records of the band's slice, where there are any (for the row's warning badge). */
  records: RecordsBeside | undefined;
}

/** A ppp=1 view's factors, for the note under its table (the rows say their own). */
export interface PppSummary {
  factors: PppFactorUsed[];
  withoutFactor: number;
  /** The World Bank dataset, for the link to /sources. */
  sourceId: string | null;
}

/** The factors behind a ppp=1 view's rows, and their source. */
export function pppSummary(rows: readonly Pick<DisplayRow, "ppp">[], table: PppData): PppSummary {
  return { ...pppFactorsUsed(rows.flatMap((row) => (row.ppp ? [row.ppp] : []))), sourceId: table.sourceId };
}

/** Everything /salaries shows for one URL: computed here, drawn by components/explorer. */
export interface ExplorerView {
  filters: BandFilters;
  title: string;
  href: string;
  /** Every band in the store, matching or not. */
  total: number;
  /** The rows of this page (`pagination`), in the view's order. */
  rows: ExplorerRow[];
  pagination: PageOfRows;
  groups: FilterGroup[];
  currencies: CurrencyChoice[];
  /** This page's rows as a chart; null when none of them is yearly. */
  chart: RangeChartSpec | null;
  /** One link per active filter, each dropping that filter: offered when nothing matches. */
  removals: { href: string; text: string }[];
  sortHref: (key: SortKey, descending: boolean) => string;
  labels: VocabularyLabels;
  rates: Rates;
  /** With ppp=1: the PPP factors the rows used. */
  ppp: PppSummary | null;
}

export function currencyChoices(rates: Rates, labels: VocabularyLabels): CurrencyChoice[] {
  return rates.rates.map((rate) => ({ code: rate.currency, name: labels.currencies.get(rate.currency) ?? rate.currency }));
}

/** A filter group's options for the form: values no claim has are left out unless ticked. */
export function filterGroup(key: MultiKey, data: ExplorerData, counts: Record<MultiKey, Map<string, number>>, checked: readonly string[]): FilterGroup {
  return {
    key,
    title: FILTER_TITLES[key],
    options: data.vocabulary[key]
      .map((value) => ({ value, label: valueLabel(key, value, data.labels), count: counts[key].get(value) ?? 0, checked: checked.includes(value) }))
      .filter((option) => option.count > 0 || option.checked),
  };
}

/**
 * The rows of the page the view asks for; a page past the last shows the last (the page redirects
 * to its canonical URL, `filters.page` being the page shown).
 */
function pageOf<Row>(rows: readonly Row[], filters: BandFilters): { filters: BandFilters; rows: Row[]; pagination: PageOfRows } {
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  const shown = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const hrefOfPage = (to: number) => bandViewHref(SALARIES_PATH, { ...filters, page: to });
  return {
    filters: { ...filters, page },
    rows: shown,
    pagination: {
      page,
      pages,
      first: shown.length === 0 ? 0 : (page - 1) * PAGE_SIZE + 1,
      last: (page - 1) * PAGE_SIZE + shown.length,
      matching: rows.length,
      previous: page > 1 ? hrefOfPage(page - 1) : null,
      next: page < pages ? hrefOfPage(page + 1) : null,
    },
  };
}

/** `ppp`: the PPP data (loadPppData), needed when `filters.ppp`. */
export function explorerView(data: ExplorerData, asked: BandFilters, records: ReadonlyMap<string, RecordsBeside>, ppp: PppData | null = null): ExplorerView {
  const { labels, rates } = data;
  const counts = facetCounts(data.bands, asked);
  const { filters, rows: shown, pagination } = pageOf(viewRows(data.bands, asked, rates.table, labels, ppp), asked);
  const rows = shown.map((row): ExplorerRow => ({ ...row, records: records.get(row.band.id) }));
  const { title } = describeView(filters, labels);
  // Another filter, sort or removal starts again at the first page.
  const firstPage = { ...filters, page: 1 };
  return {
    filters,
    title,
    href: bandViewHref(SALARIES_PATH, filters),
    total: data.bands.length,
    rows,
    pagination,
    groups: MULTI_KEYS.map((key) => filterGroup(key, data, counts, filters.values[key])),
    currencies: currencyChoices(rates, labels),
    chart: chart(rows, filters, title, data),
    removals: MULTI_KEYS.flatMap((key) =>
      filters.values[key].map((value) => ({
        href: bandViewHref(SALARIES_PATH, { ...firstPage, values: { ...filters.values, [key]: filters.values[key].filter((v) => v !== value) } }),
        text: `Remove ${FILTER_TITLES[key].toLowerCase()}: ${valueLabel(key, value, labels)}`,
      })),
    ),
    sortHref: (key, descending) => bandViewHref(SALARIES_PATH, { ...firstPage, sort: { key, descending } }),
    labels,
    rates,
    ppp: filters.ppp && ppp ? pppSummary(rows, ppp) : null,
  };
}

/** The chart of a /salaries view alone, for its image (`/api/chart/salaries`): the same page of rows, title and bars as explorerView's. */
export function explorerChart(data: ExplorerData, asked: BandFilters, ppp: PppData | null = null): RangeChartSpec | null {
  const { filters, rows } = pageOf(viewRows(data.bands, asked, data.rates.table, data.labels, ppp), asked);
  return chart(rows, filters, describeView(filters, data.labels).title, data);
}

/** Yearly claims only, in one currency: the chosen one, or US dollars when each band keeps its own. */
function chart(rows: readonly DisplayRow<Band>[], filters: BandFilters, title: string, data: ExplorerData): RangeChartSpec | null {
  const yearly = rows.filter((row) => row.range.period === "year");
  if (yearly.length === 0) return null;
  const currency = filters.currency ?? "USD";
  const left = rows.length - yearly.length;
  return {
    bars: chartBars(yearly, filters, currency, data),
    currency,
    title: `Yearly ${lowerFirstWord(title)}, ${currency}, grouped by ${filters.group}${
      left > 0 ? ` (${left} day or hour rates are in the table only)` : ""
    }`,
  };
}

/** "Senior ML engineer…" → "senior ML engineer…", but "ML engineer…" stays: an acronym keeps its capitals. */
export function lowerFirstWord(text: string): string {
  const first = text.split(" ")[0] ?? "";
  return first.length > 1 && first === first.toUpperCase() ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

function chartBars(rows: readonly DisplayRow<Band>[], filters: BandFilters, currency: string, { labels, rates }: ExplorerData): RangeBar[] {
  const byCompany = filters.group === "company";
  const group = (band: Band) =>
    byCompany
      ? band.company
        ? valueLabel("company", band.company, labels)
        : "No company named"
      : band.level
        ? valueLabel("level", band.level, labels)
        : "Level not stated";
  const groupOrder = (band: Band) => (byCompany ? (band.company ?? "\uffff") : String(labels.levels.get(band.level ?? "")?.rank ?? 99).padStart(2, "0"));
  return [...rows]
    .sort((a, b) => groupOrder(a.band).localeCompare(groupOrder(b.band)))
    .map(({ band, range, converted }): RangeBar => {
      const shown = range.currency === currency ? range : convertRange(range, currency, rates.table);
      return {
        id: band.id,
        label: [
          band.company ? valueLabel("company", band.company, labels) : locationLabel(band, labels),
          byCompany && band.level ? valueLabel("level", band.level, labels) : null,
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
}
