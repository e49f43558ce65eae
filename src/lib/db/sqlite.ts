import "server-only";
import Database from "better-sqlite3";

/**
 * A plain better-sqlite3 connection to the store, for the two jobs Prisma is too slow for:
 * writing a million survey rows (import-records.ts) and reading them all into memory
 * (records.ts). Everything else goes through the Prisma client. See docs/decisions/003-salary-records.md.
 */
export function openSqlite(databaseFile: string, options: { readonly?: boolean } = {}): Database.Database {
  const connection = new Database(databaseFile, { readonly: options.readonly ?? false, fileMustExist: true });
  // SQLite leaves foreign keys off unless asked, per connection; Prisma's adapter turns them on too.
  connection.pragma("foreign_keys = ON");
  // Wait for another connection's write (db:setup, an import) instead of failing at once.
  connection.pragma("busy_timeout = 10000");
  return connection;
}
