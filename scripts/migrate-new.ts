// Writes a new Prisma migration for the changes in prisma/schema.prisma:
//   npm run db:migrate:new -- <name>
// It replays prisma/migrations into an in-memory shadow database and diffs it
// against the schema, as `prisma migrate dev --create-only` would.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createMigration } from "@/lib/db/schema/engine";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migrate:new -- <name in snake_case>");
  process.exit(2);
}
const scratch = mkdtempSync(path.join(os.tmpdir(), "salary-migrate-"));
try {
  const folder = await createMigration(name, path.join(scratch, "scratch.db"));
  console.log(folder ? `Created ${path.relative(process.cwd(), folder)}` : "schema.prisma matches the migrations: nothing to create.");
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
