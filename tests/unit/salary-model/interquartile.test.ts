import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MESSAGES, shareWithinInterquartile, sitsMostlyOutside, type MoneyRange } from "@/lib/salary-model";

function usd(min: number | null, max: number | null, openEnded = false): MoneyRange {
  return { currency: "USD", min, max, openEnded, period: "year" };
}
const records = usd(150000, 200000);

describe("shareWithinInterquartile", () => {
  it("is the part of the range's width that lies between p25 and p75", () => {
    expect(shareWithinInterquartile(usd(100000, 200000), records)).toBe(0.5);
    expect(shareWithinInterquartile(usd(160000, 190000), records)).toBe(1);
    expect(shareWithinInterquartile(usd(100000, 140000), records)).toBe(0);
    expect(shareWithinInterquartile(usd(100000, 300000), records)).toBe(0.25);
  });

  it("counts the stated part of an open-ended range", () => {
    expect(shareWithinInterquartile(usd(180000, 280000, true), records)).toBe(0.2);
    expect(shareWithinInterquartile(usd(250000, null, true), records)).toBe(0);
    expect(shareWithinInterquartile(usd(175000, null, true), records)).toBe(1);
    expect(shareWithinInterquartile(usd(null, 130000), records)).toBe(0);
  });

  it("puts a single amount wholly inside or outside, the quartiles included", () => {
    expect(shareWithinInterquartile(usd(150000, 150000), records)).toBe(1);
    expect(shareWithinInterquartile(usd(200000, 200000), records)).toBe(1);
    expect(shareWithinInterquartile(usd(200001, 200001), records)).toBe(0);
  });

  it("refuses quartiles that are open or in another currency", () => {
    expect(() => shareWithinInterquartile(usd(1, 2), usd(150000, null, true))).toThrow(MESSAGES.INTERQUARTILE_NOT_CLOSED);
    expect(() => shareWithinInterquartile(usd(1, 2), usd(150000, 200000, true))).toThrow(MESSAGES.INTERQUARTILE_NOT_CLOSED);
    expect(() => shareWithinInterquartile({ ...usd(1, 2), currency: "EUR" }, records)).toThrow(MESSAGES.CURRENCY_MISMATCH);
  });

  it("always lies between 0 and 1", () => {
    fc.assert(
      fc.property(fc.nat(400000), fc.nat(400000), fc.nat(400000), fc.nat(400000), (a, b, c, d) => {
        const share = shareWithinInterquartile(usd(Math.min(a, b), Math.max(a, b)), usd(Math.min(c, d), Math.max(c, d)));
        return share >= 0 && share <= 1;
      }),
    );
  });
});

describe("sitsMostlyOutside", () => {
  it("is true when less than half of the range overlaps the interquartile range", () => {
    expect(sitsMostlyOutside(usd(100000, 190000), records)).toBe(true);
    expect(sitsMostlyOutside(usd(100000, 140000), records)).toBe(true);
    expect(sitsMostlyOutside(usd(250000, null, true), records)).toBe(true);
  });

  it("is false when half or more overlaps", () => {
    expect(sitsMostlyOutside(usd(100000, 200000), records)).toBe(false);
    expect(sitsMostlyOutside(usd(140000, 210000), records)).toBe(false);
    expect(sitsMostlyOutside(usd(175000, 175000), records)).toBe(false);
  });
});
