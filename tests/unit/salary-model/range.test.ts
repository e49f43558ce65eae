import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertValidRange, envelope, intersection, midpoint, overlaps, percentDifference, width } from "@/lib/salary-model";
import type { MoneyRange } from "@/lib/salary-model";

function usd(min: number | null, max: number | null, openEnded = false): MoneyRange {
  return { currency: "USD", min, max, openEnded, period: "year" };
}

describe("midpoint", () => {
  it("is the middle of the stated bounds", () => {
    expect(midpoint(usd(120000, 150000))).toBe(135000);
    expect(midpoint(usd(200000, 250000, true))).toBe(225000);
  });

  it("is null when a bound is missing", () => {
    expect(midpoint(usd(250000, null, true))).toBeNull();
    expect(midpoint(usd(null, 130000))).toBeNull();
  });
});

describe("width", () => {
  it("is max minus min of a closed range", () => {
    expect(width(usd(120000, 150000))).toBe(30000);
    expect(width(usd(110000, 110000))).toBe(0);
  });

  it("is null for an open-ended range or one without a min", () => {
    expect(width(usd(200000, 250000, true))).toBeNull();
    expect(width(usd(250000, null, true))).toBeNull();
    expect(width(usd(null, 130000))).toBeNull();
  });
});

describe("envelope", () => {
  it("spans from the lowest min to the highest max", () => {
    expect(envelope([usd(120000, 150000), usd(100000, 140000), usd(140000, 180000)])).toEqual(usd(100000, 180000));
  });

  it("is open-ended when any part is", () => {
    expect(envelope([usd(100000, 140000), usd(180000, 250000, true)])).toEqual(usd(100000, 250000, true));
  });

  it("takes an open part's floor as the top when it is the highest stated amount", () => {
    expect(envelope([usd(100000, 200000), usd(250000, null, true)])).toEqual(usd(100000, 250000, true));
  });

  it("has no max when no part states one", () => {
    expect(envelope([usd(250000, null, true), usd(300000, null, true)])).toEqual(usd(250000, null, true));
  });

  it("has no min when a part has none", () => {
    expect(envelope([usd(null, 130000), usd(50000, 60000)])).toEqual(usd(null, 130000));
  });

  it("of one range is that range", () => {
    expect(envelope([usd(1, 2)])).toEqual(usd(1, 2));
  });

  it("handles tens of thousands of ranges", () => {
    const many = Array.from({ length: 200_000 }, (_, i) => usd(i, i + 1));
    expect(envelope(many)).toEqual(usd(0, 200_000));
  });

  it("refuses no ranges, mixed currencies and mixed periods", () => {
    expect(() => envelope([])).toThrow("An envelope needs at least one range");
    expect(() => envelope([usd(1, 2), { ...usd(1, 2), currency: "EUR" }])).toThrow(
      "Ranges in different currencies cannot be combined; convert them first: USD vs EUR",
    );
    expect(() => envelope([usd(1, 2), { ...usd(1, 2), period: "day" }])).toThrow(
      "Ranges with different periods cannot be combined; annualize them first: year vs day",
    );
  });
});

describe("intersection", () => {
  it("is the shared part of two closed ranges", () => {
    expect(intersection(usd(100000, 140000), usd(120000, 160000))).toEqual(usd(120000, 140000));
  });

  it("is null when the ranges are disjoint", () => {
    expect(intersection(usd(100000, 140000), usd(150000, 160000))).toBeNull();
  });

  it("is one point when the ranges touch", () => {
    expect(intersection(usd(100000, 140000), usd(140000, 160000))).toEqual(usd(140000, 140000));
  });

  it("lets an open-ended range reach past its stated max", () => {
    expect(intersection(usd(200000, 250000, true), usd(240000, 300000))).toEqual(usd(240000, 300000));
    expect(intersection(usd(200000, 250000, true), usd(260000, 300000))).toEqual(usd(260000, 300000));
  });

  it("of two open-ended ranges keeps the lower stated max above the floor", () => {
    expect(intersection(usd(200000, 250000, true), usd(220000, 300000, true))).toEqual(usd(220000, 250000, true));
    expect(intersection(usd(200000, 250000, true), usd(260000, null, true))).toEqual(usd(260000, null, true));
    expect(intersection(usd(250000, null, true), usd(300000, null, true))).toEqual(usd(300000, null, true));
  });

  it("has no min when neither range has one", () => {
    expect(intersection(usd(null, 130000), usd(null, 100000))).toEqual(usd(null, 100000));
    expect(intersection(usd(null, 130000, true), usd(null, 100000, true))).toEqual(usd(null, 100000, true));
  });

  it("refuses ranges in different currencies", () => {
    expect(() => intersection(usd(1, 2), { ...usd(1, 2), currency: null })).toThrow("USD vs null");
  });
});

describe("overlaps", () => {
  it("is true when some pay lies in both ranges", () => {
    expect(overlaps(usd(100000, 140000), usd(120000, 160000))).toBe(true);
    expect(overlaps(usd(100000, 140000), usd(150000, 160000))).toBe(false);
  });
});

describe("percentDifference", () => {
  it("compares midpoints relative to the first range", () => {
    expect(percentDifference(usd(100000, 140000), usd(150000, 210000))).toBe(50);
    expect(percentDifference(usd(140000, 180000), usd(100000, 140000))).toBe(-25);
  });

  it("is null when either midpoint is unknown", () => {
    expect(percentDifference(usd(100000, null, true), usd(100000, 140000))).toBeNull();
    expect(percentDifference(usd(100000, 140000), usd(null, 140000))).toBeNull();
  });

  it("refuses a zero midpoint as the base", () => {
    expect(() => percentDifference(usd(0, 0), usd(1, 2))).toThrow("A percent difference relative to a zero midpoint is undefined");
  });
});

const amount = fc.integer({ min: 0, max: 1_000_000 });
const validRange: fc.Arbitrary<MoneyRange> = fc.oneof(
  fc.tuple(amount, amount, fc.boolean()).map(([a, b, open]) => usd(Math.min(a, b), Math.max(a, b), open)),
  amount.map((min) => usd(min, null, true)),
  fc.tuple(amount, fc.boolean()).map(([max, open]) => usd(null, max, open)),
);

/** A range as an interval of pay: [min, max], [min, ∞) when open-ended, −∞ for a missing min. */
function interval(range: MoneyRange): [number, number] {
  return [range.min ?? -Infinity, range.openEnded ? Infinity : (range.max ?? Infinity)];
}

describe("range properties", () => {
  it("the envelope contains each of its parts", () => {
    fc.assert(
      fc.property(fc.array(validRange, { minLength: 1, maxLength: 8 }), (ranges) => {
        const hull = envelope(ranges);
        assertValidRange(hull);
        const [low, high] = interval(hull);
        for (const part of ranges) {
          const [partLow, partHigh] = interval(part);
          expect(low).toBeLessThanOrEqual(partLow);
          expect(high).toBeGreaterThanOrEqual(partHigh);
        }
      }),
    );
  });

  it("the intersection lies within both ranges and is symmetric", () => {
    fc.assert(
      fc.property(validRange, validRange, (a, b) => {
        const shared = intersection(a, b);
        expect(intersection(b, a)).toEqual(shared);
        if (shared === null) return;
        assertValidRange(shared);
        const [low, high] = interval(shared);
        for (const range of [a, b]) {
          const [rangeLow, rangeHigh] = interval(range);
          expect(low).toBeGreaterThanOrEqual(rangeLow);
          expect(high).toBeLessThanOrEqual(rangeHigh);
        }
      }),
    );
  });
});
