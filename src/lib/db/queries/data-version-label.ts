import "server-only";
import { createHash } from "node:crypto";
import type { DataVersionLabel } from "@/lib/domain";
import { db } from "@/lib/db/connection";
import { loadExplorerData } from "./explorer";
import { listFactors } from "./factors";
import { oncePerDataVersion } from "./per-data-version";

/**
 * Computed once per data version. Unlike dataVersion (the file's identity, size and change counter,
 * which keys caches), it is derived from the content only, so two copies of one database show the
 * same version and a re-run of db:setup over the same data/ changes nothing.
 */
export function loadDataVersionLabel(): Promise<DataVersionLabel> {
  return oncePerDataVersion("dataVersionLabel", queryDataVersionLabel);
}

const SNAPSHOT_DATE = /(\d{4}-\d{2}-\d{2})\.csv$/i;

async function queryDataVersionLabel(): Promise<DataVersionLabel> {
  const [{ bands, labels, rates }, factors, imports] = await Promise.all([
    loadExplorerData(),
    listFactors(),
    // Import times and row ids differ between two loads of the same files; the files' hashes do not.
    db().recordImport.findMany({ select: { file: true, fileSha256: true }, orderBy: { id: "asc" } }),
  ]);
  const surveyFiles = imports.map((entry) => entry.fileSha256).sort();
  const content = JSON.stringify({ bands, factors, rates, surveyFiles });
  return {
    version: createHash("sha256").update(content).digest("hex").slice(0, 8),
    bands: bands.length,
    factors: factors.length,
    articles: labels.sources.size,
    surveySnapshot: imports.at(-1)?.file.match(SNAPSHOT_DATE)?.[1] ?? null,
  };
}
