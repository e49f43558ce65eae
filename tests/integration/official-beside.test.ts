import { describe, expect, it } from "vitest";
import { checksResponse } from "@/lib/api/official-api";
import { loadExplorerData } from "@/lib/db/queries/explorer";
import { filingsFor, officialWagesFor } from "@/lib/db/queries/official";
import { loadOfficialBeside } from "@/lib/db/queries/official-beside";
import { comparableUsd } from "@/lib/explorer/band-facts";
import { BASIS_NOTE, officialBesideView } from "@/lib/official/beside-view";
import { countChecks } from "@/lib/official/checks";
import { tooFewToRank } from "@/lib/official/sample";
import { formatAmount } from "@/lib/salary-model";

const usd = (amount: number) => formatAmount(amount, "USD");

describe("the official figures beside each claim (real database)", async () => {
  const [data, official] = await Promise.all([loadExplorerData(), loadOfficialBeside()]);
  const band = (id: string) => data.bands.find((b) => b.id === id)!;
  const viewOf = (...ids: string[]) => officialBesideView(ids.map(band), official.byBand, data.labels);

  it("shows Google's senior claim the OEWS wages of the role's occupations in its year, May 2023", () => {
    const view = viewOf("a000-company-google-senior");
    expect(view.anyUs).toBe(true);
    const [table] = view.oews;
    expect(table?.rows.map((row) => [row.soc, row.year])).toEqual([
      ["15-2051", "May 2023"],
      ["15-1221", "May 2023"],
      ["15-1252", "May 2023"],
    ]);
    // Spot checks from data/official/oews/README.md: May 2023 medians of 15-2051 and 15-1252.
    expect(table?.rows.find((row) => row.soc === "15-2051")?.median).toBe("$108,020");
    expect(table?.rows.find((row) => row.soc === "15-1252")?.median).toBe("$132,270");
    // Each row says why the role is held against it, as in data/official/role-occupations.json.
    const wages = officialWagesFor({ role: "ml-engineer", year: 2023 });
    expect(table?.rows.map((row) => row.reason)).toEqual(wages.map((w) => w.reason));
    expect(table?.rows.map((row) => row.employment)).toEqual(wages.map((w) => formatAmount(w.n!, null)));
    expect(view.claims[0]?.oewsTableId).toBe(table?.id);
  });

  it("shows Google's filings from the most specific match on, and checks only the one naming role and level", () => {
    const [claim] = viewOf("a000-company-google-senior").claims;
    const lines = claim!.filings.lines;
    expect(lines.map((line) => [line.match, line.checked])).toEqual([
      ["title-role-level", true],
      ["title-role", false],
      ["occupation", false],
      ["occupation", false],
      ["occupation", false],
    ]);
    // Google's titles never say "machine learning" (data/official/h1b/README.md): no filing states the role.
    const titled = filingsFor({ company: "google", role: "ml-engineer", level: "senior" });
    expect(lines[0]).toMatchObject({ n: titled.n, figures: tooFewToRank(titled.n) });
    expect(claim!.filings.verdict).toMatchObject({ verdict: "cannot-check", flagged: false });
    expect(claim!.filings.verdict.reason).toContain(tooFewToRank(titled.n));
    // Spot check from the same README: Google LLC, 730 filings in 15-1252, median offered $181,000.
    const developers = lines.find((line) => line.label.includes("SOC 15-1252"));
    expect(developers?.label).toBe("Google, SOC 15-1252 Software Developers (any title or level)");
    expect(developers?.n).toBe(730);
    const { offered } = filingsFor({ company: "google", soc: "15-1252" });
    expect(developers?.figures).toBe(`median ${usd(181_000)} · P25–P75 ${usd(offered!.p25)}–${usd(offered!.p75)}`);
    // /sources, with every claim, shows the checked match and the verdicts only, and leaves the rest to the claim's page.
    const [brief] = officialBesideView([band("a000-company-google-senior")], official.byBand, data.labels, { brief: true }).claims;
    expect([brief!.filings.lines, brief!.contextLeftOut, brief!.filings.verdict.reason, brief!.oews.reason]).toEqual([lines.slice(0, 1), 4, null, null]);
  });

  it("stops at the first match with enough filings to rank: Meta's 17 machine-learning titles", () => {
    const lines = viewOf("a000-company-meta-senior").claims[0]!.filings.lines;
    expect(lines.map((line) => [line.match, line.n])).toEqual([
      ["title-role-level", filingsFor({ company: "meta", role: "ml-engineer", level: "senior" }).n],
      ["title-role", 17],
    ]);
    // README spot check: Meta's machine-learning filings have a median offered wage of $198,940.
    expect(lines[1]?.figures).toMatch(/^median \$198,940 · P25–P75 /);
  });

  it("flags a US claim that lies mostly outside the filings' middle half, and shows only the checked match when it ranks", () => {
    const [claim] = viewOf("a002-us-senior").claims;
    const summary = filingsFor({ company: null, role: "ml-engineer", level: "senior" });
    expect(summary.n).toBeGreaterThanOrEqual(10);
    expect(claim!.filings.lines).toEqual([
      {
        match: "title-role-level",
        label: "All employers, titles naming Senior and Machine learning engineer",
        n: summary.n,
        figures: `median ${usd(summary.offered!.median)} · P25–P75 ${usd(summary.offered!.p25)}–${usd(summary.offered!.p75)}`,
        checked: true,
      },
    ]);
    // $180,000–$250,000 against the filings' P25–P75: the overlap is under half the claim.
    const inside = Math.max(0, Math.min(250_000, summary.offered!.p75) - Math.max(180_000, summary.offered!.p25)) / 70_000;
    expect(inside).toBeLessThan(0.5);
    expect(claim!.filings.verdict).toMatchObject({ verdict: "mostly-outside", flagged: true, label: "mostly outside" });
  });

  it("finds a total-pay claim above the base-pay sources as expected, not wrong", () => {
    const total = band("a002-us-summary-senior-total");
    const [claim] = viewOf(total.id).claims;
    const claimed = comparableUsd(total, data.rates.table);
    const filings = filingsFor({ company: null, role: "ml-engineer", level: "senior" }).offered!;
    expect((claimed.min! + claimed.max!) / 2).toBeGreaterThan(filings.p75);
    expect(claim!.filings.verdict).toMatchObject({ verdict: "above-as-expected-for-total-pay", label: "above, as expected for total pay", flagged: false });
    expect(claim!.oews.verdict).toBe("above-as-expected-for-total-pay");
    expect(BASIS_NOTE).toContain("a total-pay claim above them is expected, not wrong");
  });

  it("says the nearest year when BLS has none for the claim's year, and keeps the top-code as ≥", () => {
    // The 2025 guide's claims: OEWS ends at May 2024.
    const [table] = viewOf("a002-us-summary-lead-base").oews;
    expect(table?.rows.every((row) => row.year === "May 2024, nearest to 2025")).toBe(true);
    const managers = officialWagesFor({ role: "ml-engineering-manager", year: 2023 })[0]!;
    expect(managers.p90).toEqual({ value: 239_200, topCoded: true, notAvailable: false });
    expect(viewOf("a000-company-google-manager").oews[0]?.rows[0]).toMatchObject({ soc: "11-3021", p90: "≥ $239,200" });
  });

  it("says briefly that a claim outside the US has no official US statistics", () => {
    const view = viewOf("a002-de", "a000-worldwide-average");
    expect(view.anyUs).toBe(false);
    expect(view.oews).toEqual([]);
    expect(view.claims.map((claim) => [claim.noOfficial, claim.filings.lines])).toEqual([
      ["No official US statistics for this country.", []],
      ["No official statistics for a worldwide claim.", []],
    ]);
  });

  it("shows one OEWS table per role and year however many claims share it", () => {
    const view = viewOf("a000-company-google-junior", "a000-company-google-senior", "a000-company-google-manager", "a002-us-senior");
    expect(view.oews.map((table) => table.id)).toEqual(["official-oews-ml-engineer-2023", "official-oews-ml-engineering-manager-2023", "official-oews-ml-engineer-2025"]);
  });

  it("counts per real source what the claims' verdicts say, as /api/official/checks answers", async () => {
    const perBand = data.bands.map((b) => official.byBand.get(b.id)!.checks);
    const bySource = { "bls-oews-national-2020-2024": "oews", "dol-lca-fy2024q1-soc15": "filings", "aijobs-salaries-2025-01-19": "records" } as const;
    const expected = countChecks(
      Object.entries(bySource).flatMap(([sourceId, kind]) => perBand.map((checks) => ({ sourceId, check: checks[kind] }))),
    );
    expect([...official.counts].sort((a, b) => a.sourceId.localeCompare(b.sourceId))).toEqual(expected.sort((a, b) => a.sourceId.localeCompare(b.sourceId)));
    const body = (await (await checksResponse()).json()) as { counts: unknown; bands: { bandId: string }[] };
    expect(body.counts).toEqual(official.counts);
    expect(body.bands.map((b) => b.bandId)).toEqual(data.bands.map((b) => b.id));
  });

  it("checks a claim against the same survey records its page shows beside it", () => {
    const junior = official.byBand.get("a000-level-junior")!;
    // 2023 has too few junior records; the page and the check both use 2022 (records-beside-bands.test.ts).
    expect(junior.checks.records.reason).toContain("survey records 2022");
  });
});
