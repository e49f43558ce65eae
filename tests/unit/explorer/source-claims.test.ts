import { describe, expect, it } from "vitest";
import { formatSignedPercent } from "@/lib/explorer/percent";
import { formatPercentRange } from "@/lib/explorer/percent";
import { factorKindLabel, sliceTitle } from "@/lib/explorer/source-claims";
import { bands, labels } from "./claims-fixture";

const band = (id: string) => {
  const found = bands.find((b) => b.id === id);
  if (!found) throw new Error(`no band ${id} in data/`);
  return found;
};

describe("sliceTitle", () => {
  it("says what a slice of claims is about, and what kind of figure", () => {
    expect(sliceTitle(band("a000-country-us"), labels)).toBe("ML engineer base salaries in the US: averages");
    expect(sliceTitle(band("a002-freelance-day-gb"), labels)).toBe("ML engineer base salaries in the UK: per day");
    expect(sliceTitle(band("a000-company-google-senior"), labels)).toBe("Senior ML engineer base salaries at Google in Big Tech in the US");
    expect(sliceTitle(band("a000-level-junior"), labels)).toBe("Junior ML engineer base salaries worldwide");
  });
});

describe("percentages", () => {
  it("writes a factor's range with signs and a true minus", () => {
    expect(formatPercentRange(15, 40)).toBe("+15% to +40%");
    expect(formatPercentRange(-15, -10)).toBe("\u221215% to \u221210%");
    expect(formatPercentRange(344, 344)).toBe("+344%");
  });

  it("rounds a difference to whole percent, zero without a sign", () => {
    expect(formatSignedPercent(-13.46)).toBe("\u221213%");
    expect(formatSignedPercent(15.56)).toBe("+16%");
    expect(formatSignedPercent(0.4)).toBe("0%");
    expect(formatSignedPercent(-0.4)).toBe("0%");
  });

  it("names a factor's kind in words", () => {
    expect(factorKindLabel("tech-hub-premium")).toBe("Tech hub premium");
  });
});
