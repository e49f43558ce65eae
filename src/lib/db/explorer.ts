import "server-only";
import { filterVocabulary } from "@/lib/explorer/labels";
import { readEnv } from "@/lib/env";
import type { FilterVocabulary } from "@/lib/url-state/bands";
import { listBands } from "./bands";
import { dataVersion } from "./data-version";
import { loadRates } from "./rates";
import { loadVocabularyLabels } from "./vocabulary";
import type { Band, Rates, VocabularyLabels } from "@/lib/domain";

export interface ExplorerData {
  bands: Band[];
  labels: VocabularyLabels;
  rates: Rates;
  /** What each URL parameter may hold. */
  vocabulary: FilterVocabulary;
}

const globalForExplorer = globalThis as { explorerData?: { version: string; data: Promise<ExplorerData> } };

/**
 * Everything the explorer pages and the bands API read, queried once per data version: the store
 * changes only on import, and a commit changes the version (data-version.ts). Callers share the
 * result and must not change it.
 */
export function loadExplorerData(): Promise<ExplorerData> {
  const env = readEnv();
  const version = env.SERVER_CACHE === "on" ? dataVersion(env.databaseFile) : null;
  const cached = globalForExplorer.explorerData;
  if (version !== null && cached?.version === version) return cached.data;
  const data = queryExplorerData();
  if (version !== null) {
    globalForExplorer.explorerData = { version, data };
    // A failed read is not kept: the next request tries again.
    data.catch(() => {
      if (globalForExplorer.explorerData?.data === data) delete globalForExplorer.explorerData;
    });
  }
  return data;
}

async function queryExplorerData(): Promise<ExplorerData> {
  const [bands, labels, rates] = await Promise.all([listBands(), loadVocabularyLabels(), loadRates()]);
  const vocabulary = filterVocabulary(labels, rates.rates.map((r) => r.currency));
  return { bands, labels, rates, vocabulary };
}
