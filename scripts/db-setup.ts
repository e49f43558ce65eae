// npm run db:setup: create or migrate the database at DATABASE_URL and load data/ into it.
import path from "node:path";
import { DataError } from "@/lib/claims/read-data";
import { PublishError } from "@/lib/db/publish";
import { DatabaseFileError } from "@/lib/db/schema/health";
import { RecordsImportError } from "@/lib/db/records/import";
import { setupDatabase } from "@/lib/db/setup";
import { EnvError, readEnv } from "@/lib/env";

export async function runSetup(): Promise<void> {
  const env = readEnv();
  const started = performance.now();
  const { applied, counts, records, official, publication, removedStale } = await setupDatabase(env.databaseFile, path.resolve("data"));
  const migrations = applied.length > 0 ? `applied ${applied.join(", ")}` : "migrations up to date";
  const surveys = records.map(
    (r) => `${r.file} ${r.imported ? `imported (${r.added} new observations)` : "unchanged"}, ${r.observations} observations in ${r.datasetId}`,
  );
  console.log(
    `Database ${path.relative(process.cwd(), env.databaseFile)}: ${migrations}; loaded ${counts.bands} bands, ${counts.factors} factors, ` +
      `${counts.sources} sources, ${counts.exchangeRates} exchange rates; survey records: ${surveys.join("; ") || "none"}` +
      `; official sources: ${official.map((o) => `${o.file} ${o.imported ? `imported (${o.rowsRead} rows)` : "unchanged"}`).join("; ") || "none"} ` +
      `(${Math.round(performance.now() - started)} ms). Published data version ${publication.fingerprint.slice(0, 12)}.`,
  );
  for (const file of removedStale) console.log(`Removed ${path.relative(process.cwd(), file)}, left by an earlier run that was stopped.`);
}

/** Known failures print their message alone: the reader needs the record, not a stack. */
export function exitWithReason(error: unknown): never {
  if (error instanceof DataError || error instanceof EnvError || error instanceof RecordsImportError || error instanceof DatabaseFileError || error instanceof PublishError) {
    console.error(error.message);
    console.error("Nothing was written.");
  } else {
    console.error(error);
  }
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runSetup().catch(exitWithReason);
}
