import "server-only";
import { createHash } from "node:crypto";
import { createReadStream, statSync } from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { CsvError, parse } from "csv-parse";
import { z } from "zod";
import { LEVEL_BY_EXPERIENCE } from "@/lib/records/codes";
import { createPairFinder, observationContent, observationValue, type Observation } from "@/lib/records/pairs";
import { headerProblem, readSurveyRow, type RowProblem } from "@/lib/records/row-schema";
import { openSqlite } from "@/lib/db/connection";
import { publishDatabase, type PublishResult } from "@/lib/db/publish";

/**
 * Imports a salary file in the aijobs.net format into a dataset, in ONE SQLite transaction: a
 * refused file, an error or a killed process (even kill -9: SQLite rolls the journal back on
 * the next open) leaves the database as it was. Re-importing adds nothing: each observation has
 * an identity within its dataset (see docs/decisions/003-salary-records.md).
 */

export interface RejectedRow extends RowProblem {
  /** Line in the file; the header is line 1. */
  line: number;
}

export class RecordsImportError extends Error {
  override name = "RecordsImportError";
}

/** The file has invalid rows and was not imported (without skipInvalid); `rejected` lists every problem. */
export class RecordsRejectedError extends RecordsImportError {
  override name = "RecordsRejectedError";
  constructor(
    readonly file: string,
    readonly rejected: RejectedRow[],
  ) {
    const rows = new Set(rejected.map((problem) => problem.line)).size;
    super(`${file}: ${rows} invalid row${rows === 1 ? "" : "s"}, nothing was imported`);
  }
}

export interface ImportProgress {
  rowsRead: number;
  bytesRead: number;
  totalBytes: number;
  elapsedMs: number;
}

export interface ImportOptions {
  /** Default: the file name without extension and snapshot date (datasetIdForFile). */
  datasetId?: string;
  /** A Source id; undefined looks for the source whose `file` has this file's name; null for none. */
  sourceId?: string | null;
  /** Import the valid rows and list the others in `rejected`, instead of refusing the file. */
  skipInvalid?: boolean;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportSummary {
  importId: number;
  datasetId: string;
  sourceId: string | null;
  file: string;
  fileSha256: string;
  /** Data rows in the file, the header excluded. */
  rowsRead: number;
  rowsInvalid: number;
  /** Pairs of rows read as one observation with a min and a max. */
  pairs: number;
  observations: number;
  added: number;
  /** Observations the dataset already had (from an earlier import of this or an older snapshot). */
  alreadyPresent: number;
  rejected: RejectedRow[];
  elapsedMs: number;
}

const PROGRESS_EVERY_ROWS = 5_000;
// A bigger page cache than SQLite's 2 MiB keeps most of a large import's index pages in memory
// instead of spilling them; 64 MiB keeps a million-row import well under 500 MB of memory.
const IMPORT_CACHE_KIB = 65_536;

const datasetIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a dataset id is lower-case letters and digits joined by hyphens, e.g. ai-jobs-salaries");

/** "ai-jobs-salaries-2025-01-19.csv" → "ai-jobs-salaries": snapshots of one survey share a dataset. */
export function datasetIdForFile(fileName: string): string {
  return path
    .basename(fileName)
    .replace(/\.csv$/i, "")
    .replace(/\d{4}-\d{2}-\d{2}$/, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export async function importRecordsFile(databaseFile: string, filePath: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const started = performance.now();
  const file = path.basename(filePath);
  const datasetId = datasetIdSchema.safeParse(options.datasetId ?? datasetIdForFile(file));
  if (!datasetId.success) throw new RecordsImportError(`Invalid dataset id "${options.datasetId ?? file}": ${datasetId.error.issues[0]?.message}`);
  const totalBytes = fileSize(filePath);

  const db = openSqlite(databaseFile);
  try {
    db.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
    const sourceId = resolveSource(db, options.sourceId, file);
    // IMMEDIATE takes the write lock now: a concurrent import waits for it (busy_timeout) or fails before any work is done.
    db.exec("BEGIN IMMEDIATE");
    try {
      const importId = startImport(db, datasetId.data, sourceId, file);
      const writer = observationWriter(db, datasetId.data, importId);
      const pairFinder = createPairFinder(writer.store);
      const rejected: RejectedRow[] = [];
      const read = await readRows(filePath, { totalBytes, started, onProgress: options.onProgress }, (cells, line) => {
        const result = readSurveyRow(cells);
        if (result.row) {
          pairFinder.push(result.row, line);
          return true;
        }
        pairFinder.interrupt();
        rejected.push(...result.problems.map((problem) => ({ line, ...problem })));
        // The file will be refused: the remaining rows are only checked, so every problem is reported.
        if (!options.skipInvalid) writer.stop();
        return false;
      });
      pairFinder.finish();
      if (rejected.length > 0 && !options.skipInvalid) throw new RecordsRejectedError(file, rejected);

      const summary: Omit<ImportSummary, "elapsedMs"> = {
        importId,
        datasetId: datasetId.data,
        sourceId,
        file,
        fileSha256: read.sha256,
        rowsRead: read.rows,
        rowsInvalid: read.invalidRows,
        ...writer.counts,
        rejected,
      };
      finishImport(db, summary);
      db.exec("COMMIT");
      return { ...summary, elapsedMs: performance.now() - started };
    } finally {
      if (db.inTransaction) db.exec("ROLLBACK");
    }
  } finally {
    db.close();
  }
}

/**
 * `npm run import`: imports into a staging copy of the live database and publishes it
 * (docs/decisions/011-published-database-files.md), so readers never wait for the import and a
 * killed import leaves the live file as it was.
 */
export function publishRecordsFile(liveFile: string, filePath: string, options: ImportOptions = {}): Promise<PublishResult<ImportSummary>> {
  return publishDatabase(liveFile, (stagingFile) => importRecordsFile(stagingFile, filePath, options));
}

function fileSize(filePath: string): number {
  try {
    return statSync(filePath).size;
  } catch {
    throw new RecordsImportError(`Cannot read ${filePath}: no such file`);
  }
}

/** The Source the file is a snapshot of: the one named, or the one whose `file` has this name. */
export function resolveSource(db: Database.Database, requested: string | null | undefined, file: string): string | null {
  if (requested === null) return null;
  const sources = db.prepare("SELECT id, file FROM Source").all() as { id: string; file: string | null }[];
  if (requested === undefined) return sources.find((source) => source.file !== null && path.basename(source.file) === file)?.id ?? null;
  if (sources.some((source) => source.id === requested)) return requested;
  throw new RecordsImportError(`Unknown source "${requested}": add it to data/sources.json and run npm run db:setup first.`);
}

function startImport(db: Database.Database, datasetId: string, sourceId: string | null, file: string): number {
  db.prepare("INSERT INTO RecordDataset (id) VALUES (@datasetId) ON CONFLICT DO NOTHING").run({ datasetId });
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO RecordImport (datasetId, sourceId, file, fileSha256, importedAt, rowsRead, rowsInvalid, pairs, observations, added, alreadyPresent)
       VALUES (@datasetId, @sourceId, @file, '', @importedAt, 0, 0, 0, 0, 0, 0)`,
    )
    .run({ datasetId, sourceId, file, importedAt: new Date().toISOString() });
  return Number(lastInsertRowid);
}

function finishImport(db: Database.Database, summary: Omit<ImportSummary, "elapsedMs">): void {
  const { importId, fileSha256, rowsRead, rowsInvalid, pairs, observations, added, alreadyPresent } = summary;
  db.prepare(
    `UPDATE RecordImport SET fileSha256 = @fileSha256, rowsRead = @rowsRead, rowsInvalid = @rowsInvalid, pairs = @pairs,
       observations = @observations, added = @added, alreadyPresent = @alreadyPresent
     WHERE id = @importId`,
  ).run({ importId, fileSha256, rowsRead, rowsInvalid, pairs, observations, added, alreadyPresent });
}

/** The SalaryRecord columns the importer writes; the statement names them and binds them by name. */
const SALARY_RECORD_COLUMNS = [
  "datasetId", "importId", "identity", "lineFrom", "lineTo", "isPair", "workYear", "experienceLevel", "level",
  "employmentType", "jobTitle", "salaryMin", "salaryMax", "salaryCurrency", "usdMin", "usdMax", "usdMid",
  "employeeResidence", "remoteRatio", "companyLocation", "companySize",
] as const;
type SalaryRecordRow = Record<(typeof SALARY_RECORD_COLUMNS)[number], string | number>;

/**
 * Stores observations under their identity: a hash of the normalized content plus the
 * occurrence number among identical observations in this file. So a file with the same row
 * three times holds three observations, and a newer snapshot with it four times adds one.
 */
function observationWriter(db: Database.Database, datasetId: string, importId: number) {
  const insert = db.prepare(
    `INSERT INTO SalaryRecord (${SALARY_RECORD_COLUMNS.join(", ")})
     VALUES (${SALARY_RECORD_COLUMNS.map((column) => `@${column}`).join(", ")})
     ON CONFLICT (datasetId, identity) DO NOTHING`,
  );
  const counts = { pairs: 0, observations: 0, added: 0, alreadyPresent: 0 };
  const occurrences = new Map<string, number>();
  let writing = true;
  return {
    counts,
    stop() {
      writing = false;
    },
    store(o: Observation) {
      counts.observations += 1;
      if (o.isPair) counts.pairs += 1;
      if (!writing) return;
      // 96 bits of the hash: no collision to fear among billions of rows, and a short key
      // keeps the occurrence map of a million-row file small.
      const content = createHash("sha256").update(observationContent(o)).digest().toString("base64url", 0, 12);
      const occurrence = (occurrences.get(content) ?? 0) + 1;
      occurrences.set(content, occurrence);
      const row: SalaryRecordRow = {
        datasetId,
        importId,
        identity: `${content}#${occurrence}`,
        lineFrom: o.lineFrom,
        lineTo: o.lineTo,
        isPair: o.isPair ? 1 : 0,
        workYear: o.workYear,
        experienceLevel: o.experienceLevel,
        level: LEVEL_BY_EXPERIENCE[o.experienceLevel],
        employmentType: o.employmentType,
        jobTitle: o.jobTitle,
        salaryMin: o.salaryMin,
        salaryMax: o.salaryMax,
        salaryCurrency: o.salaryCurrency,
        usdMin: o.usdMin,
        usdMax: o.usdMax,
        usdMid: observationValue(o),
        employeeResidence: o.employeeResidence,
        remoteRatio: o.remoteRatio,
        companyLocation: o.companyLocation,
        companySize: o.companySize,
      };
      const { changes } = insert.run(row);
      if (changes === 1) counts.added += 1;
      else counts.alreadyPresent += 1;
    },
  };
}

interface ReadProgress {
  totalBytes: number;
  started: number;
  onProgress: ImportOptions["onProgress"];
}

/**
 * Streams the file through csv-parse (BOM, quotes, CRLF or LF), checks the header and hands
 * each data row to `onRow`, which says whether it was valid. Hashes the bytes on the way.
 */
async function readRows(
  filePath: string,
  progress: ReadProgress,
  onRow: (cells: string[], line: number) => boolean,
): Promise<{ rows: number; invalidRows: number; sha256: string }> {
  const file = path.basename(filePath);
  const hash = createHash("sha256");
  let bytesRead = 0;
  const input = createReadStream(filePath);
  input.on("data", (chunk) => {
    hash.update(chunk);
    bytesRead += Buffer.byteLength(chunk);
  });
  // Rows with too few or too many fields are reported by readSurveyRow, not thrown by the parser.
  // Spaces around a field are not data: trimmed. Empty lines come through as [""] so that lines
  // can be counted here: csv-parse's per-record info objects cost a tenth of a million-row import.
  const parser = input.pipe(parse({ bom: true, relax_column_count: true, trim: true }));
  let rows = 0;
  let invalidRows = 0;
  let sawHeader = false;
  let line = 0;
  const report = () =>
    progress.onProgress?.({ rowsRead: rows, bytesRead, totalBytes: progress.totalBytes, elapsedMs: performance.now() - progress.started });
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      // A record starts on the line after the previous one ended; a quoted field may span lines.
      line += 1;
      const firstLine = line;
      for (const cell of record) if (cell.includes("\n")) line += cell.split("\n").length - 1;
      if (record.length === 1 && record[0] === "") continue;
      if (!sawHeader) {
        sawHeader = true;
        const problem = headerProblem(record);
        if (problem) throw new RecordsRejectedError(file, [{ line: firstLine, ...problem }]);
        continue;
      }
      rows += 1;
      if (!onRow(record, firstLine)) invalidRows += 1;
      if (rows % PROGRESS_EVERY_ROWS === 0) report();
    }
  } catch (error) {
    if (error instanceof CsvError) throw new RecordsImportError(`${file}: the CSV cannot be read: ${error.message}; nothing was imported`);
    throw error;
  } finally {
    input.destroy();
  }
  if (!sawHeader) throw new RecordsRejectedError(file, [{ line: 1, field: null, value: "", reason: "the file is empty; it needs the header row" }]);
  report();
  return { rows, invalidRows, sha256: hash.digest("hex") };
}

async function sha256OfFile(filePath: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(filePath)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

export interface DatasetFileResult {
  file: string;
  datasetId: string;
  /** False when this exact file was imported before: nothing was read. */
  imported: boolean;
  added: number;
  /** Observations in the dataset afterwards. */
  observations: number;
}

/**
 * Imports the survey files data/sources.json cites (sources of kind "dataset" whose `file` is a
 * .csv, kept in data/), all or nothing each. A file already imported byte for byte is skipped
 * without being parsed, so db:setup stays fast.
 */
export async function importDatasetFiles(
  databaseFile: string,
  dataDir: string,
  sources: readonly { id: string; kind: string; file: string | null }[],
): Promise<DatasetFileResult[]> {
  const results: DatasetFileResult[] = [];
  for (const source of sources) {
    // The official sources in data/official/ have importers of their own (src/lib/db/official/import.ts).
    if (source.kind !== "dataset" || !source.file?.toLowerCase().endsWith(".csv") || source.file.startsWith("data/official/")) continue;
    const file = path.basename(source.file);
    const filePath = path.join(dataDir, file);
    const datasetId = datasetIdForFile(file);
    const sha256 = await bundledFileSha256(source, filePath, dataDir);
    const seen = countObservations(databaseFile, datasetId, sha256);
    if (seen.alreadyImported) {
      results.push({ file, datasetId, imported: false, added: 0, observations: seen.observations });
      continue;
    }
    const summary = await importRecordsFile(databaseFile, filePath, { datasetId, sourceId: source.id });
    results.push({ file, datasetId, imported: true, added: summary.added, observations: seen.observations + summary.added });
  }
  return results;
}

/** The sha256 of a file data/sources.json cites, or an error naming the source when the file is missing. */
export function bundledFileSha256(source: { id: string; file: string | null }, filePath: string, dataDir: string): Promise<string> {
  return sha256OfFile(filePath).catch(() => {
    throw new RecordsImportError(`data/sources.json: source ${source.id} names ${source.file}, which is not in ${dataDir}.`);
  });
}

function countObservations(databaseFile: string, datasetId: string, sha256: string): { alreadyImported: boolean; observations: number } {
  const db = openSqlite(databaseFile, { readonly: true });
  try {
    const imported = db.prepare("SELECT 1 FROM RecordImport WHERE datasetId = @datasetId AND fileSha256 = @sha256 LIMIT 1").get({ datasetId, sha256 });
    const { observations } = db.prepare("SELECT COUNT(*) AS observations FROM SalaryRecord WHERE datasetId = @datasetId").get({ datasetId }) as {
      observations: number;
    };
    return { alreadyImported: imported !== undefined, observations };
  } finally {
    db.close();
  }
}
