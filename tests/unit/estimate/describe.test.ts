import { describe, expect, it } from "vitest";
import { describeEstimate } from "@/lib/estimate/describe";
import { emptyEstimateInput, type EstimateInput } from "@/lib/url-state/estimate";
import { LABELS } from "./fixtures";

const title = (fields: Partial<EstimateInput>) => describeEstimate({ ...emptyEstimateInput(), ...fields }, LABELS).title;

describe("describeEstimate", () => {
  it("names the person, the place and the kind of pay, for the heading and the page title", () => {
    expect(title({ level: "senior", company: "google", basis: "total" })).toBe("Senior ML engineer at Google: estimated total pay");
    expect(title({ level: "mid", country: "US", city: "new-york", industry: "finance" })).toBe(
      "Mid-level ML engineer in finance and banking in New York City: estimated base salary",
    );
    expect(title({ level: "junior", country: "IN", currency: "USD" })).toBe("Junior ML engineer in India: estimated base salary in USD");
    expect(title({ role: "data-scientist", years: 1, country: "GB" })).toBe("Data scientist with 1 year of experience in the UK: estimated base salary");
  });

  it("uses a manager's own role rather than stacking it on ML engineer", () => {
    expect(title({ level: "manager" })).toBe("ML engineering manager: estimated base salary");
    expect(title({ level: "manager", role: "data-scientist" })).toBe("Engineering manager, data science: estimated base salary");
  });

  it("invites an estimate before a level or years are chosen", () => {
    expect(describeEstimate(emptyEstimateInput(), LABELS)).toMatchObject({ title: "Estimate your ML engineer pay" });
  });
});
