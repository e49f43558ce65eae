import { describe, expect, it } from "vitest";
import { listBands } from "@/lib/db/queries/bands";
import { loadRates } from "@/lib/db/queries/rates";
import { recordsBesideBands } from "@/lib/db/queries/records-beside-bands";
import { summarizeRecordsForSlice } from "@/lib/db/records/percentile-index";

describe("survey records beside the article bands (real database)", async () => {
  const [bands, rates] = await Promise.all([listBands(), loadRates()]);
  const beside = await recordsBesideBands(bands, rates.table);

  it("gives Google senior the 2023 records of senior ML engineers at US companies", () => {
    const google = beside.get("a000-company-google-senior");
    const expected = summarizeRecordsForSlice({ role: "ml-engineer", level: "senior", country: "US", year: 2023 });
    expect(google).toMatchObject({ year: 2023, sourceYear: 2023, records: expected });
    expect(google?.records.n).toBeGreaterThanOrEqual(30);
    const { p25, p75 } = google!.records;
    const inside = Math.max(0, Math.min(300000, p75) - Math.max(220000, p25)) / 80000;
    expect(google?.check).toEqual({ shareInside: inside, mostlyOutside: inside < 0.5 });
  });

  it("leaves out levels the survey does not have, and freelance rates", () => {
    expect(beside.has("a000-company-google-manager")).toBe(false);
    expect(beside.has("a002-us-summary-lead-base")).toBe(false);
    expect(beside.has("a002-freelance-day-us")).toBe(false);
  });

  it("compares a worldwide claim with the records of every country, a year earlier when the source's year has too few to rank", () => {
    const junior = beside.get("a000-level-junior");
    // 2023 has fewer than MIN_RANKED_SAMPLE (10) junior ML engineers: the year before is used.
    expect(summarizeRecordsForSlice({ role: "ml-engineer", level: "junior", country: null, year: 2023 })).toBeNull();
    expect(junior?.year).toBe(2022);
    expect(junior?.records).toEqual(summarizeRecordsForSlice({ role: "ml-engineer", level: "junior", country: null, year: 2022 }));
  });
});
