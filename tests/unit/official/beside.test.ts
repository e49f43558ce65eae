import { describe, expect, it } from "vitest";
import { filingsMatches } from "@/lib/official/beside";
import { officialFigureText } from "@/lib/official/beside-view";
import { occupationsForRole } from "@/lib/official/mappings";

describe("the filings a band is shown beside", () => {
  it("tries the title naming role and level, then the role at any level, then the role's occupations", () => {
    expect(filingsMatches({ company: "google", role: "ml-engineer", level: "senior" })).toEqual([
      [{ match: "title-role-level", query: { company: "google", role: "ml-engineer", level: "senior" } }],
      [{ match: "title-role", query: { company: "google", role: "ml-engineer" } }],
      occupationsForRole("ml-engineer").map(({ soc }) => ({ match: "occupation", query: { company: "google", soc } })),
    ]);
  });

  it("starts at the role for a claim that names no level, over all employers when it names no company", () => {
    const [first] = filingsMatches({ company: null, role: "data-scientist", level: null });
    expect(first).toEqual([{ match: "title-role", query: { company: null, role: "data-scientist" } }]);
  });
});

describe("a BLS figure in words", () => {
  it("writes a figure, BLS's top-code as '≥', and '*' or '**' as not available, never a number", () => {
    expect(officialFigureText({ value: 112_590, topCoded: false, notAvailable: false })).toBe("$112,590");
    expect(officialFigureText({ value: 239_200, topCoded: true, notAvailable: false })).toBe("≥ $239,200");
    expect(officialFigureText({ value: null, topCoded: false, notAvailable: true })).toBe("not available");
  });
});
