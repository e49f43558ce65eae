import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { baseUrl, chartBarIds, horizontalScroll, openPage, screenshot, seriousViolations } from "./fixtures";

const GOOGLE = "/estimate?level=senior&company=google&basis=total";

const figure = (page: Page) => page.locator("[data-estimate]").textContent();

async function fillGoogleSenior(page: Page) {
  await page.getByLabel("Level", { exact: true }).selectOption("senior");
  await page.getByLabel("Company").selectOption("google");
  await page.getByRole("checkbox", { name: "Include bonus (total pay)" }).check();
  await page.getByRole("button", { name: "Estimate" }).click();
}

describe("the estimate with JavaScript", () => {
  it("estimates from the form, puts the choices in the URL, and shows the same after a reload and on a new page", async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/`);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Estimate" }).click();
    await page.waitForURL(`${baseUrl}/estimate`);
    await fillGoogleSenior(page);
    await page.waitForURL(`${baseUrl}${GOOGLE}`);
    await expect.poll(() => figure(page)).toBe("$242,000–$390,000+");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Senior ML engineer at Google: estimated total pay");
    await expect(page.title()).resolves.toBe("Senior ML engineer at Google: estimated total pay · ML Salary Explorer");
    // The chart: the source's base, the bonus step, the result.
    expect(await chartBarIds(page)).toEqual(["base-unlocking-secrets-ml-engineer-salaries", "step-a002-bonus-share", "result"]);
    // The step names its source's words.
    await expect(page.locator("tr[data-step='bonus-share']").textContent()).resolves.toContain("Performance-based annual bonuses (10–30% of base)");

    await page.reload();
    await expect(figure(page)).resolves.toBe("$242,000–$390,000+");
    const second = await openPage();
    await second.goto(`${baseUrl}${GOOGLE}`);
    await expect(figure(second)).resolves.toBe("$242,000–$390,000+");

    await page.goBack();
    await page.waitForURL(`${baseUrl}/estimate`);
    await expect.poll(() => page.getByRole("heading", { name: "Start with your level or years of experience" }).count()).toBe(1);
  });

  it("shows the result in the chosen currency and in the base's own", async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/estimate?level=junior&country=IN`);
    await expect(figure(page)).resolves.toBe("₹8,00,000–₹15,00,000");
    await page.getByLabel("Show in currency").selectOption("USD");
    await page.getByRole("button", { name: "Estimate" }).click();
    await page.waitForURL(`${baseUrl}/estimate?level=junior&country=IN&currency=USD`);
    await expect.poll(() => figure(page)).toBe("$9,604–$18,007");
    await expect(page.getByText("converted from ₹8,00,000–₹15,00,000").count()).resolves.toBe(1);
  });
});

describe("the estimate without JavaScript", () => {
  it("submits the GET form and lands on the canonical URL with the same figure as the API", async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/estimate`);
    await fillGoogleSenior(page);
    await page.waitForURL(`${baseUrl}${GOOGLE}`);
    const api = (await (await fetch(`${baseUrl}/api/estimate?level=senior&company=google&basis=total`)).json()) as { range: { min: number; max: number } };
    expect(api.range).toMatchObject({ min: 242000, max: 390000, openEnded: true });
    await expect(figure(page)).resolves.toBe("$242,000–$390,000+");
    expect(await chartBarIds(page)).toHaveLength(3);
  });

  it("reads the level from years of experience and says how", async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/estimate`);
    await page.getByLabel("Or years of experience").fill("5");
    await page.getByLabel("Country").selectOption("DE");
    await page.getByRole("button", { name: "Estimate" }).click();
    await page.waitForURL(`${baseUrl}/estimate?years=5&country=DE`);
    await expect(figure(page)).resolves.toBe("€70,000–€120,000+");
    await expect(page.locator("[data-note='level-from-years']").textContent()).resolves.toContain("Senior (5+ years), is used");
  });

  it("ignores a bad parameter with a visible notice, while the API answers 400 naming it", async () => {
    const response = await fetch(`${baseUrl}/estimate?level=senior&country=XX&colour=%3Cscript%3Ealert(1)%3C%2Fscript%3E`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Some of this link");
    expect(html).not.toContain("<script>alert(1)</script>");
    const api = await fetch(`${baseUrl}/api/estimate?level=senior&country=XX`);
    expect(api.status).toBe(400);
    expect(await api.json()).toMatchObject({ parameters: [{ name: "country", value: "XX" }] });
  });
});

describe("accessibility and layout", () => {
  for (const path of ["/estimate", GOOGLE, "/estimate?level=mid&country=AU&currency=USD", "/estimate?role=data-scientist&level=mid&country=US&city=new-york"]) {
    it(`has no serious or critical axe violation on ${path}`, async () => {
      const page = await openPage();
      await page.goto(`${baseUrl}${path}`);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  it("fits a 360 px phone without horizontal page scroll", async () => {
    for (const width of [360, 1280]) {
      const page = await openPage({ width });
      await page.goto(`${baseUrl}/estimate?level=mid&country=US&city=new-york&industry=finance`);
      expect(await horizontalScroll(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `estimate-${width}px`);
    }
  });
});
