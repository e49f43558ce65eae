import { describe, expect, it } from "vitest";
import type { Band } from "@/lib/domain";
import { checkBand, combineChecks, countChecks, type CheckReference } from "@/lib/official/checks";
import { describeRank, histogram, percentileRank } from "@/lib/official/position";
import { PPP_ATTRIBUTION, toInternationalDollars } from "@/lib/official/ppp";
import { MIN_RANKED_SAMPLE, tooFewToRank } from "@/lib/official/sample";
import { MIN_SHOWN_OBSERVATIONS } from "@/lib/records/codes";

describe("the small-sample rule", () => {
  it("is one constant of 10, used by the survey records too", () => {
    expect(MIN_RANKED_SAMPLE).toBe(10);
    expect(MIN_SHOWN_OBSERVATIONS).toBe(MIN_RANKED_SAMPLE);
    expect(tooFewToRank(7)).toBe("too few to rank: n = 7, need 10");
    expect(tooFewToRank(10)).toBeNull();
  });
});

describe("PPP conversion", () => {
  const factors = [
    { country: "IN", year: 2022, value: 19.23 },
    { country: "IN", year: 2024, value: 19.9 },
    { country: "GB", year: 2020, value: 0.7513 },
  ];

  it("divides by the same year's factor", () => {
    expect(toInternationalDollars(factors, { country: "IN", year: 2024, amount: 1_990_000 })).toMatchObject({ internationalDollars: 100_000, factorYear: 2024, nearestYear: false });
  });

  it("uses the nearest year within two, the earlier on a tie, and says so", () => {
    expect(toInternationalDollars(factors, { country: "IN", year: 2023, amount: 1923 })).toMatchObject({ factorYear: 2022, nearestYear: true, internationalDollars: 100 });
  });

  it("gives no factor rather than a guess", () => {
    expect(toInternationalDollars(factors, { country: "GB", year: 2024, amount: 1 })).toEqual({ internationalDollars: null, reason: "no PPP factor for GB 2024 (none within 2 years)" });
    expect(toInternationalDollars(factors, { country: "PK", year: 2024, amount: 1 }).reason).toBe("no PPP factor for PK 2024 (none within 2 years)");
  });

  it("carries the World Bank's CC BY 4.0 attribution", () => {
    expect(PPP_ATTRIBUTION).toContain("Licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). https://data.worldbank.org/");
  });
});

describe("where a number sits", () => {
  const values = Array.from({ length: 100 }, (_, i) => 100_000 + i * 1_000);

  it("ranks a pay by the share below it plus half of the equal ones", () => {
    const rank = percentileRank(values, 168_000);
    expect(rank).toMatchObject({ n: 100, percentile: 69, below: 68, equal: 1 });
    expect(describeRank(rank, "records")).toBe("p69 of 100 records");
    expect(percentileRank(values, 50_000).percentile).toBe(0);
  });

  it("bins yearly pay in equal widths that hold every value", () => {
    const h = histogram(values);
    expect(h.binWidth).toBe(5_000);
    expect(h.bins?.reduce((sum, bin) => sum + bin.n, 0)).toBe(100);
    expect(h.bins?.[0]).toEqual({ from: 100_000, to: 105_000, n: 5 });
  });

  it("withholds both under ten values", () => {
    expect(histogram([1, 2, 3])).toEqual({ n: 3, binWidth: null, bins: null, reason: "too few to rank: n = 3, need 10" });
    expect(percentileRank([1, 2, 3], 2)).toEqual({ pay: 2, n: 3, percentile: null, reason: "too few to rank: n = 3, need 10" });
  });
});

describe("a band against a real source, by basis", () => {
  const rates = { date: "2024", rates: { USD: 1 } };
  const band = (over: Partial<Band>): Band => ({
    id: "b", role: "ml-engineer", level: "senior", yearsMin: null, yearsMax: null, country: "US", city: null, company: null, industry: null,
    basis: "base", measure: "range", period: "year", currency: "USD", min: 150_000, max: 200_000, openEnded: false, average: null, flags: [],
    source: { id: "s", title: "S" }, quote: "q", amountPhrase: "q", note: null, ...over,
  });
  const reference: CheckReference = { label: "OEWS 15-2051 Data Scientists, May 2024", p25: 140_000, p75: 190_000, basis: "base", country: "US" };

  it("agrees when at least half of the claim lies in the middle half", () => {
    expect(checkBand(band({}), reference, rates)).toMatchObject({ verdict: "agrees", shareInside: 0.8 });
  });

  it("flags a base-pay claim mostly outside", () => {
    expect(checkBand(band({ min: 250_000, max: 300_000 }), reference, rates)).toMatchObject({ verdict: "mostly-outside", reason: expect.stringContaining("mostly above") });
  });

  it("calls a total-pay claim above base-pay figures expected, not wrong", () => {
    expect(checkBand(band({ basis: "total", min: 250_000, max: 300_000 }), reference, rates).verdict).toBe("above-as-expected-for-total-pay");
    expect(checkBand(band({ basis: "total", min: 50_000, max: 60_000 }), reference, rates).verdict).toBe("mostly-outside");
  });

  it("cannot check another country, a day rate, or a reference with too few", () => {
    expect(checkBand(band({ country: "GB" }), reference, rates).verdict).toBe("cannot-check");
    expect(checkBand(band({ period: "day" }), reference, rates).verdict).toBe("cannot-check");
    expect(checkBand(band({}), { ...reference, p25: null, p75: null, reason: "too few to rank: n = 7, need 10" }, rates).reason).toContain("too few to rank: n = 7");
  });

  it("combines a role's occupations, agreement first, and counts per source", () => {
    const agree = checkBand(band({}), reference, rates);
    const outside = checkBand(band({ min: 250_000, max: 300_000 }), reference, rates);
    expect(combineChecks([outside, agree]).verdict).toBe("agrees");
    expect(countChecks([{ sourceId: "oews", check: agree }, { sourceId: "oews", check: outside }])).toEqual([{ sourceId: "oews", confirms: 1, contradicts: 1, aboveAsExpected: 0, cannotCheck: 0 }]);
  });
});
