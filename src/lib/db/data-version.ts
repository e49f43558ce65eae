import "server-only";
import { closeSync, openSync, readSync, statSync } from "node:fs";

/**
 * A cheap fingerprint of the database's contents. The site only reads; the store changes only when
 * db:setup or an import commits. Every commit in SQLite's rollback-journal mode increments the
 * "file change counter" in the file's header (bytes 24-27) and rewrites the file; in WAL mode it
 * appends to the -wal file instead. So the file's identity, size, modification time and change
 * counter, plus the -wal file's size and time, change with every commit, including one made by
 * another process. Caches of data computed from the store are keyed on this value, so an import
 * invalidates them with no signal between processes. It costs a stat and a 4-byte read, so it is
 * checked on every request.
 *
 * Returns null when the file is missing or unreadable: nothing may be cached then.
 */
export function dataVersion(databaseFile: string): string | null {
  const main = statSync(databaseFile, { bigint: true, throwIfNoEntry: false });
  if (!main) return null;
  const counter = changeCounter(databaseFile);
  if (counter === null) return null;
  const wal = statSync(`${databaseFile}-wal`, { bigint: true, throwIfNoEntry: false });
  const version = `${main.ino}.${main.size}.${main.mtimeNs}.${counter}`;
  return wal ? `${version}+${wal.size}.${wal.mtimeNs}` : version;
}

/**
 * Which file the name points at now: a publish renames a new file over the old one
 * (docs/decisions/011-published-database-files.md), so a new inode means a new version, and an open
 * connection to the old inode still reads the old one. Null when the file is missing.
 */
export function fileIdentity(databaseFile: string): string | null {
  const stat = statSync(databaseFile, { bigint: true, throwIfNoEntry: false });
  return stat ? `${stat.dev}:${stat.ino}` : null;
}

const HEADER = Buffer.alloc(4);

function changeCounter(databaseFile: string): string | null {
  let fd: number | undefined;
  try {
    fd = openSync(databaseFile, "r");
    const read = readSync(fd, HEADER, 0, 4, 24);
    return read === 4 ? HEADER.toString("hex") : "empty";
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
