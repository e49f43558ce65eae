import "server-only";
import type { RecordImportInfo } from "@/lib/records/summary";
import { db } from "@/lib/db/connection";
import { oncePerDataVersion } from "./per-data-version";

/** Where the records came from, newest import first: shown on /records, read once per data version (an import changes both). */
export function listRecordImports(): Promise<RecordImportInfo[]> {
  return oncePerDataVersion("recordImports", queryRecordImports);
}

function queryRecordImports(): Promise<RecordImportInfo[]> {
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
