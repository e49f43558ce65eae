import { describe, expect, it } from "vitest";
import { estimateResponse } from "@/lib/api/estimate-api";
import { listFactors } from "@/lib/db/queries/factors";
import { badParametersOf } from "../support/bad-parameters";

const get = (query: string) => estimateResponse(new Request(`http://localhost/api/estimate?${query}`));

interface RangeJson {
  min: number | null;
  max: number | null;
  openEnded: boolean;
  currency: string;
  period: string;
}
interface FactorJson {
  factor: string;
  kind: string;
  source: { id: string; title: string };
  quote: string;
}
interface EstimateJson {
  input: string;
  title: string;
  rule: { tier: string; text: string; missed: string[] };
  range: RangeJson;
  original: RangeJson;
  base: { source: { id: string }; range: RangeJson; bands: { id: string; quote: string; counted: boolean }[] }[];
  steps: (FactorJson & { lowPct: number; highPct: number; range: RangeJson })[];
  skipped: (FactorJson & { reason: string })[];
  context: (FactorJson & { reason: string })[];
  notes: { code: string; text: string }[];
  rates: { date: string };
}

async function estimate(query: string): Promise<EstimateJson> {
  const response = await get(query);
  expect(response.status).toBe(200);
  return (await response.json()) as EstimateJson;
}

describe("GET /api/estimate (real database)", () => {
  it("estimates a senior ML engineer at Google with bonus as $242,000–$390,000+ from the $220,000–$300,000+ band", async () => {
    const body = await estimate("level=senior&company=google&basis=total");
    expect(body.input).toBe("level=senior&company=google&basis=total");
    expect(body.title).toBe("Senior ML engineer at Google: estimated total pay");
    expect(body.rule.tier).toBe("company-level");
    expect(body.base.map((s) => [s.source.id, s.bands.map((b) => b.id), s.range])).toEqual([
      [
        "unlocking-secrets-ml-engineer-salaries",
        ["a000-company-google-senior"],
        { currency: "USD", period: "year", min: 220000, max: 300000, openEnded: true },
      ],
    ]);
    expect(body.steps).toEqual([
      expect.objectContaining({
        factor: "a002-bonus-share",
        lowPct: 10,
        highPct: 30,
        source: { id: "ml-engineer-salary-2025-guide", title: "Machine Learning Engineer Salary in 2025: A Comprehensive Guide" },
        quote: "Bonuses: Performance-based annual bonuses (10–30% of base)",
        range: { currency: "USD", period: "year", min: 242000, max: 390000, openEnded: true },
      }),
    ]);
    expect(body.range).toEqual({ currency: "USD", period: "year", min: 242000, max: 390000, openEnded: true });
    expect(body.notes.map((n) => n.code)).toEqual(["company-country", "open-ended", "one-source", "total-pay"]);
  });

  it("adds the domain and hub premiums for a mid-level engineer in finance in New York: $184,800–$280,800", async () => {
    const body = await estimate("level=mid&city=new-york&industry=finance");
    expect(body.input).toBe("level=mid&country=US&city=new-york&industry=finance");
    expect(body.steps.map((s) => [s.factor, s.range.min, s.range.max])).toEqual([
      ["a002-domain-premium", 154000, 216000],
      ["a002-tech-hub-premium", 184800, 280800],
    ]);
  });

  it("shows a junior in India in US dollars and in rupees, with the rates' date", async () => {
    const body = await estimate("level=junior&country=IN&currency=USD");
    expect(body.original).toEqual({ currency: "INR", period: "year", min: 800000, max: 1500000, openEnded: false });
    expect(body.range.currency).toBe("USD");
    expect(body.range.min).toBeCloseTo(800000 / 83.3, 6);
    expect(body.range.max).toBeCloseTo(1500000 / 83.3, 6);
    expect(body.rates.date).toBe("2024");
  });

  it("accounts for every factor in the store: applied, skipped with a reason, or shown as context", async () => {
    const ids = (await listFactors()).map((f) => f.id).sort();
    for (const query of ["level=senior&company=google&basis=total", "role=data-scientist&level=mid&country=GB&city=london&industry=biotech"]) {
      const body = await estimate(query);
      expect([...body.steps, ...body.skipped, ...body.context].map((f) => f.factor).sort()).toEqual(ids);
      expect([...body.skipped, ...body.context].every((f) => f.reason.length > 0)).toBe(true);
      expect(body.context.map((f) => f.kind)).toContain("gender-gap");
      // Every figure names its source and the words it was read from.
      expect(body.steps.every((s) => s.source.id && s.quote)).toBe(true);
      expect(body.base.flatMap((s) => s.bands).every((b) => b.quote.length > 0)).toBe(true);
    }
  });

  it("says when the base rests on an ambiguous dollar or an implausible figure", async () => {
    const canada = await estimate("level=mid&country=CA");
    expect(canada.base.flatMap((s) => s.bands.map((b) => b.id))).toEqual(["a000-country-ca"]);
    expect(canada.notes.map((n) => n.code)).toEqual(expect.arrayContaining(["flag-ambiguous-currency", "all-levels", "average"]));
    const pakistan = await estimate("level=mid&country=PK&currency=USD");
    expect(pakistan.notes.map((n) => n.code)).toEqual(expect.arrayContaining(["flag-implausible", "implausible-only"]));
    expect(pakistan.range.min).toBeCloseTo(50000 / 278, 6);
  });

  it("with ppp=1 adds the estimate, each source's result and each band in international dollars, with the attribution", async () => {
    const body = (await (await get("level=junior&country=IN&ppp=1")).json()) as EstimateJson & {
      ppp: { indicator: string; attribution: string; range: { unit: string; min: number; max: number }; reason: null; bands: Record<string, { factor: number; factorYear: number }> };
    };
    expect(body.input).toBe("level=junior&country=IN&ppp=1");
    const factor = body.ppp.bands["a002-in-junior"]!;
    expect(factor).toMatchObject({ factorYear: 2024, nearestYear: true });
    // One source, no adjustment: the estimate in international dollars is its rupees ÷ the factor.
    expect(body.ppp.range).toEqual({ unit: "international dollar", period: "year", min: body.original.min! / factor.factor, max: body.original.max! / factor.factor, openEnded: false });
    expect(body.ppp.attribution).toContain("CC BY 4.0");
    expect((await get("level=junior&country=IN")).headers.get("content-type")).toContain("json");
    expect(await (await get("level=junior&country=IN")).json()).not.toHaveProperty("ppp");
    expect((await badParametersOf(await get("level=junior&ppp=0"))).map((p) => [p.name, p.reason])).toEqual([["ppp", "use ppp=1"]]);
  });

  it("answers 400 naming each bad parameter, and asks for a level or years when neither is given", async () => {
    const response = await get("level=principal&country=XX&years=200&colour=red");
    const parameters = await badParametersOf(response);
    expect(parameters.map((p) => [p.name, p.value])).toEqual([
      ["level", "principal"],
      ["country", "XX"],
      ["years", "200"],
      ["colour", "red"],
      ["level", ""],
    ]);
    expect(parameters[1]?.allowed).toEqual(expect.arrayContaining(["US", "GB", "IN"]));

    const missing = await get("country=US");
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({
      error: "invalid parameters",
      parameters: [{ name: "level", value: "", reason: "give a level, or years of experience (years=)" }],
    });
  });
});
