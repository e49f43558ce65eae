import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { companyForEmployer, mapJobTitle, normalizeEmployer, OEWS_CODES_2020, occupationsForRole, ROLE_OCCUPATIONS } from "@/lib/official/mappings";
import { dataDir } from "../../setup/paths";

const vocabulary = JSON.parse(readFileSync(path.join(dataDir, "vocabulary.json"), "utf8")) as { roles: { id: string }[]; levels: { id: string }[]; companies: { id: string }[] };

describe("employers onto the site's companies", () => {
  it("maps the vocabulary's companies however the name is spelt", () => {
    expect(companyForEmployer("Google LLC")).toBe("google");
    expect(companyForEmployer("Meta Platforms, Inc.")).toBe("meta");
    expect(companyForEmployer("META PLATFORMS, INC.")).toBe("meta");
    expect(companyForEmployer("AMAZON WEB SERVICES, INC")).toBe("amazon");
    expect(companyForEmployer("Apple Inc.")).toBe("apple");
    expect(companyForEmployer("Adobe Inc.")).toBe("adobe");
  });

  it("leaves other employers and look-alikes unmapped", () => {
    expect(companyForEmployer("Microsoft Corporation")).toBeNull();
    expect(companyForEmployer("Applet Systems LLC")).toBeNull();
    expect(normalizeEmployer("  META PLATFORMS,  INC. ")).toBe("meta platforms inc");
  });
});

describe("job titles onto roles and levels", () => {
  it("maps only what the title says", () => {
    expect(mapJobTitle("Senior Machine Learning Engineer")).toEqual({ role: "ml-engineer", level: "senior" });
    expect(mapJobTitle("Software Engineer, Machine Learning")).toEqual({ role: "ml-engineer", level: null });
    expect(mapJobTitle("Staff Data Scientist")).toEqual({ role: "data-scientist", level: "lead" });
    expect(mapJobTitle("Principal Software Engineer")).toEqual({ role: null, level: "lead" });
    expect(mapJobTitle("Sr. Software Engineer")).toEqual({ role: null, level: "senior" });
    expect(mapJobTitle("Software Engineer")).toEqual({ role: null, level: null });
  });

  it("does not read a level into 'Member of Technical Staff' or a role into a product manager", () => {
    expect(mapJobTitle("Member of Technical Staff")).toEqual({ role: null, level: null });
    expect(mapJobTitle("Product Manager, ML Platform").role).toBeNull();
  });
});

describe("the mapping files", () => {
  it("name only roles, levels and companies of data/vocabulary.json", () => {
    const ids = (list: { id: string }[]) => list.map((entry) => entry.id);
    const rules = JSON.parse(readFileSync(path.join(dataDir, "official/h1b/title-rules.json"), "utf8")) as { roles: { role: string }[]; levels: { level: string }[] };
    const employers = JSON.parse(readFileSync(path.join(dataDir, "official/h1b/employers.json"), "utf8")) as { companies: { company: string }[] };
    expect(ids(vocabulary.roles)).toEqual(expect.arrayContaining(rules.roles.map((r) => r.role)));
    expect(ids(vocabulary.levels)).toEqual(expect.arrayContaining(rules.levels.map((r) => r.level)));
    expect(ids(vocabulary.companies)).toEqual(expect.arrayContaining(employers.companies.map((c) => c.company)));
    expect(ids(vocabulary.roles)).toEqual(expect.arrayContaining(ROLE_OCCUPATIONS.map((r) => r.role)));
  });

  it("map ml-engineer to data scientists, research scientists and software developers, each with a reason", () => {
    expect(occupationsForRole("ml-engineer").map((o) => o.soc)).toEqual(["15-2051", "15-1221", "15-1252"]);
    expect(occupationsForRole("ml-engineer").every((o) => o.reason.length > 20)).toBe(true);
    expect(occupationsForRole("unknown")).toEqual([]);
  });

  it("map May 2020's combined codes as the OEWS README lists them", () => {
    expect(OEWS_CODES_2020.map((c) => [c.code2020, c.laterCodes[0]])).toEqual([
      ["15-2098", "15-2051"],
      ["15-1256", "15-1252"],
      ["15-1245", "15-1242"],
      ["15-1257", "15-1254"],
    ]);
    expect(OEWS_CODES_2020[0]?.caveat).toContain("not directly comparable");
  });
});
