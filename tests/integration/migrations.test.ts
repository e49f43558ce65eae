import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { openSqlite } from "@/lib/db/connection";
import { describe, expect, it } from "vitest";
import { applyMigrations, diffDatabaseToSchema, diffMigrationsToSchema, migrationsDir } from "@/lib/db/schema/engine";
import { testDbDir } from "../setup/paths";

const migrationNames = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function freshFile(name: string): string {
  return path.join(testDbDir, `${name}-${process.pid}-${Date.now()}.db`);
}

describe("migrations", () => {
  it("apply every migration folder to an empty database, in order", async () => {
    const file = freshFile("empty");
    expect(await applyMigrations(file)).toEqual(migrationNames);
  });

  it("apply nothing the second time", async () => {
    const file = freshFile("twice");
    await applyMigrations(file);
    expect(await applyMigrations(file)).toEqual([]);
  });

  it("record the same checksum as prisma migrate deploy (sha256 of migration.sql)", async () => {
    const file = freshFile("checksum");
    await applyMigrations(file);
    const rows = openSqlite(file, { readonly: true })
      .prepare("SELECT migration_name AS name, checksum FROM _prisma_migrations ORDER BY migration_name")
      .all() as { name: string; checksum: string }[];
    expect(rows).toEqual(
      migrationNames.map((name) => ({
        name,
        checksum: createHash("sha256").update(readFileSync(path.join(migrationsDir, name, "migration.sql"))).digest("hex"),
      })),
    );
  });

  it("produce exactly schema.prisma: replaying them leaves no diff", async () => {
    expect(await diffMigrationsToSchema(freshFile("shadow"))).toBe("");
  });

  it("leave a migrated database with no drift from schema.prisma", async () => {
    const file = freshFile("drift");
    await applyMigrations(file);
    expect(await diffDatabaseToSchema(file)).toBe("");
  });

  it("detect drift when the database differs from the schema", async () => {
    const file = freshFile("drifted");
    await applyMigrations(file);
    openSqlite(file).exec('DROP INDEX "Band_countryCode_idx"');
    expect(await diffDatabaseToSchema(file)).toContain('CREATE INDEX "Band_countryCode_idx"');
  });
});
