import "server-only";
import { readEnv } from "@/lib/env";
import { explorerData, type ExplorerData } from "@/lib/explorer/explorer-data";
import { dataVersion } from "@/lib/db/data-version";
import { listBands } from "./bands";
import { loadRates } from "./rates";
import { loadVocabularyLabels } from "./vocabulary";

const globalForExplorer = globalThis as { explorerData?: { version: string; data: Promise<ExplorerData> } };

/**
 * The explorer's data (ExplorerData), queried once per data version: the store
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
  return explorerData(bands, labels, rates);
}
