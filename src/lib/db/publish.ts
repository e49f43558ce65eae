import "server-only";
import { createHash } from "node:crypto";
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { openSqlite } from "./connection";
import { storeRecordsIndex } from "./records/percentile-index";
import { latestMigration, pendingMigrations } from "./schema/health";

/**
 * Publishing, never writing in place (docs/decisions/011-published-database-files.md). db:setup
 * and imports build the next version in a staging copy beside the live file, check it, stamp it
 * with its DataPublication row and rename it over the live file. A reader has the old file open
 * or the new one, never a half-written one, and never meets a journal: the only journals are the
 * staging file's. A publisher killed at any moment leaves the live file as it was plus a staging
 * file and a lock that the next run removes (and says so).
 */

export interface Publication {
  schemaVersion: string;
  fingerprint: string;
  bands: number;
  factors: number;
  sources: number;
  exchangeRates: number;
  recordImports: number;
  salaryRecords: number;
  publishedAt: string;
}

export interface PublishResult<T> {
  result: T;
  publication: Publication;
  /** Files a killed earlier run left behind, removed before this one started. */
  removedStale: string[];
}

export class PublishError extends Error {
  override name = "PublishError";
}

const COUNTED_TABLES = {
  bands: "Band",
  factors: "Factor",
  sources: "Source",
  exchangeRates: "ExchangeRate",
  recordImports: "RecordImport",
  salaryRecords: "SalaryRecord",
} as const;

const shown = (file: string) => path.relative(process.cwd(), file) || file;
const lockFileOf = (liveFile: string) => `${liveFile}.publish-lock`;
const stagingPrefix = (liveFile: string) => `${path.basename(liveFile)}.staging-`;

/**
 * Builds the next version of `liveFile` with `build` (which writes the staging file it is given,
 * starting from a copy of the live one, or from nothing when there is none), checks it and swaps
 * it in. Any error, or a refused file, leaves the live file untouched.
 */
export async function publishDatabase<T>(liveFile: string, build: (stagingFile: string) => Promise<T>): Promise<PublishResult<T>> {
  // A fresh clone has no folder for the database yet (prisma/data/ is not in git).
  mkdirSync(path.dirname(liveFile), { recursive: true });
  const removedStale = takeLock(liveFile);
  const stagingFile = path.join(path.dirname(liveFile), `${stagingPrefix(liveFile)}${process.pid}`);
  try {
    removedStale.push(...removeStaging(liveFile));
    if (existsSync(liveFile)) {
      copyFileSync(liveFile, stagingFile);
      // A journal beside the live file can only be left by a version of this site that wrote in
      // place and was killed: it goes with the copy, where opening read-write rolls it back.
      if (existsSync(`${liveFile}-journal`)) copyFileSync(`${liveFile}-journal`, `${stagingFile}-journal`);
    }
    const result = await build(stagingFile);
    const publication = stamp(stagingFile);
    verify(stagingFile, publication);
    swapIn(stagingFile, liveFile);
    return { result, publication, removedStale };
  } finally {
    for (const suffix of ["", "-journal"]) rmSync(stagingFile + suffix, { force: true });
    rmSync(lockFileOf(liveFile), { force: true });
  }
}

/** One publisher at a time: two would each start from the same live file, and the second swap would drop the first's data. */
function takeLock(liveFile: string): string[] {
  const lockFile = lockFileOf(liveFile);
  const removed: string[] = [];
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lockFile, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return removed;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(readFileSync(lockFile, "utf8").trim());
      if (Number.isInteger(holder) && holder > 0 && processAlive(holder)) {
        throw new PublishError(`${shown(liveFile)} is being published by another db:setup or import (pid ${holder}). Try again when it has finished.`);
      }
      // Left by a publisher that was killed: nobody holds it.
      rmSync(lockFile, { force: true });
      removed.push(lockFile);
    }
  }
  throw new PublishError(`Could not take ${shown(lockFile)}.`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Staging files of killed runs (we hold the lock, so none is in use). */
function removeStaging(liveFile: string): string[] {
  const dir = path.dirname(liveFile);
  if (!existsSync(dir)) return [];
  const stale = readdirSync(dir)
    .filter((name) => name.startsWith(stagingPrefix(liveFile)))
    .map((name) => path.join(dir, name));
  for (const file of stale) rmSync(file, { force: true });
  return stale;
}

/** Tables derived from the others at publish: not content of their own. */
const DERIVED_TABLES = ["DataPublication", "RecordsIndex"];

/**
 * A fingerprint of the content: every table's rows in storage order, the derived ones excepted.
 * Two copies of one file have the same; it is written into the file, so it travels with it.
 */
function contentFingerprint(sqlite: Database.Database): string {
  const hash = createHash("sha256");
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  for (const table of tables.filter((name) => !DERIVED_TABLES.includes(name))) {
    hash.update(`\n#${table}\n`);
    for (const row of sqlite.prepare(`SELECT * FROM "${table}"`).raw().iterate() as IterableIterator<unknown[]>) {
      hash.update(JSON.stringify(row)).update("\n");
    }
  }
  return hash.digest("hex");
}

function counts(sqlite: Database.Database): Omit<Publication, "schemaVersion" | "fingerprint" | "publishedAt"> {
  const count = (table: string) => sqlite.prepare(`SELECT COUNT(*) FROM "${table}"`).pluck().get() as number;
  return {
    bands: count(COUNTED_TABLES.bands),
    factors: count(COUNTED_TABLES.factors),
    sources: count(COUNTED_TABLES.sources),
    exchangeRates: count(COUNTED_TABLES.exchangeRates),
    recordImports: count(COUNTED_TABLES.recordImports),
    salaryRecords: count(COUNTED_TABLES.salaryRecords),
  };
}

/**
 * Writes the derived tables (the survey records' index) and the DataPublication row; the file
 * stays in rollback-journal mode, one self-contained file.
 */
function stamp(stagingFile: string): Publication {
  const sqlite = openSqlite(stagingFile);
  try {
    sqlite.pragma("journal_mode = DELETE");
    storeRecordsIndex(sqlite);
    const schemaVersion = sqlite
      .prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name DESC LIMIT 1")
      .pluck()
      .get() as string | undefined;
    const publication: Publication = {
      schemaVersion: schemaVersion ?? "",
      fingerprint: contentFingerprint(sqlite),
      ...counts(sqlite),
      publishedAt: new Date().toISOString(),
    };
    sqlite.transaction(() => {
      sqlite.prepare("DELETE FROM DataPublication").run();
      sqlite
        .prepare(
          `INSERT INTO DataPublication (id, schemaVersion, fingerprint, bands, factors, sources, exchangeRates, recordImports, salaryRecords, publishedAt)
           VALUES (1, @schemaVersion, @fingerprint, @bands, @factors, @sources, @exchangeRates, @recordImports, @salaryRecords, @publishedAt)`,
        )
        .run(publication);
    })();
    return publication;
  } finally {
    sqlite.close();
  }
}

/** The staging file, reopened read-only, must be whole and say what was stamped, or it is not published. */
function verify(stagingFile: string, stamped: Publication): void {
  const sqlite = openSqlite(stagingFile, { readonly: true });
  try {
    const integrity = sqlite.prepare("PRAGMA integrity_check").pluck().all() as string[];
    if (integrity.length !== 1 || integrity[0] !== "ok") throw new PublishError(`The new version failed its integrity check (${integrity.slice(0, 3).join("; ")}); nothing was published.`);
    const expected = latestMigration();
    const pending = pendingMigrations(sqlite);
    if ((expected !== null && stamped.schemaVersion !== expected) || pending.length > 0) {
      throw new PublishError(
        `The new version has schema ${stamped.schemaVersion || "(none)"}, not ${expected}${pending.length > 0 ? ` (it lacks ${pending.join(", ")})` : ""}; nothing was published.`,
      );
    }
    const row = sqlite.prepare("SELECT * FROM DataPublication").all() as Publication[];
    const actual = counts(sqlite);
    const same = row.length === 1 && row[0]!.fingerprint === stamped.fingerprint && Object.entries(actual).every(([key, n]) => row[0]![key as keyof Publication] === n);
    if (!same || !/^[0-9a-f]{64}$/.test(stamped.fingerprint)) throw new PublishError("The new version's DataPublication row does not match its content; nothing was published.");
    if (actual.bands === 0 || actual.exchangeRates === 0) throw new PublishError("The new version holds no claims; nothing was published.");
  } finally {
    sqlite.close();
  }
}

/** Durable, then atomic: the data reaches the disk before the name points at it. */
function swapIn(stagingFile: string, liveFile: string): void {
  const fd = openSync(stagingFile, "r+");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  // A legacy journal must not sit beside the new file: SQLite would take it for the new file's own.
  rmSync(`${liveFile}-journal`, { force: true });
  renameSync(stagingFile, liveFile);
  const dir = openSync(path.dirname(liveFile), "r");
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}
