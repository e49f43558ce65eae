import { describe, expect, it } from "vitest";
import { emptyRecordFilters } from "@/lib/url-state/records";
import { countryName } from "@/lib/records/codes";
import { describeRecordFilters, groupLabel, orderGroups } from "@/lib/records/labels";

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
