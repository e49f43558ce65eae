import { mkdirSync, rmSync } from "node:fs";
import { setupDatabase } from "@/lib/db/setup";
import { baseDbFile, dataDir, testDbDir } from "./paths";

/** Builds the base database once: real migrations, real data/. */
export default async function globalSetup() {
  rmSync(testDbDir, { recursive: true, force: true });
  mkdirSync(testDbDir, { recursive: true });
  await setupDatabase(baseDbFile, dataDir);
  return () => rmSync(testDbDir, { recursive: true, force: true });
}
