import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { convertAmount, convertRange } from "@/lib/salary-model";
import type { MoneyRange, RateTable } from "@/lib/salary-model";

const RATES: RateTable = { date: "2025-06-30", rates: { USD: 1, EUR: 0.8, GBP: 0.75, INR: 85, PKR: 280 } };

describe("convertAmount", () => {
  it("converts through the dollar", () => {
    expect(convertAmount(100, "USD", "EUR", RATES)).toBe(80);
    expect(convertAmount(85, "INR", "USD", RATES)).toBe(1);
    expect(convertAmount(75, "GBP", "EUR", RATES)).toBe(80);
  });

  it("keeps full precision instead of rounding", () => {
    expect(convertAmount(1, "USD", "INR", { date: "d", rates: { INR: 85.123456 } })).toBe(85.123456);
    expect(convertAmount(1, "PKR", "USD", RATES)).toBe(1 / 280);
  });

  it("returns the amount unchanged within one currency, even one the table lacks", () => {
    expect(convertAmount(42, "CHF", "CHF", RATES)).toBe(42);
  });

  it("reads a table without a USD entry as USD = 1", () => {
    expect(convertAmount(100, "USD", "EUR", { date: "d", rates: { EUR: 0.9 } })).toBe(90);
  });

  it("names an unknown currency and the table's date", () => {
    expect(() => convertAmount(1, "USD", "XYZ", RATES)).toThrow('Unknown currency, the rate table has no rate for it: "XYZ" (rates of 2025-06-30)');
  });

  it("refuses a rate that is zero, negative or not finite", () => {
    expect(() => convertAmount(1, "USD", "EUR", { date: "d", rates: { EUR: 0 } })).toThrow("Exchange rates must be finite and positive: EUR = 0");
    expect(() => convertAmount(1, "USD", "EUR", { date: "d", rates: { EUR: Number.NaN } })).toThrow("finite and positive");
  });

  it("refuses an amount that is not finite", () => {
    expect(() => convertAmount(Number.NaN, "USD", "EUR", RATES)).toThrow("Amounts must be finite numbers: NaN");
  });

  it("returns the amount within a cent after converting there and back", () => {
    const codes = fc.constantFrom("USD", "EUR", "GBP", "INR", "PKR", "JPY");
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        codes,
        codes,
        fc.double({ min: 1e-3, max: 1e5, noNaN: true }),
        (amount, from, to, jpyRate) => {
          const table: RateTable = { date: "d", rates: { ...RATES.rates, JPY: jpyRate } };
          const back = convertAmount(convertAmount(amount, from, to, table), to, from, table);
          expect(Math.abs(back - amount)).toBeLessThan(0.01);
        },
      ),
    );
  });
});

describe("convertRange", () => {
  const range: MoneyRange = { currency: "USD", min: 100000, max: 150000, openEnded: true, period: "year" };

  it("converts both ends and keeps openEnded and period", () => {
    expect(convertRange(range, "EUR", RATES)).toEqual({ currency: "EUR", min: 80000, max: 120000, openEnded: true, period: "year" });
  });

  it("leaves a missing end missing", () => {
    expect(convertRange({ ...range, min: null, openEnded: false }, "GBP", RATES)).toEqual({
      currency: "GBP",
      min: null,
      max: 112500,
      openEnded: false,
      period: "year",
    });
  });

  it("refuses a range whose currency is not stated", () => {
    expect(() => convertRange({ ...range, currency: null }, "EUR", RATES)).toThrow("Cannot convert a range whose currency is not stated (null)");
  });

  it("refuses an invalid range", () => {
    expect(() => convertRange({ ...range, min: 2, max: 1 }, "EUR", RATES)).toThrow("min must not exceed its max");
  });
});
