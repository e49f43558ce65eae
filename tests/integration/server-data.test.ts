import { closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openSqlite } from "@/lib/db/connection";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient, db } from "@/lib/db/connection";
import { dataVersion } from "@/lib/db/data-version";
import { loadExplorerData } from "@/lib/db/queries/explorer";
import { assertDatabaseFileUsable, assertServerDatabase, DatabaseFileError } from "@/lib/db/schema/health";
import { readEnv } from "@/lib/env";

const databaseFile = readEnv().databaseFile;
const scratch = mkdtempSync(path.join(tmpdir(), "server-data-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the web server's database client", () => {
  it("reads, and refuses to write: only db:setup and imports write", async () => {
    expect(await db().factor.count()).toBeGreaterThan(0);
    await expect(db().factor.deleteMany()).rejects.toThrow(/readonly/i);
    await expect(db().$executeRawUnsafe("CREATE TABLE Intruder (id INTEGER)")).rejects.toThrow(/readonly/i);
    expect(await db().factor.count()).toBeGreaterThan(0);
  });
});

describe("dataVersion", () => {
  it("stays the same while the database is only read, and changes with every commit from another connection", async () => {
    const before = dataVersion(databaseFile);
    await db().band.findMany({ take: 3 });
    expect(dataVersion(databaseFile)).toBe(before);
    const writer = openSqlite(databaseFile);
    const { id, note } = writer.prepare("SELECT id, note FROM Factor ORDER BY id LIMIT 1").get() as { id: string; note: string | null };
    const versions = new Set([before]);
    for (const text of ["one", "two", "six"]) {
      writer.prepare("UPDATE Factor SET note = ? WHERE id = ?").run(text, id);
      versions.add(dataVersion(databaseFile));
    }
    writer.prepare("UPDATE Factor SET note = ? WHERE id = ?").run(note, id);
    writer.close();
    // Four distinct versions: each commit changed it, even three within the same millisecond with the same file size.
    expect(versions.size).toBe(4);
  });

  it("is null for a missing file, so nothing is cached for it", () => {
    expect(dataVersion(path.join(scratch, "missing.db"))).toBeNull();
  });
});

describe("loadExplorerData", () => {
  it("queries once per data version, and again after an import commits", async () => {
    const first = await loadExplorerData();
    expect(await loadExplorerData()).toBe(first);
    const importer = createPrismaClient(databaseFile);
    const band = first.bands[0] as { id: string; note: string | null };
    try {
      await importer.band.update({ where: { id: band.id }, data: { note: "re-imported" } });
      const after = await loadExplorerData();
      expect(after).not.toBe(first);
      expect(after.bands.find((b) => b.id === band.id)?.note).toBe("re-imported");
    } finally {
      await importer.band.update({ where: { id: band.id }, data: { note: band.note } });
      await importer.$disconnect();
    }
  });
});

describe("the database checks", () => {
  const garbage = path.join(scratch, "garbage.db");
  writeFileSync(garbage, "not a database\n".repeat(100));
  const empty = path.join(scratch, "empty.db");
  writeFileSync(empty, "");

  it("accept the set-up database", () => {
    expect(() => assertServerDatabase(databaseFile)).not.toThrow();
    expect(() => assertDatabaseFileUsable(databaseFile)).not.toThrow();
  });

  it("tell the server what to run when the file is missing, not SQLite, or empty", () => {
    const missing = path.join(scratch, "missing.db");
    expect(() => assertServerDatabase(missing)).toThrow(DatabaseFileError);
    expect(() => assertServerDatabase(missing)).toThrow(/^No database at .*missing\.db \(DATABASE_URL\)\. Run `npm run db:setup`/);
    expect(() => assertServerDatabase(garbage)).toThrow(/garbage\.db is not a usable SQLite database \(file is not a database\)\. Move it aside/);
    expect(() => assertServerDatabase(empty)).toThrow(/empty\.db is not set up \(no salary tables\)/);
  });

  it("tell the server which migration the database lacks", () => {
    const migrations = path.join(scratch, "migrations");
    mkdirSync(path.join(migrations, "20990101000000_from_the_future"), { recursive: true });
    expect(() => assertServerDatabase(databaseFile, migrations)).toThrow(/lacks migration 20990101000000_from_the_future\. Run `npm run db:setup`/);
  });

  it("let db:setup create a missing file, and stop it before it writes to one that is not SQLite", () => {
    expect(() => assertDatabaseFileUsable(path.join(scratch, "new.db"))).not.toThrow();
    expect(() => assertDatabaseFileUsable(garbage)).toThrow(/is not a usable SQLite database/);
  });

  it("find a copy whose pages were damaged", () => {
    const damaged = path.join(scratch, "damaged.db");
    copyFileSync(databaseFile, damaged);
    const sqlite = openSqlite(damaged);
    const pageSize = sqlite.pragma("page_size", { simple: true }) as number;
    sqlite.close();
    // Overwrite the second page (the first table's root) with noise.
    const bytes = Buffer.alloc(pageSize, 0x5a);
    const fd = openSync(damaged, "r+");
    writeSync(fd, bytes, 0, pageSize, pageSize);
    closeSync(fd);
    expect(() => assertServerDatabase(damaged)).toThrow(DatabaseFileError);
  });
});
