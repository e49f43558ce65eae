import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PppNote } from "@/components/ppp/ppp-note";
import { PPP_ATTRIBUTION } from "@/lib/official/ppp";
import { labels } from "../support/claims-from-data";

describe("PppNote", () => {
  it("lists each factor used with its year, says which stands in for a missing year, and shows the World Bank's attribution with a link to the source", () => {
    render(
      <PppNote
        factors={[
          { country: "IN", year: 2023, factorYear: 2023, factor: 19.5170917128505, nearestYear: false, localCurrency: "INR" },
          { country: "IN", year: 2025, factorYear: 2024, factor: 19.8969156536629, nearestYear: true, localCurrency: "INR" },
        ]}
        withoutFactor={1}
        sourceId="worldbank-wdi-ppp-2015-2024"
        labels={labels}
      />,
    );
    const table = screen.getByRole("table", { name: "The PPP factors on this page (2), in local currency units per international dollar; 1 claim has none" });
    expect(within(table).getAllByRole("row").map((row) => row.textContent)).toEqual([
      "CountryClaims ofFactor",
      "India202319.52 INR per Int$, 2023",
      "India202519.9 INR per Int$, 2024 (nearest year)",
    ]);
    expect(screen.getByText(/PPP conversion factor for private consumption \(PA\.NUS\.PRVT\.PP\)/)).toBeTruthy();
    const attribution = document.querySelector("[data-ppp-attribution]");
    expect(attribution?.textContent).toContain(PPP_ATTRIBUTION);
    expect(within(attribution as HTMLElement).getByRole("link").getAttribute("href")).toBe("/sources#source-worldbank-wdi-ppp-2015-2024");
  });

  it("says so when no claim on the page has a factor", () => {
    render(<PppNote factors={[]} withoutFactor={3} sourceId={null} labels={labels} />);
    expect(screen.getByText("No claim on this page has a PPP factor (3 without one).")).toBeTruthy();
  });
});
