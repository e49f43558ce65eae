import "server-only";
import { explorerData, type ExplorerData } from "@/lib/explorer/explorer-data";
import { listBands } from "./bands";
import { oncePerDataVersion } from "./per-data-version";
import { loadRates } from "./rates";
import { loadVocabularyLabels } from "./vocabulary";

/** The explorer's data (ExplorerData), queried once per data version and shared: callers must not change it. */
export function loadExplorerData(): Promise<ExplorerData> {
  return oncePerDataVersion("explorerData", queryExplorerData);
}

async function queryExplorerData(): Promise<ExplorerData> {
  const [bands, labels, rates] = await Promise.all([listBands(), loadVocabularyLabels(), loadRates()]);
  return explorerData(bands, labels, rates);
}
