import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { bandRowIds, baseUrl, chartBarIds, horizontalScroll, openPage, screenshot, seriousViolations } from "./fixtures";

const GOOGLE_META_SENIOR = `${baseUrl}/compare?by=company&value=google&value=meta&level=senior`;
const WITH_APPLE = `${baseUrl}/compare?by=company&value=google&value=meta&value=apple&level=senior`;

const payOf = (page: Page, bandId: string) => page.locator(`tr[data-band-row="${bandId}"] td[data-pay]`).textContent();
const companies = (page: Page) => page.getByRole("group", { name: "Companies to compare" });

describe("/compare over HTTP", () => {
  it("server-renders Google and Meta senior side by side with the percent difference", async () => {
    const response = await fetch(GOOGLE_META_SENIOR, { redirect: "manual" });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("<title>Google vs Meta (formerly Facebook): senior ML engineer base salaries · ML Salary Explorer</title>");
    expect(html).toContain("$220,000–$300,000+");
    expect(html).toContain("$200,000–$250,000+");
    expect(html).toContain("Meta (formerly Facebook) senior pay is 13% below Google senior pay");
  });

  it("sends a bare /compare, and a link in other words, to the canonical URL", async () => {
    const bare = await fetch(`${baseUrl}/compare`, { redirect: "manual" });
    expect(bare.status).toBe(307);
    expect(bare.headers.get("location")).toBe("/compare?by=company&value=google&value=meta&level=senior");
    const reworded = await fetch(`${baseUrl}/compare?level=senior&value=google&value=meta&by=company&currency=USD&basis=base`, { redirect: "manual" });
    expect(reworded.headers.get("location")).toBe("/compare?by=company&value=google&value=meta&level=senior");
  });

  it("ignores an invalid parameter with a notice naming it, and answers 200", async () => {
    const response = await fetch(`${baseUrl}/compare?by=planet`, { redirect: "manual" });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Some of this link’s settings were ignored");
    expect(html).toContain("by=planet");
    expect(html).toContain("not something to compare by");
  });
});

describe("/compare in the browser", () => {
  it("draws one chart bar per band row, and explains the difference in words", async () => {
    const page = await openPage();
    await page.goto(GOOGLE_META_SENIOR);
    expect(await bandRowIds(page)).toEqual(["a000-company-google-senior", "a000-company-meta-senior"]);
    expect(await chartBarIds(page)).toEqual(["a000-company-google-senior", "a000-company-meta-senior"]);
    await expect(payOf(page, "a000-company-google-senior")).resolves.toBe("$220,000–$300,000+");
    await expect(payOf(page, "a000-company-meta-senior")).resolves.toBe("$200,000–$250,000+");
    const summary = page.getByRole("table", { name: /yearly claims in USD/ });
    await expect(summary.getByRole("row", { name: /^Meta \(formerly Facebook\) senior/ }).textContent()).resolves.toContain("−13%");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("changes the comparison through the controls: the URL follows, and back walks the history", async () => {
    const page = await openPage();
    await page.goto(GOOGLE_META_SENIOR);
    await companies(page).getByRole("checkbox", { name: /^Apple/ }).check();
    await page.waitForURL(WITH_APPLE);
    await expect.poll(() => bandRowIds(page)).toEqual(["a000-company-google-senior", "a000-company-meta-senior", "a000-company-apple-senior"]);
    expect(await chartBarIds(page)).toHaveLength(3);

    await page.getByRole("combobox", { name: /^Currency/ }).selectOption("EUR");
    await page.waitForURL(`${WITH_APPLE}&currency=EUR`);
    await expect.poll(() => payOf(page, "a000-company-google-senior")).toContain("≈ €198,000–€270,000+");

    // Unticking the first value makes the next one the baseline.
    await companies(page).getByRole("checkbox", { name: /^Google/ }).uncheck();
    await page.waitForURL(`${baseUrl}/compare?by=company&value=meta&value=apple&level=senior&currency=EUR`);
    await expect.poll(() => page.getByText("Apple senior pay is 2% above Meta (formerly Facebook) senior pay").count()).toBe(1);

    await page.goBack();
    await page.waitForURL(`${WITH_APPLE}&currency=EUR`);
    await expect.poll(() => bandRowIds(page)).toHaveLength(3);
  });

  it("works without JavaScript through the submit button", async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(GOOGLE_META_SENIOR);
    await companies(page).getByRole("checkbox", { name: /^Amazon/ }).check();
    await page.getByRole("combobox", { name: /^Currency/ }).selectOption("GBP");
    await page.getByRole("button", { name: "Compare" }).click();
    // The form sends every field; the server answers with the canonical URL.
    await page.waitForURL(`${baseUrl}/compare?by=company&value=google&value=meta&value=amazon&level=senior&currency=GBP`);
    expect(await bandRowIds(page)).toEqual(["a000-company-google-senior", "a000-company-meta-senior", "a000-company-amazon-senior"]);
    await expect(payOf(page, "a000-company-google-senior")).resolves.toContain("≈ £176,000–£240,000+");
    expect(await chartBarIds(page)).toHaveLength(3);
  });

  it("compares levels in one country, converting to the chosen currency", async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/compare?by=level&value=junior&value=senior&country=IN&currency=INR`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Junior vs Senior: ML engineer base salaries in India");
    await expect(payOf(page, "a002-in-junior")).resolves.toBe("₹8,00,000–₹15,00,000");
    expect(await bandRowIds(page)).toEqual(await chartBarIds(page));
  });

  it("offers a picker, not an error, when fewer than two values are picked", async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/compare?by=country&value=US`);
    await expect(page.getByRole("heading", { name: "Pick at least one more of the countries to compare" }).count()).resolves.toBe(1);
    await page.getByRole("link", { name: /^Google vs Meta/ }).click();
    await page.waitForURL(GOOGLE_META_SENIOR);
  });

  it("is reached from the navigation, at phone and desktop width", async () => {
    for (const width of [360, 1280]) {
      const page = await openPage({ width });
      await page.goto(`${baseUrl}/`);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare" }).click();
      await page.waitForURL(GOOGLE_META_SENIOR);
      // Nothing wider than the screen: the tables and the chart scroll inside their own boxes.
      expect(await horizontalScroll(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `compare-${width}px`);
    }
  });
});
