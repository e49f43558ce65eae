import { copyFileSync } from "node:fs";
import path from "node:path";
import { afterAll } from "vitest";
import { baseDbFile, testDbDir } from "./paths";

// A private copy of the base database for this test file, so tests never share rows
// or depend on order. Set before any test imports the app's db client.
const databaseFile = path.join(testDbDir, `worker-${process.env.VITEST_POOL_ID ?? "0"}-${process.pid}-${Date.now()}.db`);
copyFileSync(baseDbFile, databaseFile);
process.env.DATABASE_URL = `file:${databaseFile}`;

afterAll(async () => {
  // db() keeps its client with the identity of the file it opened (src/lib/db/connection.ts).
  const prisma = (globalThis as { prisma?: { client: { $disconnect(): Promise<void> } } }).prisma;
  await prisma?.client.$disconnect();
});
