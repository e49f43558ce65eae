import { assert, MESSAGES } from "./checks";
import { assertValidRange } from "./range-checks";
import type { MoneyRange, Period } from "./types";

/** How much of a year a day or an hour of paid work stands for. */
export interface WorkAssumptions {
  workingDaysPerYear: number;
  workingHoursPerYear: number;
}

/**
 * 220 working days: 52 weeks of 5 days, less about 25 days of leave and 15 public holidays,
 * which is also the number of billable days contractors usually plan for. 1,760 hours is those
 * 220 days at 8 hours. With them a freelance day rate sits next to a salary on the same scale:
 * $800/day is $176,000/year, before the freelancer's unpaid leave, benefits and idle days, which
 * these numbers deliberately leave out.
 */
export const DEFAULT_WORK_ASSUMPTIONS: Readonly<WorkAssumptions> = Object.freeze({
  workingDaysPerYear: 220,
  workingHoursPerYear: 1760,
});

function periodsPerYear(period: Period, assumptions: Partial<WorkAssumptions>): number {
  const { workingDaysPerYear, workingHoursPerYear } = { ...DEFAULT_WORK_ASSUMPTIONS, ...assumptions };
  assert(
    [workingDaysPerYear, workingHoursPerYear].every((count) => Number.isFinite(count) && count > 0),
    MESSAGES.WORK_ASSUMPTION_INVALID,
  );
  const perYear: Record<Period, number> = { year: 1, month: 12, day: workingDaysPerYear, hour: workingHoursPerYear };
  return perYear[period];
}

/** The yearly equivalent of an amount paid per `period` (full precision, no rounding). */
export function annualizeAmount(amount: number, period: Period, assumptions: Partial<WorkAssumptions> = {}): number {
  assert(Number.isFinite(amount), `${MESSAGES.AMOUNT_NOT_FINITE}: ${amount}`);
  return amount * periodsPerYear(period, assumptions);
}

/**
 * The range per year. A range whose period is not stated (null) is refused rather than guessed:
 * an article's "$110,000" is almost surely yearly, but "$800" is not, and the caller knows which
 * one it holds. Say so with `assumePeriod(range, "year")`.
 */
export function annualize(range: MoneyRange, assumptions: Partial<WorkAssumptions> = {}): MoneyRange {
  assertValidRange(range);
  const { period } = range;
  assert(period !== null, MESSAGES.PERIOD_UNSTATED);
  const annual = (amount: number | null) => (amount === null ? null : annualizeAmount(amount, period, assumptions));
  return { ...range, min: annual(range.min), max: annual(range.max), period: "year" };
}

/** The range with `period` filled in where the text stated none; a stated period is kept. */
export function assumePeriod(range: MoneyRange, period: Period): MoneyRange {
  return { ...range, period: range.period ?? period };
}
