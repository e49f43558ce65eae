import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readArticle } from "@/lib/claims/article-text";
import { readClaimData } from "@/lib/claims/read-data";
import { normalizeWhitespace } from "@/lib/claims/schema";
import { dataDir } from "../setup/paths";

const data = readClaimData(dataDir);
const articles = data.sources.filter((source) => source.kind === "article");
const articleText = new Map(
  articles
    .filter((source) => source.file)
    .map((source) => [source.id, normalizeWhitespace(readArticle(dataDir, source.file ?? "").body)]),
);

describe("the claims in data/", () => {
  it("hold well over 60 bands and every percentage figure", () => {
    expect(data.bands.length).toBeGreaterThan(60);
    expect(new Set(data.factors.map((f) => f.kind))).toEqual(
      new Set(["tech-hub-premium", "domain-premium", "role-premium", "bonus-share", "gender-gap", "job-posting-growth", "projected-growth"]),
    );
  });

  it("keep each article's text in data/sources/ with its title, publisher, URL, retrieval date and licence", () => {
    expect(articles).toHaveLength(4);
    for (const source of articles) {
      expect(source.file).toBe(`data/sources/${source.id}.txt`);
      const { header, body } = readArticle(dataDir, source.file ?? "");
      expect([...header.keys()], source.id).toEqual(expect.arrayContaining(["Title", "Publisher", "URL", "Retrieved", "Licence"]));
      expect(header.get("Title")).toBe(source.title);
      expect(header.get("Licence")).toBe("quoted for commentary; copyright its publisher");
      expect(body.length, source.id).toBeGreaterThan(1000);
    }
  });

  it("quote each claim verbatim from its source article", () => {
    for (const claim of [...data.bands, ...data.factors]) {
      const article = articleText.get(claim.source);
      expect(article, `${claim.id}: source ${claim.source} is not an article with a file`).toBeDefined();
      expect(article?.includes(normalizeWhitespace(claim.quote)), `${claim.id}: quote not found in ${claim.source}`).toBe(true);
    }
  });

  it("keep the three disagreeing US averages as separate claims", () => {
    const usAverages = data.bands
      .filter((b) => b.country === "US" && b.measure === "average" && b.level === null && b.average !== null && b.industry === null)
      .map((b) => ({ average: b.average, openEnded: b.openEnded, source: b.source }));
    expect(usAverages).toEqual(
      expect.arrayContaining([
        { average: 110000, openEnded: false, source: "unlocking-secrets-ml-engineer-salaries" },
        { average: 112000, openEnded: true, source: "are-ml-engineers-paid-more" },
        { average: 162000, openEnded: false, source: "ml-engineer-salary-2025-guide" },
      ]),
    );
  });

  it("keep implausible and ambiguous claims, flagged with a reason", () => {
    const flagsOf = (country: string) =>
      data.bands
        .filter((b) => b.country === country && b.source === "unlocking-secrets-ml-engineer-salaries" && b.measure === "average")
        .flatMap((b) => b.flags.map((f) => f.code))
        .sort();
    expect(flagsOf("PK")).toContain("implausible");
    expect(flagsOf("IN")).toEqual(expect.arrayContaining(["ambiguous-currency", "implausible"]));
    expect(flagsOf("CA")).toContain("ambiguous-currency");
    expect(flagsOf("AU")).toContain("ambiguous-currency");
    const pakistan = data.bands.find((b) => b.country === "PK");
    expect(pakistan).toMatchObject({ currency: "PKR", average: 50000, period: "year" });
  });

  it("record the company bands of article 000 for five companies at four levels", () => {
    const companyBands = data.bands.filter((b) => b.company !== null);
    expect(companyBands).toHaveLength(20);
    expect(companyBands.find((b) => b.company === "google" && b.level === "senior")).toMatchObject({
      min: 220000,
      max: 300000,
      openEnded: true,
      currency: "USD",
      basis: "base",
    });
  });

  it("split the base and total pay table into a base and a total band per level", () => {
    const table = data.bands.filter((b) => b.quote.includes("Total Comp") || /^(Junior|Mid|Senior|Lead)/.test(b.quote));
    const senior = table.filter((b) => b.level === "senior" && b.yearsMax === 10);
    expect(senior.map((b) => [b.basis, b.min, b.max, b.openEnded]).sort()).toEqual([
      ["base", 180000, 250000, false],
      ["total", 220000, 320000, true],
    ]);
  });

  it("state freelance day and hour rates with their period", () => {
    const periods = data.bands.filter((b) => b.period !== "year").map((b) => [b.period, b.country, b.min, b.max]);
    expect(periods).toEqual(
      expect.arrayContaining([
        ["day", "US", 800, 1500],
        ["day", "GB", 800, 1500],
        ["hour", null, 75, 200],
      ]),
    );
  });
});

describe("the real sources' profiles in data/sources.json", () => {
  const datasets = data.sources.filter((source) => source.kind === "dataset");

  it("describe every dataset, and no article", () => {
    expect(datasets.map((source) => source.id).sort()).toEqual(["aijobs-salaries-2025-01-19", "bls-oews-national-2020-2024", "dol-lca-fy2024q1-soc15", "worldbank-wdi-ppp-2015-2024"]);
    for (const source of datasets) expect(Object.keys(source.profile ?? {}), source.id).toEqual(["measures", "referencePeriod", "method", "coverage", "attribution"]);
    for (const source of articles) expect(source.profile).toBeNull();
  });

  it("give an official source the credit its ATTRIBUTION.txt asks for, word for word", () => {
    for (const source of datasets.filter((s) => s.file?.startsWith("data/official/"))) {
      const attribution = readFileSync(path.join(dataDir, path.dirname(source.file!).replace(/^data\//, ""), "ATTRIBUTION.txt"), "utf8");
      expect(normalizeWhitespace(attribution), source.id).toContain(normalizeWhitespace(source.profile!.attribution));
    }
  });

  it("give the survey the attribution its README line names", () => {
    const survey = datasets.find((source) => source.id === "aijobs-salaries-2025-01-19");
    expect(survey?.note).toContain("attribution: aijobs.net/salaries");
    expect(survey?.profile?.attribution).toMatch(/^aijobs\.net\/salaries /);
  });
});
