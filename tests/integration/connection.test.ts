import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient, openSqlite } from "@/lib/db/connection";
import { readEnv } from "@/lib/env";

const scratch = mkdtempSync(path.join(tmpdir(), "connection-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("opening the store", () => {
  it("turns foreign keys on and waits 10 s for a writer, with either driver", async () => {
    const sqlite = openSqlite(readEnv().databaseFile, { readonly: true });
    const prisma = createPrismaClient(readEnv().databaseFile, { readonly: true });
    try {
      expect(sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
      expect(sqlite.pragma("busy_timeout", { simple: true })).toBe(10000);
      const [{ foreign_keys }] = await prisma.$queryRawUnsafe<[{ foreign_keys: bigint }]>("PRAGMA foreign_keys");
      const [{ timeout }] = await prisma.$queryRawUnsafe<[{ timeout: bigint }]>("PRAGMA busy_timeout");
      expect([Number(foreign_keys), Number(timeout)]).toEqual([1, 10000]);
    } finally {
      sqlite.close();
      await prisma.$disconnect();
    }
  });

  it("refuses writes on a read-only connection", () => {
    const sqlite = openSqlite(readEnv().databaseFile, { readonly: true });
    try {
      expect(() => sqlite.exec("CREATE TABLE Intruder (id INTEGER)")).toThrow(/readonly/i);
    } finally {
      sqlite.close();
    }
  });

  it("opens only a file that exists unless asked to create one", () => {
    const missing = path.join(scratch, "missing.db");
    expect(() => openSqlite(missing)).toThrow(/unable to open database file/);
    expect(() => openSqlite(missing, { readonly: true })).toThrow(/unable to open database file/);
    expect(existsSync(missing)).toBe(false);
    openSqlite(missing, { create: true }).close();
    expect(existsSync(missing)).toBe(true);
  });

  it("rejects a row whose foreign key points nowhere", () => {
    const file = path.join(scratch, "copy.db");
    copyFileSync(readEnv().databaseFile, file);
    const sqlite = openSqlite(file);
    try {
      expect(() => sqlite.prepare("INSERT INTO RecordImport (datasetId, file, fileSha256, importedAt, rowsRead, rowsInvalid, pairs, observations, added, alreadyPresent) VALUES ('no-such-dataset', 'x.csv', '', '2026-01-01', 0, 0, 0, 0, 0, 0)").run()).toThrow(/FOREIGN KEY/);
    } finally {
      sqlite.close();
    }
  });
});
