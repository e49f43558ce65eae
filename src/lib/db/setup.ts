import "server-only";
import { readClaimData } from "@/lib/claims/read-data";
import { loadClaims, type LoadCounts } from "./claims/load-claims";
import { createPrismaClient } from "./connection";
import { publishDatabase, type Publication } from "./publish";
import { importOfficialFiles, type OfficialFileResult } from "./official/import";
import { importDatasetFiles, type DatasetFileResult } from "./records/import";
import { applyMigrations } from "./schema/engine";
import { assertDatabaseFileUsable } from "./schema/health";

/**
 * Builds the next version of the database from data/ and publishes it: a copy of the live file
 * (or a new one) is migrated, given the claims and the bundled surveys, checked and renamed over
 * the live file (publish.ts), so a running server never sees it half-done. Safe to run any
 * number of times: migrations already applied are skipped, the claims are replaced as a whole,
 * and survey files already imported are skipped. Data is validated before anything is built.
 */
export async function setupDatabase(
  databaseFile: string,
  dataDir: string,
): Promise<{ applied: string[]; counts: LoadCounts; records: DatasetFileResult[]; official: OfficialFileResult[]; publication: Publication; removedStale: string[] }> {
  const data = readClaimData(dataDir);
  const { result, publication, removedStale } = await publishDatabase(databaseFile, async (stagingFile) => {
    assertDatabaseFileUsable(stagingFile, databaseFile);
    const applied = await applyMigrations(stagingFile);
    const prisma = createPrismaClient(stagingFile);
    let counts: LoadCounts;
    try {
      counts = await loadClaims(prisma, data);
    } finally {
      await prisma.$disconnect();
    }
    // After the claims: the survey files' imports point at their sources.
    const records = await importDatasetFiles(stagingFile, dataDir, data.sources);
    const official = await importOfficialFiles(stagingFile, dataDir, data.sources);
    return { applied, counts, records, official };
  });
  return { ...result, publication, removedStale };
}
