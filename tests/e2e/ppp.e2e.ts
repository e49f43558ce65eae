// "What a salary buys" (ppp=1) on /salaries, /compare and /estimate. Expected figures are the pure
// conversion (src/lib/official/ppp.ts) of data/'s claims with the factors the server's own database
// holds, read from the file, never from the server's answers.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { claimedRange } from "@/lib/claims/claimed-range";
import { openSqlite } from "@/lib/db/connection";
import { describePppFactor, PPP_ATTRIBUTION, PPP_INDICATOR, rangeInInternationalDollars, type PppFactor } from "@/lib/official/ppp";
import { formatInternationalDollars, formatRatio } from "@/lib/salary-model";
import { bands, pppDataOf, rates } from "../support/claims-from-data";
import { explorerBandIds } from "./expected";
import { bandRowIds, baseUrl, horizontalScroll, openPage, screenshot, seriousViolations } from "./fixtures";

function databaseFactors(): PppFactor[] {
  const sqlite = openSqlite(process.env.E2E_DATABASE_FILE as string, { readonly: true });
  try {
    return sqlite.prepare("SELECT countryIso2 AS country, year, value FROM PppValue WHERE indicator = ? ORDER BY countryIso2, year").all(PPP_INDICATOR) as PppFactor[];
  } finally {
    sqlite.close();
  }
}
const factors = databaseFactors();
const table = pppDataOf(factors);
const factorOf = (country: string, year: number) => factors.find((f) => f.country === country && f.year === year)!.value;

/** What a row's "What it buys" cell must say for a band of data/: its international dollars and how, or why there are none. */
function expectedCell(bandId: string): string {
  const band = bands.find((b) => b.id === bandId)!;
  const ppp = rangeInInternationalDollars(claimedRange(band), { country: band.country, sourceId: band.source.id }, table, rates);
  return ppp.factor === null ? ppp.reason : `${formatInternationalDollars(ppp.internationalDollars)}${describePppFactor(ppp)}`;
}
const cells = (page: Page) => page.locator("tr[data-band-row]").evaluateAll((rows) => rows.map((row) => [row.getAttribute("data-band-row"), row.querySelector("td[data-pay] [data-ppp]")?.textContent ?? null]));
const pppCheckbox = (page: Page) => page.getByRole("checkbox", { name: "Also show what it buys: international dollars (PPP)" });

describe("/salaries?country=IN&ppp=1", () => {
  it("shows each band's international dollars beside its pay, with the factor, its year and the World Bank's attribution, without JavaScript", async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/salaries?country=IN&ppp=1`);
    const inIndia = explorerBandIds({ country: ["IN"] });
    expect(inIndia).toHaveLength(5);
    const shown = await cells(page);
    expect(shown.map(([id]) => id).sort()).toEqual([...inIndia].sort());
    expect(shown).toEqual(shown.map(([id]) => [id, expectedCell(id as string)]));
    // Every India band has a factor: 2023 claims 2023's, 2025 claims the 2024 factor as the nearest year.
    expect(shown.every(([, text]) => text?.startsWith("Int$"))).toBe(true);
    // The market-rate pay is still there.
    await expect(page.locator("tr[data-band-row='a002-in-junior'] td[data-pay]").textContent()).resolves.toContain("₹8,00,000–₹15,00,000");
    const note = page.locator("[data-ppp-note]");
    await expect(note.getByRole("table").getByRole("row").allTextContents()).resolves.toEqual([
      "CountryClaims ofFactor",
      `India2023${formatRatio(factorOf("IN", 2023))} INR per Int$, 2023`,
      `India2025${formatRatio(factorOf("IN", 2024))} INR per Int$, 2024 (nearest year)`,
    ]);
    await expect(page.locator("[data-ppp-attribution]").textContent()).resolves.toContain(PPP_ATTRIBUTION);
    await expect(page.locator("[data-ppp-attribution] a").getAttribute("href")).resolves.toBe("/sources#source-worldbank-wdi-ppp-2015-2024");
    await expect(pppCheckbox(page).isChecked()).resolves.toBe(true);
  });

  it("says which bands have no factor instead of guessing, and sorts them last when pay sorts by international dollars", async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/salaries?country=IN&country=none&ppp=1&sort=-max`);
    const shown = await cells(page);
    const worldwide = shown.filter(([, text]) => text === "no PPP factor: the claim names no country");
    expect(worldwide.length).toBe(bands.filter((b) => b.country === null).length);
    expect(shown.slice(-worldwide.length)).toEqual(worldwide);
    await expect(page.getByRole("columnheader", { name: /^Pay · what it buys/ }).getAttribute("aria-sort")).resolves.toBe("descending");
  });

  it("is a checkbox of the filter form: ticked it goes to the canonical ppp=1 URL, with JavaScript and without", async () => {
    for (const javaScriptEnabled of [true, false]) {
      const page = await openPage({ javaScriptEnabled });
      await page.goto(`${baseUrl}/salaries?country=IN&currency=USD`);
      await expect(page.locator("[data-ppp]").count()).resolves.toBe(0);
      await pppCheckbox(page).check();
      if (!javaScriptEnabled) await page.getByRole("button", { name: "Apply filters" }).click();
      await page.waitForURL(`${baseUrl}/salaries?country=IN&currency=USD&ppp=1`);
      await expect.poll(() => page.locator("td[data-pay] [data-ppp]").count()).toBe(5);
      // Currency choice still works for the market-rate column.
      await expect(page.locator("tr[data-band-row='a002-in-junior'] td[data-pay]").textContent()).resolves.toMatch(/^≈ \$9,604–\$18,007/);
    }
  });

  it("ignores a bad ppp value with the notice, and redirects other spellings to the canonical URL", async () => {
    const response = await fetch(`${baseUrl}/salaries?country=IN&ppp=2`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("ppp=2");
    expect(html).toContain("use ppp=1");
    expect(html).not.toContain("data-ppp-note");
    const reworded = await fetch(`${baseUrl}/salaries?ppp=on&country=in`, { redirect: "manual" });
    expect([reworded.status, reworded.headers.get("location")]).toEqual([307, "/salaries?country=IN&ppp=1"]);
  });

  it("keeps every row's pay and what it buys inside the screen at 360 px (cards) and 1280 px (table), without horizontal scroll", async () => {
    for (const width of [360, 1280]) {
      const page = await openPage({ width });
      await page.goto(`${baseUrl}/salaries?ppp=1`);
      await screenshot(page, `salaries-ppp-${width}px`);
      const outside = await page.locator("td[data-pay], td[data-pay] [data-ppp]").evaluateAll((tds) =>
        tds.filter((cell) => {
          const box = cell.getBoundingClientRect();
          return box.width === 0 || box.left < 0 || box.right > document.documentElement.clientWidth;
        }).length,
      );
      expect(outside).toBe(0);
      expect(await horizontalScroll(page)).toBeLessThanOrEqual(0);
    }
  });
});

describe("/compare and /estimate with ppp=1", () => {
  it("compares countries in international dollars too, beside the market-rate figures, without JavaScript", async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/compare?by=country&value=US&value=IN`);
    await pppCheckbox(page).check();
    await page.getByRole("button", { name: "Compare" }).click();
    await page.waitForURL(`${baseUrl}/compare?by=country&value=US&value=IN&ppp=1`);
    const india = page.locator("tr[data-band-row='a002-in-junior'] td[data-pay] [data-ppp]");
    await expect(india.textContent()).resolves.toBe(expectedCell("a002-in-junior"));
    await expect(page.locator("[data-ppp-difference='IN']").textContent()).resolves.toMatch(/^In what it buys \(international dollars\): India pay is \d+% below United States pay/);
    await expect(page.locator("[data-ppp-attribution]").textContent()).resolves.toContain(PPP_ATTRIBUTION);
    expect(await bandRowIds(page)).toContain("a002-in-junior");
  });

  it("puts the estimate in international dollars with each band's factor, or says why it cannot", async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/estimate?level=junior&country=IN&ppp=1`);
    await expect(page.locator("[data-ppp-estimate]").textContent()).resolves.toMatch(/^What it buys: Int\$[\d,]+–Int\$[\d,]+ in international dollars/);
    await expect(page.locator("#band-a002-in-junior [data-ppp]").textContent()).resolves.toBe(expectedCell("a002-in-junior"));
    await expect(page.locator("[data-ppp-attribution]").textContent()).resolves.toContain(PPP_ATTRIBUTION);
    await page.goto(`${baseUrl}/estimate?level=mid&ppp=1`);
    await expect(page.locator("[data-ppp-estimate]").textContent()).resolves.toContain("cannot be said");
  });

  for (const path of ["/salaries?country=IN&country=none&ppp=1", "/compare?by=country&value=US&value=DE&value=IN&ppp=1", "/estimate?level=junior&country=IN&ppp=1"]) {
    it(`has no serious or critical axe violation on ${path}`, async () => {
      const page = await openPage();
      await page.goto(`${baseUrl}${path}`);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
