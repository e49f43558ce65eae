import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openSqlite } from "@/lib/db/connection";
import { describe, expect, it } from "vitest";
import { DataError, readClaimData } from "@/lib/claims/read-data";
import { createPrismaClient } from "@/lib/db/connection";
import { datasetIdForFile, importRecordsFile, RecordsImportError, RecordsRejectedError } from "@/lib/db/records/import";
import { loadClaims } from "@/lib/db/claims/load-claims";
import { setupDatabase } from "@/lib/db/setup";
import { readEnv } from "@/lib/env";
import { RECORD_COLUMNS } from "@/lib/records/codes";
import { writeSyntheticRecords } from "../../scripts/gen-records";
import { dataDir, projectRoot } from "../setup/paths";

const databaseFile = readEnv().databaseFile;
const bundledFile = path.join(dataDir, "ai-jobs-salaries-2025-01-19.csv");
const HEADER = RECORD_COLUMNS.join(",");
const scratch = mkdtempSync(path.join(os.tmpdir(), "records-import-"));

/** Rows, imports and datasets in the store, plus a hash of every record's identity. */
function storeState() {
  const db = openSqlite(databaseFile, { readonly: true });
  try {
    const one = (sql: string) => db.prepare(sql).pluck().get();
    return {
      records: one("SELECT COUNT(*) FROM SalaryRecord"),
      imports: one("SELECT COUNT(*) FROM RecordImport"),
      datasets: one("SELECT group_concat(id) FROM RecordDataset"),
      identities: one("SELECT COUNT(DISTINCT identity) || ':' || SUM(LENGTH(identity)) FROM SalaryRecord"),
      integrity: one("PRAGMA integrity_check"),
    };
  } finally {
    db.close();
  }
}

function writeCsv(name: string, lines: readonly string[], lineEnd = "\n"): string {
  const file = path.join(scratch, name);
  writeFileSync(file, lines.join(lineEnd) + lineEnd);
  return file;
}

interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** npm run import, as a child process on the test's database; `onStderr` may kill it. */
function runImportCli(args: readonly string[], onStderr?: (text: string, child: ReturnType<typeof spawn>) => void): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/import-records.ts", ...args], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: `file:${databaseFile}` },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      onStderr?.(stderr, child);
    });
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** The bundled file's rows as cells: it has no quoted fields, so a split is a faithful reading. */
function bundledRows(): string[][] {
  const text = readFileSync(bundledFile, "utf8");
  expect(text.includes('"')).toBe(false);
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line !== "")
    .map((line) => line.split(","));
}

describe("the bundled aijobs.net snapshot", () => {
  it("is imported by the setup: 74,301 rows, 35,726 pairs, 38,575 observations", () => {
    const db = openSqlite(databaseFile, { readonly: true });
    try {
      expect(db.prepare("SELECT datasetId, sourceId, file, rowsRead, rowsInvalid, pairs, observations, added, alreadyPresent FROM RecordImport").all()).toEqual([
        {
          datasetId: "ai-jobs-salaries",
          sourceId: "aijobs-salaries-2025-01-19",
          file: "ai-jobs-salaries-2025-01-19.csv",
          rowsRead: 74301,
          rowsInvalid: 0,
          pairs: 35726,
          observations: 38575,
          added: 38575,
          alreadyPresent: 0,
        },
      ]);
      expect(db.prepare("SELECT isPair, COUNT(*) AS n, SUM(lineTo - lineFrom) AS extraLines FROM SalaryRecord GROUP BY isPair").all()).toEqual([
        { isPair: 0, n: 2849, extraLines: 0 },
        { isPair: 1, n: 35726, extraLines: 35726 },
      ]);
      expect(
        db.prepare("SELECT level, experienceLevel, COUNT(*) AS n FROM SalaryRecord GROUP BY level, experienceLevel ORDER BY n DESC").all(),
      ).toEqual([
        { level: "senior", experienceLevel: "SE", n: 22348 },
        { level: "mid", experienceLevel: "MI", n: 11614 },
        { level: "junior", experienceLevel: "EN", n: 3806 },
        { level: "director", experienceLevel: "EX", n: 807 },
      ]);
    } finally {
      db.close();
    }
  });

  it("holds the same 35,726 pairs a plain reading of the file finds", () => {
    const rows = bundledRows();
    expect(rows).toHaveLength(74301);
    // A pair: two consecutive rows equal in every column but salary (4) and salary_in_usd (6), with different salaries.
    const posting = (row: string[]) => row.filter((_, column) => column !== 4 && column !== 6).join(",");
    const pairStarts: number[] = [];
    for (let i = 0; i + 1 < rows.length; i += 1) {
      if (posting(rows[i]!) === posting(rows[i + 1]!) && rows[i]![4] !== rows[i + 1]![4]) {
        pairStarts.push(i + 2); // file line: the header is line 1
        i += 1;
      }
    }
    expect(pairStarts).toHaveLength(35726);
    const db = openSqlite(databaseFile, { readonly: true });
    try {
      expect(db.prepare("SELECT lineFrom FROM SalaryRecord WHERE isPair = 1 ORDER BY lineFrom").pluck().all()).toEqual(pairStarts);
    } finally {
      db.close();
    }
  });

  it("adds nothing when imported again, by the setup or by hand", async () => {
    const before = storeState();
    const setup = await setupDatabase(databaseFile, dataDir);
    expect(setup.records).toEqual([
      { file: "ai-jobs-salaries-2025-01-19.csv", datasetId: "ai-jobs-salaries", imported: false, added: 0, observations: 38575 },
    ]);
    const again = await importRecordsFile(databaseFile, bundledFile);
    expect(again).toMatchObject({ datasetId: "ai-jobs-salaries", sourceId: "aijobs-salaries-2025-01-19", added: 0, alreadyPresent: 38575 });
    expect(storeState()).toEqual({ ...before, imports: (before.imports as number) + 1 });
  });

  it("from a newer snapshot adds only the new observations, one more copy of a repeated row included", async () => {
    const rows = bundledRows();
    const repeated = rows[0]!.join(","); // line 2, a single row: the newer file has it twice
    const newer = writeCsv("ai-jobs-salaries-2025-06-01.csv", [
      HEADER,
      "2025,SE,FT,Machine Learning Engineer,260000,USD,260000,US,0,US,M",
      "2025,SE,FT,Machine Learning Engineer,200000,USD,200000,US,0,US,M",
      "2025,MI,FT,Data Scientist,120000,USD,120000,US,100,US,L",
      repeated,
      ...rows.map((row) => row.join(",")),
    ]);
    const summary = await importRecordsFile(databaseFile, newer);
    expect(summary).toMatchObject({ datasetId: "ai-jobs-salaries", sourceId: null, rowsRead: 74305, pairs: 35727, observations: 38578, added: 3, alreadyPresent: 38575 });
    const db = openSqlite(databaseFile, { readonly: true });
    try {
      expect(
        db.prepare("SELECT lineFrom, isPair, jobTitle, salaryMin, salaryMax, usdMid FROM SalaryRecord WHERE importId = ? ORDER BY lineFrom").all(summary.importId),
      ).toEqual([
        { lineFrom: 2, isPair: 1, jobTitle: "Machine Learning Engineer", salaryMin: 200000, salaryMax: 260000, usdMid: 230000 },
        { lineFrom: 4, isPair: 0, jobTitle: "Data Scientist", salaryMin: 120000, salaryMax: 120000, usdMid: 120000 },
        // The second of two identical rows is the new one: identity counts occurrences.
        { lineFrom: 6, isPair: 0, jobTitle: "Consultant", salaryMin: 120000, salaryMax: 120000, usdMid: 120000 },
      ]);
    } finally {
      db.close();
    }
  });
});

describe("importing a file", () => {
  it("reads a BOM, CRLF line ends, empty lines and quoted fields with commas, quotes and line breaks", async () => {
    const file = writeCsv(
      "quoted.csv",
      [
        `\uFEFF${HEADER}`,
        '2024,SE,FT,"Engineer, ""ML"" Platform",150000,EUR,166666,DE,50,DE,S',
        "",
        '2024,EN,PT,"Data\r\nAnalyst",40000,EUR,44444,DE,0,DE,S',
        "2024,EN,PT,Data Analyst,40000,EUR,44444,DE,0,DE,S",
      ],
      "\r\n",
    );
    const summary = await importRecordsFile(databaseFile, file, { datasetId: "quoted-test" });
    expect(summary).toMatchObject({ rowsRead: 3, rowsInvalid: 0, pairs: 0, observations: 3, added: 3 });
    const db = openSqlite(databaseFile, { readonly: true });
    try {
      expect(db.prepare("SELECT lineFrom, jobTitle, level, remoteRatio FROM SalaryRecord WHERE datasetId = 'quoted-test' ORDER BY lineFrom").all()).toEqual([
        { lineFrom: 2, jobTitle: 'Engineer, "ML" Platform', level: "senior", remoteRatio: 50 },
        { lineFrom: 4, jobTitle: "Data\r\nAnalyst", level: "junior", remoteRatio: 0 },
        { lineFrom: 6, jobTitle: "Data Analyst", level: "junior", remoteRatio: 0 },
      ]);
    } finally {
      db.close();
    }
  });

  it("refuses a file with bad rows, naming line, field and reason of each, and writes nothing", async () => {
    const before = storeState();
    const file = writeCsv(
      "bad-rows.csv",
      [
        HEADER,
        "2024,SE,FT,Machine Learning Engineer,150000,USD,150000,US,0,US,M",
        "2024,SE,FT,Machine Learning Engineer,150k,USD,150000,US,0,US,M",
        "2024,SE,FT,Data Scientist,140000,USD,140000,US,0,US,M",
        "2024,XX,FT,Data Scientist,140000,USD,140000,US,0,US",
        "2024,MI,FT,Data Scientist,140000,USD,140000,US,30,US,M",
      ],
      "\r\n",
    );
    const refusal = await importRecordsFile(databaseFile, file).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RecordsRejectedError);
    expect((refusal as RecordsRejectedError).message).toBe("bad-rows.csv: 3 invalid rows, nothing was imported");
    expect((refusal as RecordsRejectedError).rejected).toEqual([
      { line: 3, field: "salary", value: "150k", reason: "must be a whole number above 0, without separators" },
      { line: 5, field: null, value: "2024,XX,FT,Data Scientist,140000,USD,140000,US,0,US", reason: "has 10 fields, expected 11" },
      { line: 6, field: "remote_ratio", value: "30", reason: "must be one of 0, 50, 100" },
    ]);
    expect(storeState()).toEqual(before);
  });

  it("refuses a file whose header is not the aijobs.net one, and an empty file", async () => {
    const wrongHeader = writeCsv("wrong-header.csv", ["year,level,title,salary", "2024,SE,Engineer,100000"]);
    await expect(importRecordsFile(databaseFile, wrongHeader)).rejects.toMatchObject({
      rejected: [{ line: 1, field: null, value: "year,level,title,salary", reason: expect.stringMatching(/^the header must be work_year,/) }],
    });
    const empty = writeCsv("empty.csv", []);
    await expect(importRecordsFile(databaseFile, empty)).rejects.toMatchObject({ rejected: [{ line: 1, reason: "the file is empty; it needs the header row" }] });
  });

  it("refuses an unknown source, a bad dataset id, a missing file and a broken CSV", async () => {
    const file = writeCsv("fine.csv", [HEADER, "2024,SE,FT,Engineer,100000,USD,100000,US,0,US,M"]);
    await expect(importRecordsFile(databaseFile, file, { sourceId: "no-such-source" })).rejects.toThrow(
      'Unknown source "no-such-source": add it to data/sources.json and run npm run db:setup first.',
    );
    await expect(importRecordsFile(databaseFile, file, { datasetId: "Not An Id" })).rejects.toThrow(/^Invalid dataset id "Not An Id"/);
    await expect(importRecordsFile(databaseFile, path.join(scratch, "missing.csv"))).rejects.toBeInstanceOf(RecordsImportError);
    const broken = writeCsv("broken.csv", [HEADER, '2024,SE,FT,"Engineer,100000,USD,100000,US,0,US,M']);
    await expect(importRecordsFile(databaseFile, broken)).rejects.toThrow(/^broken\.csv: the CSV cannot be read: .*nothing was imported$/);
  });

  it("names the dataset after the file without its snapshot date", () => {
    expect(datasetIdForFile("ai-jobs-salaries-2025-01-19.csv")).toBe("ai-jobs-salaries");
    expect(datasetIdForFile("/tmp/Records 1000000.CSV")).toBe("records-1000000");
  });
});

describe("npm run import", () => {
  const mixed = () =>
    writeCsv("mixed.csv", [
      HEADER,
      "2024,SE,FT,Research Scientist,300000,USD,300000,US,0,US,L",
      "2024,SE,FT,Research Scientist,250000,USD,250000,US,0,US,L",
      "2024,SE,FT,Research Scientist,-5,USD,250000,US,0,US,L",
      "2023,EN,FT,Data Analyst,70000,USD,70000,US,0,US,M",
    ]);

  it("refuses a file with a bad row, lists it and exits 1, writing nothing", async () => {
    const before = storeState();
    const report = path.join(scratch, "refused-report.csv");
    const run = await runImportCli([mixed(), "--report", report]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("mixed.csv: 1 invalid row, nothing was imported");
    expect(run.stderr).toContain('line 4, field salary: "-5" must be a whole number above 0, without separators');
    expect(run.stderr).toContain("pass --skip-invalid");
    expect(storeState()).toEqual(before);
  });

  it("with --skip-invalid imports the valid rows and writes the rejects to the report", async () => {
    const report = path.join(scratch, "skipped-report.csv");
    const run = await runImportCli([mixed(), "--skip-invalid", "--report", report, "--dataset", "mixed-test"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Imported mixed.csv into dataset mixed-test");
    expect(run.stdout).toMatch(/rows read +4\n +invalid, skipped +1\n +pairs +1 .*\n +observations +2\n +imported +2\n +duplicates +0/);
    expect(readFileSync(report, "utf8")).toBe("line,field,value,reason\r\n4,salary,-5,\"must be a whole number above 0, without separators\"\r\n");
  });

  it("rejects a wrong command line with the usage", async () => {
    const run = await runImportCli(["--skip-invalid"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Usage: npm run import -- <file.csv>");
  });

  it("killed with SIGKILL in the middle of a big file, leaves the database as it was", async () => {
    const big = path.join(scratch, "big.csv");
    await writeSyntheticRecords(big, 200_000, 7);
    const before = storeState();
    let killedAt = "";
    const run = await runImportCli([big], (stderr, child) => {
      // Plain progress lines (stderr is not a terminal here): kill once a third of the file is in.
      const progress = /import: (\d+)% · ([\d,]+) rows/.exec(stderr.split("\n").filter(Boolean).at(-1) ?? "");
      if (!killedAt && progress && Number(progress[1]) >= 30) {
        killedAt = progress[2]!;
        child.kill("SIGKILL");
      }
    });
    expect(run.signal).toBe("SIGKILL");
    expect(killedAt).not.toBe("");
    expect(storeState()).toEqual(before);
  }, 60_000);
});

describe("sources cited by imported records", () => {
  it("survive db:setup, and removing one from data/ is refused with the reason", async () => {
    const data = readClaimData(dataDir);
    const withoutSurvey = {
      ...data,
      sources: data.sources.filter((source) => source.id !== "aijobs-salaries-2025-01-19"),
      exchangeRates: { ...data.exchangeRates, source: "ml-engineer-salary-2025-guide" },
    };
    const before = storeState();
    const prisma = createPrismaClient(databaseFile);
    try {
      const refusal = await loadClaims(prisma, withoutSurvey).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(DataError);
      expect((refusal as DataError).message).toContain(
        "sources.json, record aijobs-salaries-2025-01-19: removed, but the imported survey file ai-jobs-salaries-2025-01-19.csv cites it; keep the source",
      );
      expect(await prisma.source.count()).toBe(8);
      expect(await prisma.recordImport.count({ where: { sourceId: "aijobs-salaries-2025-01-19" } })).toBeGreaterThan(0);
    } finally {
      await prisma.$disconnect();
    }
    expect(storeState()).toEqual(before);
  });
});
