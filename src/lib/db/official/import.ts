import "server-only";
import { createHash } from "node:crypto";
import { createReadStream, statSync } from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { CsvError, parse } from "csv-parse";
import {
  lcaPeriodOfFile,
  OEWS_WAGE_FIELDS,
  officialHeaderProblem,
  readLcaRow,
  readOewsRow,
  readPppRow,
  type CellProblem,
  type OfficialKind,
} from "@/lib/official/formats";
import { openSqlite } from "@/lib/db/connection";
import { publishDatabase, type PublishResult } from "@/lib/db/publish";
import { bundledFileSha256, RecordsImportError, RecordsRejectedError, resolveSource, type ImportProgress, type RejectedRow } from "@/lib/db/records/import";

/**
 * Imports one official file (BLS OEWS, DOL LCA, World Bank PPP) in ONE SQLite transaction, like
 * the survey importer (docs/decisions/003-salary-records.md, 014-official-sources.md): a header
 * that is not the format's, or any invalid row, refuses the whole file with every problem (line,
 * column, value, reason) and the store keeps what it had. Each row has a natural key
 * (year × occupation × group; period × DOL row; country × year × indicator): a newer file's
 * figures for a key replace the older ones. db:setup skips a file already imported by sha256.
 */

export interface OfficialImportSummary {
  importId: number;
  kind: OfficialKind;
  sourceId: string | null;
  file: string;
  fileSha256: string;
  rowsRead: number;
  added: number;
  replaced: number;
  elapsedMs: number;
}

interface Writer {
  /** Writes one row; false when the row is invalid (its problems pushed). */
  write(cells: string[], line: number, problems: RejectedRow[]): "written" | "invalid" | "checked";
}

const toRejected = (line: number, problems: CellProblem[]): RejectedRow[] => problems.map((p) => ({ line, field: p.column as RejectedRow["field"], value: p.value, reason: p.reason }));

function oewsWriter(db: Database.Database, importId: number): (cells: string[], line: number) => CellProblem[] | true {
  const wageColumns = OEWS_WAGE_FIELDS.flatMap((field) => [field, `${field}TopCoded`]);
  const columns = ["importId", "line", "year", "occCode", "occTitle", "oGroup", "employment", ...wageColumns, "hourlyMean", "hourlyMeanTopCoded"];
  const insert = db.prepare(
    `INSERT INTO OccupationWage (${columns.join(", ")}) VALUES (${columns.map((c) => `@${c}`).join(", ")})
     ON CONFLICT (year, occCode, oGroup) DO UPDATE SET ${columns.filter((c) => !["year", "occCode", "oGroup"].includes(c)).map((c) => `${c} = excluded.${c}`).join(", ")}`,
  );
  return (cells, line) => {
    const read = readOewsRow(cells);
    if (read.problems) return read.problems;
    const { row } = read;
    const wages = Object.fromEntries(OEWS_WAGE_FIELDS.flatMap((field) => [[field, row.wages[field].value], [`${field}TopCoded`, row.wages[field].topCoded ? 1 : 0]]));
    insert.run({
      importId, line, year: row.year, occCode: row.occCode, occTitle: row.occTitle, oGroup: row.oGroup, employment: row.employment,
      ...wages, hourlyMean: row.hourlyMean.value, hourlyMeanTopCoded: row.hourlyMean.topCoded ? 1 : 0,
    });
    return true;
  };
}

function lcaWriter(db: Database.Database, importId: number, period: string): (cells: string[], line: number) => CellProblem[] | true {
  const columns = [
    "importId", "line", "period", "srcIndex", "employerName", "jobTitle", "socCodeRaw", "socCode", "socTitle", "state", "wageFrom", "wageUnit",
    "prevailingWage", "prevailingWageUnit", "annualWage", "annualPrevailingWage",
  ];
  const insert = db.prepare(
    `INSERT INTO LcaFiling (${columns.join(", ")}) VALUES (${columns.map((c) => `@${c}`).join(", ")})
     ON CONFLICT (period, srcIndex) DO UPDATE SET ${columns.filter((c) => !["period", "srcIndex"].includes(c)).map((c) => `${c} = excluded.${c}`).join(", ")}`,
  );
  return (cells, line) => {
    const read = readLcaRow(cells);
    if (read.problems) return read.problems;
    insert.run({ importId, line, period, ...read.row });
    return true;
  };
}

function pppWriter(db: Database.Database, importId: number): (cells: string[], line: number) => CellProblem[] | true {
  const columns = ["importId", "line", "countryIso3", "countryIso2", "countryName", "year", "indicator", "value"];
  const insert = db.prepare(
    `INSERT INTO PppValue (${columns.join(", ")}) VALUES (${columns.map((c) => `@${c}`).join(", ")})
     ON CONFLICT (countryIso2, year, indicator) DO UPDATE SET ${columns.filter((c) => !["countryIso2", "year", "indicator"].includes(c)).map((c) => `${c} = excluded.${c}`).join(", ")}`,
  );
  return (cells, line) => {
    const read = readPppRow(cells);
    if (read.problems) return read.problems;
    insert.run({ importId, line, ...read.row });
    return true;
  };
}

function writerFor(kind: OfficialKind, db: Database.Database, importId: number, file: string): Writer {
  let write: (cells: string[], line: number) => CellProblem[] | true;
  if (kind === "oews") write = oewsWriter(db, importId);
  else if (kind === "ppp") write = pppWriter(db, importId);
  else {
    const period = lcaPeriodOfFile(file);
    if (!period) throw new RecordsImportError(`${file}: an LCA file's name must give its fiscal quarter, e.g. lca-fy2024q1-soc15.csv`);
    write = lcaWriter(db, importId, period);
  }
  let refusing = false;
  return {
    write(cells, line, problems) {
      if (refusing) {
        // The file will be refused: the remaining rows are only checked, so every problem is reported.
        const checked = kind === "oews" ? readOewsRow(cells) : kind === "lca" ? readLcaRow(cells) : readPppRow(cells);
        if (checked.problems) problems.push(...toRejected(line, checked.problems));
        return checked.problems ? "invalid" : "checked";
      }
      const result = write(cells, line);
      if (result === true) return "written";
      refusing = true;
      problems.push(...toRejected(line, result));
      return "invalid";
    },
  };
}

const PROGRESS_EVERY_ROWS = 5_000;
const TABLE_OF: Readonly<Record<OfficialKind, string>> = { oews: "OccupationWage", lca: "LcaFiling", ppp: "PppValue" };

/** Imports one official file into a staging copy of the live store and publishes it (ADR 011): the live file is never written in place. */
export function publishOfficialFile(
  liveFile: string,
  filePath: string,
  kind: OfficialKind,
  options: { sourceId?: string | null; onProgress?: (progress: ImportProgress) => void } = {},
): Promise<PublishResult<OfficialImportSummary>> {
  return publishDatabase(liveFile, (stagingFile) => importOfficialFile(stagingFile, filePath, kind, options));
}

export async function importOfficialFile(
  databaseFile: string,
  filePath: string,
  kind: OfficialKind,
  options: { sourceId?: string | null; onProgress?: (progress: ImportProgress) => void } = {},
): Promise<OfficialImportSummary> {
  const started = performance.now();
  const file = path.basename(filePath);
  let totalBytes: number;
  try {
    totalBytes = statSync(filePath).size;
  } catch {
    throw new RecordsImportError(`Cannot read ${filePath}: no such file`);
  }
  const db = openSqlite(databaseFile);
  try {
    const sourceId = resolveSource(db, options.sourceId, file);
    db.exec("BEGIN IMMEDIATE");
    try {
      const { lastInsertRowid } = db
        .prepare(
          `INSERT INTO OfficialImport (kind, sourceId, file, fileSha256, importedAt, rowsRead, added, replaced)
           VALUES (@kind, @sourceId, @file, '', @importedAt, 0, 0, 0)`,
        )
        .run({ kind, sourceId, file, importedAt: new Date().toISOString() });
      const importId = Number(lastInsertRowid);
      const writer = writerFor(kind, db, importId, file);
      // Rows new to the store are the table's growth; the others replaced a row with the same key.
      const countRows = () => db.prepare(`SELECT COUNT(*) FROM ${TABLE_OF[kind]}`).pluck().get() as number;
      const before = countRows();
      const problems: RejectedRow[] = [];
      const counts = { rowsRead: 0, added: 0, replaced: 0 };
      const hash = createHash("sha256");
      let bytesRead = 0;
      const input = createReadStream(filePath);
      input.on("data", (chunk) => {
        hash.update(chunk);
        bytesRead += Buffer.byteLength(chunk);
      });
      const report = () => options.onProgress?.({ rowsRead: counts.rowsRead, bytesRead, totalBytes, elapsedMs: performance.now() - started });
      let line = 0;
      let sawHeader = false;
      try {
        for await (const record of input.pipe(parse({ bom: true, relax_column_count: true, trim: true })) as AsyncIterable<string[]>) {
          line += 1;
          const firstLine = line;
          for (const cell of record) if (cell.includes("\n")) line += cell.split("\n").length - 1;
          if (record.length === 1 && record[0] === "") continue;
          if (!sawHeader) {
            sawHeader = true;
            const problem = officialHeaderProblem(kind, record);
            if (problem) throw new RecordsRejectedError(file, toRejected(firstLine, [problem]));
            continue;
          }
          counts.rowsRead += 1;
          writer.write(record, firstLine, problems);
          if (counts.rowsRead % PROGRESS_EVERY_ROWS === 0) report();
        }
      } catch (error) {
        if (error instanceof CsvError) throw new RecordsImportError(`${file}: the CSV cannot be read: ${error.message}; nothing was imported`);
        throw error;
      } finally {
        input.destroy();
      }
      if (!sawHeader) throw new RecordsRejectedError(file, [{ line: 1, field: null, value: "", reason: "the file is empty; it needs the header row" }]);
      if (problems.length > 0) throw new RecordsRejectedError(file, problems);
      report();
      counts.added = countRows() - before;
      counts.replaced = counts.rowsRead - counts.added;
      const fileSha256 = hash.digest("hex");
      db.prepare("UPDATE OfficialImport SET fileSha256 = @fileSha256, rowsRead = @rowsRead, added = @added, replaced = @replaced WHERE id = @importId").run({
        importId,
        fileSha256,
        ...counts,
      });
      db.exec("COMMIT");
      return { importId, kind, sourceId, file, fileSha256, ...counts, elapsedMs: performance.now() - started };
    } finally {
      if (db.inTransaction) db.exec("ROLLBACK");
    }
  } finally {
    db.close();
  }
}

/** The format of an official file bundled in data/official/<kind>/…: oews, h1b (LCA) or ppp. */
const KIND_OF_FOLDER: Readonly<Record<string, OfficialKind>> = { oews: "oews", h1b: "lca", ppp: "ppp" };

function officialKindOfSourceFile(file: string): OfficialKind | null {
  const parts = file.split("/");
  return parts.length === 4 && parts[0] === "data" && parts[1] === "official" && file.toLowerCase().endsWith(".csv") ? (KIND_OF_FOLDER[parts[2]!] ?? null) : null;
}

export interface OfficialFileResult {
  file: string;
  kind: OfficialKind;
  /** False when this exact file was imported before: nothing was read. */
  imported: boolean;
  rowsRead: number;
}

/** db:setup: imports the official files data/sources.json cites (data/official/<kind>/<file>.csv), skipping those already imported by sha256. */
export async function importOfficialFiles(
  databaseFile: string,
  dataDir: string,
  sources: readonly { id: string; kind: string; file: string | null }[],
): Promise<OfficialFileResult[]> {
  const results: OfficialFileResult[] = [];
  for (const source of sources) {
    const kind = source.kind === "dataset" && source.file ? officialKindOfSourceFile(source.file) : null;
    if (!kind || !source.file) continue;
    const filePath = path.join(dataDir, source.file.replace(/^data\//, ""));
    const sha256 = await bundledFileSha256(source, filePath, dataDir);
    const db = openSqlite(databaseFile, { readonly: true });
    const seen = db.prepare("SELECT rowsRead FROM OfficialImport WHERE kind = @kind AND fileSha256 = @sha256 LIMIT 1").get({ kind, sha256 }) as { rowsRead: number } | undefined;
    db.close();
    if (seen) {
      results.push({ file: path.basename(source.file), kind, imported: false, rowsRead: seen.rowsRead });
      continue;
    }
    const summary = await importOfficialFile(databaseFile, filePath, kind, { sourceId: source.id });
    results.push({ file: summary.file, kind, imported: true, rowsRead: summary.rowsRead });
  }
  return results;
}
