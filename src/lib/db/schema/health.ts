import "server-only";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { openSqlite } from "@/lib/db/connection";
import { EnvError, readEnv } from "@/lib/env";

/** A database file the site cannot use; the message says what to do, so no stack trace is needed. */
export class DatabaseFileError extends Error {
  override name = "DatabaseFileError";
}

const REBUILD = "Move it aside (or delete it) and run `npm run db:setup` to build it again from data/.";

const shown = (file: string) => path.relative(process.cwd(), file) || file;

/**
 * Before db:setup writes: a missing file is fine (setup creates it), but a file that is not a
 * healthy SQLite database stops setup with one clear sentence instead of a schema-engine stack.
 * Opened read-write, so a journal left by a killed import is rolled back first, as SQLite intends.
 */
export function assertDatabaseFileUsable(databaseFile: string, shownAs = databaseFile): void {
  if (!existsSync(databaseFile)) return;
  withDatabase(databaseFile, { readonly: false }, (sqlite) => quickCheck(sqlite, shownAs), shownAs);
}

/**
 * At server start: the database must exist, be readable SQLite, hold the schema of every migration
 * in prisma/migrations and hold claims. The server opens it read-only and never creates or repairs it.
 */
export function assertServerDatabase(databaseFile: string, migrationsDir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), "prisma/migrations")): void {
  if (!existsSync(databaseFile)) {
    throw new DatabaseFileError(
      `No database at ${shown(databaseFile)} (DATABASE_URL). Run \`npm run db:setup\` to create it from data/; \`npm start\` does this before serving.`,
    );
  }
  withDatabase(databaseFile, { readonly: true }, (sqlite) => {
    quickCheck(sqlite, databaseFile);
    const tables = new Set(sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
    if (!tables.has("_prisma_migrations") || !tables.has("Band")) {
      throw new DatabaseFileError(`${shown(databaseFile)} is not set up (no salary tables). Run \`npm run db:setup\`.`);
    }
    const pending = pendingMigrations(sqlite, migrationsDir);
    if (pending.length > 0) {
      throw new DatabaseFileError(`${shown(databaseFile)} lacks migration ${pending.join(", ")}. Run \`npm run db:setup\` to apply it.`);
    }
    const bands = sqlite.prepare("SELECT COUNT(*) FROM Band").pluck().get() as number;
    const rates = sqlite.prepare("SELECT COUNT(*) FROM ExchangeRate").pluck().get() as number;
    if (bands === 0 || rates === 0) {
      throw new DatabaseFileError(`${shown(databaseFile)} holds no claims. Run \`npm run db:setup\` to load data/.`);
    }
  });
}

/**
 * The server's start-up check (src/instrumentation.ts): a database the site cannot use stops the
 * start with one sentence that says what to do, instead of a stack trace on every request.
 */
export function exitUnlessServerDatabaseUsable(): void {
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  try {
    assertServerDatabase(readEnv().databaseFile);
  } catch (error) {
    if (!(error instanceof DatabaseFileError || error instanceof EnvError)) throw error;
    console.error(`\nCannot start: ${error.message}\n`);
    process.exit(1);
  }
}

const defaultMigrationsDir = () => path.resolve(/*turbopackIgnore: true*/ process.cwd(), "prisma/migrations");

function migrationNames(migrationsDir: string): string[] {
  if (!existsSync(/*turbopackIgnore: true*/ migrationsDir)) return [];
  return readdirSync(/*turbopackIgnore: true*/ migrationsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** The newest migration in prisma/migrations: the schema version a published file must have; null without the folder. */
export function latestMigration(migrationsDir = defaultMigrationsDir()): string | null {
  return migrationNames(migrationsDir).at(-1) ?? null;
}

/** The migrations of prisma/migrations the file has not applied, oldest first. */
export function pendingMigrations(sqlite: Database.Database, migrationsDir = defaultMigrationsDir()): string[] {
  const applied = new Set(
    sqlite.prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL").pluck().all() as string[],
  );
  return migrationNames(migrationsDir).filter((name) => !applied.has(name));
}

export type StoreHealth =
  | { ok: true; publication: Record<string, string | number> }
  | { ok: false; reason: string };

const globalForHealth = globalThis as { storeChecked?: { version: string; problem: string | null } };

/**
 * GET /api/health's answer about the store: readable, whole (quick_check, once per data version:
 * it reads the whole file), of the current schema and published (its DataPublication row).
 * Never throws: a problem is the reason.
 */
export function storeHealth(databaseFile: string, version: string | null, migrationsDir = defaultMigrationsDir()): StoreHealth {
  if (!existsSync(databaseFile) || version === null) return { ok: false, reason: `No database at ${shown(databaseFile)}.` };
  let publication: Record<string, string | number> | undefined;
  try {
    withDatabase(databaseFile, { readonly: true }, (sqlite) => {
      const checked = globalForHealth.storeChecked;
      if (checked?.version !== version) {
        let problem: string | null = null;
        try {
          quickCheck(sqlite, databaseFile);
        } catch (error) {
          problem = error instanceof DatabaseFileError ? error.message : `${shown(databaseFile)} is not a usable SQLite database (${(error as Error).message}).`;
        }
        globalForHealth.storeChecked = { version, problem };
      }
      const problem = globalForHealth.storeChecked?.problem;
      if (problem) throw new DatabaseFileError(problem);
      const tables = new Set(sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
      if (!tables.has("_prisma_migrations") || !tables.has("Band")) throw new DatabaseFileError(`${shown(databaseFile)} is not set up (no salary tables).`);
      const pending = pendingMigrations(sqlite, migrationsDir);
      if (pending.length > 0 || !tables.has("DataPublication")) {
        throw new DatabaseFileError(`${shown(databaseFile)} has an older schema: it lacks migration ${pending.join(", ") || "(DataPublication)"}.`);
      }
      publication = sqlite.prepare("SELECT * FROM DataPublication WHERE id = 1").get() as Record<string, string | number> | undefined;
      if (!publication) throw new DatabaseFileError(`${shown(databaseFile)} was not published (no DataPublication row): run \`npm run db:setup\`.`);
    });
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  const fields = { ...publication! };
  delete fields.id;
  return { ok: true, publication: fields };
}

function quickCheck(sqlite: Database.Database, databaseFile: string): void {
  const result = sqlite.prepare("PRAGMA quick_check").pluck().all() as string[];
  if (result.length !== 1 || result[0] !== "ok") {
    throw new DatabaseFileError(`${shown(databaseFile)} is damaged (${result.slice(0, 3).join("; ")}). ${REBUILD}`);
  }
}

/** Opens, runs `check`, closes; SQLite's own errors become a DatabaseFileError that says what to do. */
function withDatabase(databaseFile: string, options: { readonly: boolean }, check: (sqlite: Database.Database) => void, shownAs = databaseFile): void {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = openSqlite(databaseFile, options);
    check(sqlite);
  } catch (error) {
    if (error instanceof DatabaseFileError) throw error;
    const code = (error as { code?: string }).code ?? "";
    const reason = error instanceof Error ? error.message : String(error);
    if (code === "SQLITE_READONLY_ROLLBACK") {
      throw new DatabaseFileError(
        `${shown(shownAs)} has an unfinished write (${reason}), e.g. an import that was stopped. Run \`npm run db:setup\`, which rolls it back.`,
      );
    }
    if (code === "SQLITE_BUSY") {
      throw new DatabaseFileError(`${shown(shownAs)} is being written by another process (${reason}). Try again when it has finished.`);
    }
    throw new DatabaseFileError(`${shown(shownAs)} is not a usable SQLite database (${reason}). ${REBUILD}`);
  } finally {
    sqlite?.close();
  }
}
