import "server-only";
import type { RecordImportInfo } from "@/lib/records/summary";
import { db } from "@/lib/db/connection";

/** Where the records came from, newest import first: shown on /records. */
export async function listRecordImports(): Promise<RecordImportInfo[]> {
  return db().recordImport.findMany({
    select: {
      datasetId: true,
      file: true,
      importedAt: true,
      rowsRead: true,
      pairs: true,
      observations: true,
      added: true,
      source: { select: { id: true, title: true, licence: true, url: true } },
    },
    where: { added: { gt: 0 } },
    orderBy: { id: "desc" },
  });
}
