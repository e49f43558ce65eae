import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { baseUrl, chartDocument, openPage, screenshot } from "./fixtures";

// Figures for the bundled snapshot, checked against a Python reading of the CSV (pairs counted once, R-7 percentiles).
const SENIOR_ML_ENGINEERS_US_2024 = { n: 1528, p10: 154790, p25: 182475, p50: 212500, p75: 244000, p90: 274500, min: 90000, max: 430000 };

describe("GET /api/percentiles", () => {
  it("answers n, the percentiles, min and max in USD and the method", async () => {
    const response = await fetch(`${baseUrl}/api/percentiles?title=Machine%20Learning%20Engineer&country=US&level=senior&year=2024`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toEqual({
      ...SENIOR_ML_ENGINEERS_US_2024,
      currency: "USD",
      method: expect.stringContaining("Linear interpolation between order statistics"),
      // Enough to rank, and no pay= asked about.
      reason: null,
      rank: null,
      position: null,
      histogram: expect.objectContaining({ n: 1528, binWidth: 10000, bins: expect.arrayContaining([{ from: 90000, to: 100000, n: 4 }]) }),
      sourceId: "aijobs-salaries-2025-01-19",
    });
  });

  it("answers 400 naming each invalid parameter with the values allowed", async () => {
    const response = await fetch(`${baseUrl}/api/percentiles?level=principal&country=U&size=XL&colour=red`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { parameters: { name: string; reason: string; allowed?: string[] }[] };
    expect(body.parameters.map((p) => p.name)).toEqual(["level", "country", "size", "colour"]);
    expect(body.parameters[0]).toMatchObject({ reason: "not a known level", allowed: ["junior", "mid", "senior", "director"] });
    expect(body.parameters[2]).toMatchObject({ reason: "not a known company size", allowed: ["S", "M", "L"] });
    expect(body.parameters[3]).toMatchObject({ reason: "unknown parameter" });
  });
});

describe("/records", () => {
  /** Senior ML engineers at US companies, every year: n 2,002, median $207,700. */
  async function filterSeniorMlEngineersInUs(page: Page) {
    await page.goto(`${baseUrl}/records`);
    await page.getByLabel("Job title").selectOption("Machine Learning Engineer");
    await page.getByLabel("Company country").selectOption("US");
    await page.getByRole("checkbox", { name: "Senior" }).check();
    await page.getByRole("button", { name: "Show percentiles" }).click();
    await page.waitForURL(/[?&]title=Machine\+Learning\+Engineer/);
    const url = new URL(page.url());
    expect(url.searchParams.getAll("title")).toEqual(["Machine Learning Engineer"]);
    expect(url.searchParams.getAll("country")).toEqual(["US"]);
    expect(url.searchParams.getAll("level")).toEqual(["senior"]);
    await expect(page.getByRole("heading", { level: 2, name: /^Records:/ }).textContent()).resolves.toBe(
      "Records: title Machine Learning Engineer · level Senior · company in United States",
    );
    const stats = page.getByRole("list", { name: "All matching observations" });
    await expect(stats.textContent()).resolves.toContain("2,002 observations");
    await expect(stats.textContent()).resolves.toContain("$207,700 median");
    await expect(page.locator('figure img[data-chart="percentiles"]').count()).resolves.toBe(1);
    const chart = await chartDocument(page, "percentiles");
    await expect(chart.locator("g[data-group] rect").count()).resolves.toBe(1);
    const row = page.locator('tr[data-group="senior"]');
    await expect(row.getByRole("cell").allTextContents()).resolves.toEqual([
      "2,002",
      "$153,080",
      "$176,800",
      "$207,700",
      "$240,000",
      "$273,629",
      "$70,179",
      "$430,000",
    ]);
  }

  it("filters through the form with JavaScript: the URL, the chart and the percentiles follow", async () => {
    const page = await openPage();
    await filterSeniorMlEngineersInUs(page);
    await screenshot(page, "records-filtered");
  });

  it("works the same without JavaScript", async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await filterSeniorMlEngineersInUs(page);
  });

  it("groups by level by default, by another column on request, and says how levels and pairs are counted", async () => {
    const page = await openPage({ width: 360 });
    await page.goto(`${baseUrl}/records`);
    const groupsShown = () => page.locator("tbody tr[data-group]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-group")));
    await expect(groupsShown()).resolves.toEqual(["junior", "mid", "senior", "director"]);
    await expect(page.getByRole("table", { name: /survey.s experience levels/ }).textContent()).resolves.toContain("EXexecutive / directorDirector");
    await expect(page.getByText("Pairs count once.").count()).resolves.toBe(1);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Records" }).getAttribute("aria-current")).resolves.toBe("page");
    await page.goto(`${baseUrl}/records?group=year&title=Machine%20Learning%20Engineer`);
    // 2020 has 5 ML engineer records: fewer than the 10 needed to rank, so it is named below the table with its n instead.
    await expect(groupsShown()).resolves.toEqual(["2021", "2022", "2023", "2024", "2025"]);
    await expect(page.getByText("Not shown, fewer than 10 observations: 2020 (n = 5).").count()).resolves.toBe(1);
    await expect(page.locator('tr[data-group="2021"]').textContent()).resolves.toContain("small sample");
    await screenshot(page, "records-by-year-360px");
    await page.goto(`${baseUrl}/records?group=country&title=Machine%20Learning%20Engineer`);
    await expect(page.getByText(/^Not shown, fewer than 10 observations: /).count()).resolves.toBe(1);
  });

  it("filters by an ML role in one click with the quick picks", async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/records?level=junior`);
    await page.getByRole("navigation", { name: "Quick picks for ML roles" }).getByRole("link", { name: "Data Scientist" }).click();
    await page.waitForURL(`${baseUrl}/records?title=Data+Scientist&level=junior`);
    await expect(page.getByRole("navigation", { name: "Quick picks for ML roles" }).locator('[aria-current="true"]').textContent()).resolves.toBe(
      "Data Scientist",
    );
  });

  async function rankAmongSeniorMlEngineersInUs(page: Page) {
    await page.goto(`${baseUrl}/records?title=Machine+Learning+Engineer&level=senior&country=US`);
    await page.getByLabel("Your pay (USD a year)").fill("185000");
    await page.getByRole("button", { name: "Show percentiles" }).click();
    await page.waitForURL(`${baseUrl}/records?title=Machine+Learning+Engineer&level=senior&country=US&pay=185000`);
    const api = (await (await fetch(`${baseUrl}/api/percentiles?title=Machine%20Learning%20Engineer&level=senior&country=US&pay=185000`)).json()) as { position: string; n: number };
    expect(api.position).toMatch(/^p\d+ of 2,002 records$/);
    await expect(page.locator("[data-rank]").textContent()).resolves.toContain(api.position);
    const histogram = await chartDocument(page, "histogram");
    await expect(histogram.locator("desc").textContent()).resolves.toContain(`Histogram of 2,002 records`);
    // OEWS of the role's three occupations and the article's senior US claims are drawn with it.
    await expect(histogram.locator("[data-range]").evaluateAll((lanes) => lanes.map((g) => g.getAttribute("data-range")))).resolves.toEqual(
      expect.arrayContaining(["oews-15-2051", "oews-15-1221", "oews-15-1252"]),
    );
  }

  it("says where your pay sits among the records, as /api/percentiles does", async () => {
    const page = await openPage();
    await rankAmongSeniorMlEngineersInUs(page);
    await screenshot(page, "records-where-it-sits");
  });

  it("says where your pay sits without JavaScript too", async () => {
    await rankAmongSeniorMlEngineersInUs(await openPage({ javaScriptEnabled: false }));
  });

  it("fits a 360 px phone without horizontal page scroll, with the level table and where a pay sits", async () => {
    const page = await openPage({ width: 360 });
    for (const view of ["/records", "/records?country=US&level=senior&pay=185000"]) {
      await page.goto(`${baseUrl}${view}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    }
  });

  it("shows what it ignored in the address instead of failing", async () => {
    const response = await fetch(`${baseUrl}/records?level=principal&colour=red&group=planet&pay=185%2C000`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Some of the address was ignored");
    expect(html).toContain("not a known level");
    expect(html).toContain("unknown parameter");
    expect(html).toContain("not a grouping");
    expect(html).toContain("not an amount: a number above 0 without separators");
  });
});
