import path from "node:path";
import { defineConfig } from "prisma/config";

// `prisma generate` insists on a schema-engine binary it would otherwise download;
// generating the client does not use it, and this machine has no network for it.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, "prisma", "no-native-engine");

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  datasource: { url: process.env.DATABASE_URL ?? "file:./prisma/data/salaries.db" },
});
