/** The unit of time a stated amount is paid per. */
export type Period = "year" | "month" | "day" | "hour";

export const PERIODS: readonly Period[] = ["year", "month", "day", "hour"];

/**
 * A pay range as an article states it, in whole currency units (dollars, not cents).
 *
 * - `currency`: ISO 4217 code, or null when the text names none.
 * - `min` / `max`: the stated bounds; null when the text states none ("up to £130k" has no min).
 * - `openEnded`: the "+": pay goes beyond `max` (beyond `min` when `max` is null).
 * - `period`: what the amount is paid per, or null when the text does not say.
 *
 * Valid shapes (see `assertValidRange`): both bounds with min <= max, open or not; a min alone,
 * which is always open ("$250k+"); a max alone ("up to £130k", or "up to £130k+" when it came
 * from merging an open range).
 */
export interface MoneyRange {
  currency: string | null;
  min: number | null;
  max: number | null;
  openEnded: boolean;
  period: Period | null;
}
