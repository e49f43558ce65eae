import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyAdjustments, BONUS_SHARE_KIND, totalPayFromBase } from "@/lib/salary-model";
import type { Factor, MoneyRange } from "@/lib/salary-model";

const BASE: MoneyRange = { currency: "USD", min: 100000, max: 140000, openEnded: false, period: "year" };
const TECH_HUB: Factor = { kind: "location", lowPct: 20, highPct: 30, label: "Tech hubs (SF, NYC, London)", sourceId: "002" };
const GENDER_GAP: Factor = { kind: "gender-gap", lowPct: -15, highPct: -10 };
const BONUS: Factor = { kind: BONUS_SHARE_KIND, lowPct: 10, highPct: 30 };

describe("applyAdjustments", () => {
  it("moves the min by the low percentage and the max by the high one", () => {
    expect(applyAdjustments(BASE, [TECH_HUB]).range).toEqual({ ...BASE, min: 120000, max: 182000 });
  });

  it("shrinks pay by a gap given as negative percentages", () => {
    expect(applyAdjustments(BASE, [GENDER_GAP]).range).toEqual({ ...BASE, min: 85000, max: 126000 });
  });

  it("reports each step with the range before and after, in order of kind", () => {
    const { steps } = applyAdjustments(BASE, [TECH_HUB, GENDER_GAP]);
    expect(steps).toEqual([
      { factor: GENDER_GAP, before: BASE, after: { ...BASE, min: 85000, max: 126000 } },
      { factor: TECH_HUB, before: { ...BASE, min: 85000, max: 126000 }, after: { ...BASE, min: 102000, max: 163800 } },
    ]);
  });

  it("returns the base itself and no steps when there are no factors", () => {
    expect(applyAdjustments(BASE, [])).toEqual({ range: BASE, steps: [] });
  });

  it("keeps a missing max missing and the range open", () => {
    const open: MoneyRange = { ...BASE, max: null, openEnded: true };
    expect(applyAdjustments(open, [TECH_HUB]).range).toEqual({ ...open, min: 120000 });
  });

  it("does not change its inputs", () => {
    const base = structuredClone(BASE);
    const factors = [TECH_HUB, GENDER_GAP];
    applyAdjustments(base, factors);
    expect(base).toEqual(BASE);
    expect(factors).toEqual([TECH_HUB, GENDER_GAP]);
  });

  it("refuses the same kind twice", () => {
    expect(() => applyAdjustments(BASE, [TECH_HUB, { ...TECH_HUB, lowPct: 5 }])).toThrow("A factor kind can be applied only once: location");
  });

  it("refuses a low percentage above the high one, below −100 or not finite", () => {
    expect(() => applyAdjustments(BASE, [{ kind: "x", lowPct: 30, highPct: 10 }])).toThrow(
      "A factor's percentages must be finite, with -100 <= lowPct <= highPct: x 30..10",
    );
    expect(() => applyAdjustments(BASE, [{ kind: "x", lowPct: -101, highPct: 0 }])).toThrow("-100 <= lowPct");
    expect(() => applyAdjustments(BASE, [{ kind: "x", lowPct: 0, highPct: Number.NaN }])).toThrow("-100 <= lowPct");
  });

  it("refuses an invalid base", () => {
    expect(() => applyAdjustments({ ...BASE, min: null, max: null }, [])).toThrow("A money range needs a min or a max");
  });

  it("gives the same range whatever the order of the factors", () => {
    const factor = fc
      .tuple(fc.double({ min: -100, max: 300, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }))
      .map(([lowPct, spread]) => ({ lowPct, highPct: lowPct + spread }));
    const factors = fc.uniqueArray(fc.tuple(fc.string({ minLength: 1, maxLength: 6 }), factor), {
      maxLength: 6,
      selector: ([kind]) => kind,
    });
    const factorsInTwoOrders = factors.chain((pairs) => {
      const list: Factor[] = pairs.map(([kind, pct]) => ({ kind, ...pct }));
      return fc.shuffledSubarray(list, { minLength: list.length }).map((shuffled) => [list, shuffled] as const);
    });
    fc.assert(
      fc.property(factorsInTwoOrders, fc.integer({ min: 0, max: 1e7 }), fc.integer({ min: 0, max: 1e7 }), ([list, shuffled], a, b) => {
        const base: MoneyRange = { ...BASE, min: Math.min(a, b), max: Math.max(a, b) };
        expect(applyAdjustments(base, shuffled).range).toEqual(applyAdjustments(base, list).range);
      }),
    );
  });
});

describe("totalPayFromBase", () => {
  it("adds a bonus of 10–30% of base to give total pay", () => {
    expect(totalPayFromBase(BASE, BONUS)).toEqual({ ...BASE, min: 110000, max: 182000 });
  });

  it("refuses a factor that is not a bonus share", () => {
    expect(() => totalPayFromBase(BASE, TECH_HUB)).toThrow('totalPayFromBase needs a factor of kind "bonus-share", got "location"');
  });
});
