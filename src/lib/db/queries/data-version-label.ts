import "server-only";
import type { DataVersionLabel } from "@/lib/domain";
import { db } from "@/lib/db/connection";
import { loadDataPublication } from "./data-publication";
import { loadExplorerData } from "./explorer";
import { listFactors } from "./factors";
import { oncePerDataVersion } from "./per-data-version";

/**
 * What the footer says about the data, read once per data version. The version is the published
 * file's content fingerprint (DataPublication, ADR 011), the one /api/health reports: unlike
 * dataVersion (the file's identity, size and change counter, which keys caches), two copies of one
 * file show the same version on every replica.
 */
export function loadDataVersionLabel(): Promise<DataVersionLabel> {
  return oncePerDataVersion("dataVersionLabel", queryDataVersionLabel);
}

const SNAPSHOT_DATE = /(\d{4}-\d{2}-\d{2})\.csv$/i;

async function queryDataVersionLabel(): Promise<DataVersionLabel> {
  const [{ bands, labels }, factors, imports, publication] = await Promise.all([
    loadExplorerData(),
    listFactors(),
    db().recordImport.findMany({ select: { file: true }, orderBy: { id: "asc" } }),
    loadDataPublication(),
  ]);
  return {
    version: publication ? publication.fingerprint.slice(0, 8) : "unpublished",
    bands: bands.length,
    factors: factors.length,
    articles: labels.sources.size,
    surveySnapshot: imports.at(-1)?.file.match(SNAPSHOT_DATE)?.[1] ?? null,
  };
}
