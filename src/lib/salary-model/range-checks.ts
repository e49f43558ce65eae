import { assert, MESSAGES } from "./checks";
import { PERIODS } from "./types";
import type { MoneyRange } from "./types";

const CURRENCY_CODE = /^[A-Z]{3}$/;

export function isCurrencyCode(code: string): boolean {
  return CURRENCY_CODE.test(code);
}

export function isValidAmount(amount: number): boolean {
  return Number.isFinite(amount) && amount >= 0;
}

/** Throws, naming the broken rule, unless `range` has one of the shapes `MoneyRange` allows. */
export function assertValidRange(range: MoneyRange): void {
  const { min, max } = range;
  assert(min !== null || max !== null, MESSAGES.RANGE_WITHOUT_BOUNDS);
  assert([min, max].every((amount) => amount === null || isValidAmount(amount)), MESSAGES.RANGE_AMOUNT_INVALID);
  assert(min === null || max === null || min <= max, MESSAGES.RANGE_MIN_ABOVE_MAX);
  assert(max !== null || range.openEnded, MESSAGES.RANGE_MIN_ONLY_CLOSED);
  assert(range.currency === null || isCurrencyCode(range.currency), MESSAGES.RANGE_CURRENCY_INVALID);
  assert(range.period === null || PERIODS.includes(range.period), MESSAGES.RANGE_PERIOD_INVALID);
}

/** Ranges are only compared or merged in the same currency and per the same period. */
export function assertComparable(a: MoneyRange, b: MoneyRange): void {
  assertValidRange(a);
  assertValidRange(b);
  assert(a.currency === b.currency, `${MESSAGES.CURRENCY_MISMATCH}: ${a.currency} vs ${b.currency}`);
  assert(a.period === b.period, `${MESSAGES.PERIOD_MISMATCH}: ${a.period} vs ${b.period}`);
}
