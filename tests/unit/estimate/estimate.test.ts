import { describe, expect, it } from "vitest";
import { estimateSalary } from "@/lib/estimate/estimate";
import { inversePremium } from "@/lib/estimate/factors";
import { emptyEstimateInput, type EstimateInput } from "@/lib/url-state/estimate";
import { formatRange, type MoneyRange } from "@/lib/salary-model";
import { band, DATA } from "./fixtures";

const estimate = (fields: Partial<EstimateInput>, data = DATA) => estimateSalary({ ...emptyEstimateInput(), ...fields }, data);
const usd = (min: number | null, max: number | null, openEnded = false): MoneyRange => ({ currency: "USD", period: "year", min, max, openEnded });
const stepsOf = (result: ReturnType<typeof estimate>) => result.steps.map((s) => [s.factor.id, s.after.min, s.after.max]);
const reasonFor = (result: ReturnType<typeof estimate>, id: string) => result.skipped.find((s) => s.factor.id === id)?.reason;
const noteCodes = (result: ReturnType<typeof estimate>) => result.notes.map((n) => n.code);

describe("estimateSalary: worked examples", () => {
  it("adds the 10–30% bonus share to a senior Google engineer's $220,000–$300,000+: $242,000–$390,000+ total pay", () => {
    const result = estimate({ level: "senior", company: "google", basis: "total" });
    expect(result.tier).toBe("company-level");
    expect(result.sources.map((s) => [s.source.id, s.bands.map((b) => b.band.id)])).toEqual([
      ["unlocking-secrets-ml-engineer-salaries", ["a000-company-google-senior"]],
    ]);
    expect(result.base).toEqual(usd(220000, 300000, true));
    // 220,000 × 1.10 = 242,000; 300,000 × 1.30 = 390,000; still open above.
    expect(stepsOf(result)).toEqual([["a002-bonus-share", 242000, 390000]]);
    expect(result.range).toEqual(usd(242000, 390000, true));
    expect(formatRange(result.display!)).toBe("$242,000–$390,000+");
    expect(noteCodes(result)).toEqual(["company-country", "open-ended", "one-source", "total-pay"]);
  });

  it("adds the domain and tech-hub premiums to a mid-level engineer in finance in New York: $140,000–$180,000 becomes $184,800–$280,800", () => {
    const result = estimate({ level: "mid", country: "US", city: "new-york", industry: "finance" });
    expect(result.tier).toBe("country-level");
    // Two bands from one source state the same range: one source, one envelope.
    expect(result.sources.map((s) => [s.source.id, s.bands.map((b) => b.band.id), s.range])).toEqual([
      ["ml-engineer-salary-2025-guide", ["a002-us-mid", "a002-us-summary-mid-base"], usd(140000, 180000)],
    ]);
    // 140,000 × 1.10 = 154,000, × 1.20 = 184,800; 180,000 × 1.20 = 216,000, × 1.30 = 280,800.
    expect(stepsOf(result)).toEqual([
      ["a002-domain-premium", 154000, 216000],
      ["a002-tech-hub-premium", 184800, 280800],
    ]);
    expect(formatRange(result.range!)).toBe("$184,800–$280,800");
  });

  it("keeps a junior in India in rupees and shows it in dollars at 83.3 rupees to the dollar: ₹8L–₹15L is $9,604–$18,007", () => {
    const result = estimate({ level: "junior", country: "IN", currency: "USD" });
    expect(result.sources.flatMap((s) => s.bands.map((b) => b.band.id))).toEqual(["a002-in-junior"]);
    expect(result.range).toEqual({ currency: "INR", period: "year", min: 800000, max: 1500000, openEnded: false });
    // 800,000 / 83.3 = 9,603.84…; 1,500,000 / 83.3 = 18,007.20…
    expect(result.display?.currency).toBe("USD");
    expect(result.display?.min).toBeCloseTo(9603.8415, 3);
    expect(result.display?.max).toBeCloseTo(18007.2029, 3);
    expect(formatRange(result.display!)).toBe("$9,604–$18,007");
    expect(formatRange(result.range!, { compact: true })).toBe("₹8L–₹15L");
  });

  it("estimates a data scientist by dividing by the role premium: $140,000–$180,000 ÷ 1.40 and ÷ 1.15 is $100,000–$156,522", () => {
    const result = estimate({ role: "data-scientist", level: "mid", country: "US" });
    expect(result.steps).toHaveLength(1);
    expect(result.steps[0]).toMatchObject({ inverted: true });
    expect(result.steps[0]?.lowPct).toBeCloseTo(-28.5714, 3);
    expect(result.steps[0]?.highPct).toBeCloseTo(-13.0435, 3);
    // 140,000 / 1.40 = 100,000; 180,000 / 1.15 = 156,521.74. Taking 40% and 15% off would give $84,000–$153,000.
    expect(result.range?.min).toBeCloseTo(100000, 6);
    expect(result.range?.max).toBeCloseTo(156521.7391, 3);
    expect(formatRange(result.range!)).toBe("$100,000–$156,522");
  });
});

describe("estimateSalary: never counts a factor twice", () => {
  it("applies the role premium once although the guide states it twice", () => {
    const result = estimate({ role: "data-scientist", level: "mid", country: "US" });
    expect(result.steps.map((s) => s.factor.id)).toEqual(["a002-role-premium-median"]);
    expect(reasonFor(result, "a002-role-premium-surveys")).toBe(
      "The same kind of figure as a002-role-premium-median, which is applied and states the same; a factor counts once.",
    );
  });

  it("says which figure a repeated claim states when it differs from the one applied", () => {
    const data = { ...DATA, factors: [...DATA.factors, { ...DATA.factors[2]!, id: "zz-tech-hub-other", lowPct: 5, highPct: 10 }] };
    const result = estimate({ level: "mid", country: "US", city: "new-york" }, data);
    expect(result.steps.map((s) => s.factor.id)).toEqual(["a002-tech-hub-premium"]);
    expect(reasonFor(result, "zz-tech-hub-other")).toBe(
      "The same kind of figure as a002-tech-hub-premium, which is applied; a factor counts once. (This one states +5% to +10%.)",
    );
  });

  it("skips the hub and domain premiums on a company's band, which already includes where and in what it pays", () => {
    const result = estimate({ level: "senior", company: "google", country: "US", city: "new-york", industry: "finance" });
    expect(result.steps).toEqual([]);
    expect(result.range).toEqual(usd(220000, 300000, true));
    for (const id of ["a002-tech-hub-premium", "a002-domain-premium"]) {
      expect(reasonFor(result, id)).toBe(
        "A company's band is already what that company pays, where it employs people and in its own industry: adding the premium would count it twice.",
      );
    }
  });

  it("skips a premium the base band already names: a band for finance gets no domain premium", () => {
    const data = { ...DATA, bands: [...DATA.bands, band({ id: "test-us-mid-finance", level: "mid", country: "US", industry: "finance", min: 150000, max: 200000 })] };
    const result = estimate({ level: "mid", country: "US", industry: "finance" }, data);
    expect(result.sources.flatMap((s) => s.bands.map((b) => b.band.id))).toEqual(["test-us-mid-finance"]);
    expect(result.steps).toEqual([]);
    expect(reasonFor(result, "a002-domain-premium")).toBe("The base is already pay in Finance and banking.");
  });

  it("skips the bonus share when the base band already states total pay", () => {
    const result = estimate({ level: "mid", country: "US", basis: "total" });
    expect(result.sources.flatMap((s) => s.bands.map((b) => b.band.id))).toEqual(["a002-us-summary-mid-total"]);
    expect(result.range).toEqual(usd(160000, 220000));
    expect(reasonFor(result, "a002-bonus-share")).toBe("The base bands already state total pay.");
  });

  it("skips premiums for places and industries the source does not name, and says which it names", () => {
    const result = estimate({ level: "mid", country: "US", city: "seattle", industry: "healthcare" });
    expect(result.steps).toEqual([]);
    expect(reasonFor(result, "a002-tech-hub-premium")).toBe("The source names SF, NYC and London as tech hubs; Seattle is not among them.");
    expect(reasonFor(result, "a002-domain-premium")).toBe(
      "The source names autonomous vehicles, finance, ad tech and biotech as high-paying domains; Healthcare and pharmaceuticals is not among them.",
    );
  });

  it("never applies the gender gap or job growth: they are shown as context", () => {
    const result = estimate({ level: "senior", company: "google", basis: "total" });
    expect(result.context.map((c) => c.factor.id)).toEqual(["a002-gender-gap", "a003-indeed-job-postings"]);
    expect(result.steps.map((s) => s.factor.kind)).not.toContain("gender-gap");
  });
});

describe("estimateSalary: matching the base", () => {
  it("reads 5 years as senior, where the sources' mid-level (3–5) and senior (5+) meet, and says so", () => {
    const result = estimate({ years: 5, country: "US" });
    expect(result.level).toBe("senior");
    expect(result.notes[0]?.text).toBe(
      "5 years of experience sits in Mid-level (3–5 years) and Senior (5+ years) in the sources; the more senior, Senior (5+ years), is used. Choose a level to see the other.",
    );
    expect(estimate({ years: 2, country: "US" }).level).toBe("junior");
    expect(estimate({ years: 30, country: "US" }).level).toBe("senior");
  });

  it("uses a country's band for all levels before bands that name no country, and says it covers all levels", () => {
    const result = estimate({ level: "senior", country: "DE" });
    expect(result.tier).toBe("country");
    expect(result.missed).toEqual(["No Senior band for Germany."]);
    expect(result.range).toEqual({ currency: "EUR", period: "year", min: 70000, max: 120000, openEnded: true });
    expect(noteCodes(result)).toContain("all-levels");
  });

  it("falls back to a band that names no country, and says it reads as US pay", () => {
    const result = estimate({ level: "manager", country: "DE" });
    expect(result.tier).toBe("level");
    expect(result.bandRole).toBe("ml-engineering-manager");
    expect(result.missed).toEqual(["No Engineering manager band for Germany.", "No band for Germany at any level."]);
    expect(result.range).toEqual(usd(150000, 200000, true));
    expect(result.notes.find((n) => n.code === "no-country")?.text).toBe(
      "No band for Germany fits, so the base names no country: it is in US dollars and reads as US pay, not pay in Germany.",
    );
  });

  it("leaves out day rates: they are freelance rates, not salaries", () => {
    const result = estimate({ level: "lead", country: "US" });
    expect(result.tier).toBe("worldwide");
    expect(result.sources.flatMap((s) => s.bands.map((b) => b.band.id))).toEqual(["a000-worldwide-average"]);
  });

  it("shows each source's estimate and their envelope, converting an ambiguous dollar into the country's currency and saying so", () => {
    const result = estimate({ level: "mid", country: "AU" });
    // $120,000 read as US dollars is AUD 180,000 at 1.5; the guide's AUD 100,000–150,000 stays as stated.
    expect(result.sources.map((s) => [s.source.id, s.range?.min, s.range?.max, s.range?.currency])).toEqual([
      ["ml-engineer-salary-2025-guide", 100000, 150000, "AUD"],
      ["unlocking-secrets-ml-engineer-salaries", 180000, 180000, "AUD"],
    ]);
    expect(result.base).toEqual({ currency: "AUD", period: "year", min: 100000, max: 180000, openEnded: false });
    expect(noteCodes(result)).toEqual(expect.arrayContaining(["ambiguous-conversion", "converted", "average"]));
  });

  it("leaves a band flagged implausible out of the base when another band fits, and shows it", () => {
    const data = { ...DATA, bands: [...DATA.bands, band({ id: "test-in-all-levels", country: "IN", currency: "INR", min: 1000000, max: 2000000 })] };
    const result = estimate({ level: "lead", country: "IN" }, data);
    expect(result.sources.flatMap((s) => s.bands.map((b) => [b.band.id, b.counted]))).toEqual([
      ["test-in-all-levels", true],
      ["a000-country-in", false],
    ]);
    expect(result.range).toEqual({ currency: "INR", period: "year", min: 1000000, max: 2000000, openEnded: false });
    expect(noteCodes(result)).toContain("left-out");
  });

  it("rests on an implausible band only when nothing else fits, and warns that it does", () => {
    const result = estimate({ level: "mid", country: "PK" });
    expect(result.range).toEqual({ currency: "PKR", period: "year", min: 50000, max: 50000, openEnded: false });
    expect(noteCodes(result)).toEqual(expect.arrayContaining(["flag-implausible", "implausible-only"]));
  });

  it("answers with no base and says so when no band fits at any rung", () => {
    const result = estimate({ level: "manager" }, { ...DATA, bands: [] });
    expect(result).toMatchObject({ tier: null, sources: [], base: null, range: null, display: null, notes: [{ code: "no-band" }] });
    expect(result.missed).toEqual(["No Engineering manager band that names no country.", "No band for all levels that names no country."]);
  });
});

describe("inversePremium", () => {
  it("turns ‘15–40% more’ into −28.57% (÷1.40) for the bottom and −13.04% (÷1.15) for the top", () => {
    const { lowPct, highPct } = inversePremium(15, 40);
    expect(lowPct).toBeCloseTo(-28.571429, 5);
    expect(highPct).toBeCloseTo(-13.043478, 5);
  });
});
