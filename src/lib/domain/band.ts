/**
 * A salary claim as the whole site sees it: the store returns it, pages, the API, the explorer
 * and the estimator read it. Values are vocabulary ids; amounts are whole units of `currency`
 * per `period`, as the source stated them.
 */

/** Whether a figure is base salary or total pay (base plus bonus and equity). */
export const BASES = ["base", "total"] as const;
export type Basis = (typeof BASES)[number];

/** A band states a range ("$150k-$200k") or a single average ("an average of $120,000"). */
export const MEASURES = ["range", "average"] as const;

/** The dimensions a band is filtered and grouped by. */
export const BAND_DIMENSIONS = ["country", "level", "company", "industry", "city", "role", "basis", "source"] as const;
export type BandDimension = (typeof BAND_DIMENSIONS)[number];

/** A band's value for a dimension it does not name ("worldwide", no company named). */
export const NONE = "none";

/** Why a claim is kept but doubted: `implausible`, `ambiguous-currency`, `interpreted`, ... */
export interface ClaimFlag {
  code: string;
  reason: string;
}

export interface SourceRef {
  id: string;
  title: string;
}

export interface Band {
  id: string;
  role: string;
  level: string | null;
  yearsMin: number | null;
  yearsMax: number | null;
  country: string | null;
  city: string | null;
  company: string | null;
  industry: string | null;
  basis: string;
  measure: string;
  /** "year", "month", "day" or "hour" (salary-model's Period). */
  period: string;
  currency: string;
  min: number | null;
  max: number | null;
  openEnded: boolean;
  average: number | null;
  flags: ClaimFlag[];
  source: SourceRef;
  /** The sentence the numbers were quoted from, verbatim. */
  quote: string;
  /** The exact part of the quote that holds the numbers. */
  amountPhrase: string;
  note: string | null;
}
