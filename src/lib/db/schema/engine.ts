import "server-only";
import { mkdirSync, readdirSync, readFileSync, existsSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type {
  DiffTarget,
  MigrationList,
  SchemaEngine,
  SchemaFilter,
} from "@prisma/schema-engine-wasm";
import { sqliteAdapter } from "@/lib/db/connection";

/**
 * Prisma's schema engine, compiled to WebAssembly and driven through the
 * better-sqlite3 adapter. It does what `prisma migrate deploy` and
 * `prisma migrate diff` do, against the same prisma/migrations folder and the same
 * `_prisma_migrations` table, without the native engine that cannot be downloaded
 * here. See docs/decisions/002-migrations-without-native-engines.md.
 */

const projectRoot = path.resolve(import.meta.dirname, "../../../..");
const schemaPath = path.join(projectRoot, "prisma", "schema.prisma");
export const migrationsDir = path.join(projectRoot, "prisma", "migrations");

const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

type SchemaEngineModule = typeof import("@prisma/schema-engine-wasm");
let enginePackage: SchemaEngineModule | undefined;

/** Node 20 cannot `import` a .wasm file: instantiate it by hand with the package's glue. */
async function loadEnginePackage(): Promise<SchemaEngineModule> {
  if (enginePackage) return enginePackage;
  const require = createRequire(import.meta.url);
  const glueFile = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = (await import(glueFile)) as SchemaEngineModule & {
    __wbg_set_wasm(exports: WebAssembly.Exports): void;
  };
  const wasmFile = path.join(path.dirname(glueFile), "schema_engine_bg.wasm");
  const globals = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
  globals.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message(message: string) {
      throw new Error(`Prisma schema engine panicked: ${message}`);
    },
  };
  const compiled = await WebAssembly.compile(readFileSync(wasmFile));
  const instance = new WebAssembly.Instance(compiled, { "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  enginePackage = glue;
  return glue;
}

/**
 * better-sqlite3 runs one statement per `executeRaw`; the engine sends whole
 * migration files through it when it replays them into the shadow database.
 */
function acceptScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.args.length === 0 && /more than one statement/i.test(String(error))) {
        await adapter.executeScript(query.sql);
        return 0;
      }
      throw error;
    }
  };
  return adapter;
}

/** Opens the engine on one SQLite file; `close()` frees it and every connection it opened. */
async function openSchemaEngine(databaseFile: string): Promise<{ engine: SchemaEngine; close(): Promise<void> }> {
  const { SchemaEngine } = await loadEnginePackage();
  mkdirSync(path.dirname(databaseFile), { recursive: true });
  const opened: SqlDriverAdapter[] = [];
  const betterSqlite = sqliteAdapter(databaseFile, { create: true });
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: betterSqlite.provider,
    adapterName: betterSqlite.adapterName,
    async connect() {
      const adapter = acceptScripts(await betterSqlite.connect());
      opened.push(adapter);
      return adapter;
    },
    async connectToShadowDb() {
      const adapter = acceptScripts(await betterSqlite.connectToShadowDb());
      opened.push(adapter);
      return adapter;
    },
  };
  const factory = bindMigrationAwareSqlAdapterFactory(tracking);
  const schema = readFileSync(schemaPath, "utf8");
  const engine = await SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, () => {}, factory).catch(
    (error: unknown) => {
      throw explainEngineError(error, factory);
    },
  );
  return {
    engine,
    async close() {
      engine.free();
      // free() leaves the adapter's connections open; the next client would see "database is locked".
      await Promise.all(opened.map((adapter) => adapter.dispose()));
    },
  };
}

/** Adapter errors reach us as "External error id#N"; replace the id by what the adapter said. */
function explainEngineError(error: unknown, factory: ReturnType<typeof bindMigrationAwareSqlAdapterFactory>): Error {
  const message = error instanceof Error ? error.message : String(error);
  const id = /External error id#(\d+)/.exec(message)?.[1];
  const record = id ? factory.errorRegistry.consumeError(Number(id)) : undefined;
  return new Error(record ? `${message}: ${JSON.stringify(record.error)}` : message);
}

/** The migrations folder as the engine wants it, read from disk. */
function readMigrationList(dir = migrationsDir): MigrationList {
  const lockfilePath = path.join(dir, "migration_lock.toml");
  const names = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockfilePath) ? readFileSync(lockfilePath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(path.join(dir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

/** What `prisma migrate deploy` does: applies the migrations not yet applied, returns their names. */
export async function applyMigrations(databaseFile: string): Promise<string[]> {
  const { engine, close } = await openSchemaEngine(databaseFile);
  try {
    const result = await engine.applyMigrations({ migrationsList: readMigrationList(), filters: NO_FILTER });
    return result.appliedMigrationNames;
  } finally {
    await close();
  }
}

/**
 * SQL that would take the replayed migrations to schema.prisma: empty when the
 * migrations produce exactly the schema (no drift). `databaseFile` only hosts the engine.
 */
export async function diffMigrationsToSchema(databaseFile: string): Promise<string> {
  const migrations = readMigrationList();
  return diffToSchema(databaseFile, migrations.migrationDirectories.length > 0 ? { tag: "migrations", ...migrations } : { tag: "empty" });
}

/** SQL that would take the live database to schema.prisma: empty when it has not drifted. */
export async function diffDatabaseToSchema(databaseFile: string): Promise<string> {
  return diffToSchema(databaseFile, { tag: "schemaDatasource", files: schemaFiles(), configDir: projectRoot });
}

const schemaFiles = () => [{ path: schemaPath, content: readFileSync(schemaPath, "utf8") }];

async function diffToSchema(databaseFile: string, from: DiffTarget): Promise<string> {
  const { engine, close } = await openSchemaEngine(databaseFile);
  try {
    const result = await engine.diff({ from, to: { tag: "schemaDatamodel", files: schemaFiles() }, script: true, exitCode: null, filters: NO_FILTER });
    return stripEmptyDiff(result.stdout ?? "");
  } finally {
    await close();
  }
}

function stripEmptyDiff(script: string): string {
  return script.replace(/^-- This is an empty migration\.\s*$/m, "").trim();
}

/** Writes the SQL that takes the existing migrations to schema.prisma as a new migration folder. */
export async function createMigration(name: string, scratchDatabaseFile: string): Promise<string | null> {
  const sql = await diffMigrationsToSchema(scratchDatabaseFile);
  if (sql === "") return null;
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const folder = path.join(migrationsDir, `${stamp}_${name}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "migration.sql"), `${sql}\n`);
  const lockfile = path.join(migrationsDir, "migration_lock.toml");
  if (!existsSync(lockfile)) {
    writeFileSync(lockfile, '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "sqlite"\n');
  }
  return folder;
}
