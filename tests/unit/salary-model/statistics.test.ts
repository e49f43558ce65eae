import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { percentile, summarize, summarizeSorted } from "@/lib/salary-model";

describe("percentile", () => {
  it("interpolates linearly between order statistics (NumPy's default, R type 7)", () => {
    // numpy.percentile([1, 2, 3, 4], [0, 25, 50, 75, 90, 100]) -> [1, 1.75, 2.5, 3.25, 3.7, 4]
    expect([0, 25, 50, 75, 100].map((p) => percentile([1, 2, 3, 4], p))).toEqual([1, 1.75, 2.5, 3.25, 4]);
    expect(percentile([1, 2, 3, 4], 90)).toBeCloseTo(3.7, 12);
  });

  it("sorts a copy and leaves the input as it was", () => {
    const values = [140000, 100000, 120000];
    expect(percentile(values, 50)).toBe(120000);
    expect(values).toEqual([140000, 100000, 120000]);
  });

  it("of one value is that value", () => {
    expect(percentile([110000], 90)).toBe(110000);
  });

  it("refuses an empty list", () => {
    expect(() => percentile([], 50)).toThrow("Statistics need at least one value");
  });

  it("refuses p outside 0 to 100, including fractions meant as 0 to 1 and NaN", () => {
    expect(() => percentile([1], 101)).toThrow("A percentile must be between 0 and 100, got 101");
    expect(() => percentile([1], -1)).toThrow("between 0 and 100");
    expect(() => percentile([1], Number.NaN)).toThrow("between 0 and 100");
  });

  it("refuses values that are not finite", () => {
    expect(() => percentile([1, Number.NaN], 50)).toThrow("Statistics need finite numbers");
  });

  it("rises with p and stays within [min, max]", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e300, max: 1e300, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (values, p, q) => {
          const [low, high] = p <= q ? [p, q] : [q, p];
          const atLow = percentile(values, low);
          const atHigh = percentile(values, high);
          expect(atLow).toBeLessThanOrEqual(atHigh);
          expect(atLow).toBeGreaterThanOrEqual(Math.min(...values));
          expect(atHigh).toBeLessThanOrEqual(Math.max(...values));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("summarize", () => {
  it("gives n, min, p10, p25, median, p75, p90, max and mean", () => {
    expect(summarize([60000, 100000, 90000, 150000, 120000])).toEqual({
      n: 5,
      min: 60000,
      p10: 72000,
      p25: 90000,
      p50: 100000,
      p75: 120000,
      p90: 138000,
      max: 150000,
      mean: 104000,
    });
  });

  it("of one value gives that value for every statistic", () => {
    expect(summarize([110000])).toEqual({ n: 1, min: 110000, p10: 110000, p25: 110000, p50: 110000, p75: 110000, p90: 110000, max: 110000, mean: 110000 });
  });

  it("of no values is null", () => {
    expect(summarize([])).toBeNull();
  });

  it("does not change its input", () => {
    const values = [3, 1, 2];
    summarize(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("summarizeSorted", () => {
  it("gives what summarize gives, for values already ascending", () => {
    expect(summarizeSorted([60000, 90000, 100000, 120000, 150000])).toEqual(summarize([60000, 100000, 90000, 150000, 120000]));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 50 }), (values) => {
        expect(summarizeSorted(values.toSorted((a, b) => a - b))).toEqual(summarize(values));
      }),
    );
  });

  it("is null for no values", () => {
    expect(summarizeSorted([])).toBeNull();
  });

  it("refuses values out of order or not finite", () => {
    expect(() => summarizeSorted([2, 1])).toThrow("summarizeSorted needs finite values in ascending order");
    expect(() => summarizeSorted([1, Number.NaN])).toThrow("ascending order");
  });
});
