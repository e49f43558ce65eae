import { createHash } from "node:crypto";
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db, openSqlite } from "@/lib/db/connection";
import { publishDatabase, PublishError } from "@/lib/db/publish";
import { loadDataPublication } from "@/lib/db/queries/data-publication";
import { pppTable } from "@/lib/db/queries/official";
import { publishRecordsFile, RecordsRejectedError } from "@/lib/db/records/import";
import { dataVersion } from "@/lib/db/data-version";
import { storeHealth } from "@/lib/db/schema/health";
import { readEnv } from "@/lib/env";

const databaseFile = readEnv().databaseFile;
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const header = "work_year,experience_level,employment_type,job_title,salary,salary_currency,salary_in_usd,employee_residence,remote_ratio,company_location,company_size";

function csv(name: string, rows: string[]): string {
  const file = path.join(path.dirname(databaseFile), name);
  writeFileSync(file, [header, ...rows].join("\n") + "\n");
  return file;
}

describe("publishing the database", () => {
  it("creates the database's folder when it does not exist yet, as on a fresh clone", async () => {
    const fresh = path.join(path.dirname(databaseFile), `fresh-clone-${process.pid}`, "prisma", "data", "salaries.db");
    expect(existsSync(path.dirname(fresh))).toBe(false);
    const { publication } = await publishDatabase(fresh, async (staging) => copyFileSync(databaseFile, staging));
    expect(existsSync(fresh)).toBe(true);
    expect(publication.bands).toBe(67);
  });

  it("stamps the file with its content fingerprint and counts, which the pages' query and health read", async () => {
    const { publication } = await publishDatabase(databaseFile, async () => undefined);
    expect(publication.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(publication.bands).toBe(67);
    expect(await loadDataPublication()).toMatchObject({ fingerprint: publication.fingerprint, schemaVersion: publication.schemaVersion });
    const health = storeHealth(databaseFile, dataVersion(databaseFile));
    expect(health).toMatchObject({ ok: true, publication: { fingerprint: publication.fingerprint, salaryRecords: publication.salaryRecords } });
  });

  it("gives a byte-for-byte copy the same data version, and the server's client follows a swap to a new file", async () => {
    const before = await loadDataPublication();
    const copy = `${databaseFile}.copy`;
    copyFileSync(databaseFile, copy);
    renameSync(copy, databaseFile);
    expect((await loadDataPublication())?.fingerprint).toBe(before?.fingerprint);
    const { publication } = await publishRecordsFile(databaseFile, csv("one-2026-01-01.csv", ["2024,SE,FT,ML Engineer,200000,USD,200000,US,0,US,M"]), { sourceId: null });
    expect(publication.fingerprint).not.toBe(before?.fingerprint);
    expect((await loadDataPublication())?.fingerprint).toBe(publication.fingerprint);
    expect(await db().salaryRecord.count()).toBe(publication.salaryRecords);
  });

  it("moves the official sources' reads to a new file too, when its official imports differ", async () => {
    expect(pppTable().sourceId).toBe("worldbank-wdi-ppp-2015-2024");
    await publishDatabase(databaseFile, async (staging) => {
      const sqlite = openSqlite(staging);
      sqlite
        .prepare("INSERT INTO OfficialImport (kind, sourceId, file, fileSha256, importedAt, rowsRead, added, replaced) VALUES ('ppp', NULL, 'later.csv', 'x', ?, 0, 0, 0)")
        .run(new Date().toISOString());
      sqlite.close();
    });
    expect(pppTable().sourceId).toBeNull();
  });

  it("leaves the live file byte for byte as it was when the file is refused, and leaves no staging file", async () => {
    const before = sha(databaseFile);
    await expect(publishRecordsFile(databaseFile, csv("bad-2026-01-01.csv", ["2024,SE,FT,ML Engineer,lots,USD,200000,US,0,US,M"]), { sourceId: null })).rejects.toBeInstanceOf(
      RecordsRejectedError,
    );
    expect(sha(databaseFile)).toBe(before);
    expect(readdirSync(path.dirname(databaseFile)).filter((name) => name.startsWith(`${path.basename(databaseFile)}.`))).toEqual([]);
  });

  it("removes what a killed run left behind (a staging file, its journal, a dead pid's lock) and says so", async () => {
    const stale = [`${databaseFile}.staging-999999`, `${databaseFile}.staging-999999-journal`];
    for (const file of stale) writeFileSync(file, "left by a killed run");
    writeFileSync(`${databaseFile}.publish-lock`, "999999");
    const { removedStale } = await publishDatabase(databaseFile, async () => undefined);
    expect(removedStale.sort()).toEqual([`${databaseFile}.publish-lock`, ...stale].sort());
    for (const file of [...stale, `${databaseFile}.publish-lock`]) expect(existsSync(file)).toBe(false);
  });

  it("refuses to start while a live process holds the lock", async () => {
    writeFileSync(`${databaseFile}.publish-lock`, String(process.pid));
    try {
      await expect(publishDatabase(databaseFile, async () => undefined)).rejects.toThrow(PublishError);
    } finally {
      writeFileSync(`${databaseFile}.publish-lock`, "");
    }
  });

  it("does not publish a version whose schema is older than prisma/migrations", async () => {
    const before = sha(databaseFile);
    await expect(
      publishDatabase(databaseFile, async (staging) => {
        const sqlite = openSqlite(staging);
        sqlite.exec("DELETE FROM _prisma_migrations WHERE migration_name LIKE '%data_publication'");
        sqlite.close();
      }),
    ).rejects.toThrow(/schema .* not .*nothing was published/);
    expect(sha(databaseFile)).toBe(before);
  });
});
