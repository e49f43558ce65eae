import { describe, expect, it } from "vitest";
import { bandsResponse, facetsResponse } from "@/lib/api/bands-api";
import { badParametersOf } from "../support/bad-parameters";

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
