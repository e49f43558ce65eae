import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { baseUrl, chartDocument, horizontalScroll, openPage, screenshot, seriousViolations } from "./fixtures";

describe("/filings", () => {
  async function meta(page: Page) {
    await page.goto(`${baseUrl}/filings`);
    await page.getByLabel("Company").selectOption("meta");
    await page.getByLabel("Role (read from the job title)").selectOption("ml-engineer");
    await page.getByLabel("Your pay (USD a year)").fill("200000");
    await page.getByRole("button", { name: "Show the filings" }).click();
    await page.waitForURL(`${baseUrl}/filings?company=meta&role=ml-engineer&pay=200000`);
    // data/official/h1b/README.md: Meta's 17 "Machine Learning" filings, median offered $198,940.
    const stats = page.getByRole("list", { name: "The matching filings" });
    await expect(stats.textContent()).resolves.toContain("17 filings (n)");
    await expect(stats.textContent()).resolves.toContain("$198,940 median offered wage");
    const api = (await (await fetch(`${baseUrl}/api/filings?company=meta&role=ml-engineer&pay=200000`)).json()) as { position: string };
    await expect(page.locator("[data-rank]").textContent()).resolves.toContain(api.position);
    await expect((await chartDocument(page, "histogram")).locator("[data-pay] text").textContent()).resolves.toMatch(/^your \$200,000: p\d+$/);
    await expect(page.getByRole("table", { name: /^Drawn with the histogram/ }).textContent()).resolves.toContain("OEWS 15-1252 Software Developers, May 2023");
  }

  it("ranks your number among the filings as the API does, with JavaScript", async () => {
    const page = await openPage();
    await meta(page);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "filings-meta-ml-engineer");
  });

  it("works the same without JavaScript", async () => {
    await meta(await openPage({ javaScriptEnabled: false }));
  });

  it("gives n and no percentile under ten filings", async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/filings?company=apple&role=data-scientist&pay=150000`);
    const text = await page.locator("main").textContent();
    expect(text).toContain("9 filings (n)");
    expect(text).toContain("No percentiles: too few to rank: n = 9, need 10.");
    expect(text).toContain("Your number, $150,000 a year: too few to rank: n = 9, need 10.");
    await expect(page.locator('[data-chart="histogram"]').count()).resolves.toBe(0);
  });

  it("names what it ignored, and keeps the figures inside a 360 px screen", async () => {
    const html = await (await fetch(`${baseUrl}/filings?company=acme&pay=lots`)).text();
    expect(html).toContain("not a company");
    expect(html).toContain("not an amount: a number above 0 without separators");
    const page = await openPage({ width: 360 });
    await page.goto(`${baseUrl}/filings?role=ml-engineer&pay=185000`);
    expect(await horizontalScroll(page)).toBeLessThanOrEqual(0);
  });
});
