// The official figures beside every claim, in the browser without JavaScript. Expected values come
// from the store the server serves (read here through the data layer, as another process would)
// and from the spot checks of data/official/*/README.md, never from the page or the API under test.
import { describe, expect, it } from "vitest";
import { filingsFor, officialWagesFor } from "@/lib/db/queries/official";
import { loadOfficialBeside } from "@/lib/db/queries/official-beside";
import { BASIS_NOTE } from "@/lib/official/beside-view";
import { formatAmount } from "@/lib/salary-model";
import { baseUrl, horizontalScroll, openPage, screenshot, seriousViolations } from "./fixtures";

process.env.DATABASE_URL = `file:${process.env.E2E_DATABASE_FILE}`;
const usd = (amount: number) => formatAmount(amount, "USD");

describe("a band's page with the official figures beside it", () => {
  it("shows Google's senior claim beside Google's H-1B filings and the OEWS wages, with the basis note", async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/salaries/bands/a000-company-google-senior`);
    const official = page.getByRole("region", { name: "Official US figures beside this claim" });
    await expect(official.getByText(BASIS_NOTE).count()).resolves.toBe(1);
    const claim = official.locator('tr[data-official-claim="a000-company-google-senior"]');
    // No Google title names machine learning (data/official/h1b/README.md): the checked match is empty, and says so.
    const titled = filingsFor({ company: "google", role: "ml-engineer", level: "senior" });
    await expect(claim.locator('[data-match="title-role-level"]').textContent()).resolves.toBe(
      `Google, titles naming Senior and Machine learning engineer: n = ${titled.n} · too few to rank: n = ${titled.n}, need 10`,
    );
    // README spot check: Google LLC, 730 filings in 15-1252, median offered $181,000.
    const developers = filingsFor({ company: "google", soc: "15-1252" });
    expect([developers.n, developers.offered?.median]).toEqual([730, 181_000]);
    await expect(claim.locator('[data-match="occupation"]', { hasText: "SOC 15-1252" }).textContent()).resolves.toBe(
      `Google, SOC 15-1252 Software Developers (any title or level): n = 730 · median $181,000 · P25–P75 ${usd(developers.offered!.p25)}–${usd(developers.offered!.p75)} (context, not checked: mixes levels)`,
    );
    await expect(claim.locator('[data-source="filings"] [data-verdict]').textContent()).resolves.toBe("cannot check");
    // The OEWS table of the article's year, May 2023; README spot check: 15-2051's median is $108,020.
    const scientists = officialWagesFor({ role: "ml-engineer", year: 2023 }).find((w) => w.soc === "15-2051")!;
    expect(scientists.median.value).toBe(108_020);
    const row = official.locator('[data-oews-table] tr[data-soc="15-2051"]');
    await expect(row.locator("[data-median]").textContent()).resolves.toBe("$108,020");
    await expect(row.textContent()).resolves.toContain(scientists.reason);
    await expect(row.textContent()).resolves.toContain(formatAmount(scientists.n!, null));
    // axe runs in the page, so with JavaScript.
    const checked = await openPage();
    await checked.goto(`${baseUrl}/salaries/bands/a000-company-google-senior`);
    expect(await seriousViolations(checked)).toEqual([]);
  });

  it("flags a US claim the filings contradict, and writes BLS's top-code as ≥", async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/salaries/bands/a002-us-senior`);
    const filings = page.locator('tr[data-official-claim="a002-us-senior"] [data-source="filings"]');
    await expect(filings.locator("[data-verdict]").textContent()).resolves.toBe("⚑ mostly outside");
    const summary = filingsFor({ company: null, role: "ml-engineer", level: "senior" });
    await expect(filings.locator("li").textContent()).resolves.toContain(`n = ${summary.n} · median ${usd(summary.offered!.median)}`);
    await page.goto(`${baseUrl}/salaries/bands/a000-company-google-manager`);
    await expect(page.locator('[data-oews-table] tr[data-soc="11-3021"]').textContent()).resolves.toContain("≥ $239,200");
  });

  it("says in a sentence that a claim outside the US has no official US statistics, and fits a phone", async () => {
    const page = await openPage({ javaScriptEnabled: false, width: 360 });
    await page.goto(`${baseUrl}/salaries/bands/a002-de`);
    await expect(page.getByRole("region", { name: "Official US figures beside this claim" }).textContent()).resolves.toContain("No official US statistics for this country.");
    await page.goto(`${baseUrl}/salaries/bands/a000-company-google-senior`);
    expect(await horizontalScroll(page)).toBeLessThanOrEqual(0);
    await screenshot(page, "band-official-360px");
  });
});

describe("/sources, /compare and /estimate with the official figures", () => {
  it("gives each real source what it measures, its licence and attribution, and the counts the checks give", async () => {
    const { counts } = await loadOfficialBeside();
    expect(counts.map((c) => c.sourceId).sort()).toEqual(["aijobs-salaries-2025-01-19", "bls-oews-national-2020-2024", "dol-lca-fy2024q1-soc15"]);
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/sources`);
    for (const expected of counts) {
      const card = page.locator(`#source-${expected.sourceId}`);
      const shown = Object.fromEntries(
        await card.locator("[data-check-counts] [data-count]").evaluateAll((cells) => cells.map((cell) => [cell.getAttribute("data-count"), Number(cell.textContent)])),
      );
      expect(shown, expected.sourceId).toEqual({ confirms: expected.confirms, contradicts: expected.contradicts, aboveAsExpected: expected.aboveAsExpected, cannotCheck: expected.cannotCheck });
    }
    await expect(page.locator("#source-bls-oews-national-2020-2024 [data-attribution]").textContent()).resolves.toBe(
      "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics",
    );
    await expect(page.locator("#source-dol-lca-fy2024q1-soc15 [data-attribution]").textContent()).resolves.toBe("U.S. Department of Labor, Office of Foreign Labor Certification");
    await expect(page.locator("#source-worldbank-wdi-ppp-2015-2024 [data-attribution]").textContent()).resolves.toContain("Licensed under CC BY 4.0");
    // Per claim, in the article's table: the verdicts, and the way to the OEWS table of its year.
    const google = page.locator('#source-unlocking-secrets-ml-engineer-salaries [data-official-claim="a000-company-google-senior"]');
    await expect(google.locator('[data-source="filings"] [data-verdict]').textContent()).resolves.toBe("cannot check");
    await google.getByRole("link", { name: "P10–P90" }).click();
    await expect(page.locator('[data-oews-table]:target tr[data-soc="15-2051"] [data-median]').textContent()).resolves.toBe("$108,020");
  });

  it("sets the official figures beside each compared claim and each band an estimate starts from", async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/compare?by=company&value=google&value=meta&level=senior`);
    const compared = page.getByRole("region", { name: "Official US figures beside these claims" });
    await expect(compared.locator("tr[data-official-claim]").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-official-claim")))).resolves.toEqual([
      "a000-company-google-senior",
      "a000-company-meta-senior",
    ]);
    await expect(compared.locator('tr[data-official-claim="a000-company-meta-senior"] [data-match="title-role"]').textContent()).resolves.toMatch(
      /^Meta \(formerly Facebook\), titles naming Machine learning engineer \(any level\): n = 17 · median \$198,940 · /,
    );
    await page.goto(`${baseUrl}/estimate?level=senior&company=google&basis=total`);
    const estimate = page.getByRole("region", { name: /^Official US figures beside / });
    await expect(estimate.locator("tr[data-official-claim]").count()).resolves.toBeGreaterThan(0);
    await expect(estimate.getByText(BASIS_NOTE).count()).resolves.toBe(1);
  });
});
