import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { BandDetail } from "@/components/bands/band-detail";
import type { BandDetailView } from "@/lib/explorer/band-detail-view";
import { band } from "../support/band";

const SOURCE = { id: "unlocking-secrets-ml-engineer-salaries", title: "Unlocking the Secrets of ML Engineer Salaries: What You Need to Know" };
const googleSenior = band({
  id: "a000-company-google-senior",
  level: "senior",
  company: "google",
  country: "US",
  min: 220000,
  max: 300000,
  openEnded: true,
  source: SOURCE,
  quote: "Google: $220,000 – $300,000+",
  amountPhrase: "$220,000 – $300,000+",
});

/** No official figures beside: the official component has its own test (official-beside.test.tsx). */
const noOfficial = { claims: [], oews: [], anyUs: false };

function view(overrides: Partial<BandDetailView> = {}): BandDetailView {
  return { band: googleSenior, title: "t", description: "d", href: "/salaries/bands/a000-company-google-senior", sameSlice: [], records: undefined, ...overrides };
}

describe("BandDetail", () => {
  it("shows the source's quote, what was read from it, and the other sources on the same slice", () => {
    const other = band({ id: "a002-us-senior", min: 180000, max: 250000, source: { id: "ml-engineer-salary-2025-guide", title: "Machine Learning Engineer Salary 2025 Guide" } });
    const usd = { currency: "USD", min: 180000, max: 250000, openEnded: false, period: "year" as const };
    render(<BandDetail view={view({ sameSlice: [{ band: other, usd }] })} official={noOfficial} />);
    const detail = screen.getByRole("article");
    expect(within(detail).getByRole("blockquote").textContent).toBe("“Google: $220,000 – $300,000+”");
    expect(within(detail).getByText("$220,000 – $300,000+", { selector: "q" })).toBeDefined();
    expect(within(detail).getAllByRole("listitem").map((item) => item.textContent)).toEqual(["$180,000–$250,000 (≈ $180k–$250k/yr) — Machine Learning Engineer Salary…"]);
    expect(within(detail).getByRole("heading", { name: "Other sources on the same slice" })).toBeDefined();
  });

  it("says when a band is the only claim for its slice and has no survey records beside it", () => {
    render(<BandDetail view={view()} official={noOfficial} />);
    expect(screen.getByText("None: this is the only claim for this slice.")).toBeDefined();
    expect(screen.getByText(/^No survey records to compare/)).toBeDefined();
  });
});
