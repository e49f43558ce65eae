import { describe, expect, it } from "vitest";
import { claimData } from "./expected";
import { PAGE_SIZE } from "@/lib/explorer/explorer-view";
import { bandRowIds, baseUrl, openPage, screenshot } from "./fixtures";

const { bands: bandsInData, factors: factorsInData } = claimData;

describe("GET /api/bands", () => {
  it("returns every band of data/ with the documented fields", async () => {
    const response = await fetch(`${baseUrl}/api/bands`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    const { bands } = (await response.json()) as { bands: Record<string, unknown>[] };
    expect(bands.map((b) => b.id).sort()).toEqual(bandsInData.map((b) => b.id).sort());
    const google = bands.find((b) => b.id === "a000-company-google-senior");
    expect(google).toMatchObject({
      role: "ml-engineer",
      level: "senior",
      country: "US",
      company: "google",
      basis: "base",
      period: "year",
      currency: "USD",
      min: 220000,
      max: 300000,
      openEnded: true,
      average: null,
      flags: [],
      source: { id: "unlocking-secrets-ml-engineer-salaries", title: expect.stringContaining("Unlocking the Secrets") },
      quote: expect.stringContaining("$220,000 – $300,000+"),
    });
    const pakistan = bands.find((b) => b.country === "PK");
    expect(pakistan).toMatchObject({ currency: "PKR", average: 50000, flags: expect.arrayContaining([expect.objectContaining({ code: "implausible" })]) });
  });
});

describe("GET /api/factors", () => {
  it("returns every factor with kind, percentages, scope, source and quote", async () => {
    const response = await fetch(`${baseUrl}/api/factors`);
    expect(response.status).toBe(200);
    const { factors } = (await response.json()) as { factors: Record<string, unknown>[] };
    expect(factors).toHaveLength(factorsInData.length);
    expect(factors.find((f) => f.kind === "gender-gap")).toMatchObject({ lowPct: -15, highPct: -10, quote: expect.stringContaining("10–15% less") });
    expect(factors.find((f) => f.kind === "tech-hub-premium")).toMatchObject({ lowPct: 20, highPct: 30, source: { id: "ml-engineer-salary-2025-guide" } });
  });
});

describe("/salaries", () => {
  it("is server-rendered with one row per band on its pages, readable without JavaScript", async () => {
    const html = await (await fetch(`${baseUrl}/salaries`)).text();
    expect(html.match(/<tr id="band-/g)).toHaveLength(PAGE_SIZE);
    expect(html).toContain("₹8,00,000–₹15,00,000");

    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/salaries`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("ML engineer salaries");
    // Every band once, page after page, following the Next links.
    const seen: string[] = [];
    for (;;) {
      seen.push(...(await bandRowIds(page)));
      const next = page.getByRole("navigation", { name: "Pages of bands" }).getByRole("link", { name: /^Next/ });
      if ((await next.count()) === 0) break;
      await next.click();
      await page.waitForURL(new RegExp(`/salaries\\?page=${Math.ceil((seen.length + 1) / PAGE_SIZE)}$`));
    }
    expect(seen).toHaveLength(bandsInData.length);
    expect(new Set(seen)).toEqual(new Set(bandsInData.map((band) => band.id)));
  });

  it("shows the rows in a browser at phone and desktop width, with no console error", async () => {
    for (const width of [360, 1280]) {
      const page = await openPage({ width });
      await page.goto(`${baseUrl}/`);
      await page.getByRole("link", { name: "Browse the salary bands" }).click();
      await page.waitForURL(`${baseUrl}/salaries`);
      const indiaJunior = page.locator("#band-a002-in-junior");
      await expect(indiaJunior.locator("td[data-pay]").textContent()).resolves.toContain("₹8,00,000–₹15,00,000");
      await screenshot(page, `salaries-${width}px`);
    }
  });

  it("answers an unknown address with the not-found page and status 404", async () => {
    const response = await fetch(`${baseUrl}/no-such-page`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Page not found");
  });
});
