import type { Histogram, PercentileRank } from "./position";

/**
 * What the store hands over about the official sources: the shapes the pages and APIs read
 * (docs/decisions/014-official-sources.md, "Query API"). Annual USD throughout.
 */

/** One BLS figure: a number, "≥ value" when top-coded (BLS "#"), or not available (BLS "*", "**"). */
export interface OfficialFigure {
  value: number | null;
  /** BLS "#": the true figure is at or above `value`, the year's top-code; show "≥ $239,200". */
  topCoded: boolean;
  /** BLS "*" or "**": not published. */
  notAvailable: boolean;
}

export interface OccupationWages {
  /** The SOC occupation the role maps to, with why (data/official/role-occupations.json). */
  soc: string;
  reason: string;
  /** The published occupation the figures are of: `soc` itself, or May 2020's combined code. */
  occCode: string;
  occTitle: string;
  /** Set when May 2020's combined code stands for `soc` (data/official/oews/codes-2020.json). */
  combined2020: { code: string; title: string; caveat: string } | null;
  requestedYear: number | null;
  /** The May reference year used: the one asked for, or the nearest that has the occupation. */
  year: number;
  nearestYear: boolean;
  /** Employment (OEWS tot_emp); null when BLS marks it "**". */
  n: number | null;
  mean: OfficialFigure;
  p10: OfficialFigure;
  p25: OfficialFigure;
  median: OfficialFigure;
  p75: OfficialFigure;
  p90: OfficialFigure;
  sourceId: string | null;
}

export interface FilingsQuery {
  company?: string | null;
  role?: string | null;
  level?: string | null;
  state?: string | null;
  /** A SOC code (O*NET suffixes are dropped when matching). */
  soc?: string | null;
}

export interface FilingsSummary {
  query: FilingsQuery;
  /** FY2024Q1, … : the disclosure periods in the store. */
  periods: string[];
  n: number;
  /** Annual offered wage (the low end of its range). Null with `reason` under MIN_RANKED_SAMPLE filings. */
  offered: { min: number; p25: number; median: number; p75: number; max: number } | null;
  prevailingMedian: number | null;
  reason: string | null;
  /** Of the matching filings, how many have no company / role / level in the site's vocabulary (shown as filed). */
  unmapped: { company: number; role: number; level: number };
  histogram: Histogram;
  rank: PercentileRank | null;
  sourceId: string | null;
}

/** One year of a trend: n, median and a spread (P25–P75 for records, P10–P90 for OEWS); null figures with `reason` when too few or not published. */
export interface TrendPoint {
  year: number;
  n: number | null;
  median: OfficialFigure;
  low: OfficialFigure;
  high: OfficialFigure;
  reason: string | null;
}

export interface Trends {
  records: { role: string; level: string | null; country: string | null; spread: "p25-p75"; points: TrendPoint[]; sourceId: string | null };
  oews: { soc: string; occTitle: string; reason: string; spread: "p10-p90"; points: (TrendPoint & { occCode: string; caveat: string | null })[]; sourceId: string | null }[];
}
