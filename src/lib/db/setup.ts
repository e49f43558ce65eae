import "server-only";
import { readClaimData } from "@/lib/claims/read-data";
import { loadClaims, type LoadCounts } from "./claims/load-claims";
import { createPrismaClient } from "./connection";
import { importOfficialFiles, type OfficialFileResult } from "./official/import";
import { importDatasetFiles, type DatasetFileResult } from "./records/import";
import { applyMigrations } from "./schema/engine";
import { assertDatabaseFileUsable } from "./schema/health";

/**
 * Creates or migrates the database, then loads data/ into it. Safe to run any
 * number of times: migrations already applied are skipped, the claims are
 * replaced as a whole, and survey files already imported are skipped. Data is
 * validated before the database is touched.
 */
export async function setupDatabase(
  databaseFile: string,
  dataDir: string,
): Promise<{ applied: string[]; counts: LoadCounts; records: DatasetFileResult[]; official: OfficialFileResult[] }> {
  const data = readClaimData(dataDir);
  assertDatabaseFileUsable(databaseFile);
  const applied = await applyMigrations(databaseFile);
  const prisma = createPrismaClient(databaseFile);
  let counts: LoadCounts;
  try {
    counts = await loadClaims(prisma, data);
  } finally {
    await prisma.$disconnect();
  }
  // After the claims: the survey files' imports point at their sources.
  const records = await importDatasetFiles(databaseFile, dataDir, data.sources);
  const official = await importOfficialFiles(databaseFile, dataDir, data.sources);
  return { applied, counts, records, official };
}
