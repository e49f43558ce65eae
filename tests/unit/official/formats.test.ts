import { describe, expect, it } from "vitest";
import { lcaPeriodOfFile, officialHeaderProblem, officialKindOfHeader, OFFICIAL_COLUMNS, oewsTopCode, readLcaRow, readOewsRow, readPppRow, socBase } from "@/lib/official/formats";

describe("OEWS rows", () => {
  it("keeps # as the year's top-code with a flag, and * as not available", () => {
    const read = readOewsRow(["2024", "11-1011", "Chief Executives", "detailed", "211230", "258900", "82470", "141920", "206420", "#", "#", "124.47"]);
    expect(read.row?.wages.p75).toEqual({ value: 239_200, topCoded: true });
    expect(read.row?.wages.median).toEqual({ value: 206_420, topCoded: false });
    const old = readOewsRow(["2021", "11-1011", "Chief Executives", "detailed", "200000", "197840", "62780", "114530", "185950", "#", "#", "*"]);
    expect(old.row?.wages.p90).toEqual({ value: 208_000, topCoded: true });
    expect(old.row?.hourlyMean).toEqual({ value: null, topCoded: false });
  });

  it("reads ** employment as null", () => {
    expect(readOewsRow(["2020", "13-1074", "Farm Labor Contractors", "detailed", "**", "50000", "1", "2", "3", "4", "5", "24.04"]).row?.employment).toBeNull();
  });

  it("names the column of a bad cell", () => {
    expect(readOewsRow(["2024", "15-2051", "Data Scientists", "detailed", "200000", "12x", "1", "2", "3", "4", "5", "1.00"]).problems).toEqual([
      { column: "a_mean", value: "12x", reason: "must be a whole number or one of BLS's markers # *" },
    ]);
  });

  it("uses $208,000 until May 2021 and $239,200 from May 2022", () => {
    expect(oewsTopCode(2021).annual).toBe(208_000);
    expect(oewsTopCode(2022).annual).toBe(239_200);
  });
});

describe("LCA and PPP rows", () => {
  it("drops O*NET suffixes for matching and keeps the code as filed", () => {
    expect(socBase("15-1299.08")).toBe("15-1299");
    expect(socBase("15-2051-01")).toBe("15-2051");
    expect(socBase("15-1252")).toBe("15-1252");
    const row = readLcaRow(["7", "Google LLC", "Software Engineer", "15-1299.08", "Computer Occupations, All Other", "CA", "181000", "Year", "150000", "Year", "181000", "150000"]).row;
    expect(row).toMatchObject({ socCodeRaw: "15-1299.08", socCode: "15-1299", annualWage: 181_000 });
  });

  it("refuses a wage unit it does not know", () => {
    expect(readLcaRow(["7", "X", "Y", "15-1252", "Z", "CA", "1", "Fortnight", "1", "Year", "1", "1"]).problems?.[0]?.column).toBe("wage_unit_of_pay");
  });

  it("reads a PPP value", () => {
    expect(readPppRow(["IND", "IN", "India", "2024", "PA.NUS.PRVT.PP", "19.9"]).row).toEqual({ countryIso3: "IND", countryIso2: "IN", countryName: "India", year: 2024, indicator: "PA.NUS.PRVT.PP", value: 19.9 });
  });
});

describe("headers", () => {
  it("recognizes each format by its header and refuses another", () => {
    expect(officialKindOfHeader([...OFFICIAL_COLUMNS.ppp])).toBe("ppp");
    expect(officialHeaderProblem("oews", [...OFFICIAL_COLUMNS.ppp])).toMatchObject({ column: "column 1", reason: expect.stringContaining("not a OEWS file") });
    expect(officialHeaderProblem("lca", [...OFFICIAL_COLUMNS.lca])).toBeNull();
  });

  it("reads the fiscal quarter of an LCA file from its name", () => {
    expect(lcaPeriodOfFile("lca-fy2024q1-soc15.csv")).toBe("FY2024Q1");
    expect(lcaPeriodOfFile("lca.csv")).toBeNull();
  });
});
