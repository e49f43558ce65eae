import { describe, expect, it } from "vitest";
import { claimData } from "./expected";
import { baseUrl, horizontalScroll, openPage, screenshot, seriousViolations } from "./fixtures";

describe("/sources", () => {
  it("lists every source with its publisher, date, kind and licence", async () => {
    const response = await fetch(`${baseUrl}/sources`);
    expect(response.status).toBe(200);
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/sources`);
    const cards = page.locator("li[id^=source-]");
    expect(await cards.evaluateAll((items) => items.map((item) => item.id))).toEqual(
      // Articles first, newest first; then the datasets, newest first.
      [
        "source-ml-engineer-salary-2025-guide",
        "source-understanding-ml-engineer-salary-trends",
        "source-unlocking-secrets-ml-engineer-salaries",
        "source-are-ml-engineers-paid-more",
        "source-worldbank-wdi-ppp-2015-2024",
        "source-aijobs-salaries-2025-01-19",
        "source-bls-oews-national-2020-2024",
        "source-dol-lca-fy2024q1-soc15",
      ],
    );
    for (const source of claimData.sources) {
      await expect(page.locator(`#source-${source.id} h3`).textContent()).resolves.toBe(source.title);
    }
    await expect(page.locator("#source-aijobs-salaries-2025-01-19").textContent()).resolves.toContain("CC0 1.0");
    await expect(page.locator("#factor-a002-gender-gap").textContent()).resolves.toContain("−15% to −10%");
  });

  it("shows the US-average disagreement side by side with its spread", async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/sources`);
    const usAverage = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "ML engineer base salaries in the US: averages" }) });
    await expect(usAverage.locator("p").first().textContent()).resolves.toBe("$110,000 vs $112,000+ vs $140,000–$180,000 vs $162,000 vs $240,000+");
    // From $110,000 to $240,000: (240,000 − 110,000) / 110,000.
    await expect(usAverage.locator("[data-spread]").textContent()).resolves.toBe("118%");
    const claims = usAverage.getByRole("table");
    await expect(claims.getByRole("row", { name: /^Are ML Engineers Paid More\?/ }).textContent()).resolves.toContain("$112,000+");
    await expect(claims.getByRole("row").count()).resolves.toBe(6);
    // The UK averages are in pounds: their yearly USD equivalent is marked as converted.
    const ukAverage = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "ML engineer base salaries in the UK: averages" }) });
    await expect(ukAverage.getByRole("table").textContent()).resolves.toContain("≈ $75,000–$83,750");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("lists flagged claims with their reasons and a link to each one's own page", async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/sources`);
    const pakistan = page.locator('tr[data-flagged-claim="a000-country-pk"]');
    await expect(pakistan.textContent()).resolves.toMatch(/PKR\s50,000/);
    await expect(pakistan.textContent()).resolves.toContain("probably a monthly figure");
    // Its own page, not its row in a view of its source: that row may be on a later page of the table.
    await pakistan.getByRole("link", { name: "its page" }).click();
    await page.waitForURL(`${baseUrl}/salaries/bands/a000-country-pk`);
    await expect(page.locator("[data-band-detail]").count()).resolves.toBe(1);
  });

  it("states the exchange rates with their date and derivation", async () => {
    const html = await (await fetch(`${baseUrl}/sources`)).text();
    expect(html).toMatch(/Exchange rates of (<!-- -->)?2024/);
    expect(html).toContain("salary_in_usd / salary = 1.25, i.e. 0.80 GBP per USD.");
  });

  it("is reached from the navigation, at phone and desktop width", async () => {
    for (const width of [360, 1280]) {
      const page = await openPage({ width });
      await page.goto(`${baseUrl}/`);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sources" }).click();
      await page.waitForURL(`${baseUrl}/sources`);
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Sources, and where they disagree");
      expect(await horizontalScroll(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `sources-${width}px`);
    }
  });
});
