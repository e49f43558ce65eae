import path from "node:path";

export const projectRoot = path.resolve(import.meta.dirname, "../..");
export const dataDir = path.join(projectRoot, "data");
export const testDbDir = path.join(projectRoot, "tmp", "test-db");
/** Migrated and loaded once per run by global-setup; each test file works on a copy. */
export const baseDbFile = path.join(testDbDir, "base.db");
