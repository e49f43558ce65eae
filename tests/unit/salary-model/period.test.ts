import { describe, expect, it } from "vitest";
import { annualize, annualizeAmount, assumePeriod, DEFAULT_WORK_ASSUMPTIONS } from "@/lib/salary-model";
import type { MoneyRange } from "@/lib/salary-model";

describe("annualizeAmount", () => {
  it("multiplies a month by 12, a day by 220 and an hour by 1,760 by default", () => {
    expect(annualizeAmount(10000, "month")).toBe(120000);
    expect(annualizeAmount(800, "day")).toBe(176000);
    expect(annualizeAmount(100, "hour")).toBe(176000);
    expect(annualizeAmount(90000, "year")).toBe(90000);
  });

  it("documents its defaults as 220 working days of 8 hours", () => {
    expect(DEFAULT_WORK_ASSUMPTIONS).toEqual({ workingDaysPerYear: 220, workingHoursPerYear: 1760 });
    expect(Object.isFrozen(DEFAULT_WORK_ASSUMPTIONS)).toBe(true);
  });

  it("takes other working days and hours, one at a time", () => {
    expect(annualizeAmount(800, "day", { workingDaysPerYear: 200 })).toBe(160000);
    expect(annualizeAmount(100, "hour", { workingHoursPerYear: 2000 })).toBe(200000);
    expect(annualizeAmount(100, "hour", { workingDaysPerYear: 200 })).toBe(176000);
  });

  it("refuses assumptions that are not positive", () => {
    expect(() => annualizeAmount(1, "day", { workingDaysPerYear: 0 })).toThrow("Working days and hours per year must be finite and positive");
    expect(() => annualizeAmount(1, "hour", { workingHoursPerYear: Number.NaN })).toThrow("finite and positive");
  });

  it("refuses an amount that is not finite", () => {
    expect(() => annualizeAmount(Number.POSITIVE_INFINITY, "month")).toThrow("Amounts must be finite numbers: Infinity");
  });
});

describe("annualize", () => {
  const dayRate: MoneyRange = { currency: "USD", min: 800, max: 1500, openEnded: true, period: "day" };

  it("turns a day rate into its yearly equivalent, keeping the rest", () => {
    expect(annualize(dayRate)).toEqual({ currency: "USD", min: 176000, max: 330000, openEnded: true, period: "year" });
  });

  it("leaves a missing end missing", () => {
    expect(annualize({ currency: "INR", min: 4000000, max: null, openEnded: true, period: "month" })).toEqual({
      currency: "INR",
      min: 48000000,
      max: null,
      openEnded: true,
      period: "year",
    });
  });

  it("does not change its input", () => {
    const copy = structuredClone(dayRate);
    annualize(dayRate);
    expect(dayRate).toEqual(copy);
  });

  it("refuses a range whose period is not stated", () => {
    expect(() => annualize({ ...dayRate, period: null })).toThrow(
      'Cannot annualize a range whose period is not stated; choose one explicitly with assumePeriod(range, "year") first',
    );
  });
});

describe("assumePeriod", () => {
  it("fills in a period the text did not state", () => {
    expect(assumePeriod({ currency: "USD", min: 110000, max: 110000, openEnded: false, period: null }, "year").period).toBe("year");
  });

  it("keeps a stated period", () => {
    expect(assumePeriod({ currency: "USD", min: 75, max: 75, openEnded: false, period: "hour" }, "year").period).toBe("hour");
  });
});
