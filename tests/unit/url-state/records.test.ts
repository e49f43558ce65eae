import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  emptyRecordFilters,
  recordsView,
  RECORD_GROUPINGS,
  recordsHref,
  type RecordsView,
  type RecordsVocabulary,
} from "@/lib/url-state/records";
import { canonicalQuery } from "@/lib/url-state/canonical-query";
import { recordsQuery } from "@/lib/url-state/records-query";
import { COMPANY_SIZES, EMPLOYMENT_TYPES, RECORD_LEVELS, REMOTE_RATIOS } from "@/lib/records/codes";
import { itRoundTrips } from "./round-trip";

const vocabulary: RecordsVocabulary = {
  titles: ["Machine Learning Engineer", "Data Scientist", "AI Engineer", "R&D Engineer, ML"],
  countries: ["US", "GB", "DE"],
  years: [2024, 2023, 2025],
};
const parse = (query: string, options?: { except?: readonly "group"[] }) => recordsView.parse(new URLSearchParams(query), vocabulary, options);
const serializeRecordsView = recordsView.serialize;

describe("recordsView.parse", () => {
  it("reads every filter, repeated values and the grouping into canonical order", () => {
    const { view, ignored } = parse(
      "year=2024&title=Machine+Learning+Engineer&level=senior&level=mid&country=us&year=2023&employment=ft&remote=100&size=L&size=S&group=country&title=AI+Engineer",
    );
    expect(ignored).toEqual([]);
    expect(view).toEqual({
      filters: {
        title: ["AI Engineer", "Machine Learning Engineer"],
        level: ["mid", "senior"],
        country: ["US"],
        year: [2023, 2024],
        employment: ["FT"],
        remote: [100],
        size: ["S", "L"],
      },
      group: "country",
      pay: null,
    });
  });

  it("reads your number, pay, as an amount and refuses one with separators", () => {
    expect(parse("pay=185000").view.pay).toBe(185_000);
    expect(parse("pay=185%2C000").ignored).toEqual([{ name: "pay", value: "185,000", reason: "not an amount: a number above 0 without separators" }]);
  });

  it("matches titles whatever their case and keeps the data's spelling", () => {
    expect(parse("title=machine%20learning%20ENGINEER").view.filters.title).toEqual(["Machine Learning Engineer"]);
  });

  it("treats empty values as no filter, without a notice", () => {
    expect(parse("level=&title=&group=&pay=")).toEqual({ view: { filters: emptyRecordFilters(), group: "level", pay: null }, ignored: [] });
  });

  it("leaves out and reports unknown parameters and values, with what is allowed", () => {
    const { view, ignored } = parse("level=principal&country=ZZ&year=1999&colour=blue&level=senior&group=title&group=year&group=size");
    expect(view.filters.level).toEqual(["senior"]);
    expect(view.group).toBe("year");
    expect(ignored).toEqual([
      { name: "level", value: "principal", reason: "not a known level", allowed: ["junior", "mid", "senior", "director"] },
      { name: "country", value: "ZZ", reason: "not a known company country in the records", allowed: ["DE", "GB", "US"] },
      { name: "year", value: "1999", reason: "not a known year in the records", allowed: ["2023", "2024", "2025"] },
      { name: "colour", value: "blue", reason: "unknown parameter", allowed: ["title", "level", "country", "year", "employment", "remote", "size", "group", "pay"] },
      { name: "group", value: "title", reason: "not a grouping", allowed: RECORD_GROUPINGS },
      { name: "group", value: "size", reason: "group may be given once; the first was used" },
    ]);
  });

  it("without grouping, as the API reads it, reports group as unknown", () => {
    expect(parse("group=year", { except: ["group"] }).ignored).toEqual([
      { name: "group", value: "year", reason: "unknown parameter", allowed: ["title", "level", "country", "year", "employment", "remote", "size", "pay"] },
    ]);
  });

  it("shortens absurdly long names and values in its report", () => {
    const [problem] = parse(`${"x".repeat(100)}=${"y".repeat(100)}`).ignored;
    expect(problem?.name).toBe(`${"x".repeat(64)}…`);
    expect(problem?.value).toBe(`${"y".repeat(64)}…`);
  });

  it("reads a plain searchParams object as Next passes it", () => {
    expect(recordsView.parse({ level: ["junior", "mid"], year: "2025", size: undefined }, vocabulary).view.filters).toMatchObject({
      level: ["junior", "mid"],
      year: [2025],
      size: [],
    });
  });
});

describe("recordsView.serialize", () => {
  it("writes keys in a fixed order, values in canonical order, and leaves out the default grouping", () => {
    const view: RecordsView = {
      filters: { ...emptyRecordFilters(), level: ["senior", "junior"], title: ["R&D Engineer, ML"], remote: [100, 0] },
      group: "level",
      pay: 185_000,
    };
    expect(serializeRecordsView(view)).toBe("title=R%26D+Engineer%2C+ML&level=junior&level=senior&remote=0&remote=100&pay=185000");
    expect(recordsHref({ filters: emptyRecordFilters(), group: "level", pay: null })).toBe("/records");
    expect(recordsHref({ filters: emptyRecordFilters(), group: "year", pay: null })).toBe("/records?group=year");
  });
});

// Subarrays keep their source's order, so drawing from canonically ordered lists gives canonical views.
const subset = <T>(values: readonly T[]) => fc.subarray([...values]);
const canonicalView: fc.Arbitrary<RecordsView> = fc.record({
  filters: fc.record({
    title: subset(vocabulary.titles.toSorted()),
    level: subset(RECORD_LEVELS),
    country: subset(vocabulary.countries.toSorted()),
    year: subset(vocabulary.years.toSorted((a, b) => a - b)),
    employment: subset(EMPLOYMENT_TYPES),
    remote: subset(REMOTE_RATIOS),
    size: subset(COMPANY_SIZES),
  }),
  group: fc.constantFrom(...RECORD_GROUPINGS),
  pay: fc.option(fc.integer({ min: 1, max: 999_999_999 }), { nil: null }),
});

describe("the URL round trip", () => {
  itRoundTrips(recordsView, vocabulary, canonicalView);

  it("serializes the same filters the same way, whatever order they were picked in", () => {
    fc.assert(
      fc.property(canonicalView, (view) => {
        const reversed = { ...view, filters: { ...view.filters, title: view.filters.title.toReversed(), level: view.filters.level.toReversed() } };
        expect(serializeRecordsView(reversed)).toBe(serializeRecordsView(view));
      }),
    );
  });

  it("any query string settles on one canonical form after one parse", () => {
    const token = fc.constantFrom("title", "level", "country", "year", "group", "size", "remote", "employment", "pay", "x", "Senior", "us", "2024", "M", "100", "AI Engineer", "185000", "");
    fc.assert(
      fc.property(fc.array(fc.tuple(token, token), { maxLength: 12 }), (pairs) => {
        const query = new URLSearchParams(pairs).toString();
        const once = serializeRecordsView(parse(query).view);
        expect(serializeRecordsView(parse(once).view)).toBe(once);
        expect(canonicalQuery(recordsQuery, new URLSearchParams(once))).toBe(once);
      }),
    );
  });
});

describe("hostile parameters", () => {
  it("reads only the strings of Next's searchParams object, where ?constructor=x carries an inherited function", () => {
    const params = { constructor: [Object as unknown as string, "x"], level: "senior" };
    const { view, ignored } = recordsView.parse(params, vocabulary);
    expect(view.filters.level).toEqual(["senior"]);
    expect(ignored).toEqual([
      { name: "constructor", value: "x", reason: "unknown parameter", allowed: ["title", "level", "country", "year", "employment", "remote", "size", "group", "pay"] },
    ]);
  });
});
