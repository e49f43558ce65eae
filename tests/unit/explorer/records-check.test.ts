import { describe, expect, it } from "vitest";
import { checkAgainstRecords } from "@/lib/explorer/records-check";
import { bands, rates } from "./claims-fixture";

const band = (id: string) => {
  const found = bands.find((b) => b.id === id);
  if (!found) throw new Error(`no band ${id}`);
  return found;
};
const records = (p25: number, p75: number) => ({ n: 120, p25, p50: (p25 + p75) / 2, p75, titles: ["Machine Learning Engineer"] });

describe("holding a band against the survey records of its slice", () => {
  it("measures the share of the band inside the records' middle half", () => {
    // Google senior $220,000–$300,000+ against a middle half of $200,000–$240,000: 20k of 80k inside.
    expect(checkAgainstRecords(band("a000-company-google-senior"), records(200000, 240000), rates)).toEqual({ shareInside: 0.25, mostlyOutside: true });
  });

  it("does not flag a band that lies mostly within the middle half", () => {
    expect(checkAgainstRecords(band("a000-company-google-senior"), records(210000, 290000), rates)).toEqual({ shareInside: 0.875, mostlyOutside: false });
  });

  it("compares in US dollars a year: India junior ₹8L–₹15L is $9.6k–$18k", () => {
    const check = checkAgainstRecords(band("a002-in-junior"), records(9604, 30000), rates);
    expect(check?.shareInside).toBeCloseTo(1, 3);
  });

  it("counts a single-number claim as wholly inside or outside", () => {
    expect(checkAgainstRecords(band("a000-country-us"), records(100000, 150000), rates)).toEqual({ shareInside: 1, mostlyOutside: false });
    expect(checkAgainstRecords(band("a000-country-us"), records(120000, 150000), rates)).toEqual({ shareInside: 0, mostlyOutside: true });
  });

  it("does not compare day or hour rates with salaries", () => {
    expect(checkAgainstRecords(band("a002-freelance-day-us"), records(100000, 150000), rates)).toBeNull();
  });
});
