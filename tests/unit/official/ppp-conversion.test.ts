import { describe, expect, it } from "vitest";
import { claimedRange } from "@/lib/claims/claimed-range";
import { describePppFactor, pppFactorsUsed, rangeInInternationalDollars, type PppRange } from "@/lib/official/ppp";
import { formatInternationalAmount, formatInternationalDollars, formatRatio } from "@/lib/salary-model";
import { bands, pppFactors, pppData, pppDataOf, rates } from "../../support/claims-from-data";

// Real factors: data/official/ppp/ppp-2015-2024.csv (PA.NUS.PRVT.PP), read with the importer's row reader.
const factorOf = (country: string, year: number) => {
  const found = pppFactors.find((f) => f.country === country && f.year === year);
  if (!found) throw new Error(`no ${country} ${year} in data/official/ppp`);
  return found.value;
};
const bandById = (id: string) => {
  const found = bands.find((band) => band.id === id);
  if (!found) throw new Error(`no band ${id} in data/bands.json`);
  return found;
};
const convert = (id: string) => {
  const band = bandById(id);
  return rangeInInternationalDollars(claimedRange(band), { country: band.country, sourceId: band.source.id }, pppData, rates);
};
const priced = (ppp: PppRange) => {
  if (ppp.factor === null) throw new Error(`expected a factor, got: ${ppp.reason}`);
  return ppp;
};

describe("the PPP factors of data/official/ppp", () => {
  it("are the README's spot-check values (PA.NUS.PRVT.PP, local currency per international $)", () => {
    // data/official/ppp/README.md, "Spot checks": IN 2020-2024 19.77 19.47 19.23 19.52 19.90; GB 2022 0.7002; DE 2024 0.7238; US 1.
    expect([2020, 2021, 2022, 2023, 2024].map((year) => Number(factorOf("IN", year).toFixed(2)))).toEqual([19.77, 19.47, 19.23, 19.52, 19.9]);
    expect(factorOf("GB", 2022)).toBeCloseTo(0.7002, 4);
    expect(factorOf("DE", 2024)).toBeCloseTo(0.7238, 4);
    expect(factorOf("US", 2023)).toBe(1);
  });
});

describe("a claim in international dollars", () => {
  it("divides rupees by India's factor of the claim's year, its source's (2025 has none: the 2024 factor, said so)", () => {
    const india = priced(convert("a002-in-mid")); // ₹20L–₹35L, 2025 guide
    expect(india).toMatchObject({ country: "IN", year: 2025, factorYear: 2024, nearestYear: true, localCurrency: "INR", convertedFrom: null });
    expect(india.factor).toBe(factorOf("IN", 2024));
    expect(india.internationalDollars).toEqual({ currency: null, min: 2_000_000 / factorOf("IN", 2024), max: 3_500_000 / factorOf("IN", 2024), openEnded: false, period: "year" });
    // With the README's rounded 19.90: about Int$100,500–Int$175,900.
    expect(formatInternationalDollars(india.internationalDollars)).toBe("Int$100,518–Int$175,907");
    expect(describePppFactor(india)).toBe("÷ 19.9 INR per Int$ (IN 2024, the nearest year to the claim's 2025)");
  });

  it("uses the claim's own year when it has a factor: a 2023 article takes 2023's, after the market rate into the country's currency", () => {
    const india = priced(convert("a000-country-in")); // "$70,000" average for India, 2023 article, in US dollars
    expect(india).toMatchObject({ year: 2023, factorYear: 2023, nearestYear: false, convertedFrom: "USD", localCurrency: "INR" });
    // 70,000 USD × 83.3 INR per USD (data/exchange-rates.json) ÷ 19.52 INR per Int$.
    expect(india.internationalDollars.min).toBeCloseTo((70_000 * rates.rates.INR!) / factorOf("IN", 2023), 6);
    expect(describePppFactor(india)).toBe("USD to INR at the market rate, then ÷ 19.52 INR per Int$ (IN 2023)");
  });

  it("leaves US dollars as they are (the factor is 1) and keeps open ends and missing floors", () => {
    expect(priced(convert("a000-company-google-senior")).internationalDollars).toEqual({ currency: null, min: 220_000, max: 300_000, openEnded: true, period: "year" });
    const uk = priced(convert("a002-gb-experienced")); // up to £130,000
    expect(uk.internationalDollars).toMatchObject({ min: null, max: 130_000 / factorOf("GB", 2024), openEnded: false });
    expect(formatInternationalDollars(uk.internationalDollars)).toBe(`up to ${formatInternationalAmount(130_000 / factorOf("GB", 2024))}`);
  });

  it("keeps the claim's period: a day rate stays a day rate", () => {
    const day = priced(convert("a002-freelance-day-gb"));
    expect(day.internationalDollars.period).toBe("day");
    expect(day.internationalDollars.min).toBeCloseTo((800 * rates.rates.GBP!) / factorOf("GB", 2024), 6);
  });

  it("says why instead of guessing: no country, no factor within two years, no source year", () => {
    const worldwide = bands.find((band) => band.country === null)!;
    expect(convert(worldwide.id)).toEqual({ internationalDollars: null, factor: null, reason: "no PPP factor: the claim names no country" });
    // Turks and Caicos (TC) has a factor for 2021 and none after it in the file.
    expect(pppFactors.filter((f) => f.country === "TC").map((f) => f.year).at(-1)).toBe(2021);
    const range = { currency: "USD", min: 100_000, max: 120_000, openEnded: false, period: "year" as const };
    expect(rangeInInternationalDollars(range, { country: "TC", sourceId: "ml-engineer-salary-2025-guide" }, pppData, rates)).toEqual({
      internationalDollars: null,
      factor: null,
      reason: "no PPP factor for TC 2025 (none within 2 years)",
    });
    expect(rangeInInternationalDollars(range, { country: "US", sourceId: "no-such-source" }, pppData, rates).factor).toBeNull();
    // A store without the World Bank file: every claim says it has no factor.
    expect(rangeInInternationalDollars(range, { country: "US", sourceId: "ml-engineer-salary-2025-guide" }, pppDataOf([]), rates)).toMatchObject({
      reason: "no PPP factor for US 2025 (none within 2 years)",
    });
  });

  it("lists each factor a page used once, by country then year, and counts the claims without one", () => {
    const used = pppFactorsUsed(["a002-in-mid", "a002-in-junior", "a000-country-in", "a000-country-us", bands.find((b) => b.country === null)!.id].map(convert));
    expect(used.withoutFactor).toBe(1);
    expect(used.factors.map((f) => [f.country, f.year, f.factorYear])).toEqual([
      ["IN", 2023, 2023],
      ["IN", 2025, 2024],
      ["US", 2023, 2023],
    ]);
  });

  it("writes international dollars as Int$, never as $, and factors to four significant digits", () => {
    expect(formatInternationalDollars({ currency: "INR", min: 50_000, max: 80_000, openEnded: true, period: "year" }, { compact: true })).toBe("Int$50k–Int$80k+");
    expect(formatInternationalAmount(97_500)).toBe("Int$97,500");
    expect([formatRatio(19.8969156536629), formatRatio(0.703495), formatRatio(1)]).toEqual(["19.9", "0.7035", "1"]);
  });
});
