import { describe, expect, it } from "vitest";
import { chartImageSpace, filingsViewSpace, recordsPayViewSpace, trendsViewSpace, viewSpace, type OfficialViewVocabulary } from "../../bench/views";
import { ML_QUICK_PICK_TITLES, ROLE_TITLES } from "@/lib/records/role-titles";
import { filingsView, trendsView } from "@/lib/url-state/official";
import { recordsView } from "@/lib/url-state/records";
import { claimData } from "../support/claims-from-data";

// The vocabulary the bench reads from the APIs' 400 answers, here from data/ and a few records values.
const vocabulary: OfficialViewVocabulary = {
  roles: claimData.vocabulary.roles.map((r) => r.id),
  levels: claimData.vocabulary.levels.map((l) => l.id),
  companies: claimData.vocabulary.companies.map((c) => c.id),
  countries: ["DE", "GB", "IN", "US"],
  years: [2020, 2021, 2022, 2023, 2024, 2025],
  states: ["CA", "NY", "TX", "WA"],
};
const official = { ...vocabulary, pppCountries: [] };
const records = { titles: [...new Set([...ML_QUICK_PICK_TITLES, ...Object.values(ROLE_TITLES).flat()])], countries: vocabulary.countries, years: vocabulary.years };

const spaces = [
  { name: "/trends", space: trendsViewSpace(vocabulary), parse: (params: URLSearchParams) => trendsView.parse(params, official, { except: ["format"] }), serialize: (v: unknown) => trendsView.serialize(v as never) },
  { name: "/records", space: recordsPayViewSpace(vocabulary), parse: (params: URLSearchParams) => recordsView.parse(params, records), serialize: (v: unknown) => recordsView.serialize(v as never) },
  { name: "/filings", space: filingsViewSpace(vocabulary), parse: (params: URLSearchParams) => filingsView.parse(params, official), serialize: (v: unknown) => filingsView.serialize(v as never) },
];

describe("the bench's never-seen views", () => {
  for (const { name, space, parse, serialize } of spaces) {
    it(`${name}: each is a canonical view of the page, none repeated`, () => {
      const count = Math.min(space.size, 3000);
      const paths = Array.from({ length: count }, (_, n) => space.path(n));
      expect(new Set(paths).size).toBe(count);
      for (const path of paths.slice(0, 300)) {
        const url = new URL(path, "http://localhost");
        expect(url.pathname).toBe(name);
        const { view, ignored } = parse(url.searchParams);
        expect(ignored).toEqual([]);
        expect(serialize(view)).toBe(url.search.slice(1));
      }
    });
  }
});

describe("the bench's chart images of never-seen views", () => {
  it("asks /api/chart/salaries for each view the page space holds, in the same order", () => {
    const pages = viewSpace({ country: ["US", "GB"], level: ["senior", "mid"], company: ["google"], currency: ["EUR"] });
    const images = chartImageSpace(pages);
    expect([images.size, images.of]).toEqual([pages.size, "views' chart images"]);
    for (let n = 0; n < 50; n++) expect(images.path(n)).toBe(`/api/chart${pages.path(n)}`);
    expect(images.path(1)).toMatch(/^\/api\/chart\/salaries\?/);
  });

  it("asks a page's other chart under its name, before the view's query", () => {
    const pages = viewSpace({ country: ["US", "GB"], level: ["senior", "mid"], company: ["google"], currency: ["EUR"] });
    const images = chartImageSpace(pages, "histogram");
    expect(images.of).toBe("views' histogram images");
    for (let n = 1; n < 50; n++) expect(images.path(n)).toBe(pages.path(n).replace(/^\/salaries\?/, "/api/chart/salaries/histogram?"));
  });
});
