import "server-only";
import { readClaimData } from "@/lib/claims/read-data";
import { createPrismaClient } from "./client";
import { loadClaims, type LoadCounts } from "./load-claims";
import { applyMigrations } from "./schema-engine";

/**
 * Creates or migrates the database, then loads data/ into it. Safe to run any
 * number of times: migrations already applied are skipped and the claims are
 * replaced as a whole. Data is validated before the database is touched.
 */
export async function setupDatabase(databaseFile: string, dataDir: string): Promise<{ applied: string[]; counts: LoadCounts }> {
  const data = readClaimData(dataDir);
  const applied = await applyMigrations(databaseFile);
  const prisma = createPrismaClient(databaseFile);
  try {
    const counts = await loadClaims(prisma, data);
    return { applied, counts };
  } finally {
    await prisma.$disconnect();
  }
}
