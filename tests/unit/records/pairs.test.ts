import { describe, expect, it } from "vitest";
import { createPairFinder, observationContent, observationValue, type Observation } from "@/lib/records/pairs";
import type { SurveyRow } from "@/lib/records/row-schema";

const posting: SurveyRow = {
  workYear: 2024,
  experienceLevel: "SE",
  employmentType: "FT",
  jobTitle: "Machine Learning Engineer",
  salary: 200000,
  salaryCurrency: "USD",
  salaryInUsd: 200000,
  employeeResidence: "US",
  remoteRatio: 0,
  companyLocation: "US",
  companySize: "M",
};
const at = (salary: number, changes: Partial<SurveyRow> = {}): SurveyRow => ({ ...posting, salary, salaryInUsd: salary, ...changes });

function observe(rows: (SurveyRow | "invalid")[]): Observation[] {
  const found: Observation[] = [];
  const finder = createPairFinder((o) => found.push(o));
  rows.forEach((row, index) => (row === "invalid" ? finder.interrupt() : finder.push(row, index + 2)));
  finder.finish();
  return found;
}

describe("createPairFinder", () => {
  it("reads two consecutive rows that differ only in salary as one observation with min and max", () => {
    const [pair, ...rest] = observe([at(240000), at(180000)]);
    expect(rest).toEqual([]);
    expect(pair).toMatchObject({ isPair: true, lineFrom: 2, lineTo: 3, salaryMin: 180000, salaryMax: 240000, usdMin: 180000, usdMax: 240000 });
    expect(observationValue(pair!)).toBe(210000);
  });

  it("pairs left to right, so four such rows make two pairs and a fifth stays single", () => {
    const found = observe([at(1), at(2), at(3), at(4), at(5)]);
    expect(found.map((o) => [o.isPair, o.lineFrom, o.lineTo])).toEqual([
      [true, 2, 3],
      [true, 4, 5],
      [false, 6, 6],
    ]);
  });

  it("keeps identical rows (same salary too) as separate observations", () => {
    expect(observe([at(100000), at(100000)]).map((o) => o.isPair)).toEqual([false, false]);
  });

  it("does not pair rows that differ in anything but salary", () => {
    expect(observe([at(1), at(2, { companySize: "L" })]).map((o) => o.isPair)).toEqual([false, false]);
    expect(observe([at(1), at(2, { workYear: 2023 })]).map((o) => o.isPair)).toEqual([false, false]);
  });

  it("does not pair rows that an invalid row separates", () => {
    expect(observe([at(1), "invalid", at(2)]).map((o) => o.isPair)).toEqual([false, false]);
  });
});

describe("observationContent", () => {
  it("is the same for the same posting whatever its lines or the order of the pair", () => {
    const [highFirst] = observe([at(240000), at(180000)]);
    const [lowFirst] = observe(["invalid", "invalid", at(180000), at(240000)]);
    expect(observationContent(highFirst!)).toBe(observationContent(lowFirst!));
  });

  it("tells a pair from a single row and one posting from another", () => {
    const [single] = observe([at(180000)]);
    const [pair] = observe([at(180000), at(180001)]);
    expect(new Set([observationContent(single!), observationContent(pair!), observationContent(observe([at(180001)])[0]!)]).size).toBe(3);
  });
});
