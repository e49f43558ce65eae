import { describe, expect, it } from "vitest";
import { emptyRecordFilters } from "@/lib/url-state/records";
import { countryName } from "@/lib/records/codes";
import { describeRecordFilters, FIXED_FILTER_OPTIONS, groupLabel, orderGroups } from "@/lib/records/labels";

const group = (key: string, n: number) => ({ key, summary: { n } });

describe("groupLabel", () => {
  it("names each grouping's values as people read them", () => {
    expect(groupLabel("level", "director")).toBe("Director");
    expect(groupLabel("country", "GB")).toBe("United Kingdom");
    expect(groupLabel("employment", "CT")).toBe("Contract");
    expect(groupLabel("remote", "50")).toBe("Hybrid");
    expect(groupLabel("size", "S")).toBe("Small (under 50 people)");
    expect(groupLabel("year", "2024")).toBe("2024");
  });

  it("shows a value it does not know as stored", () => {
    expect(groupLabel("level", "lead")).toBe("lead");
    expect(countryName("XK")).toBe("Kosovo");
  });
});

describe("orderGroups", () => {
  it("keeps levels, sizes and remote ratios in their natural order and years ascending", () => {
    expect(orderGroups("level", [group("senior", 9), group("junior", 3), group("director", 1)]).map((g) => g.key)).toEqual(["junior", "senior", "director"]);
    expect(orderGroups("size", [group("L", 1), group("S", 2), group("M", 3)]).map((g) => g.key)).toEqual(["S", "M", "L"]);
    expect(orderGroups("year", [group("2024", 1), group("2020", 2)]).map((g) => g.key)).toEqual(["2020", "2024"]);
  });

  it("puts countries with the most observations first", () => {
    expect(orderGroups("country", [group("DE", 5), group("US", 50), group("CA", 5)]).map((g) => g.key)).toEqual(["US", "CA", "DE"]);
  });
});

describe("describeRecordFilters", () => {
  it("says what the filters keep, in words", () => {
    expect(describeRecordFilters(emptyRecordFilters())).toBe("all records");
    expect(
      describeRecordFilters({ ...emptyRecordFilters(), title: ["Data Scientist"], level: ["mid", "senior"], country: ["US"], remote: [100], year: [2024] }),
    ).toBe("title Data Scientist · level Mid-level or Senior · company in United States · year 2024 · remote ratio Remote");
  });
});

describe("FIXED_FILTER_OPTIONS", () => {
  it("lists each fixed filter's choices in their natural order, as the form shows them", () => {
    expect(FIXED_FILTER_OPTIONS.level.map((option) => option.value)).toEqual(["junior", "mid", "senior", "director"]);
    expect(FIXED_FILTER_OPTIONS.remote).toEqual([
      { value: "0", label: "On site (0)" },
      { value: "50", label: "Hybrid (50)" },
      { value: "100", label: "Remote (100)" },
    ]);
    expect(FIXED_FILTER_OPTIONS.size.map((option) => option.label)).toEqual(["Small (under 50 people)", "Medium (50–250)", "Large (over 250)"]);
  });
});
