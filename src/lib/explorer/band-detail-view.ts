import type { Band, VocabularyLabels } from "@/lib/domain";
import type { MoneyRange } from "@/lib/salary-model";
import { comparableUsd } from "./band-facts";
import { bandHref } from "./band-href";
import type { ExplorerData } from "./explorer-data";
import { locationLabel, shortSourceTitle, valueLabel } from "./labels";
import type { RecordsBeside } from "./records-check";
import { sameSlice } from "./slices";

/** Another source's claim about a band's slice, with its amount on the yearly US-dollar scale. */
interface SameSliceClaim {
  band: Band;
  usd: MoneyRange;
}

/** Everything a band's own page shows: its quote and flags, the other sources' claims for its slice, the survey records beside it. */
export interface BandDetailView {
  band: Band;
  title: string;
  description: string;
  href: string;
  sameSlice: SameSliceClaim[];
  /** The survey records of the band's slice, where there are any. */
  records: RecordsBeside | undefined;
}

/** "Senior · Machine learning engineer · Google · United States, from Unlocking the Secrets of…" */
function bandTitle(band: Band, labels: VocabularyLabels): string {
  const parts = [
    band.level ? valueLabel("level", band.level, labels) : "Any level",
    valueLabel("role", band.role, labels),
    band.company ? valueLabel("company", band.company, labels) : null,
    locationLabel(band, labels),
  ];
  return `${parts.filter(Boolean).join(" · ")}, from ${shortSourceTitle(band.source.title)}`;
}

/** The band with id `id` and what its page shows, or null when the store has no such band. */
export function bandDetailView(data: ExplorerData, id: string, records: ReadonlyMap<string, RecordsBeside>): BandDetailView | null {
  const band = data.bands.find((b) => b.id === id);
  if (!band) return null;
  const title = bandTitle(band, data.labels);
  return {
    band,
    title,
    description: `${title}. The claim as quoted from ${band.source.title}, its flags, and what other sources and the survey records say about the same slice.`,
    href: bandHref(band.id),
    sameSlice: sameSlice(band, data.bands).map((other) => ({ band: other, usd: comparableUsd(other, data.rates.table) })),
    records: records.get(band.id),
  };
}
