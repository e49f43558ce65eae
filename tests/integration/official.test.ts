import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checksResponse, filingsResponse, officialResponse, pppResponse, trendsResponse } from "@/lib/api/official-api";
import { percentilesResponse } from "@/lib/api/percentiles-api";
import { openSqlite } from "@/lib/db/connection";
import { importOfficialFile, importOfficialFiles } from "@/lib/db/official/import";
import { filingsFor, filingsValues, officialWagesFor, pppTable, trendsFor } from "@/lib/db/queries/official";
import { RecordsRejectedError } from "@/lib/db/records/import";
import { readClaimData } from "@/lib/claims/read-data";
import { readEnv } from "@/lib/env";
import { toInternationalDollars } from "@/lib/official/ppp";
import { dataDir, testDbDir } from "../setup/paths";

const get = (url: string) => new Request(`http://localhost${url}`);

describe("OEWS wages per mapped occupation (real data)", () => {
  it("gives the 2024 data scientists' figures BLS publishes", () => {
    const scientists = officialWagesFor({ role: "ml-engineer", year: 2024 }).find((w) => w.soc === "15-2051");
    expect(scientists).toMatchObject({ year: 2024, nearestYear: false, occTitle: "Data Scientists", sourceId: "bls-oews-national-2020-2024" });
    expect(scientists?.median).toEqual({ value: 112_590, topCoded: false, notAvailable: false });
    expect(scientists?.mean.value).toBe(124_590);
  });

  it("answers a year without estimates with the nearest one, and says so", () => {
    const wages = officialWagesFor({ role: "ml-engineer", year: 2025 });
    expect(wages.map((w) => [w.soc, w.year, w.nearestYear])).toEqual([
      ["15-2051", 2024, true],
      ["15-1221", 2024, true],
      ["15-1252", 2024, true],
    ]);
    expect(wages.find((w) => w.soc === "15-1252")?.median.value).toBe(133_080);
  });

  it("stands May 2020's combined codes in for the later ones, with the caveat", () => {
    const [scientists] = officialWagesFor({ role: "data-scientist", year: 2020 });
    expect(scientists).toMatchObject({ soc: "15-2051", occCode: "15-2098", year: 2020, combined2020: { code: "15-2098" } });
    expect(scientists?.median.value).toBe(98_230);
    expect(scientists?.combined2020?.caveat).toContain("not directly comparable");
    expect(officialWagesFor({ role: "ml-engineer", year: 2020 }).find((w) => w.soc === "15-1252")?.median.value).toBe(110_140);
  });

  it("keeps BLS's top-code as '≥ value', never as a number", () => {
    const [managers] = officialWagesFor({ role: "ml-engineering-manager", year: 2024 });
    expect(managers?.p90).toEqual({ value: 239_200, topCoded: true, notAvailable: false });
  });
});

describe("H-1B filings (real data)", () => {
  it("gives Google LLC's 15-1252 median offered wage as the README computes it", () => {
    const google = filingsFor({ company: "google", soc: "15-1252" });
    expect(google.n).toBe(730);
    expect(google.offered?.median).toBe(181_000);
  });

  it("finds Meta's 17 machine-learning filings under both spellings", () => {
    const meta = filingsFor({ company: "meta", role: "ml-engineer" });
    expect(meta.n).toBe(17);
    expect(meta.offered).toMatchObject({ min: 175_840, median: 198_940 });
    expect(meta.offered?.max).toBeCloseTo(256_029.87, 2);
    expect(meta.unmapped.company).toBe(0);
  });

  it("splits a slice exactly by another field: Google's filings per worksite state add up to Google's, each at most the state's", () => {
    const google = filingsFor({ company: "google" });
    const { states } = filingsValues();
    const byState = states.map(({ value }) => ({ state: value, n: filingsFor({ company: "google", state: value }).n, stateN: filingsFor({ state: value }).n }));
    expect(byState.reduce((sum, { n }) => sum + n, 0)).toBe(google.n);
    for (const { n, stateN } of byState) expect(n).toBeLessThanOrEqual(stateN);
    expect(filingsFor({}).n).toBe(states.reduce((sum, { count }) => sum + count, 0));
  });

  it("gives n and no percentiles under ten filings", () => {
    const few = filingsFor({ company: "apple", role: "data-scientist" });
    expect(few.n).toBe(9);
    expect(few.offered).toBeNull();
    expect(few.reason).toBe(`too few to rank: n = ${few.n}, need 10`);
  });

  it("counts what the vocabulary does not map, and ranks a pay", async () => {
    const all = filingsFor({ soc: "15-2051" }, { pay: 130_000 });
    expect(all.unmapped.company).toBeGreaterThan(0);
    expect(all.rank?.percentile).toBeGreaterThan(40);
    const response = await filingsResponse(get("/api/filings?company=meta&role=ml-engineer&pay=200000"));
    expect(((await response.json()) as { position: string }).position).toMatch(/^p\d+ of 17 filings$/);
  });

  it("answers 400 naming a bad parameter", async () => {
    const response = await filingsResponse(get("/api/filings?company=acme&pay=lots"));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { parameters: { name: string }[] };
    expect(body.parameters.map((p) => p.name)).toEqual(["company", "pay"]);
  });
});

describe("trends, PPP, checks (real data)", () => {
  it("gives the survey records and OEWS by year", async () => {
    const trends = trendsFor({ role: "ml-engineer", country: "US" });
    expect(trends.records.points.map((p) => p.year)).toEqual(expect.arrayContaining([2021, 2022, 2023, 2024]));
    expect(trends.oews.find((o) => o.soc === "15-2051")?.points.map((p) => [p.year, p.occCode])).toEqual([
      [2020, "15-2098"], [2021, "15-2051"], [2022, "15-2051"], [2023, "15-2051"], [2024, "15-2051"],
    ]);
    const csv = await (await trendsResponse(get("/api/trends?role=ml-engineer"), { format: "csv" })).text();
    expect(csv.split("\r\n")[0]).toBe("series,role_or_soc,occ_code,year,n,median,low_is,low,high_is,high,note,source");
    expect(csv).toContain("bls-oews,15-2051,15-2051,2024,");
    expect((await officialResponse(get("/api/official?year=20x4"))).status).toBe(400);
  });

  it("converts with the private-consumption factor and carries the attribution", async () => {
    const india = toInternationalDollars(pppTable().factors, { country: "IN", year: 2024, amount: 1_990_000 });
    expect(india.internationalDollars).toBeCloseTo(100_000, -3);
    const body = (await (await pppResponse(get("/api/ppp?country=DE&year=2024&amount=100000"))).json()) as { conversion: { factor: number }; attribution: string };
    expect(body.conversion.factor).toBeCloseTo(0.7238, 4);
    expect(body.attribution).toContain("CC BY 4.0");
  });

  it("counts per real source the claims it confirms, contradicts or cannot check", async () => {
    const body = (await (await checksResponse()).json()) as { counts: { sourceId: string; confirms: number; contradicts: number; aboveAsExpected: number; cannotCheck: number }[]; bands: unknown[] };
    expect(body.counts.map((c) => c.sourceId).sort()).toEqual(["aijobs-salaries-2025-01-19", "bls-oews-national-2020-2024", "dol-lca-fy2024q1-soc15"]);
    for (const c of body.counts) expect(c.confirms + c.contradicts + c.aboveAsExpected + c.cannotCheck).toBe(body.bands.length);
  });
});

describe("/api/percentiles and the small-sample rule", () => {
  it("gives n and a reason, no figures, under ten records", async () => {
    const body = (await (await percentilesResponse(get("/api/percentiles?title=Machine%20Learning%20Engineer&country=DE&level=junior&year=2021"))).json()) as Record<string, unknown>;
    expect(body.n as number).toBeLessThan(10);
    expect(body.p50).toBeNull();
    expect(body.reason).toBe(`too few to rank: n = ${body.n as number}, need 10`);
  });

  it("says where a pay sits", async () => {
    const body = (await (await percentilesResponse(get("/api/percentiles?title=Machine%20Learning%20Engineer&country=US&pay=185000"))).json()) as { position: string; histogram: { bins: unknown[] } };
    expect(body.position).toMatch(/^p\d+ of [\d,]+ records$/);
    expect(body.histogram.bins.length).toBeGreaterThan(3);
  });
});

describe("importing official files", () => {
  const { databaseFile } = readEnv();
  const count = (table: string) => {
    const db = openSqlite(databaseFile, { readonly: true });
    try {
      return db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
    } finally {
      db.close();
    }
  };

  it("skips files already imported, by sha256", async () => {
    const results = await importOfficialFiles(databaseFile, dataDir, readClaimData(dataDir).sources);
    expect(results.map((r) => [r.kind, r.imported, r.rowsRead])).toEqual([
      ["oews", false, 6940],
      ["lca", false, 65020],
      ["ppp", false, 5899],
    ]);
  });

  it("refuses a file with the wrong header, naming line and column, and keeps the store", async () => {
    const file = path.join(testDbDir, `wrong-header-${process.pid}.csv`);
    writeFileSync(file, "country_iso3,country_iso2,country_name,year,indicator,value\nIND,IN,India,2024,PA.NUS.PRVT.PP,19.9\n");
    const before = count("OccupationWage");
    const error = await importOfficialFile(databaseFile, file, "oews").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordsRejectedError);
    expect((error as RecordsRejectedError).rejected[0]).toMatchObject({ line: 1, field: "column 1", reason: expect.stringContaining("not a OEWS file") });
    expect(count("OccupationWage")).toBe(before);
  });

  it("names every bad row with line and column and writes none of the file", async () => {
    const file = path.join(testDbDir, `bad-rows-${process.pid}.csv`);
    writeFileSync(
      file,
      "country_iso3,country_iso2,country_name,year,indicator,value\nZZZ,ZZ,Nowhere,2024,PA.NUS.PRVT.PP,2\nZZZ,ZZ,Nowhere,20x4,PA.NUS.PRVT.PP,2\nZZZ,ZZ,Nowhere,2024,PA.NUS.PPP,-1\n",
    );
    const before = count("PppValue");
    const error = (await importOfficialFile(databaseFile, file, "ppp").catch((e: unknown) => e)) as RecordsRejectedError;
    expect(error.rejected.map((r) => [r.line, r.field])).toEqual([
      [3, "year"],
      [4, "value"],
    ]);
    expect(count("PppValue")).toBe(before);
  });

  it("replaces a key's figures with a newer file's, and adds the new keys", async () => {
    const file = path.join(testDbDir, `newer-${process.pid}.csv`);
    writeFileSync(file, "country_iso3,country_iso2,country_name,year,indicator,value\nIND,IN,India,2024,PA.NUS.PRVT.PP,20.5\nZZZ,ZZ,Nowhere,2024,PA.NUS.PRVT.PP,2\n");
    const summary = await importOfficialFile(databaseFile, file, "ppp", { sourceId: null });
    expect([summary.rowsRead, summary.added, summary.replaced]).toEqual([2, 1, 1]);
    expect(pppTable().factors.find((f) => f.country === "IN" && f.year === 2024)?.value).toBe(20.5);
  });
});
