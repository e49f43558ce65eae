import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { PAGE_SIZE } from "@/lib/explorer/explorer-view";
import { explorerBandIds } from "./expected";
import { bandRowIds, baseUrl, chartBarIds, horizontalScroll, openPage, screenshot, seriousViolations } from "./fixtures";

const checkbox = (page: Page, group: string, name: RegExp) => page.getByRole("group", { name: group }).getByRole("checkbox", { name });
const currency = (page: Page) => page.getByRole("combobox", { name: /^Currency/ });

describe("the explorer with JavaScript", () => {
  it("filters by country and level through the controls, and the URL, reload, a new page and back all agree", async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/salaries`);
    await checkbox(page, "Country", /^United States/).check();
    await page.waitForURL(`${baseUrl}/salaries?country=US`);
    await checkbox(page, "Level", /^Senior/).check();
    await page.waitForURL(`${baseUrl}/salaries?country=US&level=senior`);

    const expected = explorerBandIds({ country: ["US"], level: ["senior"] });
    expect(expected).toHaveLength(9);
    await expect.poll(() => bandRowIds(page)).toEqual(expected);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Senior ML engineer salaries in the US");
    // One floating bar per row in the server-rendered chart.
    expect(await chartBarIds(page)).toHaveLength(expected.length);

    await page.reload();
    expect(await bandRowIds(page)).toEqual(expected);
    const second = await openPage();
    await second.goto(`${baseUrl}/salaries?country=US&level=senior`);
    expect(await bandRowIds(second)).toEqual(expected);

    await page.goBack();
    await page.waitForURL(`${baseUrl}/salaries?country=US`);
    // 43 bands: the first page's.
    await expect.poll(() => bandRowIds(page)).toEqual(explorerBandIds({ country: ["US"] }).slice(0, PAGE_SIZE));
    await expect(checkbox(page, "Level", /^Senior/).isChecked()).resolves.toBe(false);
  });

  it("converts to the chosen currency and sorts by pay from the column heading", async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/salaries?level=senior&company=google`);
    await currency(page).selectOption("EUR");
    await page.waitForURL(`${baseUrl}/salaries?level=senior&company=google&currency=EUR`);
    await expect.poll(() => page.locator("td[data-pay]").first().textContent()).toContain("≈ €198,000–€270,000+");
    await expect(page.getByText("converted from USD").count()).resolves.toBe(1);

    await page.goto(`${baseUrl}/salaries?level=manager`);
    await page.getByRole("link", { name: /^Pay/ }).click();
    await page.waitForURL(`${baseUrl}/salaries?level=manager&sort=-max`);
    await expect.poll(async () => (await bandRowIds(page))[0]).toBe("a000-company-google-manager");
  });

  it("copies the canonical link of the view", async () => {
    const page = await openPage();
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
    await page.goto(`${baseUrl}/salaries?country=GB&country=US&level=senior&currency=EUR&sort=-max`);
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect.poll(() => page.getByRole("button", { name: "Link copied" }).count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseUrl}/salaries?country=GB&country=US&level=senior&currency=EUR&sort=-max`);
  });

  it("links a row to its band's page with the quote, the flags and the other sources on the same slice", async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/salaries?country=US&level=none`);
    // The caption says what a source opens; the link is named by its source.
    await expect(page.locator("table caption").textContent()).resolves.toContain("Open a source for its quote, flags and the other sources' claims.");
    await page.locator("#band-a000-country-us").getByRole("link").click();
    await page.waitForURL(`${baseUrl}/salaries/bands/a000-country-us`);
    const detail = page.locator("[data-band-detail]");
    await expect(detail.locator("blockquote").textContent()).resolves.toContain("United States:");
    await expect(detail.getByRole("heading", { name: "Other sources on the same slice" }).count()).resolves.toBe(1);
    await expect(detail.locator("li").allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringContaining("$162,000")]));
    // The survey records of the same slice.
    await expect(detail.getByText(/aijobs\.net survey records \(2023; titles: /).count()).resolves.toBe(1);
    // The row itself still carries the flag: $110,000 lies below their middle half.
    await page.goBack();
    await expect(page.locator("#band-a000-country-us").getByText("outside survey middle half").count()).resolves.toBe(1);
  });
});

describe("a band's own page", () => {
  it("is server-rendered without JavaScript, with a canonical URL and a preview image, and a 404 for an unknown id", async () => {
    const html = await (await fetch(`${baseUrl}/salaries/bands/a000-company-google-senior`)).text();
    expect(/<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]).toMatch(/\/salaries\/bands\/a000-company-google-senior$/);
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image).toContain("/salaries/bands/a000-company-google-senior/opengraph-image");
    const { pathname, search } = new URL(image as string, baseUrl);
    const png = await fetch(`${baseUrl}${pathname}${search}`);
    expect([png.status, png.headers.get("content-type")]).toEqual([200, "image/png"]);
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/salaries/bands/a000-company-google-senior`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("Google");
    await expect(page.locator("blockquote").textContent()).resolves.toBe("“Senior Machine Learning Engineer: $220,000 – $300,000+”");
    expect((await fetch(`${baseUrl}/salaries/bands/no-such-band`)).status).toBe(404);
  });
});

describe("the explorer without JavaScript", () => {
  it("filters with the Apply button and lands on the canonical URL with the same rows", async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/salaries`);
    await checkbox(page, "Country", /^United Kingdom/).check();
    await checkbox(page, "Country", /^United States/).check();
    await checkbox(page, "Level", /^Senior/).check();
    await currency(page).selectOption("EUR");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(`${baseUrl}/salaries?country=GB&country=US&level=senior&currency=EUR`);
    expect(await bandRowIds(page)).toEqual(explorerBandIds({ country: ["GB", "US"], level: ["senior"] }));
    expect(await chartBarIds(page)).toHaveLength((await bandRowIds(page)).length);
  });

  it("ignores a bad parameter with a visible notice instead of failing", async () => {
    const response = await fetch(`${baseUrl}/salaries?country=XX&level=senior&colour=%3Cscript%3Ealert(1)%3C%2Fscript%3E`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Some of this link");
    expect(html).not.toContain("<script>alert(1)</script>");
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/salaries?country=XX&level=senior`);
    await expect(page.getByRole("status").filter({ hasText: "country=XX" }).count()).resolves.toBe(1);
    expect(await bandRowIds(page)).toEqual(explorerBandIds({ level: ["senior"] }));
  });

  it("pages the rows with plain links, the chart showing the page's rows, and sends a page past the last to the last", async () => {
    const page = await openPage({ javaScriptEnabled: false });
    const inUs = explorerBandIds({ country: ["US"] });
    expect(inUs).toHaveLength(43);
    await page.goto(`${baseUrl}/salaries?country=US&sort=-max`);
    const pages = page.getByRole("navigation", { name: "Pages of bands" });
    await expect(pages.locator("p").textContent()).resolves.toBe("Showing 1–25 of 43 (page 1 of 2)");
    await pages.getByRole("link", { name: "Next 18 →" }).click();
    await page.waitForURL(`${baseUrl}/salaries?country=US&sort=-max&page=2`);
    await expect(pages.locator("p").textContent()).resolves.toBe("Showing 26–43 of 43 (page 2 of 2)");
    const second = await bandRowIds(page);
    expect(second).toHaveLength(18);
    expect(await chartBarIds(page)).toEqual(expect.arrayContaining(second));
    expect(await chartBarIds(page)).toHaveLength(second.length);
    // A sort starts again at the first page.
    await expect(page.getByRole("link", { name: /^Company/ }).getAttribute("href")).resolves.toBe("/salaries?country=US&sort=company");
    await pages.getByRole("link", { name: "← Previous 25" }).click();
    await page.waitForURL(`${baseUrl}/salaries?country=US&sort=-max`);
    expect(new Set([...(await bandRowIds(page)), ...second])).toEqual(new Set(inUs));

    const past = await fetch(`${baseUrl}/salaries?country=US&page=7`, { redirect: "manual" });
    expect([past.status, past.headers.get("location")]).toEqual([307, "/salaries?country=US&page=2"]);
  });

  it("explains an empty result and offers to widen it", async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/salaries?country=IN&company=google`);
    await expect(page.getByRole("heading", { name: "No band matches all of these filters" }).count()).resolves.toBe(1);
    await page.getByRole("link", { name: "Remove company: Google" }).click();
    await page.waitForURL(`${baseUrl}/salaries?country=IN`);
    const inIndia = explorerBandIds({ country: ["IN"] });
    expect(inIndia).toHaveLength(5);
    expect(await bandRowIds(page)).toEqual(inIndia);
  });
});

describe("sharing", () => {
  it("gives each view a title, a description and a generated preview image", async () => {
    const html = await (await fetch(`${baseUrl}/salaries?country=GB&country=US&level=senior`)).text();
    expect(html).toContain("<title>Senior ML engineer salaries in the US and the UK · ML Salary Explorer</title>");
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image).toContain("/api/og/salaries?country=GB&amp;country=US&amp;level=senior");
    const png = await fetch(`${baseUrl}/api/og/salaries?country=GB&country=US&level=senior`);
    expect(png.status).toBe(200);
    expect(png.headers.get("content-type")).toBe("image/png");
    expect((await png.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
  });
});

describe("accessibility and layout", () => {
  for (const path of ["/", "/salaries", "/salaries?country=US&level=senior&currency=EUR&sort=-max", "/salaries?company=google&country=IN", "/salaries/bands/a000-country-us"]) {
    it(`has no serious or critical axe violation on ${path}`, async () => {
      const page = await openPage();
      await page.goto(`${baseUrl}${path}`);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  it("fits a 360 px phone without horizontal page scroll, in light and dark schemes", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      for (const width of [360, 1280]) {
        const page = await openPage({ width });
        await page.emulateMedia({ colorScheme });
        await page.goto(`${baseUrl}/salaries?country=US&level=senior`);
        expect(await horizontalScroll(page)).toBeLessThanOrEqual(0);
        await screenshot(page, `salaries-filtered-${width}px-${colorScheme}`);
        await page.goto(`${baseUrl}/`);
        await screenshot(page, `home-${width}px-${colorScheme}`);
      }
    }
  });

  it("shows every row's pay inside the screen at 360 px (cards) and 1280 px (table), with no filter under the Apply bar", async () => {
    for (const width of [360, 1280]) {
      const page = await openPage({ width });
      await page.goto(`${baseUrl}/salaries`);
      await screenshot(page, `salaries-${width}px-pay-visible`);
      const outside = await page.locator("td[data-pay]").evaluateAll((cells) =>
        cells.filter((cell) => {
          const box = cell.getBoundingClientRect();
          return box.width === 0 || box.left < 0 || box.right > document.documentElement.clientWidth;
        }).length,
      );
      expect(outside).toBe(0);
      expect(await horizontalScroll(page)).toBeLessThanOrEqual(0);
      // Focus each filter in turn: it must be visible and not under the sticky Apply bar.
      const bar = await page.getByRole("button", { name: "Apply filters" }).evaluate((button) => (button.parentElement as HTMLElement).getBoundingClientRect().top);
      const hidden = await page.getByRole("group", { name: "Level" }).getByRole("checkbox").evaluateAll((boxes) =>
        boxes.filter((box) => {
          box.focus();
          const bottom = box.getBoundingClientRect().bottom;
          const barTop = (document.querySelector("button[type=submit]")?.parentElement as HTMLElement).getBoundingClientRect().top;
          return bottom > barTop;
        }).length,
      );
      expect([bar > 0, hidden]).toEqual([true, 0]);
    }
  });
});
