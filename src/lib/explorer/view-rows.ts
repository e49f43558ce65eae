import type { VocabularyLabels } from "@/lib/domain";
import type { BandFilters } from "@/lib/url-state/bands";
import type { RateTable } from "@/lib/salary-model";
import type { Band } from "@/lib/domain";
import type { PppData } from "@/lib/official/ppp";
import { sortRows, toDisplayRow, type DisplayRow } from "./display-rows";
import { sortLabels } from "./labels";
import { filterBands } from "./select-bands";

/** The rows a view shows, in its order: what the page's table, its chart and the API all list. `ppp`: the PPP data (loadPppData), for a ppp=1 view. */
export function viewRows<T extends Band>(
  bands: readonly T[],
  filters: BandFilters,
  rates: RateTable,
  labels: VocabularyLabels,
  ppp: PppData | null = null,
): DisplayRow<T>[] {
  return sortRows(
    filterBands(bands, filters).map((band) => toDisplayRow(band, filters, rates, ppp)),
    filters.sort,
    sortLabels(labels),
  );
}
