/**
 * The one small-sample rule of the site, for survey records and official filings alike: fewer
 * than MIN_RANKED_SAMPLE values in a cell give their count and no percentiles, histogram or rank,
 * since a "median" of seven numbers says little about anyone's pay.
 */
export const MIN_RANKED_SAMPLE = 10;

/** "too few to rank: n = 7, need 10", or null when n is enough. */
export function tooFewToRank(n: number): string | null {
  return n < MIN_RANKED_SAMPLE ? `too few to rank: n = ${n}, need ${MIN_RANKED_SAMPLE}` : null;
}
