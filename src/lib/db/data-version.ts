import { closeSync, openSync, readSync, statSync } from "node:fs";
// No "server-only" marker: the server wrapper, outside Next's bundle, reads it too (front-door.ts); node:fs keeps it out of client bundles.

/**
 * A cheap fingerprint of the database's contents. The site only reads; the store changes only when
 * db:setup or an import commits. Every commit in SQLite's rollback-journal mode increments the
 * "file change counter" in the file's header (bytes 24-27) and rewrites the file; in WAL mode it
 * appends to the -wal file instead. So the file's identity, size, modification time and change
 * counter, plus the -wal file's size and time, change with every commit, including one made by
 * another process. Caches of data computed from the store are keyed on this value, so an import
 * invalidates them with no signal between processes. It costs two stats and a 4-byte read (from a
 * descriptor kept open while the inode is the same), so it is checked on every request.
 *
 * Returns null when the file is missing or unreadable: nothing may be cached then.
 */
export function dataVersion(databaseFile: string): string | null {
  const main = statSync(databaseFile, { bigint: true, throwIfNoEntry: false });
  if (!main) return null;
  const counter = changeCounter(databaseFile, main.ino);
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

/**
 * The file the change counter is read from, kept open while the name points at the same inode:
 * opening it for every check cost more than the read. A publish renames a new file over the name
 * (a new inode), and then the old descriptor is closed and the new file opened.
 */
let counterFile: { file: string; ino: bigint; fd: number } | undefined;

function closeCounterFile(): void {
  if (counterFile) {
    try {
      closeSync(counterFile.fd);
    } catch {
      // Already closed: nothing to release.
    }
  }
  counterFile = undefined;
}

function changeCounter(databaseFile: string, ino: bigint): string | null {
  try {
    if (counterFile?.file !== databaseFile || counterFile.ino !== ino) {
      closeCounterFile();
      counterFile = { file: databaseFile, ino, fd: openSync(databaseFile, "r") };
    }
    const read = readSync(counterFile.fd, HEADER, 0, 4, 24);
    return read === 4 ? HEADER.toString("hex") : "empty";
  } catch {
    closeCounterFile();
    return null;
  }
}
