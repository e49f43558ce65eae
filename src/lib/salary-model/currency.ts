import { assert, MESSAGES } from "./checks";
import { assertValidRange } from "./range-checks";
import type { MoneyRange } from "./types";

/**
 * Exchange rates on one date: `rates[code]` is how many units of that currency one US dollar
 * buys (USD is 1; a table without a USD entry is read as having USD = 1). The table is passed
 * in, never fetched: this module does no I/O.
 */
export interface RateTable {
  date: string;
  rates: Readonly<Record<string, number>>;
}

function rateOf(code: string, table: RateTable): number {
  const rate = table.rates[code] ?? (code === "USD" ? 1 : undefined);
  assert(rate !== undefined, `${MESSAGES.CURRENCY_UNKNOWN}: "${code}" (rates of ${table.date})`);
  assert(Number.isFinite(rate) && rate > 0, `${MESSAGES.RATE_INVALID}: ${code} = ${rate}`);
  return rate;
}

/**
 * Converts `amount` from one currency to another through USD.
 *
 * Full precision is kept: the result is not rounded, so converting there and back returns the
 * amount to within a cent. Rounding to whole units happens only when formatting.
 */
export function convertAmount(amount: number, from: string, to: string, table: RateTable): number {
  assert(Number.isFinite(amount), `${MESSAGES.AMOUNT_NOT_FINITE}: ${amount}`);
  if (from === to) return amount;
  return (amount / rateOf(from, table)) * rateOf(to, table);
}

/** Converts both ends of `range` (full precision), keeping `openEnded` and `period`. */
export function convertRange(range: MoneyRange, to: string, table: RateTable): MoneyRange {
  assertValidRange(range);
  const from = range.currency;
  assert(from !== null, MESSAGES.CONVERT_UNKNOWN_CURRENCY);
  const convert = (amount: number | null) => (amount === null ? null : convertAmount(amount, from, to, table));
  return { ...range, currency: to, min: convert(range.min), max: convert(range.max) };
}
