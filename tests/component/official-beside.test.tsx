import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ClaimOfficial, OfficialBeside } from "@/components/official/official-beside";
import type { OfficialBeside as OfficialBesideData } from "@/lib/official/beside";
import { BASIS_NOTE, officialBesideView } from "@/lib/official/beside-view";
import type { FilingsSummary, OccupationWages, OfficialFigure } from "@/lib/official/types";
import { band } from "../support/band";
import { labels } from "../support/claims-from-data";

// A made-up slice of the store's shapes, to test the layout; the real figures are tested with the store (tests/integration/official-beside.test.ts).
const SOURCE = { id: "unlocking-secrets-ml-engineer-salaries", title: "Unlocking the Secrets of ML Engineer Salaries" };
const senior = band({ id: "google-senior", level: "senior", company: "google", country: "US", min: 220_000, max: 300_000, source: SOURCE });
const germany = band({ id: "germany", country: "DE", currency: "EUR", min: 70_000, max: 120_000, source: SOURCE });

const figure = (value: number | null, topCoded = false): OfficialFigure => ({ value, topCoded, notAvailable: value === null });
const wages: OccupationWages = {
  soc: "11-3021",
  reason: "Managers of engineering teams.",
  occCode: "11-3021",
  occTitle: "Computer and Information Systems Managers",
  combined2020: null,
  requestedYear: 2025,
  year: 2024,
  nearestYear: true,
  n: 600_000,
  mean: figure(180_000),
  p10: figure(100_000),
  p25: figure(130_000),
  median: figure(170_000),
  p75: figure(210_000),
  p90: figure(239_200, true),
  sourceId: "bls-oews-national-2020-2024",
};
const filings = (n: number, offered: FilingsSummary["offered"], query: FilingsSummary["query"]): FilingsSummary => ({
  query,
  periods: ["FY2024Q1"],
  n,
  offered,
  prevailingMedian: null,
  reason: offered ? null : `too few to rank: n = ${n}, need 10`,
  unmapped: { company: 0, role: 0, level: 0 },
  histogram: { n, binWidth: null, bins: null, reason: "too few" },
  rank: null,
  sourceId: "dol-lca-fy2024q1-soc15",
});
const cannot = { verdict: "cannot-check" as const, reason: "covers US only", shareInside: null };
const beside = new Map<string, OfficialBesideData>([
  [
    senior.id,
    {
      year: 2025,
      oews: [wages],
      filings: [
        { match: "title-role-level", summary: filings(7, null, { company: "google", role: "ml-engineer", level: "senior" }) },
        { match: "occupation", summary: filings(40, { min: 1, p25: 150_000, median: 181_000, p75: 200_000, max: 2 }, { company: "google", soc: "11-3021" }) },
      ],
      checks: {
        oews: { verdict: "mostly-outside", reason: "only 20% of the claim lies within the OEWS middle half", shareInside: 0.2 },
        filings: { verdict: "cannot-check", reason: "too few to rank: n = 7, need 10", shareInside: null },
        records: cannot,
      },
    },
  ],
  [germany.id, { year: 2025, oews: [], filings: [], checks: { oews: cannot, filings: cannot, records: cannot } }],
]);

describe("OfficialBeside", () => {
  it("gives /sources' column the verdicts and the checked filings only, with the way to the rest", () => {
    const [claim] = officialBesideView([senior], beside, labels, { brief: true }).claims;
    render(<ClaimOfficial claim={claim!} />);
    expect(screen.getByText("BLS OEWS:", { exact: false }).textContent).toBe("BLS OEWS: ⚑ mostly outside P10–P90");
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual(["Google, titles naming Senior and Machine learning engineer: n = 7 · too few to rank: n = 7, need 10"]);
    expect(screen.getByRole("link", { name: "Wider matches, for context, on the claim’s page" }).getAttribute("href")).toBe("/salaries/bands/google-senior#official-heading");
    expect(screen.queryByText(/only 20% of the claim/)).toBeNull();
  });

  it("shows each US claim's verdicts, its filings with n, and the OEWS P10–P90 with the top-code as ≥", () => {
    render(<OfficialBeside view={officialBesideView([senior, germany], beside, labels)} id="official" headingLevel={2} />);
    const section = screen.getByRole("region", { name: "Official US figures beside these claims" });
    expect(within(section).getByText(BASIS_NOTE)).toBeDefined();
    const [claims, oews] = within(section).getAllByRole("table");
    const row = within(claims!).getByRole("row", { name: /Senior ML engineer/ });
    expect(within(row).getByText("mostly outside", { exact: false }).textContent).toBe("⚑ mostly outside");
    const lines = within(row).getAllByRole("listitem").map((item) => item.textContent);
    expect(lines).toEqual([
      "Google, titles naming Senior and Machine learning engineer: n = 7 · too few to rank: n = 7, need 10",
      "Google, SOC 11-3021 Computer and Information Systems Managers (any title or level): n = 40 · median $181,000 · P25–P75 $150,000–$200,000 (context, not checked: mixes levels)",
    ]);
    expect(within(claims!).getByRole("row", { name: /Germany/ }).textContent).toContain("No official US statistics for this country.");
    expect(within(oews!).getByRole("columnheader", { name: "P90" })).toBeDefined();
    const occupation = within(oews!).getByRole("row", { name: /11-3021/ });
    expect(within(occupation).getByRole("rowheader").textContent).toBe("11-3021 Computer and Information Systems Managers May 2024, nearest to 2025");
    expect(occupation.textContent).toContain("≥ $239,200");
    expect(occupation.textContent).toContain("Managers of engineering teams.");
    expect(within(oews!).getByRole("link", { name: /Bureau of Labor Statistics/ }).getAttribute("href")).toBe("/sources#source-bls-oews-national-2020-2024");
  });

  it("says in one sentence that a claim outside the US has no official US statistics", () => {
    render(<OfficialBeside view={officialBesideView([germany], beside, labels)} id="official" headingLevel={3} />);
    const section = screen.getByRole("region", { name: "Official US figures beside this claim" });
    expect(section.textContent).toBe("Official US figures beside this claimNo official US statistics for this country.");
    expect(within(section).queryByRole("table")).toBeNull();
  });
});
