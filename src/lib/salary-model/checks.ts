/**
 * Rule checks, dinero.js style: `assert(condition, MESSAGE)` with the messages kept here as
 * constants, so callers and tests name the same rule. Messages that need a value (a currency
 * code, a factor kind) are completed at the call site after a colon.
 */

export const MESSAGES = {
  RANGE_WITHOUT_BOUNDS: "A money range needs a min or a max",
  RANGE_AMOUNT_INVALID: "Range amounts must be finite, non-negative numbers",
  RANGE_MIN_ABOVE_MAX: "A range's min must not exceed its max",
  RANGE_MIN_ONLY_CLOSED: "A range with a min and no max must be open-ended (it reads \"$X+\")",
  RANGE_CURRENCY_INVALID: "A range's currency must be a three-letter ISO 4217 code or null",
  RANGE_PERIOD_INVALID: "A range's period must be year, month, day, hour or null",
  CURRENCY_MISMATCH: "Ranges in different currencies cannot be combined; convert them first",
  PERIOD_MISMATCH: "Ranges with different periods cannot be combined; annualize them first",
  ENVELOPE_EMPTY: "An envelope needs at least one range",
  PERCENT_OF_ZERO: "A percent difference relative to a zero midpoint is undefined",
  AMOUNT_NOT_FINITE: "Amounts must be finite numbers",
  AMOUNT_INVALID: "Amounts to format must be finite, non-negative numbers",
  COUNT_INVALID: "Counts to format must be whole numbers",
  CURRENCY_CODE_INVALID: "Currency codes are three capital letters (ISO 4217)",
  CURRENCY_UNKNOWN: "Unknown currency, the rate table has no rate for it",
  RATE_INVALID: "Exchange rates must be finite and positive",
  CONVERT_UNKNOWN_CURRENCY: "Cannot convert a range whose currency is not stated (null)",
  PERIOD_UNSTATED:
    "Cannot annualize a range whose period is not stated; choose one explicitly with assumePeriod(range, \"year\") first",
  WORK_ASSUMPTION_INVALID: "Working days and hours per year must be finite and positive",
  FACTOR_INVALID: "A factor's percentages must be finite, with -100 <= lowPct <= highPct",
  FACTOR_KIND_REPEATED: "A factor kind can be applied only once",
  FACTOR_NOT_BONUS_SHARE: "totalPayFromBase needs a factor of kind \"bonus-share\"",
  VALUES_EMPTY: "Statistics need at least one value",
  VALUES_NOT_FINITE: "Statistics need finite numbers",
  PERCENTILE_OUT_OF_RANGE: "A percentile must be between 0 and 100",
  VALUES_NOT_ASCENDING: "summarizeSorted needs finite values in ascending order",
  INTERQUARTILE_NOT_CLOSED: "An interquartile range states both p25 and p75 and is not open-ended",
} as const;

export function assert(condition: boolean, message: string): asserts condition {
  if (!condition) {
    throw new Error(message);
  }
}
