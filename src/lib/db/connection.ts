import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import Database from "better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { readEnv } from "@/lib/env";
import { fileIdentity } from "./data-version";

/**
 * The one place the store is opened, by either driver (docs/decisions/009-one-data-layer.md):
 * Prisma for the claims, plain better-sqlite3 for the two jobs Prisma is too slow for, writing a
 * million survey rows and reading them all into memory (docs/decisions/003-salary-records.md).
 * Read-only opens need the file to exist; the web server only ever opens read-only.
 */

export interface OpenOptions {
  readonly?: boolean;
  /** Create the file when it is missing: only the schema engine, which builds the database, does. */
  create?: boolean;
}

// Wait for another connection's write (db:setup, an import) instead of failing at once.
const BUSY_TIMEOUT_MS = 10_000;
// SQLite leaves foreign keys off unless asked, per connection: asked here for every one, whichever driver opens it.
const CONNECTION_PRAGMAS = "PRAGMA foreign_keys = ON;";

function driverOptions({ readonly = false, create = false }: OpenOptions): Database.Options {
  return { readonly, fileMustExist: readonly || !create, timeout: BUSY_TIMEOUT_MS };
}

/** A plain better-sqlite3 connection; the caller closes it. */
export function openSqlite(databaseFile: string, options: OpenOptions = {}): Database.Database {
  const connection = new Database(databaseFile, driverOptions(options));
  connection.exec(CONNECTION_PRAGMAS);
  return connection;
}

/** Prisma's driver adapter on the store, for a client or the schema engine: every connection it opens gets the same options and pragmas. */
export function sqliteAdapter(databaseFile: string, options: OpenOptions = {}): SqlMigrationAwareDriverAdapterFactory {
  const adapter = new PrismaBetterSqlite3({ url: databaseFile, ...driverOptions(options) });
  const prepared = async (connecting: Promise<SqlDriverAdapter>) => {
    const connection = await connecting;
    await connection.executeScript(CONNECTION_PRAGMAS);
    return connection;
  };
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    connect: () => prepared(adapter.connect()),
    connectToShadowDb: () => prepared(adapter.connectToShadowDb()),
  };
}

/** A Prisma client of its own, for db:setup and tests; the caller disconnects it. */
export function createPrismaClient(databaseFile: string, options: OpenOptions = {}): PrismaClient {
  return new PrismaClient({ adapter: sqliteAdapter(databaseFile, options) });
}

const globalForPrisma = globalThis as { prisma?: { identity: string | null; client: PrismaClient } };

/**
 * Requests already running may still be reading the old file through the client they got; Prisma
 * gives no hook for "no query in flight", so a replaced client is closed after a grace period longer
 * than any request is allowed to take (the shutdown bound, scripts/serve.ts).
 */
const RETIRED_CLIENT_CLOSE_MS = 30_000;

/**
 * The web server's one client, kept on globalThis so dev-server reloads do not open a new
 * connection each time. Read-only: the server never writes; db:setup and imports open their own.
 * It follows a publish: when the file's name points at a new file (a new inode), the next call
 * opens that one, and the old client is closed once requests using it have had time to finish.
 */
export function db(): PrismaClient {
  const { databaseFile } = readEnv();
  const identity = fileIdentity(databaseFile);
  const open = globalForPrisma.prisma;
  if (open && open.identity === identity) return open.client;
  const client = createPrismaClient(databaseFile, { readonly: true });
  globalForPrisma.prisma = { identity, client };
  if (open) setTimeout(() => void open.client.$disconnect().catch(() => {}), RETIRED_CLIENT_CLOSE_MS).unref();
  return client;
}
