import { sourceHref, type VocabularyLabels } from "@/lib/domain";
import { countryName, RECORD_LEVELS } from "@/lib/records/codes";
import { ROLE_TITLES } from "@/lib/records/role-titles";
import { formatCount, formatStatistic } from "@/lib/salary-model";
import type { OfficialFigure, TrendPoint, Trends } from "./types";

/**
 * What /trends shows, from the store's Trends (queries/official.ts trendsFor): one series for the
 * survey records and one per mapped OEWS occupation, each year with its n, median and spread as
 * text, the figures the chart draws, and every caveat in words. Pure.
 */

export interface TrendsContext {
  roleName: string;
  /** The level's and the country's names, null for "any". */
  levelName: string | null;
  countryName: string | null;
  /** Source titles by id, to name each series' source. */
  sourceTitles: ReadonlyMap<string, string>;
}

interface TrendRow {
  year: number;
  /** n as written: records counted, or BLS's employment estimate; "not published" when BLS gives none. */
  n: string;
  /** Figures as written ("$112,590", "≥ $239,200"), or "—" with `reason` saying why. */
  median: string;
  low: string;
  high: string;
  /** The high end is BLS's top-code: the true figure is at or above it. */
  highTopCoded: boolean;
  /** Why figures are missing: "too few to rank: n = 5, need 10", "not published by BLS". */
  reason: string | null;
  /** May 2020's combined code standing in for a later one, with its caveat. */
  caveat: string | null;
  /** The occupation code the figures are of (OEWS), which differs from the series' code in 2020. */
  occCode: string | null;
}

export interface TrendSeries {
  /** Stable and unique in the view: "records", "oews-15-2051". */
  key: string;
  kind: "records" | "oews";
  /** "Survey records" or "OEWS 15-2051 Data Scientists". */
  label: string;
  lowName: "P25" | "P10";
  highName: "P75" | "P90";
  /** What n counts for this series. */
  nMeaning: string;
  /** What the series is: the survey titles it reads, or why the role maps to the occupation (a judgement). */
  about: string;
  source: { id: string; title: string; href: string } | null;
  rows: TrendRow[];
  /** Why the series has no year at all, when it has none. */
  empty: string | null;
}

/** One chart row per year: `<key>:median` and `<key>:spread` ([low, high]) per series, null where missing. */
type TrendChartRow = { year: number } & Record<string, number | [number, number] | null>;

export interface TrendsChart {
  rows: TrendChartRow[];
  /** Spread edges that are BLS's top-code, drawn with "≥". */
  atLeast: { key: string; year: number; value: number }[];
  /** Every number the chart draws, for its domain. */
  values: number[];
  /** The chart in words, for its <desc>. */
  description: string;
}

export interface TrendsPageView {
  title: string;
  description: string;
  series: TrendSeries[];
  chart: TrendsChart | null;
}

/** The /trends form's choices: roles, levels junior up, and the records' company countries by name with their counts. */
export interface TrendsChoices {
  roles: { value: string; label: string }[];
  levels: { value: string; label: string }[];
  countries: { value: string; label: string }[];
}

/** Data only (the vocabulary and the records' counts): built once per data version (queries/form-choices.ts). */
export function trendsChoices(labels: VocabularyLabels, countryCounts: readonly { value: string; count: number }[]): TrendsChoices {
  return {
    roles: [...labels.roles].map(([value, label]) => ({ value, label })),
    levels: [...labels.levels].sort(([, a], [, b]) => a.rank - b.rank).map(([value, { name }]) => ({ value, label: name })),
    countries: countryCounts
      .map(({ value, count }) => ({ value, label: `${countryName(value)} (${formatCount(count)} records)` }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  };
}

const NOT_SHOWN = "—";

function figureText(figure: OfficialFigure): string {
  return formatStatistic(figure, "USD") ?? NOT_SHOWN;
}

function pointRow(point: TrendPoint & { occCode?: string; caveat?: string | null }, kind: TrendSeries["kind"]): TrendRow {
  const missing = point.reason ?? (point.median.value === null ? (kind === "oews" ? "not published by BLS" : "no figures") : null);
  return {
    year: point.year,
    n: point.n === null ? "not published" : formatCount(point.n),
    median: figureText(point.median),
    low: figureText(point.low),
    high: figureText(point.high),
    highTopCoded: point.high.topCoded,
    reason: missing,
    caveat: point.caveat ?? null,
    occCode: point.occCode ?? null,
  };
}

function source(id: string | null, titles: ReadonlyMap<string, string>): TrendSeries["source"] {
  return id === null ? null : { id, title: titles.get(id) ?? id, href: sourceHref(id) };
}

/** Why the survey has nothing for this role and level, when it cannot (null when it could, and simply has no match). */
function recordsGap(trends: Trends, context: TrendsContext): string | null {
  const { role, level } = trends.records;
  if (!ROLE_TITLES[role]) return `The survey has no job titles standing for ${context.roleName}.`;
  if (level !== null && !RECORD_LEVELS.some((l) => l === level)) {
    return `The survey has no level like ${context.levelName ?? level}: its levels are entry, mid, senior and executive (junior, mid, senior and director here).`;
  }
  return null;
}

function recordsSeries(trends: Trends, context: TrendsContext): TrendSeries {
  const titles = ROLE_TITLES[trends.records.role] ?? [];
  const where = [context.levelName ? `level ${context.levelName}` : "every level", context.countryName ? `companies in ${context.countryName}` : "companies anywhere"];
  const rows = trends.records.points.map((p) => pointRow(p, "records"));
  return {
    key: "records",
    kind: "records",
    label: "Survey records",
    lowName: "P25",
    highName: "P75",
    nMeaning: "records (observations) in the year",
    about:
      titles.length > 0
        ? `aijobs.net survey records with the job titles ${titles.join(", ")}; ${where.join(", ")}; by work year; USD a year (each record's midpoint).`
        : "aijobs.net survey records.",
    source: source(trends.records.sourceId, context.sourceTitles),
    rows,
    empty: rows.length > 0 ? null : (recordsGap(trends, context) ?? "No survey record matches these choices."),
  };
}

function oewsSeries(series: Trends["oews"][number], context: TrendsContext): TrendSeries {
  return {
    key: `oews-${series.soc}`,
    kind: "oews",
    label: `OEWS ${series.soc} ${series.occTitle}`,
    lowName: "P10",
    highName: "P90",
    nMeaning: "people employed in the occupation (BLS estimate), not a count of responses",
    about: `Why ${context.roleName} maps to ${series.soc} (a judgement; BLS has no occupation for it): ${series.reason} United States, every level (OEWS has no levels), May of each year; annual wages without bonuses or equity.`,
    source: source(series.sourceId, context.sourceTitles),
    rows: series.points.map((p) => pointRow(p, "oews")),
    empty: series.points.length > 0 ? null : "BLS publishes no estimate for this occupation.",
  };
}

const medianKey = (key: string) => `${key}:median`;
const spreadKey = (key: string) => `${key}:spread`;

function chartOf(trends: Trends, series: readonly TrendSeries[]): TrendsChart | null {
  const sources: { key: string; points: readonly TrendPoint[] }[] = [
    { key: "records", points: trends.records.points },
    ...trends.oews.map((o) => ({ key: `oews-${o.soc}`, points: o.points })),
  ];
  const years = [...new Set(sources.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  const values: number[] = [];
  const atLeast: TrendsChart["atLeast"] = [];
  const rows = years.map((year) => {
    const row: TrendChartRow = { year };
    for (const { key, points } of sources) {
      const point = points.find((p) => p.year === year);
      const median = point?.median.value ?? null;
      const low = point?.low.value ?? null;
      const high = point?.high.value ?? null;
      row[medianKey(key)] = median;
      row[spreadKey(key)] = low !== null && high !== null ? [low, high] : null;
      values.push(...[median, low, high].filter((v) => v !== null));
      if (point?.high.topCoded && high !== null) atLeast.push({ key, year, value: high });
    }
    return row;
  });
  if (values.length === 0) return null;
  const description = series
    .filter((s) => s.rows.length > 0)
    .map(
      (s) =>
        `${s.label}, median and ${s.lowName}–${s.highName}: ` +
        s.rows.map((r) => (r.reason ? `${r.year} ${r.reason}` : `${r.year} ${r.median} (${r.low}–${r.high}, n = ${r.n})`)).join("; "),
    )
    .join(". ");
  return { rows, atLeast, values, description };
}

/** The chart's data keys of a series, shared with the chart component. */
export const trendKeys = (key: string) => ({ median: medianKey(key), spread: spreadKey(key) });

export function trendsPageView(trends: Trends, context: TrendsContext): TrendsPageView {
  const series = [recordsSeries(trends, context), ...trends.oews.map((o) => oewsSeries(o, context))];
  const slice = [context.roleName, context.levelName, context.countryName].filter(Boolean).join(" · ");
  const latest = series.find((s) => s.kind === "records")?.rows.findLast((r) => r.reason === null);
  return {
    title: `Pay over the years: ${slice}`,
    description:
      `Median and middle of pay by year for ${slice}: aijobs.net survey records (P25–P75)` +
      (latest ? `, ${latest.median} in ${latest.year} (n = ${latest.n})` : "") +
      ` beside BLS OEWS wages of the mapped occupations (P10–P90), in USD a year.`,
    series,
    chart: chartOf(trends, series),
  };
}
