import type { Summary } from "@/lib/salary-model";

/**
 * What the store hands over about the survey records: the shapes the pages, the API and the
 * components read. Pure, so that components never import the data layer for a type.
 */

/** How values are computed; returned by the API and said on the page. */
export const PERCENTILE_METHOD =
  "Linear interpolation between order statistics (R type 7, NumPy's default) over one value per observation: " +
  "the midpoint of its salary_in_usd range. A pair of rows for one posting (its low and high end) is one observation.";

export interface ValueCount {
  value: string;
  /** Observations with this value. */
  count: number;
}

export interface GroupSummary {
  /** The grouping column's value as stored: "senior", "2024", "US", "FT", "100", "M". */
  key: string;
  summary: Summary;
}

export interface RecordsSummary {
  overall: Summary | null;
  /** Largest group first. */
  groups: GroupSummary[];
}

/** The records of one of the site's slices (role, level, company country, year), in USD a year. */
export interface SliceSummary {
  n: number;
  p25: number;
  p50: number;
  p75: number;
  currency: "USD";
  /** The survey titles that matched, alphabetically. */
  titles: string[];
}

export interface RecordImportInfo {
  datasetId: string;
  file: string;
  importedAt: Date;
  rowsRead: number;
  pairs: number;
  observations: number;
  added: number;
  source: { id: string; title: string; licence: string; url: string | null } | null;
}
