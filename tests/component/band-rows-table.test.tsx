import { readFileSync } from "node:fs";
import { render, screen, within } from "@testing-library/react";
import type { ComponentProps } from "react";
import { describe, expect, it } from "vitest";
import { BandRowsTable } from "@/components/explorer/band-rows-table";
import { band as blankBand } from "../support/band";

type Props = ComponentProps<typeof BandRowsTable>;
type Row = Props["rows"][number];
type Band = Row["band"];

const SOURCE = { id: "unlocking-secrets-ml-engineer-salaries", title: "Unlocking the Secrets of ML Engineer Salaries: What You Need to Know" };

/** A senior US base-pay band of the first article unless a test says otherwise. */
function band(overrides: Partial<Band> & Pick<Band, "id">): Band {
  return blankBand({
    level: "senior",
    country: "US",
    min: 180000,
    max: 250000,
    source: SOURCE,
    quote: "Senior: $180,000 – $250,000",
    amountPhrase: "$180,000 – $250,000",
    ...overrides,
  });
}

/** A row shown as stated: the band's own currency and period. */
function asStated(shown: Band): Row {
  const range = { currency: shown.currency, min: shown.min, max: shown.max, openEnded: shown.openEnded, period: "year" as const };
  return { band: shown, range, converted: false, annualized: false, comparable: range, ppp: null, records: undefined };
}

const googleSenior = band({
  id: "a000-company-google-senior",
  company: "google",
  min: 220000,
  max: 300000,
  openEnded: true,
  yearsMin: 5,
  yearsMax: null,
  quote: "Google: $220,000 – $300,000+",
  amountPhrase: "$220,000 – $300,000+",
});
const ukExperienced = band({
  id: "a002-gb-experienced",
  country: "GB",
  currency: "GBP",
  min: null,
  max: 130000,
  quote: "Experienced engineers earn up to £130,000.",
  amountPhrase: "up to £130,000",
  flags: [{ code: "basis-unstated", reason: "The article does not say whether this is base or total pay." }],
});
/** The UK band shown in US dollars: 130,000 GBP at 0.8 GBP per USD. */
const ukInDollars: Row = {
  band: ukExperienced,
  range: { currency: "USD", min: null, max: 162500, openEnded: false, period: "year" },
  converted: true,
  annualized: false,
  comparable: { currency: "USD", min: null, max: 162500, openEnded: false, period: "year" },
  ppp: null,
  records: undefined,
};

const labels: Props["labels"] = {
  levels: new Map([["senior", { name: "Senior", rank: 3 }]]),
  roles: new Map([["ml-engineer", "Machine learning engineer"]]),
  countries: new Map([
    ["US", "United States"],
    ["GB", "United Kingdom"],
  ]),
  cities: new Map(),
  companies: new Map([["google", "Google"]]),
  industries: new Map(),
  sources: new Map([[SOURCE.id, SOURCE.title]]),
  currencies: new Map([
    ["USD", "US dollar"],
    ["GBP", "Pound sterling"],
  ]),
};

function renderTable(overrides: Partial<Props> = {}) {
  const props: Props = {
    rows: [asStated(googleSenior), ukInDollars],
    sort: { key: "level", descending: false },
    labels,
    // The table only links to what the page gives it: a readable stand-in for the canonical URL.
    sortHref: (key, descending) => `/salaries?sort=${descending ? "-" : ""}${key}`,
    caption: "2 bands; select a column heading to sort.",
    ...overrides,
  };
  render(<BandRowsTable {...props} />);
  return screen.getByRole("table", { name: "2 bands; select a column heading to sort." });
}

const cellTexts = (row: HTMLElement) => [...row.children].map((cell) => cell.textContent);

describe("BandRowsTable", () => {
  it("renders one row per band, after the heading row, with the band id on each", () => {
    const table = renderTable();
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(3);
    expect(rows.slice(1).map((row) => row.getAttribute("data-band-row"))).toEqual(["a000-company-google-senior", "a002-gb-experienced"]);
    expect(rows[1]?.id).toBe("band-a000-company-google-senior");
  });

  it("shows level, experience, role, location, company, basis and the open-ended pay in the row's cells", () => {
    const table = renderTable();
    const google = within(table).getAllByRole("row")[1] as HTMLElement;
    expect(within(google).getByRole("rowheader").textContent).toBe("Senior5+ yrs");
    expect(cellTexts(google).slice(1, 7)).toEqual(["Machine learning engineer", "United States", "Google", "—", "Base salary", "$220,000–$300,000+"]);
  });

  it("marks a converted amount with ≈ and says where it was converted from, beside its flag", () => {
    const table = renderTable();
    const uk = within(table).getAllByRole("row")[2] as HTMLElement;
    const pay = uk.querySelector("td[data-pay]");
    expect(pay?.textContent).toBe("≈ up to $162,500converted from GBP⚑ base or total?: The article does not say whether this is base or total pay.");
    // The reason is in the row once: in the flag, for screen readers and the hover tooltip, not in a title as well.
    const flag = uk.querySelector(".flag");
    expect([flag?.querySelector(".flag-reason")?.textContent, flag?.getAttribute("title")]).toEqual([": The article does not say whether this is base or total pay.", null]);
    expect(pay?.textContent?.match(/The article does not say/g)).toHaveLength(1);
  });

  it("links every column heading to its sort, pay first descending, and marks the active column", () => {
    const table = renderTable();
    const sortLinks = within(table)
      .getAllByRole("columnheader")
      .flatMap((header) => within(header).getAllByRole("link"))
      .map((link) => [link.textContent, link.getAttribute("href")]);
    expect(sortLinks).toEqual([
      ["Level ▲, sort descending", "/salaries?sort=-level"],
      ["Role, sort ascending", "/salaries?sort=role"],
      ["Location, sort ascending", "/salaries?sort=location"],
      ["Company, sort ascending", "/salaries?sort=company"],
      ["Industry, sort ascending", "/salaries?sort=industry"],
      ["Basis, sort ascending", "/salaries?sort=basis"],
      ["Pay, sort descending", "/salaries?sort=-max"],
      ["by min, sort descending", "/salaries?sort=-min"],
      ["Source, sort ascending", "/salaries?sort=source"],
    ]);
    expect(within(table).getByRole("columnheader", { name: /^Level/ }).getAttribute("aria-sort")).toBe("ascending");
    expect(within(table).getByRole("columnheader", { name: /^Role/ }).getAttribute("aria-sort")).toBeNull();
  });

  it("reverses the active column on a second click: pay sorted highest first links to lowest first", () => {
    const table = renderTable({ sort: { key: "max", descending: true } });
    const pay = within(table).getByRole("columnheader", { name: /^Pay/ });
    expect(pay.getAttribute("aria-sort")).toBe("descending");
    const link = within(pay).getByRole("link", { name: /^Pay/ });
    expect([link.textContent, link.getAttribute("href")]).toEqual(["Pay ▼, sort ascending", "/salaries?sort=max"]);
  });

  it("links each row's source to the band's own page, without prefetching it", () => {
    const table = renderTable();
    const google = within(table).getAllByRole("row")[1] as HTMLElement;
    const link = within(google).getByRole("link", { name: /^Unlocking the Secrets of ML…/ });
    expect([link.textContent, link.getAttribute("href")]).toEqual(["Unlocking the Secrets of ML…", "/salaries/bands/a000-company-google-senior"]);
    // The caption says once what the source links open.
    expect(table.querySelector("caption")?.textContent).toBe("2 bands; select a column heading to sort.");
    // A row carries what it shows: the quote is on the band's page, not in the table.
    expect(google.querySelector("blockquote, details")).toBeNull();
  });

  it("keeps the columns in the fixed order the phone cards name them by (explorer.module.css), so no cell repeats its column's name", () => {
    const table = renderTable();
    const headings = within(table).getAllByRole("columnheader").map((header) => header.querySelector("a")?.firstChild?.textContent);
    expect(headings).toEqual(["Level", "Role", "Location", "Company", "Industry", "Basis", "Pay", "Source"]);
    const google = within(table).getAllByRole("row")[1] as HTMLElement;
    expect([...google.querySelectorAll("td")].map((cell) => cell.getAttribute("data-label"))).toEqual([null, null, null, null, null, null, null]);
    // The stylesheet names the cards' cells by position: the n-th <td> is the heading after the row's level (the pay needs no name).
    const css = readFileSync("src/components/explorer/explorer.module.css", "utf8");
    const named = [...css.matchAll(/td:nth-of-type\((\d)\)::before \{ content: "([^"]+): "; \}/g)].map(([, position, name]) => [Number(position), name]);
    expect(named).toEqual(headings.slice(1).flatMap((heading, index) => (heading === "Pay" ? [] : [[index + 1, heading]])));
  });
});

describe("BandRowsTable with ppp=1", () => {
  // India's 2024 PA.NUS.PRVT.PP factor is about 19.90 INR per international $ (data/official/ppp/README.md); a 2025 claim takes it as the nearest year.
  const factor = 19.9;
  const indiaMid = band({ id: "a002-in-mid", level: "mid", country: "IN", currency: "INR", min: 2_000_000, max: 3_500_000 });
  const row: Row = {
    ...asStated(indiaMid),
    ppp: {
      internationalDollars: { currency: null, min: 2_000_000 / factor, max: 3_500_000 / factor, openEnded: false, period: "year" },
      factor,
      factorYear: 2024,
      nearestYear: true,
      country: "IN",
      year: 2025,
      localCurrency: "INR",
      convertedFrom: null,
    },
  };
  const worldwide: Row = { ...asStated(band({ id: "a000-level-senior", country: null })), ppp: { internationalDollars: null, factor: null, reason: "no PPP factor: the claim names no country" } };

  it("shows what the pay buys in the pay cell, with the factor and its year, or the reason there is none", () => {
    const table = renderTable({ rows: [row, worldwide], ppp: true });
    const [india, none] = within(table).getAllByRole("row").slice(1) as HTMLElement[];
    const pay = india!.querySelector("td[data-pay]");
    expect(pay?.textContent).toBe("₹20,00,000–₹35,00,000What it buys: Int$100,503–Int$175,879÷ 19.9 INR per Int$ (IN 2024, the nearest year to the claim's 2025)");
    expect(pay?.querySelector("[data-ppp]")?.textContent).toBe("Int$100,503–Int$175,879÷ 19.9 INR per Int$ (IN 2024, the nearest year to the claim's 2025)");
    expect(none!.querySelector("[data-ppp]")?.textContent).toBe("no PPP factor: the claim names no country");
    // No extra column: the table keeps its width, and a phone card shows both first.
    expect(india!.querySelectorAll("td")).toHaveLength(7);
  });

  it("says in the pay heading that pay sorts by what it buys", () => {
    const table = renderTable({ rows: [row], ppp: true, sort: { key: "max", descending: true } });
    const pay = within(table).getByRole("columnheader", { name: /^Pay · what it buys/ });
    expect(pay.getAttribute("aria-sort")).toBe("descending");
    expect(within(pay).getAllByRole("link").map((link) => [link.textContent, link.getAttribute("href")])).toEqual([
      ["Pay · what it buys ▼, sort ascending", "/salaries?sort=max"],
      ["by min, sort descending", "/salaries?sort=-min"],
    ]);
  });
});
