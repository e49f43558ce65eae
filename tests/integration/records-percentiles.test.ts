import { copyFileSync, readFileSync, renameSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { percentilesResponse } from "@/lib/api/percentiles-api";
import { openSqlite } from "@/lib/db/connection";
import { listRecordImports } from "@/lib/db/queries/record-imports";
import { recordsVocabulary, summarizeRecords, summarizeRecordsForSlice } from "@/lib/db/records/percentile-index";
import { readEnv } from "@/lib/env";
import { emptyRecordFilters, type RecordFilters } from "@/lib/url-state/records";
import { dataDir } from "../setup/paths";
import { badParametersOf } from "../support/bad-parameters";

/*
 * The expected figures are computed here from the CSV with none of the app's code: a plain
 * split (the file has no quoted fields), pairs found by comparing neighbours, and the R-7
 * percentile written out. Python's statistics.quantiles(method="inclusive") agrees.
 */
interface Row {
  year: number;
  level: string;
  employment: string;
  title: string;
  salary: number;
  currency: string;
  usd: number;
  residence: string;
  country: string;
  remote: number;
  size: string;
}
const LEVELS: Record<string, string> = { EN: "junior", MI: "mid", SE: "senior", EX: "director" };

const rows: Row[] = readFileSync(path.join(dataDir, "ai-jobs-salaries-2025-01-19.csv"), "utf8")
  .split(/\r?\n/)
  .slice(1)
  .filter(Boolean)
  .map((line) => {
    const c = line.split(",");
    return {
      year: +c[0]!,
      level: LEVELS[c[1]!]!,
      employment: c[2]!,
      title: c[3]!,
      salary: +c[4]!,
      currency: c[5]!,
      usd: +c[6]!,
      residence: c[7]!,
      remote: +c[8]!,
      country: c[9]!,
      size: c[10]!,
    };
  });

/** Every column equal but salary and salary_in_usd. */
const samePosting = (a: Row, b: Row) =>
  (["year", "level", "employment", "title", "currency", "residence", "remote", "country", "size"] as const).every((key) => a[key] === b[key]);

/** Each observation: a single row at its salary_in_usd, or a pair at the middle of its two. */
const observations: (Row & { value: number })[] = [];
for (let i = 0; i < rows.length; i += 1) {
  const row = rows[i]!;
  const next = rows[i + 1];
  if (next && samePosting(row, next) && row.salary !== next.salary) {
    observations.push({ ...row, value: (row.usd + next.usd) / 2 });
    i += 1;
  } else {
    observations.push({ ...row, value: row.usd });
  }
}

function r7(sorted: number[], p: number): number {
  const h = ((sorted.length - 1) * p) / 100;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (h - low) * (sorted[high]! - sorted[low]!);
}

function expected(keep: (o: Row) => boolean) {
  const values = observations
    .filter(keep)
    .map((o) => o.value)
    .sort((a, b) => a - b);
  return {
    n: values.length,
    p10: r7(values, 10),
    p25: r7(values, 25),
    p50: r7(values, 50),
    p75: r7(values, 75),
    p90: r7(values, 90),
    min: values[0],
    max: values[values.length - 1],
  };
}

const filters = (changes: Partial<RecordFilters>): RecordFilters => ({ ...emptyRecordFilters(), ...changes });

const SLICES: { name: string; query: string; filters: RecordFilters; keep: (o: Row) => boolean }[] = [
  {
    name: "senior ML engineers at US companies, 2024",
    query: "title=Machine%20Learning%20Engineer&country=US&level=senior&year=2024",
    filters: filters({ title: ["Machine Learning Engineer"], country: ["US"], level: ["senior"], year: [2024] }),
    keep: (o) => o.title === "Machine Learning Engineer" && o.country === "US" && o.level === "senior" && o.year === 2024,
  },
  {
    name: "data scientists at British companies",
    query: "title=Data%20Scientist&country=GB",
    filters: filters({ title: ["Data Scientist"], country: ["GB"] }),
    keep: (o) => o.title === "Data Scientist" && o.country === "GB",
  },
  {
    name: "remote juniors and mids at large companies",
    query: "level=junior&level=mid&remote=100&size=L",
    filters: filters({ level: ["junior", "mid"], remote: [100], size: ["L"] }),
    keep: (o) => (o.level === "junior" || o.level === "mid") && o.remote === 100 && o.size === "L",
  },
  {
    name: "research scientists and applied scientists, 2023 and 2025, full-time",
    query: "title=Research%20Scientist&title=Applied%20Scientist&year=2023&year=2025&employment=FT",
    filters: filters({ title: ["Applied Scientist", "Research Scientist"], year: [2023, 2025], employment: ["FT"] }),
    keep: (o) => (o.title === "Research Scientist" || o.title === "Applied Scientist") && (o.year === 2023 || o.year === 2025) && o.employment === "FT",
  },
  { name: "everything", query: "", filters: emptyRecordFilters(), keep: () => true },
];

describe("percentiles of the survey records", () => {
  it("count 38,575 observations from 74,301 rows", () => {
    expect(rows).toHaveLength(74301);
    expect(observations).toHaveLength(38575);
    expect(summarizeRecords(emptyRecordFilters()).overall?.n).toBe(38575);
  });

  it.each(SLICES)("equal an independent computation from the CSV: $name", ({ filters: sliceFilters, keep }) => {
    const want = expected(keep);
    expect(want.n).toBeGreaterThan(20);
    const { overall } = summarizeRecords(sliceFilters);
    for (const key of ["n", "p10", "p25", "p50", "p75", "p90", "min", "max"] as const) expect(overall?.[key]).toBeCloseTo(want[key]!, 6);
  });

  it.each(SLICES)("are what GET /api/percentiles answers: $name", async ({ query, keep }) => {
    const response = percentilesResponse(new Request(`http://localhost/api/percentiles?${query}`));
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    const want = expected(keep);
    for (const key of ["n", "p10", "p25", "p50", "p75", "p90", "min", "max"] as const) expect(body[key]).toBeCloseTo(want[key]!, 6);
    expect(body.currency).toBe("USD");
    expect(body.method).toMatch(/^Linear interpolation between order statistics \(R type 7/);
  });

  it("gives the figures checked by hand for senior ML engineers at US companies in 2024", async () => {
    const response = percentilesResponse(new Request("http://localhost/api/percentiles?title=Machine%20Learning%20Engineer&country=US&level=senior&year=2024"));
    expect(await response.json()).toMatchObject({ n: 1528, p10: 154790, p25: 182475, p50: 212500, p75: 244000, p90: 274500, min: 90000, max: 430000 });
  });

  it("splits by the grouping column, each group like its own filter", () => {
    const { overall, groups } = summarizeRecords(filters({ title: ["Machine Learning Engineer"], country: ["US"] }), "level");
    expect(groups.map((g) => g.key)).toEqual(["senior", "mid", "junior", "director"]);
    expect(groups.reduce((sum, g) => sum + g.summary.n, 0)).toBe(overall?.n);
    const mid = groups.find((g) => g.key === "mid")?.summary;
    const want = expected((o) => o.title === "Machine Learning Engineer" && o.country === "US" && o.level === "mid");
    expect(mid?.n).toBe(want.n);
    expect(mid?.p50).toBeCloseTo(want.p50, 6);
  });

  it("answers n 0 and null figures when nothing matches", async () => {
    const response = percentilesResponse(new Request("http://localhost/api/percentiles?title=Machine%20Learning%20Engineer&country=AS"));
    expect(await response.json()).toMatchObject({ n: 0, p10: null, p50: null, max: null, currency: "USD" });
  });

  it("answers 400 naming each bad parameter and what it allows", async () => {
    const response = percentilesResponse(new Request("http://localhost/api/percentiles?level=principal&year=1999&group=level&title=Wizard"));
    const parameters = await badParametersOf(response);
    expect(parameters.map(({ name, value, reason }) => ({ name, value, reason }))).toEqual([
      { name: "level", value: "principal", reason: "not a known level" },
      { name: "year", value: "1999", reason: "not a known year in the records" },
      { name: "group", value: "level", reason: "unknown parameter" },
      { name: "title", value: "Wizard", reason: "not a known job title in the records" },
    ]);
    expect(parameters[0]?.allowed).toEqual(["junior", "mid", "senior", "director"]);
    expect(parameters[1]?.allowed).toEqual(["2020", "2021", "2022", "2023", "2024", "2025"]);
    expect(parameters[3]?.allowed).toHaveLength(290);
  });
});

describe("the index stored at publish (RecordsIndex)", () => {
  const databaseFile = readEnv().databaseFile;
  const storedVersion = (file: string) => {
    const sqlite = openSqlite(file, { readonly: true });
    try {
      return {
        stored: sqlite.prepare("SELECT version FROM RecordsIndex").pluck().get(),
        imports: sqlite.prepare("SELECT COUNT(*) || ':' || MAX(id) FROM RecordImport").pluck().get(),
      };
    } finally {
      sqlite.close();
    }
  };

  it("is written for the records the published file holds", () => {
    const { stored, imports } = storedVersion(databaseFile);
    expect(stored).toBe(imports);
  });

  it("is not used when stale: a file whose index names other imports is read from its records, with the same figures", () => {
    const copy = `${databaseFile}.stale-index`;
    copyFileSync(databaseFile, copy);
    const writer = openSqlite(copy);
    writer.prepare("UPDATE RecordsIndex SET version = 'stale', usdMids = zeroblob(8), total = 1").run();
    writer.close();
    // A new file under the name, as a publish makes it: the server reads it afresh.
    renameSync(copy, databaseFile);
    for (const { filters: sliceFilters, keep } of SLICES) {
      const want = expected(keep);
      const { overall } = summarizeRecords(sliceFilters);
      for (const key of ["n", "p25", "p50", "p75"] as const) expect(overall?.[key]).toBeCloseTo(want[key]!, 6);
    }
  });
});

describe("the records' vocabulary", () => {
  it("lists the titles, company countries and years the records hold, most frequent first", () => {
    const vocabulary = recordsVocabulary();
    expect(vocabulary.titles).toHaveLength(290);
    expect(vocabulary.countries).toHaveLength(86);
    expect(vocabulary.years.toSorted()).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(vocabulary.counts.title.slice(0, 2)).toEqual([
      { value: "Data Scientist", count: 6095 },
      { value: "Data Engineer", count: 4934 },
    ]);
    expect(vocabulary.counts.country[0]).toEqual({ value: "US", count: 34380 });
  });
});

describe("summarizeRecordsForSlice", () => {
  const mlEngineerTitles = [
    "Machine Learning Engineer",
    "ML Engineer",
    "Machine Learning Developer",
    "Machine Learning Software Engineer",
    "Machine Learning Model Engineer",
    "Applied Machine Learning Engineer",
    "AI Machine Learning Engineer",
  ];

  it("holds an ML-engineer band against the records of its synonyms, level, country and year", () => {
    const want = expected((o) => mlEngineerTitles.includes(o.title) && o.level === "senior" && o.country === "US" && o.year === 2024);
    const slice = summarizeRecordsForSlice({ role: "ml-engineer", level: "senior", country: "US", year: 2024 });
    expect(slice).toEqual({
      n: want.n,
      p25: expect.closeTo(want.p25, 6),
      p50: expect.closeTo(want.p50, 6),
      p75: expect.closeTo(want.p75, 6),
      currency: "USD",
      titles: ["AI Machine Learning Engineer", "Machine Learning Developer", "Machine Learning Engineer", "Machine Learning Model Engineer"],
    });
    expect(slice?.n).toBe(1534);
  });

  it("reads a missing level, country or year as any", () => {
    const slice = summarizeRecordsForSlice({ role: "data-scientist", level: null, country: "GB" });
    expect(slice).toMatchObject({ n: expected((o) => o.title === "Data Scientist" && o.country === "GB").n, titles: ["Data Scientist"] });
  });

  it("is null for levels and roles the survey lacks, and for fewer than 5 observations", () => {
    expect(summarizeRecordsForSlice({ role: "ml-engineer", level: "lead", country: "US" })).toBeNull();
    expect(summarizeRecordsForSlice({ role: "astronaut" })).toBeNull();
    expect(summarizeRecordsForSlice({ role: "ml-director", level: "junior", country: "PK", year: 2020 })).toBeNull();
  });
});

describe("listRecordImports", () => {
  it("tells where the records came from: file, counts and the source with its licence", async () => {
    expect(await listRecordImports()).toEqual([
      {
        datasetId: "ai-jobs-salaries",
        file: "ai-jobs-salaries-2025-01-19.csv",
        importedAt: expect.any(Date),
        rowsRead: 74301,
        pairs: 35726,
        observations: 38575,
        added: 38575,
        source: {
          id: "aijobs-salaries-2025-01-19",
          title: "AI, ML, Data Science Salaries (aijobs.net salary survey snapshot)",
          licence: "CC0 1.0",
          url: "https://aijobs.net/salaries/",
        },
      },
    ]);
  });
});
