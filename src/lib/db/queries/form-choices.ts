import "server-only";
import { filingsChoices, type FilingsChoices } from "@/lib/official/filings-view";
import { trendsChoices, type TrendsChoices } from "@/lib/official/trends-view";
import { recordsFormOptions, type RecordsFormOptions } from "@/lib/records/labels";
import { recordsVocabulary } from "@/lib/db/records/percentile-index";
import { loadExplorerData } from "./explorer";
import { filingsValues } from "./official";
import { oncePerDataVersion } from "./per-data-version";

/*
 * The option lists of the /records, /trends and /filings forms: hundreds of labels with counts,
 * sorted by name. They depend on the data only, so they are built once per data version (built
 * per request they cost a millisecond or more of each render). Shared: callers must not change them.
 */

export function loadRecordsFormOptions(): Promise<RecordsFormOptions> {
  return oncePerDataVersion("recordsFormOptions", async () => recordsFormOptions(recordsVocabulary().counts));
}

export function loadTrendsChoices(): Promise<TrendsChoices> {
  return oncePerDataVersion("trendsChoices", async () => trendsChoices((await loadExplorerData()).labels, recordsVocabulary().counts.country));
}

export function loadFilingsChoices(): Promise<FilingsChoices> {
  return oncePerDataVersion("filingsChoices", async () => filingsChoices((await loadExplorerData()).labels, filingsValues()));
}
