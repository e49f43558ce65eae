import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatAmount, formatCount, formatRange, formatStatistic, KNOWN_CURRENCIES, MESSAGES, parseMoneyRange, PERIODS } from "@/lib/salary-model";
import type { MoneyRange, Period } from "@/lib/salary-model";

describe("formatAmount", () => {
  it("writes whole dollars with grouping", () => {
    expect(formatAmount(110000, "USD")).toBe("$110,000");
  });

  it("rounds to whole units in full form", () => {
    expect(formatAmount(112345.67, "USD")).toBe("$112,346");
  });

  it("writes thousands as k and millions as M with at most one decimal in compact form", () => {
    expect(formatAmount(112500, "USD", { compact: true })).toBe("$112.5k");
    expect(formatAmount(112549, "USD", { compact: true })).toBe("$112.5k");
    expect(formatAmount(1500000, "USD", { compact: true })).toBe("$1.5M");
    expect(formatAmount(120000, "USD", { compact: true })).toBe("$120k");
  });

  it("moves up a unit when rounding reaches it", () => {
    expect(formatAmount(999960, "USD", { compact: true })).toBe("$1M");
    expect(formatAmount(99999, "INR", { compact: true })).toBe("₹1L");
  });

  it("keeps amounts under a thousand whole in compact form", () => {
    expect(formatAmount(800, "USD", { compact: true })).toBe("$800");
  });

  it("writes Indian rupees in lakh and crore", () => {
    expect(formatAmount(800000, "INR")).toBe("₹8,00,000");
    expect(formatAmount(800000, "INR", { compact: true })).toBe("₹8L");
    expect(formatAmount(12000000, "INR", { compact: true })).toBe("₹1.2Cr");
    expect(formatAmount(50000, "INR", { compact: true })).toBe("₹50k");
  });

  it("uses each currency's symbol as Intl writes it", () => {
    expect(formatAmount(70000, "EUR", { compact: true })).toBe("€70k");
    expect(formatAmount(100000, "CAD", { compact: true })).toBe("CA$100k");
    expect(formatAmount(100000, "AUD", { compact: true })).toBe("A$100k");
    expect(formatAmount(50000, "PKR")).toBe("PKR\u00A050,000");
    expect(formatAmount(60000, "GBP")).toBe("£60,000");
  });

  it("writes a plain number when the currency is not known", () => {
    expect(formatAmount(120000, null)).toBe("120,000");
    expect(formatAmount(120000, null, { compact: true })).toBe("120k");
  });

  it("adds the period unless it is a year", () => {
    expect(formatAmount(75, "USD", { period: "hour" })).toBe("$75/hr");
    expect(formatAmount(800, "USD", { period: "day" })).toBe("$800/day");
    expect(formatAmount(8000, "USD", { period: "month" })).toBe("$8,000/mo");
    expect(formatAmount(80000, "USD", { period: "year" })).toBe("$80,000");
    expect(formatAmount(80000, "USD", { period: "year", showYearSuffix: true })).toBe("$80,000/yr");
  });

  it("refuses negative, infinite and NaN amounts", () => {
    expect(() => formatAmount(-1, "USD")).toThrow("Amounts to format must be finite, non-negative numbers: -1");
    expect(() => formatAmount(Number.POSITIVE_INFINITY, "USD")).toThrow("finite, non-negative");
    expect(() => formatAmount(Number.NaN, "USD")).toThrow("finite, non-negative");
  });

  it("refuses a currency that is not a three-letter code", () => {
    expect(() => formatAmount(1, "dollars")).toThrow('Currency codes are three capital letters (ISO 4217): "dollars"');
  });
});

describe("formatCount", () => {
  it("writes a count with en-US grouping: 38,575", () => {
    expect(formatCount(38575)).toBe("38,575");
    expect(formatCount(0)).toBe("0");
    expect(formatCount(1_234_567)).toBe("1,234,567");
  });

  it("writes every count as en-US toLocaleString does", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => formatCount(n) === n.toLocaleString("en-US")));
  });

  it("refuses a count that is not a whole number", () => {
    expect(() => formatCount(1.5)).toThrow(MESSAGES.COUNT_INVALID);
    expect(() => formatCount(Number.NaN)).toThrow(MESSAGES.COUNT_INVALID);
  });
});

describe("formatRange", () => {
  const usd = (min: number | null, max: number | null, openEnded = false, period: Period | null = null): MoneyRange => ({
    currency: "USD",
    min,
    max,
    openEnded,
    period,
  });

  it("joins the ends with an en dash and no spaces", () => {
    expect(formatRange(usd(120000, 150000))).toBe("$120,000–$150,000");
    expect(formatRange(usd(120000, 150000), { compact: true })).toBe("$120k–$150k");
  });

  it("writes a plus after an open-ended range", () => {
    expect(formatRange(usd(200000, 250000, true), { compact: true })).toBe("$200k–$250k+");
    expect(formatRange(usd(250000, null, true), { compact: true })).toBe("$250k+");
  });

  it("writes a range without a min as up to its max", () => {
    expect(formatRange({ currency: "GBP", min: null, max: 130000, openEnded: false, period: null }, { compact: true })).toBe("up to £130k");
  });

  it("writes one amount when both ends print the same", () => {
    expect(formatRange(usd(110000, 110000))).toBe("$110,000");
    expect(formatRange(usd(110000, 110000.4))).toBe("$110,000");
  });

  it("writes Indian ranges in lakh", () => {
    expect(formatRange({ currency: "INR", min: 800000, max: 1500000, openEnded: false, period: "year" }, { compact: true })).toBe("₹8L–₹15L");
  });

  it("puts the period after the plus", () => {
    expect(formatRange(usd(800, 1500, true, "day"))).toBe("$800–$1,500+/day");
    expect(formatRange(usd(75, 75, false, "hour"))).toBe("$75/hr");
  });

  it("refuses an invalid range", () => {
    expect(() => formatRange(usd(null, null))).toThrow("A money range needs a min or a max");
    expect(() => formatRange(usd(2, 1))).toThrow("A range's min must not exceed its max");
    expect(() => formatRange(usd(1, null))).toThrow("must be open-ended");
    expect(() => formatRange(usd(-1, 1))).toThrow("Range amounts must be finite, non-negative numbers");
    expect(() => formatRange({ ...usd(1, 2), currency: "usd" })).toThrow("three-letter ISO 4217 code or null");
    expect(() => formatRange({ ...usd(1, 2), period: "week" as Period })).toThrow("year, month, day, hour or null");
  });
});

// Amounts that the compact form writes exactly: whole units under 1,000, tenths of the unit above.
function compactAmount(currency: string | null): fc.Arbitrary<number> {
  const small = currency === null ? fc.constant(1000) : fc.integer({ min: 0, max: 999 });
  const thousands = fc.integer({ min: 10, max: currency === "INR" ? 999 : 9999 }).map((tenths) => tenths * 100);
  const large =
    currency === "INR"
      ? fc.oneof(
          fc.integer({ min: 10, max: 999 }).map((tenths) => tenths * 10_000),
          fc.integer({ min: 10, max: 9999 }).map((tenths) => tenths * 1_000_000),
        )
      : fc.integer({ min: 10, max: 9999 }).map((tenths) => tenths * 100_000);
  return fc.oneof(small, thousands, large);
}

// Currency-less amounts below 1,000 with no period read as counts, not money (see parseMoneyRange).
function fullAmount(currency: string | null): fc.Arbitrary<number> {
  return fc.integer({ min: currency === null ? 1000 : 0, max: 1_000_000_000 });
}

function rangeOf(currency: string | null, amount: fc.Arbitrary<number>): fc.Arbitrary<MoneyRange> {
  const period = fc.constantFrom<Period | null>(null, ...PERIODS);
  const bounds = fc.tuple(amount, amount).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
  return fc.oneof(
    // both ends; one-point ranges are closed (an open one is written "$X+", a min alone)
    fc.tuple(bounds, fc.boolean(), period).map(([[min, max], open, p]) => ({ currency, min, max, openEnded: open && min < max, period: p })),
    fc.tuple(amount, period).map(([min, p]) => ({ currency, min, max: null, openEnded: true, period: p })),
    fc.tuple(amount, fc.boolean(), period).map(([max, open, p]) => ({ currency, min: null, max, openEnded: open, period: p })),
  );
}

const currencies = fc.constantFrom<string | null>(null, ...KNOWN_CURRENCIES);

describe("formatRange and parseMoneyRange", () => {
  it("round-trip every whole-unit range in full form", () => {
    fc.assert(
      fc.property(
        currencies.chain((currency) => rangeOf(currency, fullAmount(currency))),
        (range) => {
          expect(parseMoneyRange(formatRange(range, { showYearSuffix: true }))).toEqual(range);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("round-trip every range the compact form writes exactly", () => {
    fc.assert(
      fc.property(
        currencies.chain((currency) => rangeOf(currency, compactAmount(currency))),
        (range) => {
          expect(parseMoneyRange(formatRange(range, { compact: true, showYearSuffix: true }))).toEqual(range);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("read a yearly range written without its suffix as having no stated period", () => {
    const range: MoneyRange = { currency: "USD", min: 120000, max: 150000, openEnded: false, period: "year" };
    expect(parseMoneyRange(formatRange(range))).toEqual({ ...range, period: null });
  });

  it("read any compact form back as the amount it shows", () => {
    fc.assert(
      fc.property(
        currencies.chain((currency) => rangeOf(currency, fullAmount(currency))),
        (range) => {
          const shown = formatRange(range, { compact: true, showYearSuffix: true });
          const read = parseMoneyRange(shown);
          expect(read === null ? null : formatRange(read, { compact: true, showYearSuffix: true })).toBe(shown);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("formatStatistic", () => {
  it("writes a figure as an amount, a top-coded one as at least it, and no figure as null", () => {
    // BLS OEWS May 2024, 15-2051 median, and the top-code of May 2022-2024 (data/official/oews/README.md).
    expect(formatStatistic({ value: 112_590, topCoded: false }, "USD")).toBe("$112,590");
    expect(formatStatistic({ value: 239_200, topCoded: true }, "USD")).toBe("≥ $239,200");
    expect(formatStatistic({ value: 239_200, topCoded: true }, "USD", { compact: true })).toBe("≥ $239.2k");
    expect(formatStatistic({ value: null, topCoded: false }, "USD")).toBeNull();
  });
});
