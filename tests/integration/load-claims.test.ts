import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readArticle } from "@/lib/claims/article-text";
import { DataError, readClaimData } from "@/lib/claims/read-data";
import { createPrismaClient } from "@/lib/db/connection";
import { loadClaims } from "@/lib/db/claims/load-claims";
import { setupDatabase } from "@/lib/db/setup";
import { readEnv } from "@/lib/env";
import { dataDir } from "../setup/paths";

const databaseFile = readEnv().databaseFile;
const bandsInData = (JSON.parse(readFileSync(path.join(dataDir, "bands.json"), "utf8")) as unknown[]).length;
const factorsInData = (JSON.parse(readFileSync(path.join(dataDir, "factors.json"), "utf8")) as unknown[]).length;

async function countRows() {
  const prisma = createPrismaClient(databaseFile);
  try {
    const [bands, flags, factors, sources, rates, levels] = await Promise.all([
      prisma.band.count(),
      prisma.bandFlag.count(),
      prisma.factor.count(),
      prisma.source.count(),
      prisma.exchangeRate.count(),
      prisma.level.count(),
    ]);
    const google = await prisma.band.findUnique({ where: { id: "a000-company-google-senior" }, select: { min: true, max: true } });
    return { bands, flags, factors, sources, rates, levels, google };
  } finally {
    await prisma.$disconnect();
  }
}

/** A copy of data/ with one record of one file changed. */
function dataWith(file: string, change: (records: Record<string, unknown>[]) => void): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "salary-data-"));
  const copy = path.join(dir, "data");
  cpSync(dataDir, copy, { recursive: true });
  const records = JSON.parse(readFileSync(path.join(copy, file), "utf8")) as Record<string, unknown>[];
  change(records);
  writeFileSync(path.join(copy, file), `${JSON.stringify(records, null, 2)}\n`);
  return copy;
}

function problemsOf(dir: string): string {
  try {
    readClaimData(dir);
  } catch (error) {
    if (error instanceof DataError) return error.message;
    throw error;
  }
  throw new Error("expected the data to be rejected");
}

describe("loading data/", () => {
  let before: Awaited<ReturnType<typeof countRows>>;
  beforeAll(async () => {
    before = await countRows();
  });

  it("loads every band and factor of data/ with their flags", () => {
    expect(before.bands).toBe(bandsInData);
    expect(before.factors).toBe(factorsInData);
    expect(before.sources).toBe(8);
    expect(before.levels).toBe(6);
    expect(before.flags).toBeGreaterThan(0);
    expect(before.google).toEqual({ min: 220000, max: 300000 });
  });

  it("gives the same rows when run twice", async () => {
    const second = await setupDatabase(databaseFile, dataDir);
    expect(second.applied).toEqual([]);
    expect(await countRows()).toEqual(before);
  });

  it.each([
    {
      breakage: "a wrong currency code",
      change: (bands: Record<string, unknown>[]) => ((bands[3] as Record<string, unknown>).currency = "XYZ"),
      expected: /bands\.json:\d+, record \S+, field currency: unknown currency "XYZ"/,
    },
    {
      breakage: "min above max",
      change: (bands: Record<string, unknown>[]) => Object.assign(bands[0] as object, { min: 200000, max: 100000 }),
      expected: /bands\.json:\d+, record a000-level-junior, field min: min 200000 is greater than max 100000/,
    },
    {
      breakage: "an unknown level",
      change: (bands: Record<string, unknown>[]) => ((bands[1] as Record<string, unknown>).level = "principal"),
      expected: /record a000-level-mid, field level: unknown level "principal"; expected one of junior, mid, senior/,
    },
    {
      breakage: "a missing quote",
      change: (bands: Record<string, unknown>[]) => delete (bands[2] as Record<string, unknown>).quote,
      expected: /record a000-level-senior, field quote: .*expected string/i,
    },
    {
      breakage: "numbers that differ from the quote",
      change: (bands: Record<string, unknown>[]) => ((bands[0] as Record<string, unknown>).max = 90000),
      expected: /record a000-level-junior, field amountPhrase: amountPhrase "\$60,000 to \$100,000" reads as \$60,000–\$100,000 but the record says \$60,000–\$90,000/,
    },
    {
      breakage: "a quote its article does not hold",
      change: (bands: Record<string, unknown>[]) => ((bands[0] as Record<string, unknown>).quote = "Juniors earn $60,000 to $100,000, we hear."),
      expected: /bands\.json:\d+, record a000-level-junior, field quote: not found verbatim in data\/sources\/unlocking-secrets-ml-engineer-salaries\.txt/,
    },
    {
      breakage: "a claim citing the survey dataset, which has no text to quote",
      change: (bands: Record<string, unknown>[]) => ((bands[0] as Record<string, unknown>).source = "aijobs-salaries-2025-01-19"),
      expected: /bands\.json:\d+, record a000-level-junior, field source: source aijobs-salaries-2025-01-19 is not an article/,
    },
  ])("rejects $breakage with a message naming file, record and field, and writes nothing", async ({ change, expected }) => {
    const dir = dataWith("bands.json", change);
    expect(problemsOf(dir)).toMatch(expected);
    await expect(setupDatabase(databaseFile, dir)).rejects.toBeInstanceOf(DataError);
    expect(await countRows()).toEqual(before);
  });

  it("rejects an article whose text file is missing or renamed, naming the source and field", () => {
    const missing = dataWith("sources.json", () => {});
    rmSync(path.join(missing, "sources", "are-ml-engineers-paid-more.txt"));
    expect(problemsOf(missing)).toMatch(
      /sources\.json:\d+, record are-ml-engineers-paid-more, field file: cannot read data\/sources\/are-ml-engineers-paid-more\.txt/,
    );
    const renamed = dataWith("sources.json", (sources) => ((sources[3] as Record<string, unknown>).file = "data/sources/003.txt"));
    expect(problemsOf(renamed)).toMatch(
      /sources\.json:\d+, record are-ml-engineers-paid-more, field file: an article's text is kept in data\/sources\/are-ml-engineers-paid-more\.txt/,
    );
  });

  it("rejects an article text whose header is missing or names another title", () => {
    const file = ["sources", "ml-engineer-salary-2025-guide.txt"];
    const headless = dataWith("sources.json", () => {});
    const body = readArticle(headless, path.join("data", ...file)).body;
    writeFileSync(path.join(headless, ...file), body);
    expect(problemsOf(headless)).toMatch(/record ml-engineer-salary-2025-guide, field file: cannot read .*: its header must be "Name: value" lines/);
    const retitled = dataWith("sources.json", (sources) => ((sources[2] as Record<string, unknown>).title = "Another Guide"));
    expect(problemsOf(retitled)).toMatch(
      /record ml-engineer-salary-2025-guide, field file: data\/sources\/ml-engineer-salary-2025-guide\.txt is titled "Machine Learning Engineer Salary in 2025: A Comprehensive Guide", not the source's title/,
    );
  });

  it("rolls back a load that fails halfway, keeping the previous rows", async () => {
    const data = readClaimData(dataDir);
    const [first] = data.bands;
    if (!first) throw new Error("no bands in data/");
    // Two flags with the same code break a unique index after bands were already replaced.
    const broken = { ...data, bands: [{ ...first, flags: [{ code: "vague", reason: "a" }, { code: "vague", reason: "b" }] }] };
    const prisma = createPrismaClient(databaseFile);
    try {
      await expect(loadClaims(prisma, broken)).rejects.toThrow();
    } finally {
      await prisma.$disconnect();
    }
    expect(await countRows()).toEqual(before);
  });
});
