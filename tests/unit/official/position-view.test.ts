import { describe, expect, it } from "vitest";
import { bandsOfSlice } from "@/lib/explorer/select-bands";
import { filingsReferences, oewsYearBefore, recordsReferences } from "@/lib/official/position-view";
import { ROLE_TITLES, roleOfTitles } from "@/lib/records/role-titles";
import { bands } from "../../support/claims-from-data";

describe("oewsYearBefore", () => {
  it("gives the May estimate before a federal fiscal quarter starts", () => {
    // FY2024 Q1 is October-December 2023 (data/official/h1b/README.md): the May 2023 estimate precedes it.
    expect(oewsYearBefore("FY2024Q1")).toBe(2023);
    expect(oewsYearBefore("FY2024Q2")).toBe(2023);
    expect(oewsYearBefore("FY2024Q3")).toBe(2023);
    expect(oewsYearBefore("FY2024Q4")).toBe(2024);
    expect(oewsYearBefore("2024-Q1")).toBeNull();
  });
});

describe("roleOfTitles", () => {
  it("finds the role whose survey titles hold every title chosen, and none for a mix or no title", () => {
    expect(roleOfTitles(["Machine Learning Engineer", "ML Engineer"])).toBe("ml-engineer");
    expect(roleOfTitles([...ROLE_TITLES["data-scientist"]!])).toBe("data-scientist");
    expect(roleOfTitles(["Machine Learning Engineer", "Data Scientist"])).toBeNull();
    expect(roleOfTitles(["Research Scientist"])).toBeNull();
    expect(roleOfTitles([])).toBeNull();
  });
});

describe("recordsReferences", () => {
  it("holds a US slice against its role's claims and OEWS in the slice's one year", () => {
    expect(recordsReferences({ role: "ml-engineer", level: ["senior"], country: ["US"], year: [2024] })).toEqual({
      bands: { role: ["ml-engineer"], level: ["senior"], country: ["US"], company: [] },
      oews: { role: "ml-engineer", year: 2024 },
      notes: [],
    });
    expect(recordsReferences({ role: "ml-engineer", level: [], country: ["US"], year: [2023, 2024] }).oews).toEqual({ role: "ml-engineer", year: null });
  });

  it("leaves OEWS out beyond the US, and everything out without a role, saying why", () => {
    expect(recordsReferences({ role: "ml-engineer", level: [], country: ["US", "GB"], year: [] })).toMatchObject({ oews: null, notes: [expect.stringContaining("United States only")] });
    expect(recordsReferences({ role: null, level: [], country: ["US"], year: [] })).toMatchObject({ bands: null, oews: null, notes: [expect.stringContaining("one of the site's roles")] });
  });
});

describe("filingsReferences", () => {
  it("reads OEWS for the SOC code when chosen, else the role's, in the year before the filings", () => {
    expect(filingsReferences({ company: "meta", role: "ml-engineer", level: null, soc: "15-1252" }, ["FY2024Q1"])).toEqual({
      bands: { role: ["ml-engineer"], level: [], company: ["meta"], country: ["US"] },
      oews: { soc: "15-1252", year: 2023 },
      notes: [],
    });
    expect(filingsReferences({ company: null, role: "data-scientist", level: "senior", soc: null }, ["FY2024Q1"]).oews).toEqual({ role: "data-scientist", year: 2023 });
    expect(filingsReferences({ company: "google", role: null, level: null, soc: null }, ["FY2024Q1"])).toMatchObject({ bands: null, oews: null });
  });
});

describe("bandsOfSlice", () => {
  it("takes the claims about exactly the slice: a dimension not chosen means claims naming no value for it", () => {
    const senior = bandsOfSlice(bands, { role: ["ml-engineer"], level: ["senior"], country: ["US"], company: [] });
    expect(senior.length).toBeGreaterThan(0);
    expect(senior.every((b) => b.role === "ml-engineer" && b.level === "senior" && b.country === "US" && b.company === null)).toBe(true);
    expect(senior).toEqual(bands.filter((b) => b.role === "ml-engineer" && b.level === "senior" && b.country === "US" && b.company === null));
    const google = bandsOfSlice(bands, { role: ["ml-engineer"], level: ["senior"], company: ["google"], country: ["US"] });
    expect(google.map((b) => b.id)).toEqual(["a000-company-google-senior"]);
    // Google's claims all name a level: none is about Google at every level.
    expect(bandsOfSlice(bands, { role: ["ml-engineer"], level: [], company: ["google"], country: ["US"] })).toEqual([]);
  });
});
