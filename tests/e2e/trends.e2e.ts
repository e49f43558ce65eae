import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Trends } from "@/lib/official/types";
import { formatAmount } from "@/lib/salary-model";
import { oewsRow, usdText } from "../support/oews-from-data";
import { baseUrl, chartDocument, horizontalScroll, openPage, screenshot, seriousViolations } from "./fixtures";

const seriesRows = (page: Page, key: string) =>
  page.locator(`[data-series="${key}"] tbody tr`).evaluateAll((rows) => rows.map((row) => [row.getAttribute("data-year"), row.querySelector('[data-figure="median"]')?.textContent ?? ""]));

describe("/trends", () => {
  it("shows OEWS 15-2051's May 2024 median as BLS publishes it, and the records' medians the API gives", async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/trends?country=US`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Pay over the years: Machine learning engineer · United States");
    // data/official/oews/README.md's spot check: May 2024, 15-2051 median $112,590.
    expect(await seriesRows(page, "oews-15-2051")).toContainEqual(["2024", "$112,590"]);
    expect(oewsRow(2024, "15-2051").a_median).toBe("112590");
    const api = (await (await fetch(`${baseUrl}/api/trends?country=US`)).json()) as Trends;
    expect(await seriesRows(page, "records")).toEqual(api.records.points.map((p) => [String(p.year), p.median.value === null ? "—" : formatAmount(p.median.value, "USD")]));
    // A year under ten records gives its n and the reason, never a median.
    const tooFew = api.records.points.find((p) => p.reason !== null);
    expect(tooFew).toBeDefined();
    await expect(page.locator(`[data-series="records"] tr[data-year="${tooFew!.year}"]`).textContent()).resolves.toContain(`too few to rank: n = ${tooFew!.n}, need 10`);
    const chart = await chartDocument(page, "trends");
    await expect(chart.locator("title").first().textContent()).resolves.toContain("Pay in USD a year by year");
    await expect(chart.locator("desc").first().textContent()).resolves.toContain("2024 $112,590");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Trends" }).getAttribute("aria-current")).resolves.toBe("page");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "trends-ml-engineer-us");
  });

  it("writes BLS's top-code as '≥ $239,200' and the May 2020 combined code with its caveat", async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/trends?role=ml-engineering-manager`);
    await expect(page.locator('[data-series="oews-11-3021"] tr[data-year="2024"]').textContent()).resolves.toContain("≥ $239,200");
    await page.goto(`${baseUrl}/trends?role=data-scientist`);
    const row2020 = page.locator('[data-series="oews-15-2051"] tr[data-year="2020"]');
    await expect(row2020.textContent()).resolves.toContain(usdText(oewsRow(2020, "15-2098").a_median));
    await expect(row2020.textContent()).resolves.toContain("not directly comparable with 15-2051");
  });

  async function chooseSeniorInUs(page: Page) {
    await page.goto(`${baseUrl}/trends`);
    await page.getByLabel("Level (survey records only)").selectOption("senior");
    await page.getByLabel("Company country (survey records only)").selectOption("US");
    await page.getByRole("button", { name: "Show the trend" }).click();
    await page.waitForURL(`${baseUrl}/trends?level=senior&country=US`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Pay over the years: Machine learning engineer · Senior · United States");
    const api = (await (await fetch(`${baseUrl}/api/trends?level=senior&country=US`)).json()) as Trends;
    expect(await seriesRows(page, "records")).toEqual(api.records.points.map((p) => [String(p.year), p.median.value === null ? "—" : formatAmount(p.median.value, "USD")]));
  }

  it("changes the trend through the form with JavaScript", async () => {
    await chooseSeniorInUs(await openPage());
  });

  it("works the same without JavaScript, and links the same view as JSON and CSV", async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await chooseSeniorInUs(page);
    await expect(page.getByRole("link", { name: "This trend as JSON" }).getAttribute("href")).resolves.toBe("/api/trends?level=senior&country=US");
    const csvHref = await page.getByRole("link", { name: "as CSV" }).getAttribute("href");
    expect(csvHref).toBe("/api/trends.csv?level=senior&country=US");
    const csv = await fetch(`${baseUrl}${csvHref}`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(await csv.text()).toContain("bls-oews,15-2051,15-2051,2024,");
  });

  it("redirects other spellings to the canonical URL and names what it ignored", async () => {
    const redirect = await fetch(`${baseUrl}/trends?country=us&role=ML-Engineer`, { redirect: "manual" });
    expect(redirect.status).toBe(307);
    expect(new URL(redirect.headers.get("location")!, baseUrl).search).toBe("?country=US");
    const response = await fetch(`${baseUrl}/trends?level=principal&country=ZZ&format=csv`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("not a level");
    expect(html).toContain("not a company country in the records");
    // format belongs to the API, not the page.
    expect(html).toContain("unknown parameter");
    expect((await fetch(`${baseUrl}/api/trends?level=principal`)).status).toBe(400);
  });

  it("keeps the figures inside a 360 px screen", async () => {
    const page = await openPage({ width: 360 });
    await page.goto(`${baseUrl}/trends?country=US`);
    expect(await horizontalScroll(page)).toBeLessThanOrEqual(0);
    await screenshot(page, "trends-360px");
  });
});
