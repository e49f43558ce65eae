import { describe, expect, it } from "vitest";
import { estimateSalary } from "@/lib/estimate/estimate";
import { estimateInInternationalDollars } from "@/lib/estimate/international-dollars";
import { rangeInInternationalDollars } from "@/lib/official/ppp";
import { emptyEstimateInput, type EstimateInput } from "@/lib/url-state/estimate";
import { envelope } from "@/lib/salary-model";
import { pppData } from "../../support/claims-from-data";
import { DATA } from "./fixtures";

const estimate = (fields: Partial<EstimateInput>) => estimateSalary({ ...emptyEstimateInput(), ...fields, ppp: true }, DATA);

describe("an estimate in international dollars (ppp=1)", () => {
  it("converts India junior's result with India's factor of its source's year, as the bands are", () => {
    const indiaJunior = estimate({ level: "junior", country: "IN" });
    const intl = estimateInInternationalDollars(indiaJunior, pppData, DATA.rates);
    const [source] = indiaJunior.sources;
    const expected = rangeInInternationalDollars(source!.result!, { country: "IN", sourceId: source!.source.id }, pppData, DATA.rates);
    expect(intl.sources.get(source!.source.id)).toEqual(expected);
    expect(intl.range).toEqual(expected.internationalDollars);
    expect(intl.reason).toBeNull();
    expect([...intl.bands.keys()]).toEqual(source!.bands.map((row) => row.band.id));
  });

  it("takes the envelope of each source's result, each deflated with its own year's factor", () => {
    const googleSenior = estimate({ level: "senior", company: "google" });
    const intl = estimateInInternationalDollars(googleSenior, pppData, DATA.rates);
    const results = googleSenior.sources.map((source) => intl.sources.get(source.source.id)!.internationalDollars!);
    expect(intl.range).toEqual(envelope(results));
  });

  it("says why there is no figure for an estimate whose bands name no country", () => {
    const worldwide = estimate({ level: "mid" });
    expect(worldwide.tier).toBe("level");
    const intl = estimateInInternationalDollars(worldwide, pppData, DATA.rates);
    expect(intl.range).toBeNull();
    expect(intl.reason).toBe(`${worldwide.sources[0]!.source.title}: no PPP factor: the claim names no country`);
  });
});
