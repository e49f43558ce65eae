import { describe, expect, it } from "vitest";
import { bandsResponse, facetsResponse } from "@/lib/api/bands-api";
import { pppTable } from "@/lib/db/queries/official";
import { loadPppData } from "@/lib/db/queries/ppp";
import { claimedRange } from "@/lib/claims/claimed-range";
import { PPP_ATTRIBUTION, rangeInInternationalDollars } from "@/lib/official/ppp";
import { badParametersOf } from "../support/bad-parameters";
import { bands as dataBands, pppFactors, rates } from "../support/claims-from-data";

const get = (path: string, format?: "csv") => bandsResponse(new Request(`http://localhost${path}`), format ? { format } : {});

interface BandJson {
  id: string;
  min: number | null;
  max: number | null;
  currency: string;
  display: { currency: string; min: number | null; max: number | null; openEnded: boolean; converted: boolean };
}

describe("GET /api/bands with filters (real database)", () => {
  it("returns Google senior as $220,000–$300,000+ for company=google&level=senior", async () => {
    const response = await get("/api/bands?company=google&level=senior");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { filters: string; bands: BandJson[] };
    expect(body.filters).toBe("level=senior&company=google");
    expect(body.bands).toEqual([
      expect.objectContaining({
        id: "a000-company-google-senior",
        min: 220000,
        max: 300000,
        openEnded: true,
        display: { currency: "USD", period: "year", min: 220000, max: 300000, openEnded: true, converted: false, annualized: false },
      }),
    ]);
  });

  it("returns India junior as ₹8L–₹15L, and the same band in dollars with the rate's date when currency=USD", async () => {
    const inr = (await (await get("/api/bands?country=IN&level=junior")).json()) as { bands: BandJson[] };
    expect(inr.bands.map((b) => [b.id, b.currency, b.min, b.max])).toEqual([["a002-in-junior", "INR", 800000, 1500000]]);

    const usd = (await (await get("/api/bands?country=IN&level=junior&currency=USD")).json()) as { rates: { date: string }; bands: BandJson[] };
    expect(usd.rates.date).toBe("2024");
    expect(usd.bands[0]?.display).toMatchObject({ currency: "USD", converted: true });
    expect(usd.bands[0]?.display.min).toBeCloseTo(800000 / 83.3, 6);
    expect(usd.bands[0]?.display.max).toBeCloseTo(1500000 / 83.3, 6);
  });

  it("sorts by max descending with sort=-max", async () => {
    const body = (await (await get("/api/bands?level=manager&sort=-max")).json()) as { bands: BandJson[] };
    expect(body.bands.map((b) => b.id)[0]).toBe("a000-company-google-manager");
    const maxes = body.bands.map((b) => b.display.max ?? b.display.min ?? 0);
    expect(maxes).toEqual([...maxes].sort((a, b) => b - a));
  });

  it("answers 400 naming each bad parameter and its allowed values", async () => {
    const response = await get("/api/bands?country=XX&level=senior&sort=salary&colour=red");
    const parameters = await badParametersOf(response);
    expect(parameters.map((p) => [p.name, p.value])).toEqual([
      ["country", "XX"],
      ["sort", "salary"],
      ["colour", "red"],
    ]);
    expect(parameters[0]?.allowed).toEqual(expect.arrayContaining(["US", "GB", "IN", "none"]));
  });

  it("returns the same rows as CSV with a header for format=csv and for /api/bands.csv", async () => {
    const json = (await (await get("/api/bands?country=GB")).json()) as { bands: BandJson[] };
    for (const response of [await get("/api/bands?country=GB&format=csv"), await get("/api/bands?country=GB", "csv")]) {
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      const lines = (await response.text()).trimEnd().split("\r\n");
      expect(lines[0]).toMatch(/^id,role,level,years_min,years_max,country,city,company,industry,basis,measure,period,currency,min,max,/);
      expect(lines).toHaveLength(json.bands.length + 1);
      expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual(json.bands.map((b) => b.id));
    }
    const experienced = (await (await get("/api/bands?country=GB&level=senior", "csv")).text()).split("\r\n")[1];
    expect(experienced).toContain("a002-gb-experienced,ml-engineer,senior,,,GB,,,,base,range,year,GBP,,130000,false,");
  });

  it("rejects an unknown format with 400", async () => {
    const response = await get("/api/bands?format=xml");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ parameters: [{ name: "format", value: "xml", allowed: ["json", "csv"] }] });
  });
});

describe("GET /api/bands with ppp=1 (real database)", () => {
  interface PppJson {
    unit: string;
    min: number | null;
    max: number | null;
    factor?: number;
    factorYear?: number;
    nearestYear?: boolean;
    reason?: string;
  }

  it("loads the same PA.NUS.PRVT.PP factors as data/official/ppp holds", async () => {
    const table = await loadPppData();
    expect(pppTable().factors).toHaveLength(pppFactors.length);
    expect(table.factorsByCountry.get("IN")).toEqual(pppFactors.filter((f) => f.country === "IN"));
    expect([table.sourceYears.get("unlocking-secrets-ml-engineer-salaries"), table.countryCurrency.get("DE")]).toEqual([2023, "EUR"]);
  });

  it("gives each band its international dollars, the pure conversion with the store's factor, and the World Bank's attribution", async () => {
    const body = (await (await get("/api/bands?country=IN&country=none&currency=EUR&ppp=1")).json()) as {
      filters: string;
      rates: { date: string };
      ppp: { indicator: string; sourceId: string; attribution: string };
      bands: (BandJson & { ppp: PppJson })[];
    };
    expect(body.filters).toBe("country=IN&country=none&currency=EUR&ppp=1");
    expect(body.ppp).toEqual({ indicator: "PA.NUS.PRVT.PP", sourceId: "worldbank-wdi-ppp-2015-2024", attribution: PPP_ATTRIBUTION });
    const table = await loadPppData();
    for (const json of body.bands) {
      const band = dataBands.find((b) => b.id === json.id)!;
      const expected = rangeInInternationalDollars(claimedRange(band), { country: band.country, sourceId: band.source.id }, table, rates);
      if (expected.factor === null) {
        expect(json.ppp).toEqual({ unit: "international dollar", min: null, max: null, reason: expected.reason });
      } else {
        expect(json.ppp).toMatchObject({ unit: "international dollar", min: expected.internationalDollars.min, max: expected.internationalDollars.max, factor: expected.factor, factorYear: expected.factorYear });
      }
    }
    expect(body.bands.filter((b) => b.ppp.reason === "no PPP factor: the claim names no country").length).toBe(dataBands.filter((b) => b.country === null).length);
    // The market-rate figure is still there, in the chosen currency.
    expect(body.bands.every((b) => b.display.currency === "EUR")).toBe(true);
  });

  it("adds the international dollars to the CSV, and answers 400 naming a bad ppp value", async () => {
    const lines = (await (await get("/api/bands?country=IN&level=junior&ppp=1", "csv")).text()).trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/,quote,ppp_min,ppp_max,ppp_factor,ppp_factor_year,ppp_nearest_year,ppp_reason$/);
    expect(lines[1]).toMatch(new RegExp(`,${Math.round(800_000 / pppFactors.find((f) => f.country === "IN" && f.year === 2024)!.value)},`));
    const parameters = await badParametersOf(await get("/api/bands?ppp=please"));
    expect(parameters).toEqual([{ name: "ppp", value: "please", reason: "use ppp=1", allowed: ["1"] }]);
  });
});

describe("GET /api/facets (real database)", () => {
  it("counts each value given the other filters", async () => {
    const response = await facetsResponse(new Request("http://localhost/api/facets?country=US&level=senior"));
    const body = (await response.json()) as { facets: Record<string, { values: { value: string; count: number; selected: boolean }[] }> };
    const level = Object.fromEntries(body.facets.level!.values.map((v) => [v.value, v]));
    expect(level.senior).toMatchObject({ count: 9, selected: true });
    expect(body.facets.company!.values.find((v) => v.value === "google")).toMatchObject({ count: 1, selected: false });
    expect(body.facets.country!.values.find((v) => v.value === "GB")).toMatchObject({ count: 1 });
  });

  it("answers 400 for a bad filter", async () => {
    expect((await facetsResponse(new Request("http://localhost/api/facets?level=emperor"))).status).toBe(400);
  });
});
